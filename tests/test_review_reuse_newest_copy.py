"""A paragraph carried word for word through more statements than review
weighs at once is "copied from" the newest of them, the one the text was
last carried from, not the oldest copies it happened to weigh first.

The statements are written for the project.
"""

from __future__ import annotations

from drafter.review.checks import reuse
from drafter.review.document import ReviewDocument, ReviewParagraph, ReviewSection
from drafter.review.tokens import keys

BRIDGE = ("The Victim Bridge service now contacts every victim of domestic abuse within two working days of "
          "their report, and the Commissioner has asked the force to report each quarter how often that "
          "standard is met.")
MONTHS = ["2024-02", "2024-05", "2024-08", "2024-11", "2025-02", "2025-05", "2025-08", "2025-11", "2026-02",
          "2026-05", "2026-08"]


def test_a_paragraph_in_every_past_statement_is_copied_from_the_newest():
    past = []
    for statement_id, month in enumerate(MONTHS, start=1):
        wave = f"Survey wave {statement_id} was reported to the panel."
        past += [reuse.PastParagraph(statement_id, 1, wave, month, None, "Dorset", keys(wave)),
                 reuse.PastParagraph(statement_id, 2, BRIDGE, month, None, "Dorset", keys(BRIDGE))]
    section = ReviewSection("victim-satisfaction", "Improve victim satisfaction")
    section.paragraphs.append(ReviewParagraph("victim-satisfaction", "victim-satisfaction", 0, 1, BRIDGE))
    document = ReviewDocument("statement", None, "Dorset", "2026-11", sections=[section])
    [copied] = [f.message for f in reuse.findings(reuse.analyse(document, past, force="Dorset"))]
    assert copied == f"100% carried over verbatim from statement {len(MONTHS)} ¶2 (Dorset, 2026-08)"
