"""A table or column of drafter.db dropped or renamed by hand in a database
browser is named in one line with drafter.db and the way back (a backup),
where the commands that read it ended in an internal error
(OperationalError: no such table)."""

from __future__ import annotations

import sqlite3

import pytest
from test_bad_input import one_line_error

FIGURES = ("area,measure,period,value,unit,source\n"
           "Cumbria,knife_offences,2026-Q2,58,offences,Cumbria Constabulary extract\n")


@pytest.mark.parametrize("change, missing", [
    ("DROP TABLE figures_withheld", "no such table: figures_withheld"),
    ("ALTER TABLE figures RENAME COLUMN source TO src", "no such column: source"),
])
def test_a_table_changed_by_hand_is_named_with_the_way_back(tmp_path, cli, change, missing):
    root = tmp_path / "office"
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0
    figures = tmp_path / "cumbria-figures.csv"
    figures.write_text(FIGURES, encoding="utf-8")
    browser = sqlite3.connect(root / "drafter.db")
    with browser:
        browser.execute(change)
    browser.close()

    one_line_error(cli("figures", "import", figures, workspace=root), str(root / "drafter.db"), missing,
                   "not as drafter made it", "changed outside drafter", "restore drafter.db from a backup")
