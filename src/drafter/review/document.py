"""One reviewable shape for a draft or a statement: a header, sections keyed by
priority, and paragraphs with their printed numbers.

Every check reads a :class:`ReviewDocument`, so a draft in the workspace and a
statement file are reviewed by the same code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from drafter.claims.tables import periods_down_as_across
from drafter.figures.period_patterns import MONTH_WORDS

_YEAR_MONTH = re.compile(r"^(\d{4})(-\d{2})?")
_DATED_BY_MONTH = re.compile(rf"\b(?:{MONTH_WORDS})\.?,?\s+$", re.IGNORECASE)


@dataclass
class ReviewParagraph:
    """A paragraph under review. ``doc`` is its spaCy parse, set by :func:`parse`.

    ``index`` is its place among the paragraphs under its section label (0
    first); with ``section_label`` it names the paragraph in findings."""

    section_label: str
    section_key: str | None
    index: int
    number: int | None
    text: str
    origin: dict | None = None
    kind: str = "paragraph"  # or bullet, subheading, table (drafter.statement)
    doc: Any = field(default=None, repr=False, compare=False)
    # The number a statement prints within its section ("3.3"; ``number`` is None then).
    printed: str | None = None
    # Word for word a paragraph of the force's statement it is compared with (set by the review).
    as_before: bool = False

    @property
    def printed_number(self) -> int | str | None:
        """The number the reader sees beside the paragraph: ``22``, ``"3.3"``, or None."""
        return self.number if self.number is not None else self.printed

    @property
    def name(self) -> str:
        """How a listing grouped by section names the paragraph: its printed
        number, else what a writer can find it by (see :func:`paragraph_name`)."""
        return paragraph_name(self.printed_number, self.kind, self.text)

    @property
    def label(self) -> str:
        """The paragraph named anywhere: ``¶22``, ``¶3.3``, or ``closing “The Panel will…”``."""
        if self.printed_number is not None:
            return f"¶{self.printed_number}"
        return f"{self.section_label} {self.name}"


FIRST_WORDS = 5
"""Enough words to tell a section's unnumbered paragraphs apart, short enough for a listing."""
FIRST_CHARACTERS = 60
"""At most this much of those words: a paragraph with no spaces still gets a short name."""
KIND_WORDS = {"bullet": "bullet", "table": "table", "subheading": "heading"}


def paragraph_name(number: int | str | None, kind: str, text: str) -> str:
    """``¶22`` for a numbered paragraph (``¶3.3`` for one numbered within its
    section). An unnumbered one (a web page's
    paragraphs, bullets, tables, the closing section) is named by its first
    words, ``bullet “Extend the schools programme to…”``: the desk shows no
    number for it and a statement prints none, so its position would have to
    be counted, but its words are there to be read."""
    if number is not None:
        return f"¶{number}"
    start = text[:FIRST_CHARACTERS * 4]  # enough for the first words, however long the text
    words = (start.replace("|", " ") if kind == "table" else start).split()
    opening = " ".join(words[:FIRST_WORDS])
    cut = len(words) > FIRST_WORDS or len(opening) > FIRST_CHARACTERS or len(start) < len(text.rstrip())
    opening = opening[:FIRST_CHARACTERS].rstrip(",;:.|")
    quoted = f"“{opening}…”" if cut else f"“{opening}”"
    kind_word = KIND_WORDS.get(kind)
    return f"{kind_word} {quoted}" if kind_word else quoted


