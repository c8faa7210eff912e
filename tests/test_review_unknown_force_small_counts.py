"""A statement naming no force is checked against no figures, and one note says
how many of its numbers were left unchecked: a small count ("7 homicides") is
one of them, where it was taken for no figure at all and the review's tally
read "0 unverified" with no note, as if nothing had gone unchecked."""

from __future__ import annotations


def test_a_small_count_in_a_statement_of_unknown_force_is_counted_as_unchecked(seeded_workspace, tmp_path):
    path = tmp_path / "panel-paper.txt"
    path.write_text("National Policing Priorities statement\n2 December 2026\n\nIntroduction\n\nThis statement "
                    "covers July to September 2026.\n\nReduce murder and other homicide\n\nThere were 7 homicides "
                    "in July to September 2026.\n", encoding="utf-8")
    report = seeded_workspace.review(path)
    assert "the statement does not name its force, so the 1 number it states is not checked against any " \
           "figures: give the area whose figures it quotes to check it" in report.notes
    assert report.figure_counts()["unverified"] == 1
