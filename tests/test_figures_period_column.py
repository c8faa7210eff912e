"""A table as a performance team exports it: a row for each force and
quarter, the period in a column of its own ("Force | Quarter | Homicides |
Knife offences"). Each row's figures are stored for the period its row
gives, where the import refused every measure's column as naming no period;
a cell that names no period is named by its line, and a force given twice
for one period is a duplicate.

The tables are written for the project; the figures are made up.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.errors import FiguresError


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        yield opened


def _import(workspace, tmp_path, text: str):
    path = tmp_path / "all-forces.csv"
    path.write_text(text, encoding="utf-8")
    return workspace.import_figures(path)


def test_each_rows_figures_are_stored_for_the_period_its_row_gives(workspace, tmp_path):
    _import(workspace, tmp_path, "Quarterly performance: all forces\n\nForce,Quarter,Homicides,Knife offences\n"
                                 "Kent,2026-Q2,5,401\nKent,Q3 2026/27,4,412\nEssex,Jul-Sep 2026,3,388\n"
                                 "West Midlands region,2026-Q3,40,3015\n")
    assert {(f.area, f.measure, f.period, f.value) for f in workspace.list_figures()} == {
        ("Kent", "homicides", "2026-Q2", 5), ("Kent", "knife_offences", "2026-Q2", 401),
        ("Kent", "homicides", "2026-Q4", 4), ("Kent", "knife_offences", "2026-Q4", 412),
        ("Essex", "homicides", "2026-Q3", 3), ("Essex", "knife_offences", "2026-Q3", 388)}


@pytest.mark.parametrize(("rows", "said"), [
    ("Kent,Qtr 5,5\nEssex,2026-Q3,3\n", "all-forces.csv: line 2: 'Qtr 5' is no period drafter can read"),
    ("Kent,Qtr 5,5\n", "all-forces.csv: line 2: 'Qtr 5' is no period drafter can read"),
    ("Kent,2026-Q3,5\nKent,2026-Q3,6\n", "all-forces.csv: line 3: duplicate figure: Kent, homicides, 2026-Q3"),
])
def test_a_bad_period_cell_or_a_force_twice_for_one_period_is_named(workspace, tmp_path, rows, said):
    with pytest.raises(FiguresError) as refused:
        _import(workspace, tmp_path, "Force,Quarter,Homicides\n" + rows)
    assert said in str(refused.value)
    assert workspace.list_figures() == []
