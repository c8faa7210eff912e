"""Input as maintainers and writers really give it, at the command line:
settings saved by Windows editors, spreadsheets with stray units and
over-long numbers, area names with typos, output piped into `head`. Each
mistake is one line naming the file, cell or name and the problem, with a
non-zero exit; nothing stored is changed by a refused command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from spreadsheets import write_xlsx
from test_bad_input import one_line_error, run, ws  # noqa: F401 (fixtures)

from drafter.forces import FORCE_NAMES

BOM = "\ufeff"


# -- settings files saved with a byte order mark -----------------------------------------

def test_settings_saved_by_notepad_with_a_byte_order_mark_are_read(run, ws):
    settings = ws / "settings.toml"
    settings.write_text(BOM + 'area = "Kent"\n', encoding="utf-8")
    result = run("draft", "new", "--json")
    assert result.exit_code == 0, result.stderr
    assert result.json()["area"] == "Kent"


def test_a_figures_mapping_with_a_byte_order_mark_is_read(run, tmp_path):
    figures = tmp_path / "pack.csv"
    figures.write_text("area,measure,period,value\nKent,homicides,2022,14\n", encoding="utf-8")
    mapping = tmp_path / "pack.toml"
    mapping.write_text(BOM + 'source = "Kent performance pack"\n', encoding="utf-8")
    result = run("figures", "import", figures, "--mapping", mapping)
    assert result.exit_code == 0, result.stderr
    assert run("figures", "list", "--json").json()[0]["source"] == "Kent performance pack"


def test_a_settings_file_that_is_not_utf8_names_the_line(run, ws):
    (ws / "settings.toml").write_bytes('# areas\narea = "Kent"\n# Caf\xe9 meeting\n'.encode("cp1252"))
    one_line_error(run("corpus", "list"), "settings.toml: line 3: not UTF-8 text")
