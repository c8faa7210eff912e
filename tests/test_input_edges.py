"""Input as maintainers and writers really give it, at the command line:
settings saved by Windows editors, spreadsheets with stray units and
over-long numbers, area names with typos, output piped into `head`. Each
mistake is one line naming the file, cell or name and the problem, with a
non-zero exit; nothing stored is changed by a refused command."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
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



@pytest.mark.parametrize("setting,shown", [("area = 5", "(not 5)"), ('board = ["Kent Police and Crime Panel"]',
                                            "(not ['Kent Police and Crime Panel'])"), ('force = ""', "(not '')")])
def test_a_setting_of_the_wrong_kind_is_named_with_its_line(run, ws, setting, shown):
    # Unquoted, a number put a force called "3" in every new draft's title.
    (ws / "settings.toml").write_text(f"# Kent's workspace\n\n{setting}\n", encoding="utf-8")
    key = setting.split()[0]
    one_line_error(run("draft", "new"), f"settings.toml: line 3: {key} must be a name in quotes", shown)
    (ws / "settings.toml").unlink()
    assert run("draft", "list", "--json").json() == []

# -- area names ---------------------------------------------------------------------------

def test_a_misspelt_area_is_refused_wherever_an_area_is_given(run, tmp_path):
    figures = tmp_path / "durham.csv"
    figures.write_text("area,measure,period,value\nDurham,homicides,2022,9\nDurham,homicides,2021,11\n",
                       encoding="utf-8")
    assert run("figures", "import", figures).exit_code == 0
    for command in (["draft", "new"], ["figures", "list"], ["fill", "homicide", "--period", "2022"],
                    ["figures", "derived", "--period", "2022"]):
        one_line_error(run(*command, "--area", "Durhm"), "unknown area 'Durhm' (closest: Durham)")
    assert run("draft", "list", "--json").json() == []


def test_review_against_a_misspelt_area_is_refused_not_left_unchecked(run, tmp_path):
    statement = tmp_path / "durham-2023-06.txt"
    statement.write_text("Durham Police and Crime Commissioner\nJune 2023\n\n1. Reduce murder and other "
                         "homicide\n\n1.1 There were 9 homicides in 2022.\n", encoding="utf-8")
    one_line_error(run("review", statement, "--area", "Durhm"), "unknown area 'Durhm'")


def test_an_area_is_stored_as_drafter_spells_it(run):
    created = run("draft", "new", "--area", "durham constabulary", "--json")
    assert created.exit_code == 0, created.stderr
    assert created.json()["area"] == "Durham"


# -- values in a spreadsheet ----------------------------------------------------------------

def _homicides_table(path: Path, odd: dict[str, object]) -> Path:
    """An ONS-style homicide table for the 43 forces (counts, some stored as
    text with thousands separators), with ``odd`` cells by force name."""
    rows = [["Table P2: Homicide offences by police force area, year ending March 2023 [note 1]"],
            ["Source: police recorded crime, Home Office"], [None],
            ["Area name", "Homicides 2022/23"], ["England and Wales", "1,055"]]
    for index, force in enumerate(FORCE_NAMES):
        rows.append([force, odd.get(force, 10 + index if index % 2 else f"{10 + index}")])
    return write_xlsx(path, {"Table P2": rows})


def test_a_percentage_among_counts_is_named_by_its_cell_and_nothing_is_imported(run, tmp_path):
    clean = _homicides_table(tmp_path / "clean.xlsx", {})
    assert run("figures", "import", clean).exit_code == 0
    before = run("figures", "list", "--json").json()
    odd = _homicides_table(tmp_path / "odd.xlsx", {"Kent": "45%"})
    row = 6 + FORCE_NAMES.index("Kent")
    one_line_error(run("figures", "import", odd),
                   f"odd.xlsx: Table P2!B{row}: this homicides value is a percentage, "
                   "but the file's other 43 homicides values are counts")
    assert run("figures", "list", "--json").json() == before


def test_a_value_too_long_to_store_exactly_is_refused_not_rounded(run, tmp_path):
    figures = tmp_path / "kent.csv"
    figures.write_text("area,measure,period,value\nKent,homicides,2022,12345678901234567\n", encoding="utf-8")
    one_line_error(run("figures", "import", figures),
                   "kent.csv:2: value 12345678901234567 has more digits than drafter can store exactly")
    assert run("figures", "list", "--json").json() == []


def test_a_computed_cell_with_every_digit_of_a_float_is_kept(run, tmp_path):
    # A spreadsheet formula (=B7/3) leaves 17 significant digits; they read back exactly.
    table = _homicides_table(tmp_path / "computed.xlsx", {"Kent": 34 / 3})
    assert run("figures", "import", table).exit_code == 0
    kent = run("figures", "list", "--area", "Kent", "--json").json()
    assert [figure["value"] for figure in kent] == [pytest.approx(34 / 3)]


def test_a_formula_that_failed_or_was_never_worked_out_is_named_not_taken_as_no_figure(run, tmp_path):
    # Calculated by a spreadsheet program, "=B6/0" would show #DIV/0!; a file
    # written by a script holds the formula with no result until one opens it.
    table = _homicides_table(tmp_path / "pack.xlsx", {"Kent": "#DIV/0!", "Essex": "=B6/0",
                                                      "Norfolk": "#N/A"})
    result = run("figures", "import", table)
    kent, essex = (6 + FORCE_NAMES.index(force) for force in ("Kent", "Essex"))
    lines = result.stderr.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 3, result.stderr
    assert f"pack.xlsx: Table P2!B{kent}: the cell's formula gives #DIV/0!, not a number" in result.stderr
    assert f"pack.xlsx: Table P2!B{essex}: the cell's formula (=B6/0) has no saved result" in result.stderr
    assert "Norfolk" not in result.stderr  # #N/A is the usual mark for "not available"
    assert run("figures", "list", "--json").json() == []


def _ons_lines(separator: str) -> str:
    lines = ["Table P1: Homicide by police force area, England and Wales, year ending March 2023",
             "", separator.join(["Area name", "Homicides 2022/23"]), separator.join(["England and Wales", "590"])]
    lines += [separator.join([force, str(5 + index)]) for index, force in enumerate(FORCE_NAMES)]
    return "\r\n".join(lines) + "\r\n"


def test_excel_unicode_text_is_read_though_its_title_holds_commas(run, tmp_path):
    # Excel's "Unicode Text" is UTF-16, tab-separated; the title line's commas are not separators.
    saved = tmp_path / "p1.txt"
    saved.write_text(_ons_lines("\t"), encoding="utf-16")
    result = run("figures", "import", saved)
    assert result.exit_code == 0, result.stderr
    durham = run("figures", "list", "--area", "Durham", "--json").json()
    assert [(f["measure"], f["value"]) for f in durham] == [("homicides", 5 + FORCE_NAMES.index("Durham"))]


def test_a_csv_separated_by_semicolons_is_read(run, tmp_path):
    saved = tmp_path / "p1.csv"
    saved.write_text(_ons_lines(";"), encoding="cp1252")
    result = run("figures", "import", saved)
    assert result.exit_code == 0, result.stderr
    assert "44 rows read" in result.stdout


def test_a_replaced_figure_is_shown_as_figures_list_shows_it(run, tmp_path):
    figures = tmp_path / "kent.csv"
    figures.write_text("area,measure,period,value\nKent,neighbourhood_crime,2022,\"12,450\"\n", encoding="utf-8")
    assert run("figures", "import", figures).exit_code == 0
    figures.write_text("area,measure,period,value\nKent,neighbourhood_crime,2022,13100\n", encoding="utf-8")
    result = run("figures", "import", figures)
    assert "revised neighbourhood_crime, Kent, 2022: 12,450 -> 13,100" in result.stdout
