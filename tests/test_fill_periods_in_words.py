"""A period a template prints as it is ({{ period }}, {{ previous }}, or handed
to change_phrase as what a change is compared with) is written as a sentence
names it, "the second quarter of 2025", never as drafter files it, "2025-Q2",
which review cannot read as a date; and a function printed uncalled
({{ period.label }}) or a rate printed without a filter is named as the mistake
it is, never written as "<bound method Period.label of ...>" or
"1.626280696048137908603024882"."""

from __future__ import annotations

import pytest

from drafter.errors import TemplateError

FIGURES = ("area,measure,period,value\n"
           "Warwickshire,knife_offences,2024-Q2,140\n"
           "Warwickshire,knife_offences,2025-Q2,129\n")

TEMPLATE = """{# This quarter and the same quarter a year earlier. #}
{% macro both_quarters() %}
There were {{ figure('knife_offences') | number }} knife or sharp-instrument offences in {{ place }}
in {{ period }}, against {{ figure('knife_offences', period=previous) | number }} in {{ previous }}.
{% endmacro %}

{# The change, compared with the period named. #}
{% macro compared_with_previous() %}
Knife or sharp-instrument offences in {{ place }} numbered {{ figure('knife_offences') | number }},
{{ change('knife_offences') | change_phrase(compared_with=previous) }}.
{% endmacro %}
"""


@pytest.fixture(scope="module")
def warwickshire(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("periods")
    source = root / "figures.csv"
    source.write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(source)
        workspace.templates_dir.mkdir(exist_ok=True)
        (workspace.templates_dir / "serious-violence.j2").write_text(TEMPLATE, encoding="utf-8")
        yield workspace


def test_a_period_printed_is_written_in_words(warwickshire):
    filled = warwickshire.render_template("serious-violence/both_quarters", "2025-Q2", "Warwickshire")
    assert filled.text == ("There were 129 knife or sharp-instrument offences in Warwickshire in the second "
                           "quarter of 2025, against 140 in the second quarter of 2024.")


def test_a_period_given_as_what_a_change_is_compared_with(warwickshire):
    filled = warwickshire.render_template("serious-violence/compared_with_previous", "2025-Q2", "Warwickshire")
    assert filled.text == ("Knife or sharp-instrument offences in Warwickshire numbered 129, a decrease of 7.9% "
                           "from the second quarter of 2024, when there were 140.")


def test_review_reads_the_periods_written(warwickshire):
    check = warwickshire.check_templates(area="Warwickshire", period="2025-Q2")
    assert check.disputes == [] and check.broken == []


def test_a_function_printed_uncalled_is_named(empty_workspace):
    empty_workspace.templates_dir.mkdir(exist_ok=True)
    (empty_workspace.templates_dir / "homicide.j2").write_text(
        "{# The period's label, left uncalled. #}\n"
        "{% macro uncalled() %}\n"
        "Homicides in {{ place }} in {{ period.label }}.\n"
        "{% endmacro %}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        empty_workspace.render_template("homicide/uncalled", "2025-Q2", "Warwickshire")
    assert str(caught.value) == "templates/homicide.j2:3: label is a function, not a value: call it, label()"


def test_a_rate_printed_without_a_filter_is_named(empty_workspace, tmp_path):
    source = tmp_path / "figures.csv"
    source.write_text("area,measure,period,value\nWarwickshire,homicides,2025-Q2,1\n"
                      "Warwickshire,population,2025-Q2,614900\n", encoding="utf-8")
    empty_workspace.import_figures(source)
    empty_workspace.templates_dir.mkdir(exist_ok=True)
    (empty_workspace.templates_dir / "homicide.j2").write_text(
        "{# The rate, unrounded. #}\n"
        "{% macro unrounded() %}\n"
        "The rate was {{ rate('homicides') }} per million.\n"
        "{% endmacro %}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        empty_workspace.render_template("homicide/unrounded", "2025-Q2", "Warwickshire")
    assert str(caught.value) == ("templates/homicide.j2:3: a number worked out is printed unrounded "
                                 "(1.6262806960…): give it a filter, | decimal, | percent or | number")
