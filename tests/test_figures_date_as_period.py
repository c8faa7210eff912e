"""A date given as a figure's period in the one-figure-a-row layout (the
day a quarter ends, as a spreadsheet writes it) is refused at its line,
saying a date names no period, as a wide table's date column is."""

from __future__ import annotations

import pytest

from drafter.errors import FiguresError


@pytest.mark.parametrize("period", ["30/06/2025", "2025-06-30", "2025-06-30 00:00:00"])
def test_a_date_as_a_period_is_named_as_a_date(empty_workspace, tmp_path, period):
    path = tmp_path / "release.csv"
    path.write_text(f"area,measure,period,value\nDerbyshire,knife_offences,2025-Q1,161\n"
                    f"Derbyshire,knife_offences,{period},166\n", encoding="utf-8")
    with pytest.raises(FiguresError) as caught:
        empty_workspace.import_figures(path)
    [problem] = caught.value.problems
    assert problem.line == 3
    assert problem.reason.startswith(f"bad period '{period}'")
    assert problem.reason.endswith("(a date names no period: it may end a quarter or a year)")
