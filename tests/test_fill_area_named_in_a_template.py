"""An area a template names (figure(..., area='Dyfedd-Powys')) is checked as a user's
is: a misspelt one is named at the template's line with the closest area, where
the sentence was reported as not fillable for missing figures of other forces.
A force's other names ("Dyfed Powys Police") and England and Wales still fill."""

from __future__ import annotations

import pytest

FIGURES = ("area,measure,period,value\n"
           "Dyfed-Powys,fraud_reports,2026-Q3,720\n"
           "Gwent,fraud_reports,2026-Q3,810\n")

TEMPLATE = """{# A neighbour's figure, its name misspelt. #}
{% macro misspelt() %}Gwent's neighbour recorded {{ figure('fraud_reports', area='Dyfedd-Powys') | number }} fraud reports.{% endmacro %}

{# A neighbour's figure by another of its names. #}
{% macro neighbour() %}Gwent recorded {{ figure('fraud_reports', area='Gwent Police') | number }} fraud reports.{% endmacro %}
"""


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("area-named")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        opened.templates_dir.mkdir(exist_ok=True)
        (opened.templates_dir / "cyber-crime.j2").write_text(TEMPLATE, encoding="utf-8")
        yield opened.fill("cyber-crime", "2026-Q3", "Dyfed-Powys")


def test_a_misspelt_area_is_named_at_its_line(filled):
    [message] = filled.broken
    assert message.startswith("templates/cyber-crime.j2:2: unknown area 'Dyfedd-Powys' (closest: Dyfed-Powys)")
    assert filled.failed == ["cyber-crime/misspelt"] and filled.not_fillable == []


def test_another_name_of_a_force_still_fills(filled):
    assert [s.text for s in filled.sentences] == ["Gwent recorded 810 fraud reports."]
