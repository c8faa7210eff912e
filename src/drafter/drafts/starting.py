"""Where a new draft starts: an empty skeleton, or a past statement copied forward.

Both give the same complete skeleton: an introduction, the six priority
sections in the workspace's ``section_order`` and the closing "Reporting
frequency" section, so every draft has every section a board report needs.

Choices made here (``drafter draft new --help`` tells writers the same):

* An empty draft's title and board are the settings' (``force``, ``board``)
  when it is for the settings' area or force; for any other area they are
  that area's: "… – Ashmoor Police and Crime Commissioner Statement" to the
  "Ashmoor Police and Crime Panel" (``usual_header``), so a second area's
  draft never carries the first one's name.
* The meeting date defaults to the current month; a copied-forward draft goes
  to the meeting one quarter after its source statement (2023-09 -> 2023-12),
  or as far on as its figures move when rolled (an annual statement's a year on).
* An empty draft's figures period defaults to the latest quarter the
  workspace holds figures for in the draft's area, ending no later than the
  meeting month (a 2026-11 draft with 2026-Q3 stored quotes 2026-Q3): a
  quarterly statement quotes the latest quarter published. With no quarter
  stored for the area, it is the last complete calendar year before the
  meeting (a 2023-12 draft quotes 2022), which annual figures support.
* Copying forward keeps the source's title, board, presented-by line and
  section headings (the office's house style) and each paragraph's
  provenance (statement id and printed number); the source's force becomes
  the figures area (the workspace's area when the force is unknown).
  Sections whose heading drafter does not recognise are folded, paragraphs
  and provenance intact, into the section before them (the introduction when
  they come first); the revision note of the new draft names each folded
  heading, so nothing disappears silently.
  Two source sections for the same priority are merged in source order.
* Sections appear in ``section_order`` even when the source used another
  order; priority sections the source lacks are created empty with the
  default heading, and a missing introduction or closing gets the default
  paragraph.
* The draft keeps the source's house style: its sub-headings, bullets and
  tables stay what they were, and a statement printed without paragraph
  numbers (a web page) gives a draft without them, with no board or
  presented-by line unless the source had one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date as calendar_date

from drafter.drafts.model import Draft, DraftError, DraftParagraph, DraftSection, Origin
from drafter.errors import BadDate
from drafter.priorities import CLOSING, INTRODUCTION, ORDER_NAME, default_heading
from drafter.settings import usual_board, usual_office
from drafter.statement import check_date


_SOURCE_DATE = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])(-\d{2})?$")


def default_title(force: str) -> str:
    """"… – Dorset Police and Crime Commissioner Statement", "… – Mayor's Office for Policing and Crime Statement"."""
    return f"Performance Report – National Policing Priorities – {usual_office(force)} Statement"


@dataclass(frozen=True)
class Header:
    """The title and board a draft gets when none is given."""

    title: str
    board: str


def usual_header(settings, area: str | None = None) -> Header:
    """The title and board of a draft for ``area`` (spelt as drafter spells it):
    the settings' for their own area or force (or no area), else that area's own."""
    own = {settings.area.casefold(), settings.force.casefold()}
    if not area or area.casefold() in own:
        return Header(default_title(settings.force), settings.board)
    return Header(default_title(area), usual_board(area))


def introduction_text() -> str:
    return (f"The {ORDER_NAME} requires police and crime commissioners to publish how their "
            "force is contributing to the National Policing Priorities; this statement gives "
            "that information.")


def closing_text(board: str) -> str:
    if not board:
        return (f"This statement is updated every quarter, as the {ORDER_NAME} requires, "
                "when new figures are published.")
    return (f"A report on the National Policing Priorities comes to the {board} every quarter, "
            f"as the {ORDER_NAME} requires, alongside the regular reports on performance "
            "against the Police and Crime Plan.")


def meeting_month(value: str) -> str:
    """The meeting month ``YYYY-MM``; DraftError when it is not one."""
    try:
        return check_date(value, day_allowed=False)
    except BadDate as error:
        raise DraftError(f"{error} (the month of the meeting)") from None


def check_period(value: str) -> str:
    """The period in its standard spelling (``2022-q3`` -> ``2022-Q3``); BadPeriod if malformed."""
    from drafter.figures.periods import parse_period

    return str(parse_period(value))


def kept_as_copied(waiting: str, period: str) -> str:
    """What copying forward did when the next period's figures were not in yet
    (``drafts.roll``), said as what happened rather than as a count of nothing."""
    from drafter.figures.periods import parse_period

    return (f"no figures for {parse_period(waiting).months()} ({waiting}) are stored yet, so "
            f"the figures stay as copied, for {period}")


def rolled_forward(rolled: int, left: int, period: str, rolled_from: str | None, chosen: bool) -> str:
    """What copying forward moved, from which period to which, and (when the
    writer gave no period) why that one: ``35 figures rolled forward to 2026-Q2
    (the quarter after 2026-Q1, the latest quarter the statement quotes), 5 left for you``."""
    from drafter.figures.periods import QUARTER, parse_period

    moved = f"{rolled} figure{'s' if rolled != 1 else ''} rolled forward to {period}"
    if rolled_from and rolled_from != period and chosen:
        source = parse_period(rolled_from)
        step = {3: "the quarter", 6: "six months"}.get(source.months_to(parse_period(period)), "the year")
        which = ("the latest quarter the statement quotes" if source.kind == QUARTER
                 else "the period the statement reports")
        moved += f" ({step} after {rolled_from}, {which})"
    elif rolled_from and rolled_from != period:
        moved += f" from {rolled_from}"
    return f"{moved}, {left} left for you"


def current_month() -> str:
    today = calendar_date.today()
    return f"{today.year:04d}-{today.month:02d}"


def default_period(meeting_date: str, held: list[str] = ()) -> str:
    """The latest quarter of ``held`` (the periods the draft's area has figures
    for) ending by the meeting month, else the last complete calendar year before the meeting."""
    from drafter.figures.periods import latest_quarter_by

    quarter = latest_quarter_by(held, meeting_date)
    return str(quarter) if quarter is not None else str(int(meeting_date[:4]) - 1)


def next_quarter(source_date: str | None) -> str:
    """The meeting a quarter after ``source_date`` (YYYY-MM or YYYY-MM-DD); today's month if unknown."""
    return meeting_after(source_date, 3)


