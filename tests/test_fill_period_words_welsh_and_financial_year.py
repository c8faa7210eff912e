"""A template can name the financial year a quarter falls in ("so far in
2026/27") and a period in Welsh ("yn ystod Gorffennaf i Fedi 2026", "y
flwyddyn hyd at Fedi 2026"), each month mutated as Welsh asks; review reads the
sentences fill writes with them for the period they name, so the templates
check disputes none, where a Welsh office mapped quarters to month names by
hand and a financial-year label could not be written from ``period``.

Templates and figures are written for the project (the force is real, its
figures invented).
"""

from __future__ import annotations

import pytest

from drafter.figures.periods import Period

FIGURES = ("area,measure,period,value\n"
           "Dyfed-Powys,homicides,2026-Q2,2\nDyfed-Powys,homicides,2026-Q3,1\n")

TEMPLATE = """{% macro welsh_quarter() %}
Cofnodwyd {{ figure('homicides') }} o laddiadau yn Nyfed-Powys yn ystod {{ period.months_cy() }}.
{% endmacro %}
{% macro welsh_quarter_ending() %}
Yn {{ period.ending_cy() }}, cofnodwyd {{ figure('homicides') }} o laddiadau yn Nyfed-Powys.
{% endmacro %}
{% macro so_far() %}
So far in {{ period.financial_year() }}, Dyfed-Powys has recorded {{ year_to_date('homicides') }} homicides.
{% endmacro %}
"""


@pytest.mark.parametrize("period, months, ending, financial", [
    ("2026-Q3", "Gorffennaf i Fedi 2026", "y chwarter hyd at Fedi 2026", "2026/27"),
    ("2026-Q1", "Ionawr i Fawrth 2026", "y chwarter hyd at Fawrth 2026", "2025/26"),
    ("2026-Q4", "Hydref i Ragfyr 2026", "y chwarter hyd at Ragfyr 2026", "2026/27"),
    ("YE2026-09", "Hydref 2025 i Fedi 2026", "y flwyddyn hyd at Fedi 2026", "2026/27"),
])
def test_a_period_in_welsh_and_its_financial_year(period, months, ending, financial):
    named = Period.parse(period)
    assert (named.months_cy(), named.ending_cy(), named.financial_year()) == (months, ending, financial)


def test_welsh_and_financial_year_sentences_are_filled_and_not_disputed(empty_workspace, tmp_path):
    source = tmp_path / "figures.csv"
    source.write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(source)
    empty_workspace.templates_dir.mkdir(exist_ok=True)
    (empty_workspace.templates_dir / "homicide.j2").write_text(TEMPLATE, encoding="utf-8")
    result = empty_workspace.fill("homicide", "2026-Q3", "Dyfed-Powys")
    texts = [sentence.text for sentence in result.sentences]
    assert "Cofnodwyd 1 o laddiadau yn Nyfed-Powys yn ystod Gorffennaf i Fedi 2026." in texts
    assert "Yn y chwarter hyd at Fedi 2026, cofnodwyd 1 o laddiadau yn Nyfed-Powys." in texts
    assert "So far in 2026/27, Dyfed-Powys has recorded 3 homicides." in texts
    checked = empty_workspace.check_templates(area="Dyfed-Powys", period="2026-Q3")
    assert checked.sentences >= 3 and checked.disputes == [] and checked.broken == []
