"""A stored figure: one measure for one area and period, with its unit and source."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache

from drafter.figures.exact import to_decimal
from drafter.forces import force_named

POPULATION = "population"
PERCENT = "percent"
GBP = "GBP"


def plain_number(value: float | int | Decimal) -> int | float:
    number = float(value)
    return int(number) if number.is_integer() else number


@dataclass(frozen=True)
class Figure:
    """One stored figure: ``value`` is an int when whole, else a float."""

    measure: str
    area: str
    period: str
    value: int | float
    unit: str | None = None
    source: str | None = None

    @property
    def exact(self) -> Decimal:
        """The value as an exact Decimal (for arithmetic and rounding)."""
        return to_decimal(self.value)

    def to_dict(self) -> dict:
        return {"measure": self.measure, "area": self.area, "period": self.period,
                "value": self.value, "unit": self.unit, "source": self.source}

    def provenance(self) -> dict:
        """What a filled sentence records about a figure it used."""
        return {"measure": self.measure, "area": self.area, "period": self.period,
                "value": self.value, "source": self.source}

    @classmethod
    def from_row(cls, row: dict) -> "Figure":
        return cls(row["measure"], row["area"], row["period"], plain_number(row["value"]),
                   row.get("unit"), row.get("source"))


@lru_cache(maxsize=4096)
def normalise_measure(text: str) -> str:
    """``Neighbourhood crime`` → ``neighbourhood_crime``."""
    return re.sub(r"[\s\-]+", "_", text.strip().lower())


def closest_measure(measure: str, known) -> str | None:
    """The stored measure ``measure`` is most likely a slip for ("homicdes" →
    "homicides"), or None; imports, templates and removals suggest the same one."""
    from drafter.errors import closest_names

    close = closest_names(measure, sorted(known))
    return close[0] if close else None


@lru_cache(maxsize=4096)
def normalise_area(text: str) -> str:
    """An area as stored: a force's canonical name ("Devon & Cornwall Police"
    → "Devon and Cornwall"), else the name with its spaces tidied."""
    return force_named(text) or re.sub(r"\s+", " ", text.strip())
