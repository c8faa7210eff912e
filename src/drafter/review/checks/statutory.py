"""The two things around the priorities that a statement published under the
Order carries, and a signing officer looks for before it goes out:

* the statutory opening: the Order the statement is published under, "The
  Elected Local Policing Bodies (Specified Information) (Amendment) Order
  2021 requires …" (in Welsh, "… (Gwybodaeth Benodedig) …");
* how often it is published: a "Reporting frequency" section, or a sentence
  anywhere saying the statement is updated every quarter.

Each one missing is a ``missing-section`` warning naming what to add; a
statement cut short is not asked for either (its end is lost, and the
``truncated`` finding says so).
"""

from __future__ import annotations

import re

from drafter.priorities import CLOSING, CLOSING_TITLE, INTRODUCTION, ORDER_NAME, PUBLISHED_HALF_YEARLY
from drafter.review.document import ReviewDocument
from drafter.review.findings import Finding

THE_ORDER = re.compile(r"\bSpecified\s+Information\b|\bGwybodaeth\s+Benodedig\b"
                       r"|\bElected\s+Local\s+Policing\s+Bodies\b|\bCyrff\s+Plismona\s+Lleol\s+Etholedig\b",
                       re.IGNORECASE)
HOW_OFTEN = re.compile(
    r"\b(?:every|each|once\s+a)\s+(?:quarter|three\s+months|year)\b|\bquarterly\b|\bannually\b"
    rf"|{PUBLISHED_HALF_YEARLY.pattern}"
    r"|\bnext\s+(?:statement|update|report)\b"  # "The next update will be published in February 2027."
    r"|\bbob\s+chwarter\b|\bpob\s+chwarter\b|\byn\s+chwarterol\b", re.IGNORECASE)


def check(document: ReviewDocument, cut_short: bool = False) -> tuple[list[Finding], dict]:
    """``missing-section`` findings and what was found, for ``--json``'s coverage."""
    texts = [paragraph.text for paragraph in document.paragraphs()]
    closing = document.section(CLOSING)
    opening = next((text for text in texts if THE_ORDER.search(text)), None)
    frequency = next((text for text in texts if HOW_OFTEN.search(text)), None)
    if frequency is None and closing is not None and closing.heading and closing.paragraphs:
        frequency = closing.paragraphs[0].text
    summary = {"statutory_opening": opening, "reporting_frequency": frequency}
    if cut_short:
        return [], summary
    findings = []
    if opening is None:
        findings.append(_missing(
            document, INTRODUCTION, f"the statement does not name the Order it is published under (the {ORDER_NAME}): "
            "say so in the introduction"))
    if frequency is None:
        findings.append(_missing(
            document, CLOSING, f"the statement does not say how often it is published: add a '{CLOSING_TITLE}' "
            "section (\"This statement is updated every quarter.\")"))
    return findings, summary


def _missing(document: ReviewDocument, key: str, message: str) -> Finding:
    section = document.section(key)
    return Finding("missing-section", section.label if section else key, None, message,
                   (section.heading or "") if section else "")
