"""Does the statement cover what the Order asks for?

(a) Something on each of the six national priorities: a section with at least
one paragraph, or a row of the Home Office template table naming it. Every
priority missing is named in one ``missing-priority`` finding.

(b) Which priorities apply locally and why, read as offices write it:

* for all of them at once, anywhere outside the priorities' own sections or
  in them: "All the national policing priorities are assessed to be
  applicable as they align to the Safer West Mercia Plan", "each of the six
  priorities applies to our area";
* per priority, in its section, in a sentence naming it, or in a table column
  such as "Applicable?": "applicable", "applies to our area", "relevant to
  Lancashire", "a local priority", "aligns with the Police and Crime Plan";
* "not applicable because …", "does not apply, as …": a priority declared
  not to apply, with a reason, is covered. Declared without a reason, it gets
  a ``missing-applicability`` finding asking why.

Plain mentions of local partners ("local councils", "across our region") do
not count: they say where work happens, not why a priority applies.
"""

from __future__ import annotations

import re

from drafter.priorities import CLOSING, INTRODUCTION, PRIORITIES, PRIORITY_IDS, by_id
from drafter.review.document import ReviewDocument, ReviewParagraph
from drafter.review.findings import Finding
from drafter.statement import cells_of

APPLICABILITY = re.compile(
    r"\bapplicab(?:le|ility)\b"
    r"|\bappl(?:y|ies)\s+(?:equally\s+|fully\s+|directly\s+|very\s+much\s+)?"
    r"(?:locally|here|(?:in|to|across|within)\s+(?:our|the|this)\s+(?:area|force|region|county|communit\w*)"
    r"|(?:in|to|across|within)\s+(?:the\s+)?(?-i:[A-Z])\w+)"  # "applies in the Thames Valley"
    r"|\brelevan(?:t|ce)\s+(?:locally|here|to\s+(?:our|the|this|local)\b"
    r"|in\s+(?:our|the|this)\s+(?:area|force|region|county)|(?:to|in|for|across)\s+(?:the\s+)?(?-i:[A-Z])\w+)"
    r"|\blocal(?:ly)?\s+(?:priorit\w*|relevan\w*|context|picture|importance|significance|needs?)\b"
    r"|\b(?:relevant|important|applies|matters?|significant)\s+locally\b"
    r"|\bin\s+our\s+(?:area|force\s+area|county)\b"
    r"|\balign(?:s|ed|ing)?\s+(?:closely\s+|well\s+|directly\s+|fully\s+)?(?:to|with)\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:plan|strategy|priorities)\b"
    r"|\breflected\s+in\s+(?:our|the)\b"
    r"|\ba\s+priority\s+(?:for|in|across|within)\s+(?:our|the|this)\s+(?:area|county|force|region|communit\w*)",
    re.IGNORECASE,
)
NOT_APPLICABLE = re.compile(
    r"\b(?:not|isn't|aren't)\s+(?:\w+\s+)?(?:applicable|relevant)\b|\bdoes\s+not\s+apply\b"
    r"|\bdo\s+not\s+apply\b|\bdon't\s+apply\b|\bn/a\b",
    re.IGNORECASE,
)
_REASON = re.compile(r"\b(?:because|as|since|given|due\s+to|owing\s+to|reason\w*|instead)\b|[:–—]",
                     re.IGNORECASE)
