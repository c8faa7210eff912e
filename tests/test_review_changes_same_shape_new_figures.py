"""A new paragraph in the shape of one carried on but with figures of its own
("In North Wales, 76.9% of victims were satisfied with the service in July
to September 2026" beside Cheshire's own "75.1% of victims were satisfied …")
is a new paragraph, where it was called "said again: reads as part of ¶10"
of the statement compared with, as if a sentence had been written twice (a
sentence said again with its old figures still is: test_review_compare).

The statements are written for the project.
"""

from __future__ import annotations

from drafter.review.checks import changes
from drafter.review.document import ReviewDocument, ReviewParagraph, ReviewSection


def _document(date: str, *paragraphs: str) -> ReviewDocument:
    section = ReviewSection("victim-satisfaction", "Improve victim satisfaction")
    section.paragraphs = [ReviewParagraph("victim-satisfaction", "victim-satisfaction", i, i + 10, text)
                          for i, text in enumerate(paragraphs)]
    return ReviewDocument("statement", "t", "Cheshire", date, [section])


def _messages(*paragraphs: str) -> list[str]:
    old = _document("2026-08", "74.5% of victims were satisfied with the overall service in April to June 2026, "
                               "up from 72.9% a year earlier.")
    new = _document("2026-11", *paragraphs)
    return [f.message for f in changes.findings(changes.compare(new, old, {"statement_id": 3, "date": "2026-08"}))]


def test_a_sentence_in_the_same_shape_with_its_own_figures_is_new():
    messages = _messages("75.1% of victims were satisfied with the overall service in July to September 2026, up "
                         "from 73.6% a year earlier.",
                         "In North Wales, 76.9% of victims were satisfied with the service in July to September 2026.")
    assert messages[1] == "new paragraph (nothing like it in statement 3 (2026-08))"
    assert not [m for m in messages if m.startswith("said again")]



def test_last_quarters_sentence_with_new_figures_and_months_is_a_changed_paragraph():
    # Nine words of seventeen differ: too few in common to pair by the words alone.
    old = _document("2026-02", "Cheshire recorded 1 homicide in October to December 2025, compared with 2 in "
                               "October to December 2024.")
    new = _document("2026-11", "Cheshire recorded 2 homicides in July to September 2026, compared with 3 in July "
                               "to September 2025.")
    found = changes.compare(new, old, {"statement_id": 3, "date": "2026-08"})
    [row] = [row for section in found.sections for row in section.rows]
    assert (row.status, row.old.text) == ("changed", old.sections[0].paragraphs[0].text)
    assert not [f.message for f in changes.findings(found) if f.message.startswith("new paragraph")]


def test_two_short_bullets_of_figures_are_not_paired_by_their_wording_alone():
    old = _document("2026-08", "12 arrests in May 2026.")
    new = _document("2026-11", "3 warrants in August 2026.")
    statuses = sorted(row.status for section in changes.compare(new, old, None).sections for row in section.rows)
    assert statuses == ["added", "removed"]
