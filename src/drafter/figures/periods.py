"""Reporting periods: calendar years, quarters and financial years.

Figures are published for three kinds of period, written the way forces and
the Home Office write them:

=============  ===========  ==========================================
kind           written      covers
=============  ===========  ==========================================
``year``       ``2022``     January to December 2022
``quarter``    ``2022-Q3``  July to September 2022 (calendar quarters)
``financial``  ``2022/23``  April 2022 to March 2023
=============  ===========  ==========================================

Every period has "the same period a year earlier" (``previous_year``), which is
what a change is measured against, so a quarter is compared with the same
quarter of the year before rather than the quarter just gone (seasonal crime
would otherwise look like a trend).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from drafter.errors import BadPeriod

YEAR = "year"
QUARTER = "quarter"
FINANCIAL = "financial"

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
_ORDINALS = ("first", "second", "third", "fourth")

_YEAR_RE = re.compile(r"(\d{4})")
_QUARTER_RE = re.compile(r"(\d{4})\s*-?\s*Q([0-9]+)", re.IGNORECASE)
_FINANCIAL_RE = re.compile(r"(\d{4})\s*[/\-–]\s*(\d{2}|\d{4})")

# Outside these years a "period" is almost certainly a typo or another column.
EARLIEST_YEAR = 1900
LATEST_YEAR = 2199

EXPECTED = "expected a year (2022), a quarter (2022-Q3) or a financial year (2022/23)"


@dataclass(frozen=True, order=False)
class Period:
    """A reporting period; ``year`` is the year it starts in."""

    kind: str
    year: int
    quarter: int | None = None

    # -- reading and writing ---------------------------------------------------
    @classmethod
    def parse(cls, text: "str | Period | int") -> "Period":
        """Read ``2022``, ``2022-Q3`` or ``2022/23``; raise BadPeriod otherwise.

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
            return cls._checked(raw, YEAR, int(match.group(1)))
        if match := _QUARTER_RE.fullmatch(raw):
            quarter = int(match.group(2))
            if not 1 <= quarter <= 4:
                raise BadPeriod(f"bad period {text!r}: there is no quarter {quarter} (quarters are Q1 to Q4)")
            return cls._checked(raw, QUARTER, int(match.group(1)), quarter)
        if match := _FINANCIAL_RE.fullmatch(raw):
            start, end = int(match.group(1)), match.group(2)
            expected_end = start + 1
            if int(end) != (expected_end if len(end) == 4 else expected_end % 100):
                raise BadPeriod(
                    f"bad period {text!r}: a financial year runs April to March, "
                    f"so it is written {start}/{expected_end % 100:02d}"
                )
            return cls._checked(raw, FINANCIAL, start)
        raise BadPeriod(f"bad period {text!r}: {EXPECTED}")

    @classmethod
    def _checked(cls, raw: str, kind: str, year: int, quarter: int | None = None) -> "Period":
        if not EARLIEST_YEAR <= year <= LATEST_YEAR:
            raise BadPeriod(f"bad period {raw!r}: year {year} is out of range")
        return cls(kind, year, quarter)

    def __str__(self) -> str:
        if self.kind == QUARTER:
            return f"{self.year}-Q{self.quarter}"
        if self.kind == FINANCIAL:
            return f"{self.year}/{(self.year + 1) % 100:02d}"
        return str(self.year)

    # -- arithmetic -----------------------------------------------------------
    def previous_year(self) -> "Period":
        """The same period a year earlier: 2021 for 2022, 2021-Q3 for 2022-Q3,
        2021/22 for 2022/23."""
        return Period(self.kind, self.year - 1, self.quarter)

    @property
    def start(self) -> date:
        """The first day of the period."""
        return date(self.year, self._first_month, 1)

    @property
    def end(self) -> date:
        """The last day of the period."""
        months_after_start = self._first_month - 1 + self.months_long
        following = date(self.year + months_after_start // 12, months_after_start % 12 + 1, 1)
        return date.fromordinal(following.toordinal() - 1)

    @property
    def months_long(self) -> int:
        return 3 if self.kind == QUARTER else 12

    @property
    def ordinal(self) -> int:
        """A number that goes up by one from each period of a kind to the next
        (used to pick a wording variant that differs between consecutive
        statements)."""
        return self.year * 4 + self.quarter - 1 if self.kind == QUARTER else self.year

    def sort_key(self) -> tuple:
        """Chronological by start, then shorter periods first."""
        return (self.start, self.months_long)

    @property
    def _first_month(self) -> int:
        if self.kind == QUARTER:
            return (self.quarter - 1) * 3 + 1
        if self.kind == FINANCIAL:
            return 4
        return 1

    # -- English --------------------------------------------------------------
    def label(self) -> str:
        """How a sentence names the period: ``2022``, ``the third quarter of
        2022``, ``2022/23``."""
        if self.kind == QUARTER:
            return f"the {_ORDINALS[self.quarter - 1]} quarter of {self.year}"
        return str(self)

    def months(self) -> str:
        """The months covered: ``January to December 2022``, ``July to
        September 2022``, ``April 2022 to March 2023``."""
        first, last = self.start, self.end
        if first.year == last.year:
            return f"{MONTHS[first.month - 1]} to {MONTHS[last.month - 1]} {last.year}"
        return f"{MONTHS[first.month - 1]} {first.year} to {MONTHS[last.month - 1]} {last.year}"

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
        return "the year prior"


def parse_period(text: "str | Period | int") -> Period:
    """Shorthand for :meth:`Period.parse`."""
    return Period.parse(text)