@dataclass
class ReviewSection:
    key: str | None
    heading: str | None
    paragraphs: list[ReviewParagraph] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The section key when drafter recognises the heading, else the heading itself."""
        return self.key or self.heading or "(untitled)"

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.paragraphs)


@dataclass
class ReviewDocument:
    """A draft or statement ready for review.

    ``kind`` is ``draft`` or ``statement``; ``draft_id``, ``statement_id``,
    ``file`` and ``content_hash`` say which one (whichever apply).
    """

    kind: str
    title: str | None
    force: str | None
    date: str | None
    sections: list[ReviewSection] = field(default_factory=list)
    period: str | None = None
    area: str | None = None
    draft_id: int | None = None
    statement_id: int | None = None
    file: str | None = None
    content_hash: str | None = None
    annexes: list = field(default_factory=list)  # sections left out as annexes (statement.annexes)
    # Annexes whose figures review checks (drafter.review.annex_checks): no part of the text's sections.
    annex_sections: list[ReviewSection] = field(default_factory=list)

    def paragraphs(self) -> list[ReviewParagraph]:
        return [p for s in self.sections for p in s.paragraphs]

    def figure_paragraphs(self) -> list[ReviewParagraph]:
        """The paragraphs whose figures are checked: the text's, then its annexes' checked."""
        return [*self.paragraphs(), *(p for s in self.annex_sections for p in s.paragraphs)]

    def section(self, key: str) -> ReviewSection | None:
        for section in self.sections:
            if section.key == key:
                return section
        return None

    def repeated_sections(self) -> dict[str, list[ReviewSection]]:
        """The labels that head more than one section, each with its sections in order."""
        by_label: dict[str, list[ReviewSection]] = {}
        for section in self.sections:
            by_label.setdefault(section.label, []).append(section)
        return {label: sections for label, sections in by_label.items() if len(sections) > 1}

    @property
    def name(self) -> str:
        """What the report calls the document: ``draft 3``, a file name or ``statement 7``."""
        if self.kind == "draft":
            return f"draft {self.draft_id}"
        if self.file:
            return self.file
        return f"statement {self.statement_id}"

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs())


def from_draft(draft) -> ReviewDocument:
    """A :class:`drafter.drafts.Draft` as a review document (numbers from ``numbered()``)."""
    sections: dict[int, ReviewSection] = {}
    ordered: list[ReviewSection] = []
    for section in draft.sections:
        review_section = ReviewSection(section.key, section.heading)
        sections[id(section)] = review_section
        ordered.append(review_section)
    for section, paragraph, number in draft.numbered():
        target = sections[id(section)]
        origin = paragraph.origin.to_dict() if getattr(paragraph, "origin", None) else None
        target.paragraphs.append(ReviewParagraph(
            target.label, target.key, len(target.paragraphs), number, _as_read(paragraph), origin,
            paragraph.kind))
    return ReviewDocument(
        kind="draft", title=draft.title or None, force=draft.area or None, date=draft.date or None,
        sections=ordered, period=draft.period or None, area=draft.area or None, draft_id=draft.id,
    )


def _as_read(paragraph) -> str:
    """A paragraph's text as review reads it: a table with its periods down
    the first column is read with them across, so each row names its measure."""
    return periods_down_as_across(paragraph.text) if paragraph.kind == "table" else paragraph.text


def from_statement(statement, *, file: str | None = None, statement_id: int | None = None,
                   content_hash: str | None = None) -> ReviewDocument:
    """A :class:`drafter.statement.Statement` or ``StoredStatement`` as a review document.

    A statement may head two sections alike (an annex repeating "Reduce
    serious violence"): the second one's paragraphs are counted on from the
    first's, so a finding's section label and index name one paragraph."""
    ordered: list[ReviewSection] = []
    counted_under: dict[str, int] = {}
    for section in statement.sections or []:
        review_section = ReviewSection(section.priority, section.heading)
        first = counted_under.get(review_section.label, 0)
        for paragraph in section.paragraphs:
            review_section.paragraphs.append(ReviewParagraph(
                review_section.label, review_section.key, first + len(review_section.paragraphs),
                paragraph.number, _as_read(paragraph), kind=paragraph.kind,
                printed=getattr(paragraph, "printed", None)))
        counted_under[review_section.label] = first + len(review_section.paragraphs)
        ordered.append(review_section)
    return ReviewDocument(
        kind="statement", title=statement.title, force=statement.force, date=statement.date,
        sections=ordered, statement_id=statement_id if statement_id is not None else getattr(statement, "id", None),
        file=file if file is not None else getattr(statement, "file", None),
        content_hash=content_hash if content_hash is not None else getattr(statement, "content_hash", None),
        annexes=list(getattr(statement, "annexes", None) or []),
    )


def check_period(period: str) -> str:
    """``period`` in its standard spelling (``2022``, ``2022-Q3``, ``2022/23``); BadPeriod if it is none."""
    from drafter.figures.periods import Period

    return str(Period.parse(period))


def default_period(date: str | None) -> str | None:
    """The last full calendar year before ``date`` (``2023-09`` → ``2022``).

    A statement published in 2023 quotes the annual figures for 2022: a
    calendar year's figures are published some months after it ends.
    """
    match = _YEAR_MONTH.match(date or "")
    return str(int(match.group(1)) - 1) if match else None


# "This update uses figures for the year ending June 2026", "The data in this
# report cover the 12 months to March 2024", "Figures are for 2023/24".
# "This statement covers April to June 2026" too: what it reports on.
# "It covers April to June 2026" after the sentence that names the statement;
# "This paper gives the position for April to June 2026";
# "Period covered: Q1 2026/27" in a header; "This statement covers the financial year 2025/26",
# "Reporting period: the financial year 2025/26", "It covers the period January to March 2026":
# the kind of period may be named before it.
_DECLARES_FIGURES = re.compile(
    r"(?:\b(?:figures|data|statistics|numbers)\b[^.;:]{0,40}?\b(?:for|cover|covers|covering|to|relate\s+to|"
    r"relates\s+to|from)|\b(?:(?:this|the)\s+(?:statement|update|report|paper)|it)\s+(?:covers|reports\s+on|"
    r"is\s+for|(?:gives|sets\s+out)\s+the\s+position\s+(?:for|in))|\b(?:period\s+covered|reporting\s+period|period\s+of\s+(?:the\s+)?report)\s*:)\s*(?:the\s+)?"
    r"(?:(?:financial|calendar|reporting)\s+year\s+|quarter\s+|period\s+(?:of\s+)?)?$",
    re.IGNORECASE)
_DECLARING_PARAGRAPHS = 4


def declared_period(document: ReviewDocument) -> str | None:
    """The period a statement says its figures are for, in its opening
    paragraphs ("This update uses figures for the year ending June 2026"),
    or None. It is the review period when none is given: a statement
    published in October may quote the year to June, not the calendar year."""
    declared = declaring_phrase(document)
    return str(declared[0].period) if declared else titled_period(document)


def declaring_phrase(document: ReviewDocument, in_the_text: bool = False):
    """(the period phrase, its paragraph) of the words saying what period the
    statement covers ("This statement covers April to June 2026"), the
    paragraph None for the title's "Period covered:" line (not looked at
    ``in_the_text``); None when no words say."""
    from drafter.figures.period_text import find_periods

    # A header's "Period covered:" line is part of the title as statements are read.
    for paragraph in [*([] if in_the_text else [None]), *document.paragraphs()[:_DECLARING_PARAGRAPHS]]:
        text = (document.title or "") if paragraph is None else paragraph.text
        for phrase in find_periods(text):
            if phrase.period is not None and _DECLARES_FIGURES.search(text[max(0, phrase.start - 80):phrase.start]):
                return phrase, paragraph
    return None


def outdated_by_title(document: ReviewDocument):
    """(the period phrase, its paragraph) of an opening sentence saying the
    statement covers an earlier period than the one its title names, of the
    same length ("This paper gives the position for April to June 2026" under
    a title naming July to September 2026): a sentence copied forward whose
    period was left as it was. None when they agree, or either is not said."""
    declared, titled = declaring_phrase(document, in_the_text=True), titled_period(document)
    if declared is None or titled is None:
        return None
    from drafter.figures.periods import Period

    named, title = declared[0].period, Period.parse(titled)
    return declared if named.kind == title.kind and named.before(title) else None


def review_periods(document: ReviewDocument, asked: str | None = None) -> tuple[str | None, str | None]:
    """(stated, under review): the period the statement's words say it covers
    and the period its figures are checked for.

    A draft and a file are read alike: the words' own period ("This update
    covers April to June 2026", a title's "April to June 2026") dates a key
    figure or a "This year" column wherever the text sits, so a sentence
    copied into a draft gets the verdict it gets in its file. A draft's
    period (or one ``asked``) is still the period under review: a draft whose
    words were kept as copied (``--no-roll``) states last quarter, and its
    numbers quoted from last quarter are stale for the draft's. A draft whose
    words state no period is read by its own; a file that states none by the
    year its sentences quote most ("in the year ending March 2025"), else by
    the year before its date, never held to that guess for its key figures."""
    # The title's later quarter over an opening sentence copied forward with the quarter before's.
    declared = titled_period(document) if outdated_by_title(document) else declared_period(document)
    stated = asked or declared or document.period
    return stated, asked or document.period or stated or titled_half_year(document) \
        or quoted_period(document) or default_period(document.date)


def titled_half_year(document: ReviewDocument) -> str | None:
    """The last quarter of the half year a statement's title, else its first paragraph, names
    ("Half-Year Statement, January to June 2026": 2026-Q2), once it is over by the statement's
    date: no period is half a year, and without it a half-yearly statement quoting only the
    half's counts was checked against the calendar year before its date."""
    from drafter.figures.half_year_names import named_half_year

    half = named_half_year([document.title, *(p.text for p in document.paragraphs()[:1])])
    published = _YEAR_MONTH.match(document.date or "")
    if half is None or published and (half.end.year, half.end.month) > (
            int(published.group(1)), int((published.group(2) or "-12")[1:])):
        return None
    return str(half)


