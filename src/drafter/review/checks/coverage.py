"""Does the statement cover what the Order asks for?

(a) A section for each of the six national priorities, with at least one
paragraph. (b) Which priorities apply locally and why: wording such as
"applicable", "applies to our area", "relevant to", "a local priority", "in our
area" — in the introduction (covering every priority) or in each priority's
own section. Plain mentions of local partners ("local councils", "across our
region") do not count: they say where work happens, not why a priority applies.
"""

from __future__ import annotations

import re

from drafter.priorities import INTRODUCTION, PRIORITIES
from drafter.review.document import ReviewDocument
from drafter.review.findings import Finding

APPLICABILITY = re.compile(
    r"\bapplicab\w*"
    r"|\bappl(?:y|ies)\s+(?:locally|here|(?:in|to)\s+(?:our|the|this)\s+(?:area|force|region|county|communit\w*))"
    r"|\brelevan(?:t|ce)\s+(?:locally|here|to\s+(?:our|the|this|local)\b|in\s+(?:our|the|this)\s+(?:area|force|region|county))"
    r"|\blocal(?:ly)?\s+(?:priorit\w*|relevan\w*|context|picture|importance|significance|needs?)\b"
    r"|\b(?:relevant|important|applies|matters?|significant)\s+locally\b"
    r"|\bin\s+our\s+(?:area|force\s+area|county)\b",
    re.IGNORECASE,
)


def find_applicability(text: str) -> str | None:
    """The sentence that says a priority applies locally, or None."""
    match = APPLICABILITY.search(text)
    if not match:
        return None
    start = max(text.rfind(". ", 0, match.start()) + 2, 0)
    end = text.find(". ", match.end())
    return text[start:end + 1 if end != -1 else len(text)].strip()


def check(document: ReviewDocument) -> tuple[list[Finding], dict]:
    """Findings and the coverage summary for ``--json``."""
    findings: list[Finding] = []
    introduction = document.section(INTRODUCTION)
    general = find_applicability(introduction.text) if introduction else None
    priorities: dict[str, dict] = {}
    lacking: list[str] = []
    for priority in PRIORITIES:
        sections = [s for s in document.sections if s.key == priority.id]
        paragraphs = sum(len(s.paragraphs) for s in sections)
        evidence = None
        for section in sections:
            evidence = evidence or find_applicability(section.text)
        present = paragraphs > 0
        priorities[priority.id] = {
            "title": priority.title,
            "present": present,
            "paragraphs": paragraphs,
            "applicability": bool(evidence or general),
            "evidence": evidence or general,
        }
        if not present:
            where = "has no paragraphs" if sections else "has no section"
            findings.append(Finding("missing-priority", priority.id, None,
                                    f"the national priority '{priority.title}' {where}"))
        elif not evidence and not general:
            lacking.append(priority.id)

    present_ids = [p for p, info in priorities.items() if info["present"]]
    if lacking and len(lacking) == len(present_ids):
        has_introduction = bool(introduction and introduction.paragraphs)
        findings.append(Finding(
            "missing-applicability", INTRODUCTION, _first_number(document, INTRODUCTION),
            "the statement does not say which national priorities apply locally and why "
            "(say so in the introduction, or in each priority's section)",
            introduction.paragraphs[0].text if has_introduction else "",
            index=0 if has_introduction else None))
    else:
        for priority_id in lacking:
            section = document.section(priority_id)
            findings.append(Finding(
                "missing-applicability", priority_id, None,
                f"the section does not say whether or why '{priorities[priority_id]['title']}' "
                "applies locally", (section.heading or "") if section else ""))
    summary = {
        "priorities": priorities,
        "missing": [p for p, info in priorities.items() if not info["present"]],
        "applicability_in_introduction": general,
        "applicability_missing": lacking,
    }
    return findings, summary


def _first_number(document: ReviewDocument, key: str) -> int | None:
    section = document.section(key)
    if section and section.paragraphs:
        return section.paragraphs[0].number
    return None
