"""The arrows a table row shows its change by: copy forward turns every one review reads."""

from __future__ import annotations


def test_every_arrow_review_reads_copy_forward_can_turn():
    # One table of arrows: a table copy forward wrote with an arrow it could not turn, its review would dispute.
    from drafter.claims.tables import DOWN_ARROWS, TURNED_ARROW, UP_ARROWS

    assert set(TURNED_ARROW) == UP_ARROWS | DOWN_ARROWS
    assert all(TURNED_ARROW[TURNED_ARROW[arrow]] == arrow for arrow in TURNED_ARROW)
    assert {"⇧", "⇩", "↗", "↘", "⬈", "⬊"} <= set(TURNED_ARROW)
