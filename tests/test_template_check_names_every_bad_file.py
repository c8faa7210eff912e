"""`figures templates --check` names every template file with a mistake, each
by its file and line, and still fills and reviews the other priorities'
sentences: one bad file does not hide the others."""

from __future__ import annotations

import pytest

FIGURES = ("area,measure,period,value\n"
           "Gwent,homicides,2025-Q3,2\n"
           "Gwent,homicides,2026-Q3,1\n"
           "Gwent,knife_offences,2025-Q3,88\n"
           "Gwent,knife_offences,2026-Q3,80\n")

UNKNOWN_FILTER = """{# Knife crime, written with a filter that does not exist. #}
{% macro knife() %}
Knife crime: {{ figure('knife_offences') | thousands }}.
{% endmacro %}
"""

UNCLOSED_IF = """{# Satisfaction, with an if left open. #}
{% macro overall() %}
{% if figure('victim_satisfaction') > 70 %}
Satisfaction is above 70%.
{% endmacro %}
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("bad-files")
    source = root / "figures.csv"
    source.write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(source)
        templates = workspace.templates_dir
        templates.mkdir(exist_ok=True)
        (templates / "serious-violence.j2").write_text(UNKNOWN_FILTER, encoding="utf-8")
        (templates / "victim-satisfaction.j2").write_text(UNCLOSED_IF, encoding="utf-8")
        (templates / "cyber-crime.j2").write_bytes(b"{% macro caf\xe9() %}Caf\xe9{% endmacro %}\n")
        yield workspace.check_templates(area="Gwent", period="2026-Q3")


def test_each_bad_file_is_named_with_its_line(checked):
    assert any(line.startswith("templates/serious-violence.j2:3: unknown filter 'thousands'")
               for line in checked.broken)
    assert any(line.startswith("templates/victim-satisfaction.j2:") and "'if'" in line for line in checked.broken)
    assert any(line.startswith("templates/cyber-crime.j2:1: not UTF-8 text") for line in checked.broken)


def test_the_good_files_are_still_filled_and_reviewed(checked):
    assert checked.sentences > 0 and checked.disputes == []
    assert not any(line.startswith("templates/homicide.j2") for line in checked.broken)


def test_the_list_names_the_bad_file_and_lists_the_others(cli, workspace_dir):
    templates = workspace_dir / "templates"
    templates.mkdir(exist_ok=True)
    (templates / "victim-satisfaction.j2").write_text(UNCLOSED_IF, encoding="utf-8")
    result = cli("figures", "templates", workspace=workspace_dir)
    assert result.exit_code == 1
    assert "homicide/" in result.stdout and "cyber-crime/" in result.stdout
    assert "victim-satisfaction/" not in result.stdout
    [line] = result.stderr.strip().splitlines()
    assert line.startswith("drafter: error: templates/victim-satisfaction.j2:")
