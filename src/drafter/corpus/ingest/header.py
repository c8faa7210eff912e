"""The header block of a statement: board, meeting date, title, presenter,
the lines that say what kind of paper it is;
and the statement's force and date, from its header, its text or its file name.

Statements open with a few short lines before the first section, e.g. the
board's name, the month of the meeting and ``Title: ...`` / ``Presented by:
...`` fields. These functions read those lines; the segmenter decides which
lines form the header.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date as calendar_date
from pathlib import PurePath

from drafter.forces import force_in_list, force_named, forces_in_text

# Field labels a header uses, normalised (lower case, single spaces, no "(s)").
TITLE_LABELS = {"title", "report title", "subject", "title of report", "title of paper"}
PRESENTER_LABELS = {"presented by", "report by", "report of", "reported by", "submitted by"}
DATE_LABELS = {"date", "meeting date", "date of meeting", "date of report", "report date",
               "published", "date published", "publication date", "first published",
               "last updated", "updated", "update", "date of publication", "page last updated",
               "this page was last updated", "page updated", "last reviewed", "page last reviewed"}
BOARD_LABELS = {"meeting", "board", "committee", "panel", "report to", "meeting of"}
OTHER_LABELS = {"police and crime plan priority", "agenda item", "item", "item number",
                "status", "classification", "author", "authors", "report author",
                "contact officer", "contact", "priority", "security marking", "version"}
KNOWN_LABELS = TITLE_LABELS | PRESENTER_LABELS | DATE_LABELS | BOARD_LABELS | OTHER_LABELS
# Fields that say what kind of paper this is, the same from one quarter to the next, so a copy
# forward keeps them; an agenda item, a version or a contact changes with the meeting or the person.
CARRIED_LABELS = {"police and crime plan priority", "priority", "status", "classification",
                  "security marking"}

# An agenda item's number on its own line, or before the title, without a colon
# after the label ("Agenda item 7", "Item 7a –"): the meeting's, not the statement's.
# In English and Welsh: "Agenda item 6 / Eitem 6 ar yr agenda".
_AGENDA_ITEM = re.compile(r"^(?:agenda\s+)?item(?:\s+(?:no\.?|number))?\s*\d{1,3}(?:\.\d{1,2})?[a-z]?\b"
                          r"(?:\s*/\s*eitem\b[^:–—]*$|\s*[:–—-]\s*|\s*$)", re.I)

_NOT_STATED = {"", "n/a", "na", "n.a.", "none", "-", "–", "—", "tbc", "not applicable"}

_FIELD = re.compile(r"^\s*([A-Za-z][A-Za-z ()/&'’-]{0,40}?)\s*:\s*(.*)$")
_BOARD_WORDS = re.compile(r"\b(Board|Panel|Committee|BOARD|PANEL|COMMITTEE)\b")

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}
_MONTH = r"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_MONTH_YEAR = re.compile(rf"\b(\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?{_MONTH},?\s+(\d{{4}})\b", re.I)
_MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}}){_ORDINAL},?\s+(\d{{4}})\b", re.I)
_MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+(\d{{4}})\b", re.I)
_ISO = re.compile(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b")
# A month that ends a period a title names ("April to June 2026", "the year ending March 2026"):
# no date the statement was written, when a line beside it gives one ("…Commissioner, August 2026").
_SPAN = re.compile(rf"(?:{_MONTH}(?:,?\s+\d{{4}})?\s*(?:to|until|through|–|-)\s*|\b(?:ending|ended|to)\s+)"
                   rf"{_MONTH},?\s+\d{{4}}", re.I)
_NUMERIC = re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b")
_WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"
# The meeting's date after the board's name ("Cumbria Police and Crime Panel, 9 September 2026",
# "… Panel – meeting on Tuesday 9 September 2026"): the date, not part of the board.
_BOARD_DATE = re.compile(rf"\s*(?:[,–—-]|\()\s*(?:(?:meeting|held)\s+)?(?:on\s+)?{_WEEKDAY}"
                         rf"(?:\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?)?{_MONTH},?\s+\d{{4}}\)?\.?\s*$", re.I)
# "Published", "Update", "Last updated:", "Posted on" before a date on a line of its own.
_DATE_CUE = r"(?:\(?(?:first\s+|last\s+)?(?:published|updated?|publication\s+date|posted)(?:\s+on)?:?\s+)?"
# A web page's byline after its date: "Posted on 14 June 2024 by Communications team", "Published
# 28 July 2026 by the Office of the Police and Crime Commissioner for Lancashire."
_BYLINE = r"(?:\s+by\s+[\w'’.,&-]+(?:\s+[\w'’.,&-]+){0,15})?"  # "… for Devon, Cornwall and the Isles of Scilly"
_ONLY_DATE = re.compile(
    rf"^\s*{_DATE_CUE}{_WEEKDAY}(?:\d{{1,2}}{_ORDINAL}\s+(?:of\s+)?)?{_MONTH},?\s+\d{{4}}\)?{_BYLINE}\s*$"
    r"|^\s*\d{4}-\d{2}(?:-\d{2})?\s*$|^\s*\d{1,2}[/.]\d{1,2}[/.]\d{4}\s*$",
    re.I,
)

_PERIOD_FIELD = re.compile(r"^\s*(?:period\s+covered|reporting\s+period|period\s+of\s+(?:the\s+)?report)\s*:", re.I)
# "Q2 2023/24" (a financial-year quarter), "Q2 2024", "Quarter 2 2023-24".
_QUARTER = re.compile(r"\b(?:Q|Quarter\s+)([1-4])\s*(?:of\s+)?(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?\b", re.I)
# A date the text gives as the statement's own ("for publication in March 2024",
# "Published November 2024", "Update April 2024", "as at 31 March 2024").
# ... or after the board it is for: "Severnshire Police and Crime Panel, 10 December 2026."
_DATED = re.compile(r"\b(?:publish(?:ed|ing)?|publication|updated?|as\s+at|dated|"
                    r"(?:board|panel|committee)(?:\s+meeting)?)\b", re.I)
_DATED_REACH = 40
# Words that may stand between such a cue and its date ("for publication in
# March 2024", "Published on Monday 4 March 2024", "as at the 31st of March").
_BEFORE_A_DATE = {"on", "in", "at", "of", "the", "date", "dated", "monday", "tuesday", "wednesday",
                  "thursday", "friday", "saturday", "sunday"}

# Words that can sit in front of a force's name in a title without being part of it.
_NOT_FORCE_WORDS = {"the", "performance", "report", "national", "policing", "priorities",
                    "priority", "statement", "office", "quarterly", "update", "annual",
                    "strategic", "and", "of", "&", "for", "on", "a", "an"}
_JOINERS = {"and", "of", "&"}


@dataclass
class Header:
    title: str | None = None
    board: str | None = None
    date: str | None = None
    presented_by: str | None = None
    notes: list[str] = dataclasses.field(default_factory=list)  # CARRIED_LABELS lines, as written


def label_of(label: str) -> str:
    label = re.sub(r"\(s\)", "s", label.lower())
    return re.sub(r"\s+", " ", label).strip()


def header_field(line: str) -> tuple[str, str] | None:
    """``("title", "...")`` for a ``Label: value`` line, else None."""
    match = _FIELD.match(line)
    if not match:
        return None
    label = label_of(match.group(1))
    if len(label.split()) > 6:
        return None
    return label, match.group(2).strip()


def is_known_field(line: str) -> bool:
    field = header_field(line)
    return field is not None and field[0] in KNOWN_LABELS


def is_date_line(line: str) -> bool:
    # A bilingual date line ("Mawrth 2024 / March 2024") is a date line by either half.
    return any(_ONLY_DATE.match(half) for half in re.split(r"\s[/|]\s", line))


# "Report of the Police and Crime Commissioner for Cheshire": a "Report of:"
# field set as a line of its own, without its colon, naming someone by role.
_BYLINE_LINE = re.compile(r"^\s*(?:report|paper|presented|submitted|prepared)\s+(?:of|by|from)\s+(.{3,100}?)\s*$",
                          re.I)
_ROLE = re.compile(r"\b(?:commissioner|chief\s+constable|chief\s+executive|mayor|director|officer|"
                   r"PCC|OPCC|PFCC)\b", re.I)
_MAX_BYLINE_WORDS = 14


def byline(line: str) -> str | None:
    """Who a byline line names ("Police and Crime Commissioner for Cheshire" of "Report of the Police
    and Crime Commissioner for Cheshire"), else None: "Report of …: National Policing Priorities" is a title."""
    match = _BYLINE_LINE.match(line)
    if not match or line.rstrip().endswith(".") or len(line.split()) > _MAX_BYLINE_WORDS \
            or not _ROLE.search(match.group(1)) or ": " in match.group(1):
        # In English and Welsh: "Report of the Police and Crime Commissioner for North Wales / Adroddiad …"
        halves = line.split(" / ")
        return next((named for half in halves if (named := byline(half))), None) if len(halves) == 2 else None
    return re.sub(r"^the\s+", "", match.group(1), flags=re.I)


def is_whole_field(line: str) -> bool:
    """A date field whose value is a whole date ("Meeting date: 11 December
    2026"): nothing on the next line can be the rest of it."""
    field = header_field(line)
    return field is not None and field[0] in DATE_LABELS and is_date_line(field[1])


def is_board_line(line: str) -> bool:
    return bool(_BOARD_WORDS.search(line)) and len(line.split()) <= 12 and not line.rstrip().endswith(".") \
        or board_in_two_languages(line) is not None


def board_in_two_languages(line: str) -> str | None:
    """The English board of a line naming it in Welsh and English ("Panel
    Heddlu a Throsedd Gogledd Cymru / North Wales Police and Crime Panel"):
    the half ending with its board word; None for any other line."""
    halves = [half.strip() for half in line.split(" / ")]
    if len(halves) != 2 or line.rstrip().endswith("."):
        return None
    return next((half for half in halves if len(half.split()) <= 12 and _BOARD_WORDS.search(half.split()[-1])),
                None) if all(halves) else None


def is_header_line(line: str) -> bool:
    """A line that belongs in a header rather than in a section."""
    return header_field(line) is not None or is_date_line(line) or is_board_line(line) \
        or byline(line) is not None or _AGENDA_ITEM.sub("", line.strip(), count=1) == ""


def parse_date(text: str, *, quarters: bool = True) -> str | None:
    """ISO date in ``text``: ``2023-09-14`` for a full date, ``2023-09`` for a
    month; with ``quarters``, else the last month of a quarter it names."""
    for pattern, order in ((_DAY_MONTH_YEAR, "dmy"), (_MONTH_DAY_YEAR, "mdy")):
        for match in pattern.finditer(text):
            if order == "dmy":
                day, month, year = match.group(1), match.group(2), match.group(3)
            else:
                month, day, year = match.group(1), match.group(2), match.group(3)
            found = _full_date(int(year), _MONTHS[month.lower().rstrip(".")], int(day))
            if found:
                return found
    match = _MONTH_YEAR.search(text)
    if match:
        return f"{int(match.group(2)):04d}-{_MONTHS[match.group(1).lower().rstrip('.')]:02d}"
    match = _ISO.search(text)
    if match and 1 <= int(match.group(2)) <= 12:
        if match.group(3):
            return _full_date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        return f"{match.group(1)}-{match.group(2)}"
    match = _NUMERIC.search(text)
    if match:  # UK order: day/month/year
        return _full_date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    return quarter_end(text) if quarters else None


def quarter_end(text: str) -> str | None:
    """The last month of the quarter ``text`` names ("Q1 2023/24": ``2023-06``), else of the one period it
    names as sentences do, a year alone aside ("2024 Q1", "YE Jun 26", "the second quarter of 2026")."""
    from drafter.figures.period_text import find_periods

    if match := _QUARTER.search(text):
        quarter, year, financial = int(match.group(1)), int(match.group(2)), bool(match.group(3))
        months = year * 12 + 3 * financial + quarter * 3 - 1  # a financial year starts in April
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    named = {p.period for p in find_periods(text) if p.period is not None and p.style != "year"}
    return f"{named.pop().end:%Y-%m}" if len(named) == 1 else None


def date_in_text(texts: list[str], *, quarters: bool = True) -> str | None:
    """The statement's own date from its opening text: a date right after
    "published", "update" or "as at" (not the period an update covers: "This
    update covers April to June 2024"), else (with ``quarters``) a quarter
    such as "Q2 2023/24"."""
    for text in texts:
        for cue in _DATED.finditer(text):
            rest = text[cue.end():cue.end() + _DATED_REACH]
            starts = [match.start() for pattern in (_DAY_MONTH_YEAR, _MONTH_DAY_YEAR, _MONTH_YEAR, _ISO, _NUMERIC)
                      for match in [pattern.search(rest)] if match]
            if starts and set(_words_before(rest[:min(starts)])) <= _BEFORE_A_DATE:
                found = parse_date(rest)
                if found:
                    return found
    for text in texts[:2] if quarters else ():
        found = quarter_end(text)
        if found:
            return found
    return None


# "severnshire-2026-12.html", "kent_2024-03-14_statement.docx"; not a financial
# year ("2024-25"), whose second number is never a month from 2013 on.
_NAME_DATE = re.compile(r"(?<!\d)(20[1-9]\d)[-_.](0[1-9]|1[0-2])(?:[-_.](0[1-9]|[12]\d|3[01]))?(?!\d)")


# "NPP statement Dec 2026.html", "statement-10-december-2026.docx"; not the end
# of a period ("july-september-2026", "quarter ending june 2026").
_NAME_MONTH_DATE = re.compile(
    rf"(?<![a-z])(?:(\d{{1,2}}){_ORDINAL}[\s_.-]+)?{_MONTH}[\s_.-]*(20[1-9]\d)(?!\d)", re.I)
_PERIOD_END = re.compile(rf"(?:{_MONTH}|\bto|\bending|\buntil|\bthrough)[\s_.–-]*$", re.I)


def date_in_file_name(file: str) -> str | None:
    """The date a statement's file name gives, ``2026-12`` or ``2026-12-10``."""
    stem = PurePath(file).stem
    match = _NAME_DATE.search(stem)
    if match:
        year, month, day = match.groups()
        return _full_date(int(year), int(month), int(day)) if day else f"{year}-{month}"
    return _named_month(stem, _NAME_MONTH_DATE)


# A page or document title that ends with its date, or one of its parts (as
# browsers' page titles are, "... | Severnshire PCC"): "National Policing
# Priorities statement, December 2026", "Update 10 December 2026"; not a title
# naming the months it covers ("July to September 2026").
_TITLE_DATE = re.compile(
    rf"(?:^|[,:|–—-]|\b(?:statement|update|report|paper))\s*(?:(\d{{1,2}}){_ORDINAL}\s+(?:of\s+)?)?"
    rf"{_MONTH},?\s+(\d{{4}})\s*(?=$|[|–—]|-\s)", re.I)


def date_in_title(title: str | None) -> str | None:
    """The date a title (or a part of a page title) ends with, ``2026-12`` or ``2026-12-10``."""
    return _named_month(title or "", _TITLE_DATE)


def _named_month(text: str, pattern: re.Pattern) -> str | None:
    for match in pattern.finditer(text):
        if _PERIOD_END.search(text[:match.start()]):
            continue
        day, month, year = match.groups()
        number = _MONTHS[month.lower().rstrip(".")]
        return _full_date(int(year), number, int(day)) if day else f"{int(year):04d}-{number:02d}"
    return None


def _words_before(text: str) -> list[str]:
    return re.findall(r"[a-z]+", text.lower())


def _full_date(year: int, month: int, day: int) -> str | None:
    try:
        return calendar_date(year, month, day).isoformat()
    except ValueError:
        return None


def force_from(text: str | None) -> str | None:
    """The force named in a title or board name: the capitalised words before
    "Police" / "Constabulary", or after "Commissioner for"."""
    if not text:
        return None
    tokens = re.findall(r"[^\s]+", text)
    for index, token in enumerate(tokens):
        bare = token.strip("()[],;:")
        if bare in ("Police", "Constabulary") and index > 0:
            name = _capitalised_run(tokens[:index], backwards=True)
            if name:
                return name
        if bare == "for" and index > 0 and tokens[index - 1].strip(",") == "Commissioner":
            name = force_in_list(tokens[index + 1:]) or _capitalised_run(tokens[index + 1:], backwards=False)
            if name:
                return name
    return None


def _capitalised_run(tokens: list[str], *, backwards: bool) -> str | None:
    sequence = list(reversed(tokens)) if backwards else tokens
    taken: list[str] = []
    for token in sequence:
        ends_clause = token[-1] in ",;:.)" if token else True
        if backwards and ends_clause:
            break
        word = token.strip("()[],;:.")
        if not word:
            break
        if word[0].isupper() or (word.lower() in _JOINERS and taken):
            taken.append(word)
        else:
            break
        if not backwards and ends_clause:
            break
    if backwards:
        taken.reverse()
    while taken and taken[0].lower() in _NOT_FORCE_WORDS:
        taken.pop(0)
    while taken and taken[-1].lower() in _JOINERS:
        taken.pop()
    if not taken or any(word in ("Police", "Crime", "Commissioner") for word in taken):
        return None
    return " ".join(taken)


def read_header(lines: list[str]) -> Header:
    """Fill a Header from the statement's header lines."""
    header = Header()
    loose: list[str] = []
    for line in lines:
        field = header_field(line)
        label, value = field if field else (None, None)
        if label in TITLE_LABELS and value and header.title is None:
            header.title = value
        elif label in PRESENTER_LABELS and header.presented_by is None:
            header.presented_by = None if value.lower() in _NOT_STATED else value
        elif label in DATE_LABELS and header.date is None:
            header.date = parse_date(value)
        elif label in BOARD_LABELS and value and header.board is None:
            header.board = value
        elif label in CARRIED_LABELS and value.lower() not in _NOT_STATED:
            header.notes.append(" ".join(line.split()))
        elif label not in KNOWN_LABELS:
            # "National Crime and Policing Measures: Q3 2024/25" is a title, not a field.
            rest = _AGENDA_ITEM.sub("", line.strip(), count=1)
            if rest:
                loose.append(rest if rest != line.strip() else line)
    for line in loose:
        if header.date is None and is_date_line(line):
            header.date = parse_date(line)
        elif header.board is None and is_board_line(line):
            board = re.sub(r"^(report|paper) to (the )?", "", board_in_two_languages(line) or line,
                           flags=re.I).strip()
            header.board = _BOARD_DATE.sub("", board).strip() or board
        elif header.presented_by is None and (named := byline(line)):
            header.presented_by = named
    if header.title is None:
        # A title set over several lines (the office's name, then the statement's) is kept whole.
        header.title = " – ".join(line for line in loose if not is_date_line(line) and not is_board_line(line)
                                  and byline(line) is None and len(line.split()) >= 2) or None
    else:  # "Period covered: July to September 2026" under a "Title:" field is the title's period
        header.title = " – ".join([header.title, *(line for line in loose if _PERIOD_FIELD.match(line))])
    if header.date is None:
        # A quarter a title names ("Measures: Q1 2026/27") dates the statement
        # only when nothing says when it was published ("Published 14 October
        # 2026" under it, read with the text): the caller falls back to it.
        # A byline saying when ("…Commissioner, published 20 May 2026") before a month a title
        # ends its period with ("…: January to March 2026").
        header.date = date_in_text(lines, quarters=False) or \
            next((d for d in (parse_date(_SPAN.sub(" ", line), quarters=False) for line in lines) if d), None) or \
            next((d for d in (parse_date(line, quarters=False) for line in lines) if d), None)
    return header


def read_force(*, title: str | None, board: str | None, lines: list[str], text: str,
               file: str, areas: tuple[str, ...] = ()) -> str | None:
    """The statement's force: named in its title or board ("West Midlands Police
    and Crime Commissioner", "the Commissioner for Sussex"), else the force its
    header lines or, failing those, its text name most often ("West Mercia
    Police", "Lancashire Constabulary"), else its file name ("kent-2024-q1.html"),
    which also comes before a force the text names only once (a partner as
    likely as its own). Real forces come out under their canonical names;
    ``areas`` are other names a statement may be by (the workspace's fictional forces)."""
    # "Published by the Police and Crime Commissioner for Ashmoor" outweighs a title naming two
    # forces ("Severnshire and Ashmoor: a joint approach"); a name no force or area goes by ("London
    # Assembly Police and Crime Committee", the Met's board) only a header naming no force.
    unknown = None
    for named in (force_from(source) for source in (title, board, *lines)):
        if named and force_named(named, areas):
            return force_named(named, areas)
        unknown = unknown or named
    for line in [title or "", board or "", *lines]:
        top = _mentions(line, areas).most_common(2)
        if top and (len(top) == 1 or top[0][1] > top[1][1]):
            return top[0][0]
    if unknown:
        return unknown
    # A force the body names once is as likely a partner ("with Lancashire Constabulary")
    # as the statement's own: a force the file name gives comes first.
    mentions = _mentions(text, areas).most_common(1)  # ties go to the first named
    if mentions and mentions[0][1] > 1:
        return mentions[0][0]
    return _force_in_file_name(file, areas) or (mentions[0][0] if mentions else None)


def _mentions(text: str, areas: tuple[str, ...]) -> Counter:
    found: list[tuple[int, str]] = [(m.start, m.force) for m in forces_in_text(text)]
    for area in areas:
        found += [(m.start(), area) for m in re.finditer(rf"\b{re.escape(area)}\b", text)]
    return Counter(force for _, force in sorted(found))


def _force_in_file_name(file: str, areas: tuple[str, ...]) -> str | None:
    words = [w for w in re.split(r"[^A-Za-z&]+", PurePath(file).stem) if w]
    for size in (4, 3, 2, 1):
        for start in range(len(words) - size + 1):
            gram = " ".join(words[start:start + size])
            if len(gram) < 4:
                continue
            named = force_named(gram, areas)
            if named:
                return named
    return None
