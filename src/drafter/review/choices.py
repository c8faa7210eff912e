"""Which figures and which earlier statement a review uses.

Figures are those of the area asked for, else of the draft's area or the
statement's own force. A statement whose force is not known is checked
against no figures at all: the workspace's own area would be a guess, and a
wrong guess turns another force's true numbers into errors. The same holds
for what it is compared with: the same force's latest earlier statement, or
none. Both choices come with one note saying what was not done and why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.claims.evidence import Evidence, load_evidence
from drafter.fill.wording import and_list
from drafter.figures.figureset import FigureSet
from drafter.forces import force_named
from drafter.review.document import ReviewDocument

_FORCE_NOISE = re.compile(
    r"\b(police|and|crime|commissioner|commissioners|constabulary|office|of|the|pcc|opcc|force|"
    r"panel|board|for)\b", re.IGNORECASE)


def _force_key(name: str | None) -> str:
    return " ".join(_FORCE_NOISE.sub(" ", name or "").lower().split())


def same_force(a: str | None, b: str | None, areas: tuple[str, ...] = ()) -> bool:
    """"West Midlands" and "West Midlands Police and Crime Commissioner" are
    the same force; "South Wales" and "Wales" are not."""
    if not a or not b:
        return False
    named_a, named_b = force_named(a, areas), force_named(b, areas)
    if named_a and named_b:
        return named_a == named_b
    key_a, key_b = _force_key(a), _force_key(b)
    return bool(key_a) and key_a == key_b


@dataclass
class FiguresChoice:
    """The figures numbers are checked against, and the area they were
    wanted for (asked for, or read from the target; None when unknown)."""

    evidence: Evidence
    area: str | None

    def unchecked_note(self, numbers: int, named: list[str] = ()) -> str | None:
        """One note for the ``numbers`` figures-like numbers left unchecked
        because there are no figures to check them against (None if any are).
        ``named`` are the periods the statement names most, which are what
        its figures are for (a Welsh statement's 2024/25, not the calendar
        year before its date)."""
        period = self.evidence.period
        if not numbers or not self.evidence.empty or period is None:
            return None  # a review without a period says so in its own note
        these = "it" if numbers == 1 else "them"
        stated = "1 number it states is" if numbers == 1 else f"{numbers} numbers it states are"
        if self.area is None:
            return (f"the statement does not name its force, so the {stated} not checked "
                    f"against any figures: give the area whose figures it quotes to check {these}")
        wanted = (f"for the periods it names ({and_list(named)}) and the year before each" if len(named) > 1
                  else f"for {named[0] if named else period} and the year before")
        return (f"no figures for {self.area} in the workspace, so the {stated} not checked: "
                f"checking {these} needs {self.area}'s figures {wanted}")


def choose_figures(workspace, document: ReviewDocument, area: str | None) -> FiguresChoice:
    """``area`` (given), else the draft's area or the statement's force; a
    statement of unknown force gets no figures."""
    wanted = area or document.area or document.force
    period = document.period
    if wanted is None or period is None:
        return FiguresChoice(Evidence(FigureSet(), None, period), wanted)
    return FiguresChoice(load_evidence(workspace, wanted, period), wanted)


def choose_against(workspace, document: ReviewDocument, against: int | None,
                   areas: tuple[str, ...] = ()) -> tuple[ReviewDocument | None, dict | None, str | None]:
    """(statement, description, note): ``against``, else the same force's
    latest statement dated before the target; the note says why there is none."""
    from drafter.review.document import from_statement

    note = None
    if against is not None:
        stored = workspace.get_statement(int(against))
        force = document.force or document.area
        if force and stored.force and not same_force(stored.force, force, areas):
            note = (f"compared with statement {stored.id}, which is {stored.force}'s, not {force}'s: "
                    "what it calls changed or copied is measured against another force's words")
        elif stored.id == document.statement_id or document.content_hash and stored.content_hash == document.content_hash:
            note = f"compared with statement {stored.id}, which is this statement itself: nothing is changed"
        elif stored.date and document.date and stored.date[:7] > document.date[:7]:
            note = (f"compared with statement {stored.id} ({stored.date}), which is later than this one "
                    f"({document.date}): what it calls new was in this one and taken out of the later one")
    else:
        force = document.force or document.area
        if not force:
            return None, None, ("the statement does not name its force, so it is compared "
                                "with no earlier statement")
        cutoff = (document.date or "")[:7]
        candidates = [
            s for s in workspace.list_statements()
            if s.id != document.statement_id
            and not (document.content_hash and s.content_hash == document.content_hash)
            and same_force(s.force, force, areas)
            and (not cutoff or (s.date and s.date[:7] < cutoff))
        ]
        if not candidates:
            return None, None, f"no earlier statement by {force} in the corpus to compare with"
        candidates.sort(key=lambda s: (s.date or "", s.id), reverse=True)
        stored = workspace.get_statement(candidates[0].id)
    info = {"statement_id": stored.id, "title": stored.title, "force": stored.force,
            "date": stored.date, "file": stored.file}
    return from_statement(stored, statement_id=stored.id), info, note