def meeting_after(source_date: str | None, months: int) -> str:
    """The meeting ``months`` after ``source_date`` (YYYY-MM or YYYY-MM-DD): an annual
    statement's next is a year on, a half-yearly one's six months; today's month if unknown."""
    match = _SOURCE_DATE.match(source_date or "")
    if not match:
        return current_month()
    months += int(match.group(1)) * 12 + int(match.group(2)) - 1
    return f"{months // 12:04d}-{months % 12 + 1:02d}"


def skeleton_sections(order: list[str], board: str, *, numbered: bool = True) -> list[DraftSection]:
    sections = [DraftSection(INTRODUCTION, default_heading(INTRODUCTION), "drafting", numbered,
                             [DraftParagraph(introduction_text(), Origin.writer())])]
    sections += [DraftSection(key, default_heading(key), numbered=numbered) for key in order]
    sections.append(DraftSection(CLOSING, default_heading(CLOSING), "drafting", False,
                                 [DraftParagraph(closing_text(board), Origin.writer())]))
    return sections


def is_board_paper(statement) -> bool:
    """Printed with paragraph numbers or for a board, as the reference statement is;
    a web page's statement has neither."""
    return numbers_paragraphs(statement) or bool(statement.board)


def numbers_paragraphs(statement) -> bool:
    """Whether the statement numbers its paragraphs: a Word paper for a Panel
    may name its board and still number nothing, and its copy keeps that style."""
    return any(p.number is not None for s in statement.sections or [] for p in s.paragraphs)


