"""Reporting periods: calendar years, quarters, financial years and rolling years.

Figures are published for four kinds of period, written the way forces and
the Home Office write them:

=============  ============  ==========================================
kind           written       covers
=============  ============  ==========================================
``year``       ``2022``      January to December 2022
``quarter``    ``2022-Q3``   July to September 2022 (calendar quarters)
``financial``  ``2022/23``   April 2022 to March 2023
``rolling``    ``YE2023-06`` the 12 months ending June 2023 (or September)
=============  ============  ==========================================

Twelve months ending in December are the calendar year and twelve months
ending in March the financial year, so every twelve-month period has exactly
one spelling. A period is a run of months (``first`` counts months from year
0, ``months_long`` is 3 or 12); everything else follows from that.

Every period has "the same period a year earlier" (``previous_year``), which is
what a change is measured against, so a quarter is compared with the same
quarter of the year before rather than the quarter just gone (seasonal crime
would otherwise look like a trend). ``shifted`` moves a period on by whole
quarters (what rolling a statement forward does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cached_property, lru_cache

from drafter.errors import BadPeriod

YEAR = "year"
QUARTER = "quarter"
FINANCIAL = "financial"
ROLLING = "rolling"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_ORDINALS = ("first", "second", "third", "fourth")

_YEAR_RE = re.compile(r"(\d{4})")
_QUARTER_RE = re.compile(r"(\d{4})\s*-?\s*Q([0-9]+)", re.IGNORECASE)
_FINANCIAL_RE = re.compile(r"(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})")
_ROLLING_RE = re.compile(r"YE\s*(\d{4})\s*-\s*(\d{1,2})", re.IGNORECASE)

# Outside these years a "period" is almost certainly a typo or another column.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2199

EXPECTED = ("expected a year (2022), a quarter (2022-Q3), a financial year (2022/23) "
            "or a year ending June or September (YE2023-06)")


def _as_month(year: int, month: int) -> str:
    """What to say of a period written as year and month: the quarter holding the month."""
    if not 1 <= month <= 12:
        return ""
    return (f"a period is not a single month ({MONTHS[month - 1]} {year} is in the quarter "
            f"{year}-Q{(month - 1) // 3 + 1}); ")


@dataclass(frozen=True)
class Period:
    """A reporting period: ``months_long`` months from month ``first``
    (``year * 12 + month - 1``). Build one with :meth:`parse` or :meth:`of_months`."""

    first: int
    months_long: int

    # -- reading and writing ---------------------------------------------------
    @classmethod
    def parse(cls, text: "str | Period | int") -> "Period":
        if isinstance(text, Period):
            return text
        return _parsed(text) if isinstance(text, str) else cls._read(text)

    @classmethod
    def _read(cls, text: "str | int") -> "Period":
        """Read ``2022``, ``2022-Q3``, ``2022/23`` or ``YE2023-06``, or a period in words as
        a column title names one ("year ending March 2026", "April to June 2026"); raise
        BadPeriod otherwise.

        Spaces around the parts and a lower-case ``q`` are forgiven, and a
        financial year may be written in full (``2022/2023``) or with a dash
        (``2022-23``, as spreadsheets often do). Anything else,
        such as ``2022-Q5``, ``22/23`` or ``2022/24``, is refused with a message
        that says what was expected.
        """
        if isinstance(text, Period):
            return text
        if isinstance(text, int) and not isinstance(text, bool):
            text = str(text)
        if not isinstance(text, str):
            raise BadPeriod(f"bad period {text!r}: {EXPECTED}")
        raw = text.strip()
        if match := _YEAR_RE.fullmatch(raw):
            return cls._checked(raw, int(match.group(1)), 1, 12)
        if match := _QUARTER_RE.fullmatch(raw):
            quarter = int(match.group(2))
            if not 1 <= quarter <= 4:
                raise BadPeriod(f"bad period {text!r}: there is no quarter {quarter} (quarters are Q1 to Q4)")
            return cls._checked(raw, int(match.group(1)), (quarter - 1) * 3 + 1, 3)
        if match := _FINANCIAL_RE.fullmatch(raw):
            start, end = int(match.group(1)), match.group(2)
            expected_end = start + 1
            if int(end) != (expected_end if len(end) == 4 else expected_end % 100):
                if re.fullmatch(r"\d{4}\s*-\s*\d{2}", raw):
                    # Written as a month (2026-05), or a month mistyped (2026-13): not a financial year.
                    raise BadPeriod(f"bad period {text!r}: {_as_month(start, int(end))}{EXPECTED}")
                raise BadPeriod(
                    f"bad period {text!r}: a financial year runs April to March, "
                    f"so it is written {start}/{expected_end % 100:02d}"
                )
            return cls._checked(raw, start, 4, 12)
        if match := _ROLLING_RE.fullmatch(raw):
            end_year, end_month = int(match.group(1)), int(match.group(2))
            if end_month not in (3, 6, 9, 12):
                raise BadPeriod(f"bad period {text!r}: a year ends with a quarter "
                                "(March, June, September or December)")
            first_month = end_month % 12 + 1
            return cls._checked(raw, end_year - (1 if end_month != 12 else 0), first_month, 12)
        # A period as statements and tables word it, "year ending March 2026", "April to June 2026",
        # "Q1 2026/27": read as the figures import reads a column title.
        from drafter.figures.title_periods import named_period

        if (worded := named_period(raw)) is not None:
            return worded
        if _names_half_a_year(raw):
            raise BadPeriod(f"bad period {text!r}: half a year is no period figures are stored for; give one of "
                            "its quarters (such as 2026-Q3) or the twelve months ending with it (such as YE2026-09)")
        raise BadPeriod(f"bad period {text!r}: {EXPECTED}")

    @classmethod
    def _checked(cls, raw: str, year: int, month: int, months_long: int) -> "Period":
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            raise BadPeriod(f"bad period {raw!r}: year {year} is out of range")
        return cls(year * 12 + month - 1, months_long)

    @classmethod
    def of_months(cls, first_year: int, first_month: int, months_long: int) -> "Period | None":
        """The period of ``months_long`` (3 or 12) months from ``first_month`` of
        ``first_year``, or None when no reporting period runs so (a quarter not
        on a calendar quarter, a year not ending with a quarter)."""
        if months_long not in (3, 12) or (first_month - 1) % 3:
            return None
        if not EARLIEST_YEAR <= first_year <= LATEST_YEAR:
            return None
        return cls(first_year * 12 + first_month - 1, months_long)

    @classmethod
    def of_month_span(cls, first_month: int, last_month: int, last_year: int,
                      first_year: int | None = None) -> "Period | None":
        """The period from ``first_month`` to ``last_month`` of ``last_year``
        ("April to June 2026"; "November 2025 to January 2026" with
        ``first_year``; without it a span running past December starts the
        year before), or None when no reporting period runs so."""
        if first_year is None:
            first_year = last_year if first_month <= last_month else last_year - 1
        length = (last_year * 12 + last_month) - (first_year * 12 + first_month) + 1
        return cls.of_months(first_year, first_month, length)

    @classmethod
    def of_months_ending(cls, last_month: int, last_year: int, months_long: int) -> "Period | None":
        """The ``months_long`` months to the end of ``last_month`` of
        ``last_year`` ("the year ending June 2026", "the quarter to March 2026")."""
        first = last_year * 12 + last_month - months_long  # months counted from year 0, January = 0
        return cls.of_months(first // 12, first % 12 + 1, months_long)

    def __str__(self) -> str:
        return self._text

    @cached_property
    def _text(self) -> str:
        kind = self.kind
        if kind == QUARTER:
            return f"{self.year}-Q{self.quarter}"
        if kind == FINANCIAL:
            return f"{self.year}/{(self.year + 1) % 100:02d}"
        if kind == ROLLING:
            return f"YE{self.end.year}-{self.end.month:02d}"
        return str(self.year)

    # -- what it is -------------------------------------------------------------
    @property
    def kind(self) -> str:
        if self.months_long == 3:
            return QUARTER
        return {1: YEAR, 4: FINANCIAL}.get(self.first_month, ROLLING)

    @property
    def year(self) -> int:
        """The year the period starts in."""
        return self.first // 12

    @property
    def first_month(self) -> int:
        return self.first % 12 + 1

    @property
    def last(self) -> int:
        """The period's last month, counted as ``first`` is."""
        return self.first + self.months_long - 1

    @property
    def quarter(self) -> int | None:
        """1-4 for a quarter, else None."""
        return (self.first_month - 1) // 3 + 1 if self.months_long == 3 else None

    @property
    def start(self) -> date:
        """The first day of the period."""
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        """The last day of the period."""
        after = self.last + 1
        following = date(after // 12, after % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)

    @property
    def ordinal(self) -> int:
        """A number that goes up by one from each period of a kind to the next
        (used to pick a wording variant that differs between consecutive
        statements)."""
        return self.first // 3 if self.months_long == 3 else self.year

    def sort_key(self) -> tuple:
        """Chronological by start, then shorter periods first."""
        return (self.first, self.months_long)

    def before(self, other: "Period") -> bool:
        """Whether this period ends before ``other`` starts."""
        return self.last < other.first

    def overlaps(self, other: "Period") -> bool:
        return self.first <= other.last and other.first <= self.last

    def latest_of_its_kind_at(self, other: "Period") -> bool:
        """Whether this is the latest period of its kind complete when ``other``
        ends: at 2026-Q2 the latest year is 2025 and the latest financial year
        2025/26, but 2026-Q1 is not the latest quarter. Years and financial
        years follow each other a year apart; quarters and rolling years a
        quarter apart. Roll forward agrees: it moves a year a year at a time,
        and a rolling year with the statement, a quarter at a time."""
        step = 12 if self.kind in (YEAR, FINANCIAL) else 3
        return self.last <= other.last < self.last + step

    # -- arithmetic -----------------------------------------------------------
    def previous_year(self) -> "Period":
        """The same period a year earlier: 2021 for 2022, 2021-Q3 for 2022-Q3,
        2021/22 for 2022/23."""
        return Period(self.first - 12, self.months_long)

    def shifted(self, months: int) -> "Period | None":
        """The period ``months`` later (earlier when negative), of the same
        length: 2022 + 12 → 2023; 2026-Q1 + 3 → 2026-Q2; YE2023-06 + 3 →
        YE2023-09; a year moved by a quarter ends a quarter later. None when
        ``months`` is not whole quarters."""
        if months % 3:
            return None
        return _of_first(self.first + months, self.months_long)

    @property
    def financial_quarter(self) -> int | None:
        """1-4 for a quarter, its place in the financial year (April to June is 1), else None."""
        return (self.quarter - 2) % 4 + 1 if self.quarter else None

    def numbered_quarter(self, number: int) -> "Period | None":
        """The quarter a statement on this period means by a bare "Quarter
        ``number``": this one, when that is its number in the financial or the
        calendar year; else the latest quarter to this period's end that is
        that quarter of its financial year, as police and crime reports count.
        None for a calendar or rolling year, which could mean either."""
        if self.kind not in (QUARTER, FINANCIAL):
            return None
        if number in (self.quarter, self.financial_quarter):
            return self
        latest = _of_first(self.last - 2, 3)
        for back in range(4):
            quarter = latest.shifted(-3 * back) if latest else None
            if quarter is not None and quarter.financial_quarter == number:
                return quarter
        return None

    def following(self) -> "Period":
        """The period the next statement reports, as statements step: a quarter
        on for quarters and rolling years, a year on for years and financial years."""
        return self.shifted(self._step) or self

    @property
    def _step(self) -> int:
        """How far statements move a period of this kind: a quarter for quarters
        and rolling years, a year for years and financial years."""
        return 3 if self.months_long == 3 or self.kind == ROLLING else 12

    def months_to(self, other: "Period") -> int:
        """How many months ``other`` starts after this period does."""
        return other.first - self.first

    def moved(self, main: "Period", target: "Period") -> "Period":
        """The period that stands to ``target`` as this one stands to ``main``:
        its place among periods of its length counted back from ``main``'s
        end, counted back from ``target``'s end instead. A quarter moves a
        quarter when the statement does; a year moves only once the target
        reaches the next year's end, a rolling year a quarter at a time (the
        rule :meth:`latest_of_its_kind_at` reads the other way). The
        statement's own period, and the same period a year or more back, move
        as the statement does: the year ending June 2024 becomes the year
        ending September 2024 (or December 2024, which is 2024). Itself when
        no period runs so."""
        if self.months_long == main.months_long and (main.last - self.last) % 12 == 0:
            return self.shifted(target.last - main.last) or self
        step = self._step
        lag = (_aligned_end(main.last, self.last, step) - self.last) // step
        last = _aligned_end(target.last, self.last, step) - lag * step
        return _of_first(last - self.months_long + 1, self.months_long) or self

    # -- English --------------------------------------------------------------
    def label(self) -> str:
        """How a sentence names the period: ``2022``, ``the third quarter of
        2022``, ``2022/23``, ``the year ending June 2023``."""
        if self.kind == QUARTER:
            return f"the {_ORDINALS[self.quarter - 1]} quarter of {self.year}"
        if self.kind == ROLLING:
            return self.ending()
        return str(self)

    def financial_label(self) -> str:
        """The period named by the financial year (April to March) it falls in:
        ``the third quarter of 2026/27`` for October to December 2026, as an
        office that counts its quarters from April says it; any other period
        as :meth:`label` names it."""
        if self.kind != QUARTER:
            return self.label()
        start = self.year - (self.quarter == 1)
        year = Period.parse(f"{start}/{(start + 1) % 100:02d}")
        return f"the {_ORDINALS[(self.quarter - 2) % 4]} quarter of {year}"

    def months(self) -> str:
        """The months covered: ``January to December 2022``, ``July to
        September 2022``, ``April 2022 to March 2023``."""
        first, last = self.start, self.end
        if first.year == last.year:
            return f"{MONTHS[first.month - 1]} to {MONTHS[last.month - 1]} {last.year}"
        return f"{MONTHS[first.month - 1]} {first.year} to {MONTHS[last.month - 1]} {last.year}"

    def year_to_date(self, financial: bool = True) -> "tuple[Period, ...]":
        """The quarters of the financial (else calendar) year up to this quarter, oldest first:
        2026-Q2 and 2026-Q3 for July to September 2026 ("so far in 2026/27"), or 2026-Q1 to
        2026-Q3 ("so far in 2026"); none for a period that is not a quarter."""
        place = self.financial_quarter if financial else self.quarter
        if place is None:
            return ()
        return tuple(self.shifted(-3 * back) for back in range(place - 1, -1, -1))

    @property
    def financial_year_start(self) -> int:
        """The year whose April opens the financial year the period ends in: 2026 for any
        quarter from April 2026 to March 2027."""
        return self.end.year - (self.end.month < 4)

    def financial_year(self) -> str:
        """The financial year (April to March) the period ends in, as statements write it:
        ``2026/27`` for any quarter from April 2026 to March 2027 ("so far in 2026/27")."""
        start = self.financial_year_start
        return f"{start}/{(start + 1) % 100:02d}"

    # -- Welsh, for an office's Welsh templates (read back by welsh_period_text) --
    def months_cy(self) -> str:
        """The months covered, in Welsh: ``Gorffennaf i Fedi 2026``."""
        from drafter.figures.welsh_period_text import welsh_months

        return welsh_months(self)

    def ending_cy(self) -> str:
        """In Welsh by its end: ``y flwyddyn hyd at Fedi 2026``, ``y chwarter hyd at Fedi 2026``."""
        from drafter.figures.welsh_period_text import welsh_ending

        return welsh_ending(self)

    def ending(self) -> str:
        """The statistical-release form: ``the year ending December 2022``,
        ``the quarter ending September 2022``, ``the year ending March 2023``."""
        span = "quarter" if self.kind == QUARTER else "year"
        return f"the {span} ending {MONTHS[self.end.month - 1]} {self.end.year}"

    def year_earlier_phrase(self) -> str:
        """What a change is measured against, as a sentence says it."""
        if self.kind == QUARTER:
            return "the same quarter a year earlier"
        if self.kind == FINANCIAL:
            return "the previous financial year"
        if self.kind == ROLLING:
            return "the previous twelve months"
        return "the previous year"


def _names_half_a_year(text: str) -> bool:
    """"first half of 2026/27", "H1 2026/27", "April to September 2026": six months, no reporting period."""
    from drafter.figures.half_year_names import half_year

    return half_year(text) is not None


@lru_cache(maxsize=1024)
def _parsed(text: str) -> Period:
    """Periods are parsed from the same few strings over and over: remember them."""
    return Period._read(text)


def _aligned_end(limit: int, last: int, step: int) -> int:
    """The latest month up to ``limit`` that ends a period like one ending at ``last``."""
    return limit - ((limit - last) % step)


def _of_first(first: int, months_long: int) -> Period | None:
    year, month_index = divmod(first, 12)
    return Period.of_months(year, month_index + 1, months_long)


def latest_quarter_by(periods, month: str) -> Period | None:
    """The latest quarter among ``periods`` whose last month is no later than
    ``month`` (``YYYY-MM``), or None."""
    year, number = (int(part) for part in month[:7].split("-"))
    quarters = [p for p in map(Period.parse, periods) if p.kind == QUARTER and p.last <= year * 12 + number - 1]
    return max(quarters, key=lambda p: p.first, default=None)


def parse_period(text: "str | Period | int") -> Period:
    """Shorthand for :meth:`Period.parse`."""
    return Period.parse(text)
