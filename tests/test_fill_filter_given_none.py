"""A filter given a value that does not exist for these figures (the .percent
of a change from none) names the filter and what gives none, at the template's
line, where the message was Python's "a number is needed, not NoneType"."""

from __future__ import annotations

import pytest

from drafter.errors import TemplateError

FIGURES = ("area,measure,period,value\n"
           "Warwickshire,firearms_offences,2024-Q2,0\n"
           "Warwickshire,firearms_offences,2025-Q2,3\n")


@pytest.fixture
def from_none(empty_workspace, tmp_path):
    source = tmp_path / "figures.csv"
    source.write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(source)
    empty_workspace.templates_dir.mkdir(exist_ok=True)
    (empty_workspace.templates_dir / "serious-violence.j2").write_text(
        "{# The count. #}\n"
        "{% macro count() %}There were {{ figure('firearms_offences') | number }}.{% endmacro %}\n"
        "{# The change in per cent. #}\n"
        "{% macro in_per_cent() %}\n"
        "Firearms offences rose by {{ change('firearms_offences').percent | percent }}.\n"
        "{% endmacro %}\n", encoding="utf-8")
    return empty_workspace


def test_a_filter_given_none_says_so(from_none):
    result = from_none.fill("serious-violence", "2025-Q2", "Warwickshire")
    assert [filled.template for filled in result.sentences] == ["serious-violence/count"]
    [message] = result.broken
    assert message.startswith("templates/serious-violence.j2:5: the percent filter was given none: ")
    assert "change(...).percent for a change from none" in message and "NoneType" not in message


def test_an_attribute_of_none_says_what_gave_none(empty_workspace):
    # period.shifted counts months: -1 is no whole quarter, so it gives none.
    empty_workspace.templates_dir.mkdir(exist_ok=True)
    (empty_workspace.templates_dir / "homicide.j2").write_text(
        "{# The quarter before. #}\n"
        "{% macro quarter_before() %}\n"
        "Homicides in {{ period.shifted(-1).label() }}.\n"
        "{% endmacro %}\n", encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        empty_workspace.render_template("homicide/quarter_before", "2025-Q3", "Warwickshire")
    assert str(caught.value) == ("templates/homicide.j2:3: none has no attribute 'label': what comes before it "
                                 "gave none (period.shifted counts months in whole quarters: shifted(-3) is "
                                 "the quarter before)")
