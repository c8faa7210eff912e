"""A measure misspelt in the templates' settings.toml ("homicide" under
[small_count]) is named at its line with the measure it is close to, by fill and
by the templates check, where it was silently never used (homicides then counted
as never small, and the caution about small numbers was never offered)."""

from __future__ import annotations

import pytest

FIGURES = ("area,measure,period,value\n"
           "Gwent,homicides,2025-Q3,2\n"
           "Gwent,homicides,2026-Q3,1\n")

SETTINGS = """\
[stable_threshold]
default = 1.0
homicides = 10.0

[small_count]
default = 0
homicide = 100
calls_answered = 500
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("settings")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        opened.templates_dir.mkdir(exist_ok=True)
        (opened.templates_dir / "settings.toml").write_text(SETTINGS, encoding="utf-8")
        yield opened


MESSAGE = ("templates/settings.toml:7: small_count.homicide: no figures of 'homicide' are stored for any area, "
           "so the setting is never used (did you mean 'homicides'?)")


def test_fill_names_the_misspelt_measure(workspace):
    result = workspace.fill("homicide", "2026-Q3", "Gwent")
    assert result.broken == [MESSAGE]
    assert result.sentences  # the sentences are still filled


def test_the_check_names_it_once(workspace):
    checked = workspace.check_templates(area="Gwent", period="2026-Q3")
    assert checked.broken == [MESSAGE]
