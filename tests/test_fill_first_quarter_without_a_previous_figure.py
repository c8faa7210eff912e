"""A template that tests a figure with `is missing` and words its sentence without
it ("the first quarter of the new survey", where the year-earlier figure is not
stored) is filled, where the sentence was still reported as not fillable for the
figure it had tested and left out. A figure still printed, or one never tested,
keeps the sentence not fillable."""

from __future__ import annotations

import pytest

FIGURES = ("area,measure,period,value,unit\n"
           "Dyfed-Powys,victim_satisfaction,2025-Q2,74.1,percent\n"
           "Dyfed-Powys,victim_satisfaction,2026-Q2,76.3,percent\n")

TEMPLATE = """{# Satisfaction, its change when there is a year-earlier figure. #}
{% macro first_or_change() %}
{% set c = change('victim_satisfaction') %}
{% if c is missing %}
Victim satisfaction was {{ figure('victim_satisfaction') | percent }} in {{ period.label() }}, the first quarter of the new survey.
{% else %}
Victim satisfaction was {{ c.current | percent }} in {{ period.label() }}, {{ c | change_phrase }}.
{% endif %}
{% endmacro %}

{# The change, untested. #}
{% macro change_only() %}
Victim satisfaction was {{ figure('victim_satisfaction') | percent }}, {{ change('victim_satisfaction') | change_phrase }}.
{% endmacro %}
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("first-quarter")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        opened.templates_dir.mkdir(exist_ok=True)
        (opened.templates_dir / "victim-satisfaction.j2").write_text(TEMPLATE, encoding="utf-8")
        yield opened


def test_the_first_quarter_is_worded_without_the_change(workspace):
    result = workspace.fill("victim-satisfaction", "2025-Q2", "Dyfed-Powys")
    assert [s.text for s in result.sentences] == [
        "Victim satisfaction was 74.1% in the second quarter of 2025, the first quarter of the new survey."]
    assert [s.template for s in result.not_fillable] == ["victim-satisfaction/change_only"]
    assert result.missing == [{"template": "victim-satisfaction/change_only", "measure": "victim_satisfaction",
                               "area": "Dyfed-Powys", "period": "2024-Q2"}]


def test_a_year_on_the_change_is_given(workspace):
    result = workspace.fill("victim-satisfaction", "2026-Q2", "Dyfed-Powys")
    assert result.sentences[0].text.startswith("Victim satisfaction was 76.3% in the second quarter of 2026, "
                                               "an increase of 2.2 percentage points")


def test_a_quarter_with_no_figure_at_all_is_still_not_fillable(workspace):
    result = workspace.fill("victim-satisfaction", "2025-Q3", "Dyfed-Powys")
    assert result.sentences == [] and len(result.not_fillable) == 2
