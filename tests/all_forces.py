"""Figures for all 43 forces, made up at test time in the long layout
(area, measure, period, value, unit, source), for ranks and national rates.

Every force gets a population and a steady made-up count of homicides,
firearms offences and knife offences for each period; West Midlands keeps
the figures of the sample workspace (``corpus/figures/west-midlands.csv``:
45 homicides, 1,019 firearms and 4,944 knife offences in 2,920,000 people in
2022, the published 15.4 per million, 34.9 and 169.3 per 100,000), which
are the highest firearms and knife rates of the 43. ``values`` overrides any
figure (None: no figure), ``leave_out`` drops forces, and ``national`` adds England and Wales
(the sum of the forces) as its own area.
"""

from __future__ import annotations

import csv
from pathlib import Path

from drafter.forces import FORCE_NAMES

SOURCE = "Made-up figures for all forces (tests)"
WEST_MIDLANDS_2022 = {"population": 2_920_000, "homicides": 45, "firearms_offences": 1_019,
                      "knife_offences": 4_944}
MEASURES = ("population", "homicides", "firearms_offences", "knife_offences")


def made_up(force: str, measure: str, period: str) -> int:
    """A steady made-up figure: rates spread well below West Midlands' own."""
    if force == "West Midlands" and measure in WEST_MIDLANDS_2022:
        return WEST_MIDLANDS_2022[measure]
    index = FORCE_NAMES.index(force)
    shift = int(period[:4]) - 2022
    population = 600_000 + 61_000 * index + 5_000 * shift
    if measure == "population":
        return population
    per, rate = {"homicides": (1_000_000, 4 + (index * 5 + shift) % 11),
                 "firearms_offences": (100_000, 4 + (index * 7 + shift) % 23),
                 "knife_offences": (100_000, 40 + (index * 13 + shift) % 97)}[measure]
    return round(rate * population / per)


def rows(periods=("2022",), *, values: dict | None = None, leave_out=(), national: bool = False,
         measures=MEASURES) -> list[list]:
    """Long-layout rows; ``values`` maps (force, measure, period) to a figure."""
    values = values or {}
    found = []
    for period in periods:
        totals = dict.fromkeys(measures, 0)
        for force in FORCE_NAMES:
            for measure in measures:
                value = values.get((force, measure, period), made_up(force, measure, period))
                if value is None:
                    continue  # no figure for this one
                totals[measure] += value
                if force not in leave_out:
                    found.append([force, measure, period, value, "persons" if measure == "population" else "count",
                                  SOURCE])
        if national:
            found += [["England and Wales", measure, period,
                       values.get(("England and Wales", measure, period), totals[measure]),
                       "persons" if measure == "population" else "count", SOURCE] for measure in measures]
    return found


def write(path: Path, periods=("2022",), **options) -> Path:
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(rows(periods, **options))
    return path


def import_all(workspace, tmp_path: Path, periods=("2022",), name: str = "all-forces.csv", **options):
    """Write the file and import it into ``workspace``; the ImportReport."""
    return workspace.import_figures(write(tmp_path / name, periods, **options))
