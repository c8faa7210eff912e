"""A share of a total that is zero (cyber crime's part of no reports at all) makes
its sentence not apply, where fill reported the stored zero as a missing figure
("missing fraud_reports for Warwickshire 2025-Q2")."""

from __future__ import annotations

FIGURES = ("area,measure,period,value\n"
           "Warwickshire,fraud_reports,2025-Q2,0\n"
           "Warwickshire,cyber_crime_reports,2025-Q2,0\n")

TEMPLATE = """{# Cyber crime's part of the reports. #}
{% macro cyber_part() %}
{{ share('cyber_crime_reports', ['fraud_reports', 'cyber_crime_reports']) | percent }} of reports were of
cyber crime in {{ period.label() }}.
{% endmacro %}
"""


def test_a_share_of_none_does_not_apply(empty_workspace, tmp_path):
    source = tmp_path / "figures.csv"
    source.write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(source)
    empty_workspace.templates_dir.mkdir(exist_ok=True)
    (empty_workspace.templates_dir / "cyber-crime.j2").write_text(TEMPLATE, encoding="utf-8")
    result = empty_workspace.fill("cyber-crime", "2025-Q2", "Warwickshire")
    assert result.not_applicable == ["cyber-crime/cyber_part"]
    assert result.missing == [] and result.not_fillable == [] and result.sentences == []
