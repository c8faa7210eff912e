"""A template that gives a difference of none a direction ("36 knife crime
offences, 0 more than in the previous quarter"), prints a count of one
without plural ("1 homicides"), or writes the rate of a count that is not none
as "0.0 per 1,000", is named by the templates check at its line,
where the sentence passed because its arithmetic holds."""

from __future__ import annotations

import pytest

FIGURES = ("area,measure,period,value\n"
           "Dyfed-Powys,knife_offences,2026-Q1,36\n"
           "Dyfed-Powys,knife_offences,2026-Q2,36\n"
           "Dyfed-Powys,knife_offences,2026-Q3,29\n"
           "Dyfed-Powys,drug_seizures,2025-Q3,230\n"
           "Dyfed-Powys,drug_seizures,2026-Q3,249\n")

TEMPLATE = """{# Knife crime against the previous quarter. #}
{% macro knife_quarter() %}
{% set now = figure('knife_offences') %}
{% set before = figure('knife_offences', period=period.shifted(-3)) %}
There were {{ now | number }} knife crime offences in {{ period.label() }},
{{ (now - before) | abs | number }} {{ 'fewer' if now < before else 'more' }} than in the previous quarter.
{% endmacro %}
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("none-more")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        opened.templates_dir.mkdir(exist_ok=True)
        (opened.templates_dir / "serious-violence.j2").write_text(TEMPLATE, encoding="utf-8")
        yield opened


def test_no_change_given_a_direction_is_named(workspace):
    checked = workspace.check_templates(area="Dyfed-Powys", period="2026-Q2")
    [dispute] = checked.disputes
    assert (dispute.file, dispute.line, dispute.kind) == ("templates/serious-violence.j2", 2, "no-change-compared")
    assert dispute.message.startswith("'0 more than' gives a direction to no change")


def test_a_real_difference_passes(workspace):
    checked = workspace.check_templates(area="Dyfed-Powys", period="2026-Q3")
    assert checked.sentences >= 1 and checked.disputes == []


def test_one_given_a_plural_is_named(tmp_path):
    import drafter

    (tmp_path / "figures.csv").write_text("area,measure,period,value\nGwent,homicides,2026-Q3,1\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "figures.csv")
        opened.templates_dir.mkdir(exist_ok=True)
        (opened.templates_dir / "homicide.j2").write_text(
            "{# The count, printed without plural. #}\n"
            "{% macro count() %}Gwent recorded {{ figure('homicides') | number }} homicides, 1 homicide "
            "involving firearms.{% endmacro %}\n", encoding="utf-8")
        [dispute] = opened.check_templates(area="Gwent", period="2026-Q3").disputes
    assert (dispute.line, dispute.kind) == (2, "one-as-many")
    assert dispute.message == ("'1 homicides' gives one a plural: write the count with | plural('homicide') "
                               "(or the noun with | noun)")


def test_a_rate_written_as_none_for_a_count_that_is_not_is_named(tmp_path):
    import drafter

    (tmp_path / "figures.csv").write_text(
        "area,measure,period,value\nGwent,homicides,2026-Q2,1\nGwent,homicides,2026-Q3,0\n"
        "Gwent,population,2026-Q2,600000\nGwent,population,2026-Q3,600000\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "figures.csv")
        opened.templates_dir.mkdir(exist_ok=True)
        (opened.templates_dir / "homicide.j2").write_text(
            "{# The rate per 1,000. #}\n"
            "{% macro per_thousand() %}The homicide rate was {{ rate('homicides', per=1000) | decimal }} per 1,000 "
            "population.{% endmacro %}\n", encoding="utf-8")
        [dispute] = opened.check_templates(area="Gwent", period="2026-Q2").disputes
        assert opened.check_templates(area="Gwent", period="2026-Q3").disputes == []  # none is none
    assert (dispute.line, dispute.kind) == (2, "nil-rate")
    assert dispute.sentence == "The homicide rate was 0.0 per 1,000 population."


def test_an_article_typed_before_a_figure_is_named(workspace):
    workspace.templates_dir.joinpath("homicide.j2").write_text(
        "{# Seizures' change, its article typed. #}\n"
        "{% macro seizures_rise() %}{% set c = change('drug_seizures') %}"
        "Drug seizures saw a {{ c.percent | abs | percent }} {{ 'fall' if c.direction == 'decrease' else 'rise' }} "
        "on a year earlier.{% endmacro %}\n", encoding="utf-8")
    try:
        checked = workspace.check_templates(area="Dyfed-Powys", period="2026-Q3")
    finally:
        workspace.templates_dir.joinpath("homicide.j2").unlink()
    assert [(d.template, d.kind, d.message) for d in checked.disputes if d.template.startswith("homicide/")] == [
        ("homicide/seizures_rise", "wrong-article",
         "'a 8.3%' should read 'an 8.3%': give the figure its article with | a_an in the template")]


def test_a_labels_one_is_no_count_of_one(tmp_path):
    import drafter

    (tmp_path / "figures.csv").write_text("area,measure,period,value\nGwent,homicides,2026-Q3,2\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "figures.csv")
        opened.templates_dir.mkdir(exist_ok=True)
        (opened.templates_dir / "homicide.j2").write_text(
            "{# The count, beside labelled tiers. #}\n"
            "{% macro count() %}Quarter 1 figures show {{ figure('homicides') | plural('homicide') }}; Tier 1 "
            "offences and Category 1 burglaries are reported apart.{% endmacro %}\n", encoding="utf-8")
        assert opened.check_templates(area="Gwent", period="2026-Q3").disputes == []
