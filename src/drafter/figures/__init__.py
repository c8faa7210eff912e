"""Crime figures: one home for every number drafter writes or checks.

``periods`` parses, names and shifts reporting periods, ``period_text``
finds and writes them in prose and ``month_spans`` the months prose names
that are no period ("between June and August"); ``model`` is a stored figure; ``importing``
reads figures files; ``figureset`` holds figures in memory (and the rule for
which population a rate divides by); ``derived`` computes every value derived
from figures (rates, changes, shares, totals, differences) and ``national``
the national comparisons (a force's rank among the 43 or in its region, the
England and Wales figure or rate, the gap to it); ``exact`` is the
decimal arithmetic they share. Fill, review and roll forward all call these,
so a number is computed in one place only.
"""

from drafter.figures.derived import (
    PER_100K,
    PER_MILLION,
    PER_THOUSAND,
    RATE_BASES,
    Change,
    Derived,
    change,
    derivable,
    difference,
    per_phrase,
    percent_change,
    rate,
    rate_of,
    share,
    share_of,
    shown,
    total,
)
from drafter.figures.derived import figure as figure_value
from drafter.figures.exact import PERCENT_UNITS, round_half_away, to_decimal
from drafter.figures.figureset import FigureSet, is_percentage, list_figures
from drafter.figures.importing import (
    ImportReport,
    import_figures,
    parse_value,
    read_figures_file,
)
from drafter.figures.model import POPULATION, Figure, closest_measure, normalise_area, normalise_measure
from drafter.figures.national import (
    HIGHEST,
    LOWEST,
    Comparison,
    Standing,
    compare,
    national,
    national_gap,
    ordinal,
    rank,
)
from drafter.figures.month_spans import MonthSpan, find_month_spans
from drafter.figures.period_text import PeriodPhrase, find_periods, rewrite
from drafter.figures.periods import Period, latest_quarter_by, parse_period
from drafter.figures.revisions import Revisions

__all__ = [
    "HIGHEST", "LOWEST", "PERCENT_UNITS", "PER_100K", "PER_MILLION", "PER_THOUSAND", "POPULATION", "RATE_BASES",
    "Change", "Comparison", "Derived", "Figure", "FigureSet", "ImportReport", "MonthSpan", "Period", "PeriodPhrase",
    "Revisions", "Standing", "change", "closest_measure", "compare", "derivable", "difference", "figure_value", "find_month_spans", "find_periods", "import_figures", "is_percentage",
    "latest_quarter_by", "list_figures", "national", "national_gap", "normalise_area", "normalise_measure", "ordinal",
    "parse_period", "parse_value",
    "per_phrase", "percent_change", "rank", "rate", "rate_of", "read_figures_file", "rewrite",
    "round_half_away", "share", "share_of", "shown", "to_decimal", "total",
]
