"""Jinja2's own number filters given a value that does not exist for these
figures (the .percent of a change from none) say so at the template's line, as
drafter's filters do: `int` wrote "changed by 0%" for a change from none, and
`abs` and `round` failed in Python's words. A figure not stored passes through
them, and through `format`, as missing, so its sentence is not fillable, never 0."""

from __future__ import annotations

import pytest

FIGURES = ("area,measure,period,value\n"
           "Gwent,knife_offences,2025-Q3,0\n"
           "Gwent,knife_offences,2026-Q3,67\n")

TEMPLATES = """\
{# As a whole number. #}
{% macro as_int() %}Knife crime changed by {{ change('knife_offences').percent | int }}%.{% endmacro %}
{# Without its sign. #}
{% macro as_abs() %}Knife crime changed by {{ change('knife_offences').percent | abs | percent }}.{% endmacro %}
{# Rounded. #}
{% macro as_round() %}Knife crime changed by {{ change('knife_offences').percent | round(1) }}%.{% endmacro %}
{# Firearms, not stored, as a whole number. #}
{% macro missing_int() %}Firearms offences numbered {{ figure('firearms_offences') | int }}.{% endmacro %}
{# Firearms, not stored, formatted. #}
{% macro missing_format() %}Firearms offences: {{ '%d' | format(figure('firearms_offences')) }}.{% endmacro %}
"""


@pytest.fixture(scope="module")
def filled(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("none")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(root / "figures.csv")
        workspace.templates_dir.mkdir(exist_ok=True)
        (workspace.templates_dir / "serious-violence.j2").write_text(TEMPLATES, encoding="utf-8")
        yield workspace.fill("serious-violence", "2026-Q3", "Gwent")


@pytest.mark.parametrize("name, line", [("int", 2), ("abs", 4), ("round", 6)])
def test_a_change_from_none_is_named_at_its_line(filled, name, line):
    assert any(message.startswith(f"templates/serious-violence.j2:{line}: the {name} filter was given none: ")
               for message in filled.broken)
    assert not any("NoneType" in message for message in filled.broken)
    assert f"serious-violence/as_{name}" in filled.failed
    assert not [s for s in filled.sentences if "by 0%" in s.text]


def test_a_figure_not_stored_is_missing_not_zero(filled):
    assert filled.sentences == []
    assert sorted(s.template for s in filled.not_fillable) == ["serious-violence/missing_format",
                                                                "serious-violence/missing_int"]
    assert all("[[missing firearms_offences for Gwent 2026-Q3]]" in s.text for s in filled.not_fillable)
