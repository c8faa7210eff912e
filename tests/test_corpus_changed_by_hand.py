"""A statement changed by hand in a database browser (a table's cells or its
header notes no longer as drafter stored them) is named with drafter.db, the
statement and the way back where it is read, never an internal error; the
corpus still lists, and the statement can be removed and added again."""

from __future__ import annotations

import sqlite3

import pytest
from test_bad_input import one_line_error

STATEMENT = """Cumbria Police and Crime Panel

12 August 2026

Police and Crime Plan Priority: Standing Item

Title: National Policing Priorities: Cumbria Police and Crime Commissioner Statement

Reduce murder and other homicides

1. Between April and June 2026 the force recorded one homicide, against two a year earlier.

Reducing serious violence

2. Detached youth workers in Whitehaven ran eight sessions on carrying blades in secondary schools.
"""


@pytest.mark.parametrize("change, named", [
    ("UPDATE paragraphs SET kind = 'table', cells = '{bad' WHERE number = 2", "statement 1, paragraph 2: its table's cells"),
    ("UPDATE paragraphs SET kind = 'table', cells = '[1, 2]' WHERE number = 2", "statement 1, paragraph 2: its table's cells"),
    ("UPDATE statements SET header_notes = '[\"Status: ' WHERE id = 1", "statement 1's header notes"),
])
def test_a_statement_changed_by_hand_is_named_and_can_be_added_again(tmp_path, cli, change, named):
    root = tmp_path / "office"
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0
    statement = tmp_path / "cumbria-2026-08.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    assert cli("corpus", "add", statement, workspace=root).exit_code == 0
    browser = sqlite3.connect(root / "drafter.db")
    with browser:
        browser.execute(change)
    browser.close()

    for command in (("corpus", "show", "1"), ("draft", "new", "--from", "1", "--title", "Q2")):
        one_line_error(cli(*command, workspace=root), str(root / "drafter.db"), named,
                       "not as drafter stored them", "remove the statement and add its file again, "
                       "or restore drafter.db from a backup")
    assert "cumbria-2026-08.txt" in cli("corpus", "list", workspace=root).stdout

    removed = cli("corpus", "remove", "1", workspace=root)
    assert removed.exit_code == 0 and "removed 1: cumbria-2026-08.txt" in removed.stdout
    assert cli("corpus", "add", statement, workspace=root).exit_code == 0
    shown = cli("corpus", "show", "2", workspace=root)
    assert shown.exit_code == 0 and "Whitehaven" in shown.stdout
