"""A wide table's population column titled by the mid-year estimate it is ("Population
mid-2025", "Mid-2025 population", as the ONS names them) is the population of that year,
where the column was left out as naming no measure drafter knows.

The figures are made up.
"""

from __future__ import annotations

import pytest

import drafter

TABLE = """Table P1: Homicides by police force area, year ending September 2026

Police force area,Homicides,{title}
Essex,16,"1,900,000"
Kent,17,"1,913,000"
Metropolitan Police,108,"8,945,300"
"""


@pytest.mark.parametrize("title", ["Population mid-2025", "Mid-2025 population", "Population (mid-2025)"])
def test_a_mid_year_population_column_is_that_years_population(tmp_path, title):
    (tmp_path / "table.csv").write_text(TABLE.format(title=title), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "table.csv")
        populations = {(f.area, f.period, f.value) for f in workspace.list_figures(measure="population")}
    assert ("Metropolitan Police", "2025", 8_945_300) in populations
    assert len(populations) == 3
