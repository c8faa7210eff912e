"""A figure's value changed by hand in a database browser ("n/a" typed over
a count) is named with the figure, drafter.db and the way back, wherever the
figures are read, never an internal error; importing the figures file again
puts it right and says what it replaced."""

from __future__ import annotations

import sqlite3

from test_bad_input import one_line_error

FIGURES = """area,measure,period,value,unit,source
Cumbria,knife_offences,2026-Q1,61,offences,Cumbria Constabulary extract
Cumbria,knife_offences,2026-Q2,58,offences,Cumbria Constabulary extract
Cumbria,homicides,2026-Q2,1,offences,Cumbria Constabulary extract
"""


def test_a_value_typed_over_by_hand_is_named_and_an_import_puts_it_right(tmp_path, cli):
    root = tmp_path / "office"
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0
    figures = tmp_path / "cumbria-figures.csv"
    figures.write_text(FIGURES, encoding="utf-8")
    assert cli("figures", "import", figures, workspace=root).exit_code == 0
    with sqlite3.connect(root / "drafter.db") as browser:
        browser.execute("UPDATE figures SET value = 'n/a' WHERE measure = 'knife_offences' AND period = '2026-Q2'")
    browser.close()

    for command in (("figures", "list"), ("fill", "serious-violence", "--period", "2026-Q2")):
        one_line_error(cli(*command, workspace=root), str(root / "drafter.db"),
                       "knife_offences for Cumbria, 2026-Q2", "'n/a', not a number",
                       "import its figures file again, or restore drafter.db from a backup")

    imported = cli("figures", "import", figures, workspace=root)
    assert imported.exit_code == 0, imported.stderr
    assert "revised knife_offences, Cumbria, 2026-Q2: n/a -> 58" in imported.stdout
    listed = cli("figures", "list", "--measure", "knife_offences", "--period", "2026-Q2", workspace=root)
    assert listed.exit_code == 0 and "58" in listed.stdout
