"""A draft saved elsewhere while the desk has it open: a section both
changed keeps both changes when they are in different paragraphs, and the
desk's words when they are in the same one; the change is carried into the
editor's text line by line where the writer has not edited those lines."""

from __future__ import annotations

from drafter.tui.carried_lines import Placed, carry, differing_span, line_changes, moved
from drafter.tui.session import merge_paragraphs


def section(*texts: str, heading: str = "Homicide", status: str = "drafting") -> dict:
    return {"key": "homicide", "heading": heading, "status": status, "numbered": True,
            "paragraphs": [{"text": text, "kind": "paragraph"} for text in texts]}


def texts(merged: dict) -> list[str]:
    return [paragraph["text"] for paragraph in merged["paragraphs"]]


def test_a_paragraph_appended_elsewhere_joins_an_edit_of_the_last_paragraph_here():
    before = section("One.", "Two.")
    merged = merge_paragraphs(before, section("One.", "Two, edited here."), section("One.", "Two.", "Three."))
    assert texts(merged) == ["One.", "Two, edited here.", "Three."]


def test_edits_of_different_paragraphs_both_stand():
    before = section("One.", "Two.", "Three.")
    merged = merge_paragraphs(before, section("One, here.", "Two.", "Three."),
                              section("One.", "Two.", "Three, there."))
    assert texts(merged) == ["One, here.", "Two.", "Three, there."]


def test_the_same_paragraph_changed_in_both_is_not_merged():
    before = section("One.", "Two.")
    assert merge_paragraphs(before, section("One, here.", "Two."), section("One, there.", "Two.")) is None


def test_paragraphs_added_at_the_same_place_in_both_are_not_merged():
    before = section("One.")
    assert merge_paragraphs(before, section("One.", "Here."), section("One.", "There.")) is None


def test_a_paragraph_removed_here_and_another_edited_there_both_stand():
    before = section("One.", "Two.", "Three.")
    merged = merge_paragraphs(before, section("One.", "Three."), section("One, there.", "Two.", "Three."))
    assert texts(merged) == ["One, there.", "Three."]


def test_a_heading_changed_only_there_is_taken():
    before = section("One.")
    merged = merge_paragraphs(before, section("One, here."), section("One.", heading="Reduce homicide"))
    assert merged["heading"] == "Reduce homicide" and texts(merged) == ["One, here."]


# -- the change carried into the editor's text and its undo states ------------------------------------
BEFORE = "One.\n\nTwo.\n\nThree."
AFTER = "One.\n\nTwo.\n\nThree.\n\nFour, from elsewhere."


def test_a_paragraph_added_elsewhere_joins_text_edited_here():
    carried = carry(line_changes(BEFORE, AFTER), BEFORE, "One, edited.\n\nTwo.\n\nThree, edited too.")
    assert carried is not None
    assert carried[0] == "One, edited.\n\nTwo.\n\nThree, edited too.\n\nFour, from elsewhere."


def test_a_change_to_lines_edited_here_is_not_carried():
    elsewhere = "One.\n\nTwo, changed elsewhere.\n\nThree."
    assert carry(line_changes(BEFORE, elsewhere), BEFORE, "One.\n\nTwo, changed here.\n\nThree.") is None


def test_a_paragraph_added_above_moves_the_cursor_down_with_its_words():
    elsewhere = "Zero, from elsewhere.\n\n" + BEFORE
    text, placed = carry(line_changes(BEFORE, elsewhere), BEFORE, "One.\n\nTwo, here.\n\nThree.")
    assert text == "Zero, from elsewhere.\n\nOne.\n\nTwo, here.\n\nThree."
    assert moved((2, 5), placed) == (4, 5)
    assert moved((0, 3), [Placed(0, 1, 1)]) == (0, 0), "on a line replaced: at its start"


def test_the_span_that_differs_is_one_replacement():
    start, end, inserted = differing_span("One.\n\nTwo.", "One.\n\nTwo, more.")
    assert (start, end, inserted) == ((2, 3), (2, 3), ", more")
