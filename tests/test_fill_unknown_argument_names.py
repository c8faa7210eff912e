"""A template handing a name it never defined to one of the figure functions
(``figure('homicides', period=previous_quarter)``) is told which name, at its
line, as a misspelt name anywhere else is; never "bad period Undefined"."""

from __future__ import annotations

import pytest

FIGURES = ("area,measure,period,value\n"
           "Warwickshire,homicides,2025-Q2,1\n"
           "Warwickshire,homicides,2025-Q3,0\n")


@pytest.fixture
def warwickshire(empty_workspace, tmp_path):
    source = tmp_path / "figures.csv"
    source.write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(source)
    return empty_workspace


def _template(workspace, body: str) -> None:
    workspace.templates_dir.mkdir(exist_ok=True)
    (workspace.templates_dir / "homicide.j2").write_text(
        "{# The count. #}\n"
        "{% macro count() %}There were {{ figure('homicides') | number }}.{% endmacro %}\n"
        "{# Against last quarter. #}\n"
        "{% macro against_last_quarter() %}\n"
        f"{body}\n"
        "{% endmacro %}\n", encoding="utf-8")


@pytest.mark.parametrize("body,name", [
    ("There were {{ figure('homicides', period=previous_quarter) | number }}.", "previous_quarter"),
    ("{{ rate('homicides', per=1000000, area=force_area) | decimal }} per million.", "force_area"),
    ("{{ change('homicides', last_quarter) | change_short }}.", "last_quarter"),
])
def test_an_undefined_name_given_to_a_figure_function_is_named(warwickshire, body, name):
    _template(warwickshire, body)
    result = warwickshire.fill("homicide", "2025-Q3", "Warwickshire")
    assert [filled.template for filled in result.sentences] == ["homicide/count"]
    assert result.broken == [f"templates/homicide.j2:5: unknown name {name!r}"]