def quoted_period(document: ReviewDocument) -> str | None:
    """The period a statement's sentences name most often, among those over
    by its date (the latest of those named as often): what its figures
    without period words are for, when it says of none of them. A statement
    quoting "the year ending March 2025" throughout is not checked against
    the calendar year 2024 because it was published in 2025."""
    from collections import Counter

    from drafter.figures.period_text import find_periods

    published = _YEAR_MONTH.match(document.date or "")
    if not published:
        return None
    year, month = int(published.group(1)), int((published.group(2) or "-12")[1:])
    named = Counter(phrase.period for paragraph in document.paragraphs()
                    for phrase in find_periods(paragraph.text)
                    if phrase.period is not None and (phrase.period.end.year, phrase.period.end.month) < (year, month))
    if not named:
        return None
    return str(max(named, key=lambda period: (named[period], period.sort_key())))


def titled_period(document: ReviewDocument) -> str | None:
    """The one period a statement's title names ("Quarterly statement: April
    to June 2026", "…: Q1 2026/27"), when it has ended by the statement's
    date: what a statement without a "This statement covers" line reports on.
    A title naming two periods, or one still to come, says nothing of it."""
    from drafter.figures.period_text import find_periods

    title = document.title or ""
    # "…, published 19 August 2026" in a byline is a date: its year is no period the title names.
    phrases = [phrase for phrase in find_periods(title) if phrase.period is not None
               and not (phrase.style == "year" and _DATED_BY_MONTH.search(title, 0, phrase.start))]
    # A year alone in the Welsh half of a title in English and Welsh is the year of the English
    # half's period: "July to September 2025 / Gorffennaf i Fedi 2025" names one quarter.
    half = [title.count(" / ", 0, phrase.start) for phrase in phrases]
    named = {str(phrase.period): phrase.period for at, phrase in enumerate(phrases)
             if not (phrase.style == "year" and any(
                 other.style != "year" and half[index] != half[at] and other.period.end.year == phrase.period.year
                 for index, other in enumerate(phrases)))}
    if len(named) != 1:
        return None
    (period,) = named.values()
    published = _YEAR_MONTH.match(document.date or "")
    if published:
        year, month = int(published.group(1)), int((published.group(2) or "-12")[1:])
        if (period.end.year, period.end.month) > (year, month):
            # A period not over when the statement was published is not what it reports on; one
            # ending in its month is (a statement dated by its title's period is dated so).
            return None
    return str(period)


def parse(document: ReviewDocument, database=None) -> None:
    """Give every paragraph its spaCy parse (see :mod:`drafter.review.parsing`;
    kept in ``database``'s cache when one is given)."""
    from drafter.review.parsing import parse_paragraphs

    parse_paragraphs([p for p in document.figure_paragraphs() if p.doc is None], database)
