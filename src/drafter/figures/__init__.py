"""Crime figures: one home for every number drafter writes or checks.

``periods`` parses, names and shifts reporting periods; ``model`` is a stored
figure; ``importing`` reads figures files; ``derived`` computes every value
derived from figures (rates, changes, shares); ``exact`` is the decimal
arithmetic they share. Fill, review and roll forward all call these, so a
number is computed in one place only.
"""

from drafter.figures.derived import (
    PER_100K,
    PER_MILLION,
    Change,
    Rate,
    Share,
    change,
    list_figures,
    lookup,
    per_phrase,
    percent_change,
    population_for,
    rate,
    rate_of,
    require,
    share,
    share_of,
)
from drafter.figures.exact import PERCENT_UNITS, round_half_away, to_decimal
from drafter.figures.importing import (
    ImportReport,
    import_figures,
    parse_value,
    read_figures_file,
)
from drafter.figures.model import POPULATION, Figure, normalise_area, normalise_measure
from drafter.figures.periods import Period, parse_period

__all__ = [
    "PERCENT_UNITS", "PER_100K", "PER_MILLION", "POPULATION", "Change", "Figure", "ImportReport",
    "Period", "Rate", "Share", "change", "import_figures", "list_figures", "lookup",
    "normalise_area", "normalise_measure", "parse_period", "parse_value", "per_phrase",
    "percent_change", "population_for", "rate", "rate_of", "read_figures_file", "require",
    "round_half_away", "share", "share_of", "to_decimal",
]
