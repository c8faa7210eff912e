"""Where a force stands: its place in a ranking (:class:`Standing`) and the
side of the national figure it is on (:class:`Gap`), as
:mod:`drafter.figures.national` works them out and fill, review and roll
forward say them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from drafter.figures.ordinals import place_words

HIGHEST, LOWEST = "highest", "lowest"
FORCES, REGION, COUNTRY = "forces", "region", "country"  # the 43, a region's, England's 39 or Wales's 4


@dataclass(frozen=True)
class Standing:
    """Where an area stands in a ranking (a rank's ``Derived.standing``).

    ``position`` is 1 for the first in ``order``; ``joint_with`` the other
    areas sharing it; ``ranked`` every area of the group with its value as
    ranked, first to last; ``group`` is ``England and Wales`` or the region.
    """

    area: str
    position: int
    out_of: int
    order: str
    among: str
    group: str
    value: Decimal  # as ranked: to one decimal place, or whole for counts
    joint_with: tuple[str, ...]
    ranked: tuple[tuple[str, Decimal], ...]
    basis: str  # what was ranked: "homicides", "firearms_offences per 100,000", ...

    @property
    def joint(self) -> bool:
        return bool(self.joint_with)

    @property
    def first(self) -> bool:
        return self.position == 1

    def neighbours(self) -> tuple[tuple[str, Decimal] | None, tuple[str, Decimal] | None]:
        """The nearest areas ranked above and below this one (not sharing its place)."""
        others = [pair for pair in self.ranked if pair[0] != self.area and pair[0] not in self.joint_with]
        index = self.position - 1  # how many areas stand above it
        above = others[index - 1] if index > 0 else None
        below = others[index] if index < len(others) else None
        return above, below

    def nearer_end(self) -> tuple[int, str]:
        """The place and order said from the nearer end, as a person says them: the 2nd
        lowest, not the 42nd highest. A tie's place from the other end is where its
        last member stands from there (four level at the foot are the joint lowest)."""
        if 2 * self.position > self.out_of + 1:
            return (self.out_of - (self.position + len(self.joint_with)) + 1,
                    LOWEST if self.order == HIGHEST else HIGHEST)
        return self.position, self.order

    def describe_against_a_claim(self) -> str:
        """:meth:`describe` from the end a claim named, so a place one off shows as one
        off, but from the other end where it stands there: "the highest", not "the 43rd lowest"."""
        return self.describe(nearer_end=self.position + len(self.joint_with) >= self.out_of)

    def describe(self, nearer_end: bool = False) -> str:
        """``the highest of 43 forces``, ``the 8th lowest of 4 forces in Wales``, ``joint 3rd highest ...``;
        with ``nearer_end``, from the nearer end as fill words it (``joint lowest``, not ``joint 40th highest``)."""
        position, order = self.nearer_end() if nearer_end else (self.position, self.order)
        place = place_words(position)
        words = f"joint {place}{order}" if self.joint else f"the {place}{order}"
        where = "" if self.among == FORCES else f" in {region_phrase(self.group)}"
        return f"{words} of {self.out_of} forces{where}"


@dataclass(frozen=True)
class Gap:
    """An area's value and the national one as written (one decimal place),
    which decide the side of the national figure the area is on."""

    area_value: Decimal
    national_value: Decimal

    @property
    def side(self) -> str:
        """``above``, ``below`` or ``level`` (the same number as written)."""
        if self.area_value == self.national_value:
            return "level"
        return "above" if self.area_value > self.national_value else "below"

    @property
    def percent(self) -> Decimal | None:
        """The gap as a percentage of the national value, both as written: 6.5 against
        12.8 is 49.2% below, as a reader works it out from the published rates."""
        if not self.national_value:
            return None
        return (self.area_value - self.national_value) * 100 / self.national_value


def region_phrase(region: str) -> str:
    """``Wales``, ``England``, ``London``, ``the West Midlands region``."""
    return region if region in ("Wales", "England", "London") else f"the {region} region"
