"""A percentage a period's possessive gives ("lower than the previous quarter's
74.1%") is that period's level, quoted as such: review verifies it against that
period's figure, never calls it stale, and a template writing it passes
`figures templates --check`. A level that is not the figure stays unverified."""

from __future__ import annotations

import pytest

FIGURES = ("area,measure,period,value,unit\n"
           "Dyfed-Powys,victim_satisfaction,2025-Q2,74.1,percent\n"
           "Dyfed-Powys,victim_satisfaction,2025-Q3,72.8,percent\n"
           "Dyfed-Powys,victim_satisfaction,2026-Q2,76.3,percent\n"
           "Dyfed-Powys,victim_satisfaction,2026-Q3,76.3,percent\n")

STATEMENT = """\
Dyfed-Powys Police and Crime Panel, 10 November 2025

Improve Victim Satisfaction

1. Victim satisfaction was 72.8% in the third quarter of 2025, 1.3 percentage points lower than the previous quarter's {level}.
"""

TEMPLATE = """{# Satisfaction against the previous quarter's level. #}
{% macro overall_quarter() %}
{% set now = figure('victim_satisfaction') %}
{% set before = figure('victim_satisfaction', period=period.shifted(-3)) %}
{% if now != before %}
Victim satisfaction was {{ now | percent }} in {{ period.label() }},
{{ (now - before) | abs | points }} {{ 'higher' if now > before else 'lower' }} than the previous quarter's {{ before | percent }}.
{% endif %}
{% endmacro %}
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("possessive")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        opened.templates_dir.mkdir(exist_ok=True)
        (opened.templates_dir / "victim-satisfaction.j2").write_text(TEMPLATE, encoding="utf-8")
        yield opened, root


def _level(workspace, root, level):
    path = root / f"statement-{level.rstrip('%')}.txt"
    path.write_text(STATEMENT.format(level=level), encoding="utf-8")
    report = workspace.review(path, period="2025-Q3", area="Dyfed-Powys")
    (quoted,) = [n for n in report.figures if n.text == level]
    return quoted, report


def test_the_previous_quarters_level_is_verified(workspace):
    quoted, report = _level(*workspace, "74.1%")
    assert (quoted.status, quoted.period) == ("verified", "2025-Q2")
    assert not [f for f in report.findings if f.kind == "stale-figure"]


def test_a_level_that_is_not_the_figure_is_not_verified(workspace):
    quoted, _ = _level(*workspace, "75.5%")
    assert quoted.status != "verified"


def test_the_template_passes_the_check(workspace):
    opened, _ = workspace
    checked = opened.check_templates(area="Dyfed-Powys", period="2025-Q3")
    assert checked.sentences == 1 and checked.disputes == [] and checked.broken == []