_COLLECTIVE = re.compile(
    r"\bpriorities\b|\b(?:each|every|all)\s+(?:of\s+)?(?:the\s+)?(?:six\s+)?(?:national\s+)?"
    r"(?:policing\s+)?priorit", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'‘“(]?[A-Z0-9])")
_APPLICABILITY_HEADER = re.compile(r"applicab|relevan|local", re.IGNORECASE)
_GENERAL = "all"


def sentences(text: str) -> list[str]:
    return [s.strip() for line in text.splitlines() for s in _SENTENCE_END.split(line) if s.strip()]


def priorities_named(text: str) -> list[str]:
    """The priorities a sentence names by their key words ("homicide", "county lines")."""
    lowered = text.lower()
    return [p.id for p in PRIORITIES
            if all(any(stem in lowered for stem in group) for group in p.required)]


class Applicability:
    """What a statement says about which priorities apply locally, sentence by sentence."""

    def __init__(self) -> None:
        self.evidence: dict[str, str] = {}  # priority id or "all" → the sentence
        self.without_reason: dict[str, tuple[ReviewParagraph, str]] = {}

    def read(self, paragraph: ReviewParagraph, own: str | None) -> None:
        """Read one paragraph; ``own`` is the priority whose section it is in."""
        if paragraph.kind == "table":
            self._read_table(paragraph.text)
            return
        for sentence in sentences(paragraph.text):
            negative = NOT_APPLICABLE.search(sentence)
            if not negative and not APPLICABILITY.search(sentence):
                continue
            named = priorities_named(sentence)
            if _COLLECTIVE.search(sentence) and (len(named) != 1 or own is None):
                targets = [_GENERAL]
            elif named and own is None:
                targets = named
            else:
                targets = [own or _GENERAL]
            for target in targets:
                if negative and not _REASON.search(sentence[negative.end():]):
                    self.without_reason.setdefault(target, (paragraph, sentence))
                else:
                    self.evidence.setdefault(target, sentence)

    def _read_table(self, text: str) -> None:
        rows = _table_rows(text)
        if not rows:
            return
        columns = [i for i, cell in enumerate(rows[0]) if _APPLICABILITY_HEADER.search(cell)]
        for row in rows[1:]:
            named = priorities_named(row[0]) if row else []
            for column in columns:
                if named and column < len(row) and row[column]:
                    for priority_id in named:
                        self.evidence.setdefault(priority_id, " | ".join(row))

    def for_priority(self, priority_id: str) -> str | None:
        return self.evidence.get(priority_id) or self.evidence.get(_GENERAL)


def _table_priorities(paragraph: ReviewParagraph) -> set[str]:
    """Priorities named in the first cell of a table's rows (the Home Office template)."""
    found: set[str] = set()
    for row in _table_rows(paragraph.text)[1:]:
        found.update(priorities_named(row[0]))
    return found


def _table_rows(text: str) -> list[list[str]]:
    return [[cell.strip() for cell in row] for row in cells_of(text)] if text else []


def check(document: ReviewDocument, cut_short: bool = False) -> tuple[list[Finding], dict]:
    """Findings and the coverage summary for ``--json``. ``cut_short``: the
    file stops mid-text (said in the missing-priority finding)."""
    findings: list[Finding] = []
    applicability = Applicability()
    in_tables: set[str] = set()
    for section in document.sections:
        own = section.key if section.key in PRIORITY_IDS else None
        for paragraph in section.paragraphs:
            applicability.read(paragraph, own)
            if paragraph.kind == "table":
                in_tables |= _table_priorities(paragraph)
    sharing = _sections_shared(document)

    priorities: dict[str, dict] = {}
    no_section: list[str] = []
    empty: list[str] = []
    lacking: list[str] = []
    for priority in PRIORITIES:
        sections = [s for s in document.sections if s.key == priority.id]
        paragraphs = sum(len(s.paragraphs) for s in sections)
        present = paragraphs > 0 or priority.id in in_tables or priority.id in sharing
        evidence = applicability.for_priority(priority.id)
        priorities[priority.id] = {
            "title": priority.title,
            "present": present,
            "paragraphs": paragraphs,
            "in_table": priority.id in in_tables,
            "in_section_of": sharing.get(priority.id),
            "applicability": bool(evidence),
            "evidence": evidence,
        }
        if not present:
            (empty if sections else no_section).append(priority.id)
        elif not evidence and priority.id not in applicability.without_reason:
            lacking.append(priority.id)

    if no_section or empty:
        findings.append(_missing_priorities(no_section, empty, cut_short))
    findings.extend(_missing_applicability(document, priorities, lacking, applicability))
    summary = {
        "priorities": priorities,
        "missing": [p for p, info in priorities.items() if not info["present"]],
        "applicability_in_introduction": applicability.evidence.get(_GENERAL),
        "applicability_missing": lacking,
        "applicability_without_reason": sorted(p for p in applicability.without_reason
                                               if p in priorities and not priorities[p]["applicability"]),
    }
    return findings, summary


def _sections_shared(document: ReviewDocument) -> dict[str, str]:
    """Priorities reported under another's heading that names both ("Reduce serious
    violence and disrupt drugs supply and county lines"), each with the priority
    whose section it is: covered there, not missing."""
    shared: dict[str, str] = {}
    for section in document.sections:
        if section.key not in PRIORITY_IDS or not section.paragraphs or not section.heading:
            continue
        for named in priorities_named(section.heading):
            if named != section.key:
                shared.setdefault(named, section.key)
    return shared


def _titles(ids: list[str]) -> str:
    names = [f"'{by_id(i).title}'" for i in ids]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _missing_priorities(no_section: list[str], empty: list[str], cut_short: bool) -> Finding:
    parts = []
    if no_section:
        verb = "has" if len(no_section) == 1 else "have"
        which = "the national priority" if len(no_section) == 1 else "the national priorities"
        parts.append(f"{which} {_titles(no_section)} {verb} no section")
    if empty:
        verb = "has a heading" if len(empty) == 1 else "have headings"
        parts.append(f"{_titles(empty)} {verb} but nothing under {'it' if len(empty) == 1 else 'them'}")
    message = "; ".join(parts)
    if cut_short:
        message += " (the file stops mid-text, so the rest may have been cut off)"
    # About the whole statement, not one section: listed first, above the
    # sections. The evidence names the priorities, first to last, so a front
    # end can open the first of them.
    missing = " ".join(p for p in PRIORITY_IDS if p in no_section or p in empty)
    return Finding("missing-priority", None, None, message, missing)


def _missing_applicability(document: ReviewDocument, priorities: dict, lacking: list[str],
                           applicability: Applicability) -> list[Finding]:
    findings: list[Finding] = []
    present_ids = [p for p, info in priorities.items() if info["present"]]
    if lacking and len(lacking) == len(present_ids):
        section = document.section(INTRODUCTION) or next(
            (s for s in document.sections if s.key not in PRIORITY_IDS and s.key != CLOSING
             and s.paragraphs), None)
        first = section.paragraphs[0] if section and section.paragraphs else None
        findings.append(Finding(
            "missing-applicability", section.label if section else INTRODUCTION,
            first.number if first else None,
            "the statement does not say which national priorities apply locally and why "
            "(say so in the introduction, or in each priority's section)",
            first.text if first else "", index=0 if first else None))
    else:
        for priority_id in lacking:
            section = document.section(priority_id)
            findings.append(Finding(
                "missing-applicability", priority_id, None,
                f"the section does not say whether or why '{priorities[priority_id]['title']}' "
                "applies locally", (section.heading or "") if section else ""))
    for priority_id, (paragraph, sentence) in applicability.without_reason.items():
        if priority_id != _GENERAL and (priority_id not in priorities
                                        or priorities[priority_id]["applicability"]):
            continue
        title = "the national priorities" if priority_id == _GENERAL else f"'{by_id(priority_id).title}'"
        findings.append(Finding(
            "missing-applicability", paragraph.section_label, paragraph.number,
            f"says {title} {'do' if priority_id == _GENERAL else 'does'} not apply locally, "
            "but not why", sentence, index=paragraph.index))
    return findings