def copied(statement_id: int, paragraph, place: int | None = None) -> DraftParagraph:
    """A source paragraph as it enters the draft: same words, kind and cells, with its
    provenance (its printed number, or its ``place`` in the statement's order)."""
    return DraftParagraph(paragraph.text, Origin.corpus(statement_id, paragraph.number, place),
                          paragraph.kind, paragraph.cells)


@dataclass
class Start:
    """A new draft and what happened while making it (for the first revision's note)."""

    draft: Draft
    notes: list[str] = field(default_factory=list)

    def note(self) -> str:
        return "; ".join(self.notes)


def empty_draft(settings, *, title=None, date=None, area=None, period=None, board=None,
                presented_by=None, held_periods: list[str] = ()) -> Start:
    """The empty skeleton; ``held_periods`` are the periods the area has figures for."""
    meeting = meeting_month(date) if date else current_month()
    usual = usual_header(settings, area)
    board = board or usual.board
    draft = Draft(
        id=None, title=title or usual.title, board=board, date=meeting,
        presented_by=presented_by or "", area=area or settings.area,
        period=check_period(period) if period else default_period(meeting, held_periods),
        sections=skeleton_sections(list(settings.section_order), board),
    )
    return Start(draft, ["new draft"])


def copied_forward(settings, statement, *, title=None, date=None, area=None, period=None,
                   board=None, presented_by=None) -> Start:
    """A draft for the next quarter built from a stored statement (``StoredStatement``)."""
    meeting = meeting_month(date) if date else next_quarter(statement.date)
    area = area or statement.force or settings.area
    usual = usual_header(settings, area)
    board_paper = is_board_paper(statement)
    if board_paper:
        board = board or statement.board or usual.board
        presented_by = presented_by or statement.presented_by
    draft = Draft(
        id=None, title=title or statement.title or usual.title, board=board or "",
        date=meeting, presented_by=presented_by or "", area=area,
        period=check_period(period) if period else default_period(meeting),
        sections=skeleton_sections(list(settings.section_order), board or "",
                                   numbered=numbers_paragraphs(statement)),
        from_statement=statement.id, header_notes=list(statement.header_notes) if board_paper else [],
    )
    start = Start(draft, [f"copied forward from statement {statement.id}"
                          + (f" ({statement.date})" if statement.date else "")])
    filled: set[str] = set()
    headed: set[str] = set()
    current = INTRODUCTION
    # Each paragraph's place in the statement's order, "p12" as corpus show gives it.
    places = {id(p): place for place, p in enumerate((p for s in statement.sections or [] for p in s.paragraphs), 1)}
    for source in statement.sections or []:
        key = source.priority
        if key is None or key not in {s.key for s in draft.sections}:
            if source.paragraphs or source.heading:
                into = draft.section(current)
                shown = repr(source.heading) if source.heading else "text before the first heading"
                start.notes.append(f"{shown} folded into {into.heading!r}")
            key = current
        target = draft.section(key)
        if key in (INTRODUCTION, CLOSING) and not source.heading and source.paragraphs and key not in filled:
            # A web page's opening under its title, or its sign-off ("Last updated: …"), has no heading.
            target.heading_printed = False
        if key == CLOSING and any(p.number is not None for p in source.paragraphs):
            target.numbered = True  # "14. This statement is published every quarter …": numbered on
        # The first source section for a key replaces the default heading and wording.
        if source.heading and source.priority == key and key not in headed:
            target.heading = source.heading
            headed.add(key)
        if source.paragraphs and key not in filled:
            target.paragraphs = []
            filled.add(key)
        target.paragraphs.extend(copied(statement.id, paragraph, places[id(paragraph)])
                                 for paragraph in source.paragraphs)
        target.follow_content()
        current = key
    for section in draft.sections:
        if section.paragraphs and section.status == "empty":
            section.status = "drafting"
    return start
