"""A performance team's wide table: a column titled by the measure's own
name ("Knife offences 2026-Q3", "Knife offences (count) 2026-Q3") is that
measure, where "Knife offences" was refused as naming no measure drafter
knows; and a header whose title holds an unquoted comma ("Homicides, all")
is named as such, where the import blamed a column for naming no period.

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


@pytest.mark.parametrize("title", ["Knife offences", "Knife offences (count)", "Drug trafficking offences"])
def test_a_column_titled_by_a_measures_own_name_is_that_measure(workspace, tmp_path, title):
    path = tmp_path / "summary.csv"
    path.write_text(f"Force,{title} 2026-Q3\nKent,412\nEssex,388\n", encoding="utf-8")
    workspace.import_figures(path)
    measure = "_".join(title.split(" (")[0].lower().split())
    assert {(f.area, f.measure, f.value) for f in workspace.list_figures()} == {
        ("Kent", measure, 412), ("Essex", measure, 388)}


def test_a_header_with_an_unquoted_comma_is_named_and_nothing_is_imported(workspace, tmp_path):
    path = tmp_path / "summary.csv"
    path.write_text("Force,Homicides, all 2026-Q3,Knife offences 2026-Q3\nKent,4,412\nEssex,3,388\n",
                    encoding="utf-8")
    with pytest.raises(FiguresError) as refused:
        workspace.import_figures(path)
    assert "summary.csv: line 1: the header has 4 fields but every row under it 3: a title with a comma needs " \
           "quotes" in str(refused.value)
    assert workspace.list_figures() == []
