"""A total kept equal to the sum of its parts, whichever file brings them.

``figures-import.toml`` says which measures are a sum of others
(``[open_data.neighbourhood_crime] sum_of = [...]``: burglary of homes,
vehicle crime, theft from the person and robbery of personal property). Fill
writes the stored total ("Vehicle crime made up 48.8% of neighbourhood
crime") and review accepts a quoted total as the sum of its parts, so the
two must never differ. After a file is read, every area and period it gives
the total or any part of is worked out again, by :func:`drafter.figures.derived.total`
(the one home of that sum), from the file's parts and, for a part it lacks,
the stored one:

- a file with parts but no total (a re-issue of one part, an ONS table of the
  four parts) stores the total with them, and the report names those made with
  stored parts;
- a file whose own total is not the sum of its parts (its own, or stored
  ones it did not revise) is refused at the total's cell or line, since one
  of the two must be wrong;
- where a part is neither in the file nor stored, nothing is worked out.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.figures import derived
from drafter.figures.exact import is_count_unit
from drafter.figures.figureset import FigureSet
from drafter.figures.importing.gathered import Gathered, problem_at
from drafter.figures.importing.mapping import Mapping
from drafter.figures.model import Figure, plain_number
from drafter.figures.periods import Period

PARTS_PLACE = "the sum of its parts"


def restate_totals(gathered: Gathered, mapping: Mapping, stored) -> list[dict]:
    """Add or check each total the file touches (see the module notes).

    ``stored(measures)`` gives {(area, measure, period): value} of the stored
    figures. Returns the ``measure``, ``area`` and ``period`` of each total
    worked out with a part stored before."""
    with_stored: list[dict] = []
    for rule in mapping.open_data.values():
        if not rule.sum_of:
            continue
        named = {rule.measure, *rule.sum_of}
        touched = sorted({(figure["area"], figure["period"]) for figure in gathered.figures.values()
                          if figure["measure"] in named})
        if not touched:
            continue
        earlier = stored(sorted(named))
        for area, period in touched:
            parts = _parts(gathered, earlier, rule.sum_of, area, period)
            if parts is None:
                continue
            worked_out = derived.total(FigureSet(parts), rule.sum_of, area, period)
            borrowed = [part.measure for part in parts if part.source is None]
            given = gathered.figures.get((area.casefold(), rule.measure, period))
            if given is None:
                source = f"{gathered.source}, with parts stored before" if borrowed else gathered.source
                gathered.add(area, rule.measure, Period.parse(period), worked_out.value,
                             mapping.unit_of(rule.measure), source, PARTS_PLACE, negative_allowed=True)
                if borrowed:
                    with_stored.append({"measure": rule.measure, "area": area, "period": period})
            elif Decimal(repr(given["value"])) != worked_out.value:
                place = gathered.places[(area.casefold(), rule.measure, period)]
                gathered.problems.append(problem_at(place, _disagrees(given, worked_out, borrowed)))
    return with_stored


def _parts(gathered: Gathered, earlier: dict, measures: tuple[str, ...], area: str,
           period: str) -> list[Figure] | None:
    """Each part for the area and period, the file's (with its source) or else
    the stored one (with none); None when a part is in neither, or not a count."""
    found = []
    for measure in measures:
        figure = gathered.figures.get((area.casefold(), measure, period))
        if figure is not None:
            if not is_count_unit(figure["unit"]):
                return None
            found.append(Figure(measure, area, period, plain_number(figure["value"]), figure["unit"],
                                figure["source"]))
        elif (area, measure, period) in earlier:
            found.append(Figure(measure, area, period, plain_number(earlier[(area, measure, period)])))
        else:
            return None
    return found


def _disagrees(given: dict, worked_out: derived.Derived, borrowed: list[str]) -> str:
    listed = ", ".join(borrowed[:-1]) + " and " + borrowed[-1] if len(borrowed) > 1 else "".join(borrowed)
    stored = f", with the stored {listed}," if borrowed else ""
    fix = "import its parts with it, or remove the stored ones first ('drafter figures remove')" \
        if borrowed else "correct the total or the parts"
    return (f"{given['measure']} for {given['area']}, {given['period']} is {derived.shown(given['value'])}, but "
            f"its parts{stored} add up to {derived.shown(worked_out.value)} ({worked_out.derivation}): "
            f"{fix}")
