"""One figure a row under title and note lines, as an analyst's export has them."""

from __future__ import annotations

import pytest

from drafter.errors import FiguresError

TITLED = (
    "Derbyshire Constabulary: figures for the Commissioner's statement,,,,,\n"
    "Provisional; extracted 4 August 2025,,,,,\n"
    ",,,,,\n"
    "area,measure,period,value,unit,source\n"
    "Derbyshire,homicides,2025-Q1,5,count,Derbyshire Constabulary\n"
    "Derbyshire,homicides,2025-Q2,2,count,Derbyshire Constabulary\n"
)


def test_a_header_under_title_lines_is_read(empty_workspace, tmp_path):
    path = tmp_path / "derbyshire-release.csv"
    path.write_text(TITLED, encoding="utf-8")
    report = empty_workspace.import_figures(path)
    assert report.to_dict()["added"] == 2
    stored = empty_workspace.list_figures(measure="homicides", area="Derbyshire")
    assert [(f.period, f.value) for f in stored] == [("2025-Q1", 5), ("2025-Q2", 2)]


def test_a_header_under_a_title_missing_a_column_is_named_at_its_line(empty_workspace, tmp_path):
    path = tmp_path / "derbyshire-release.csv"
    path.write_text("Derbyshire figures\nArea,Measure,Period,Amount\nDerbyshire,homicides,2025-Q1,5\n",
                    encoding="utf-8")
    with pytest.raises(FiguresError) as caught:
        empty_workspace.import_figures(path)
    [problem] = caught.value.problems
    assert problem.line == 2
    assert "missing value" in problem.reason
