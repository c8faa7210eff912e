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

