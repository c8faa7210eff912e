"""A draft whose latest revision was deleted or changed by hand in a database
browser is named with drafter.db, the revision and the way back (restore an
earlier revision, or drafter.db from a backup), never "no draft with id 1"
for a draft drafter lists, nor an internal error; and the restore it names
works."""

from __future__ import annotations

import sqlite3

import pytest
from test_bad_input import one_line_error

CHANGES = {
    "deleted": ("DELETE FROM draft_revisions WHERE number = 3", "draft 1's latest revision (3) is not stored",
                "'drafter draft restore 1 2'"),
    "not JSON": ("UPDATE draft_revisions SET content = '{\"title\": \"Q3' WHERE number = 3",
                 "draft 1's revision 3 is not as drafter saved it", "'drafter draft restore 1 N'"),
    "wrong shape": ("UPDATE draft_revisions SET content = json_set(content, '$.sections', json('[1]')) "
                    "WHERE number = 3", "draft 1's revision 3 is not as drafter saved it", "'drafter draft restore 1 N'"),
}


@pytest.mark.parametrize("change", CHANGES)
def test_a_latest_revision_changed_by_hand_is_named_and_an_earlier_one_restored(tmp_path, cli, change):
    root = tmp_path / "office"
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0
    assert cli("draft", "new", "--title", "Cumbria Q3 2026", workspace=root).exit_code == 0
    for words in ("The review group met twice in the quarter.", "Parish councils in Eden heard talks on phishing."):
        assert cli("draft", "edit", "1", "--section", "homicide", "--append", words, workspace=root).exit_code == 0
    sql, named, way_back = CHANGES[change]
    browser = sqlite3.connect(root / "drafter.db")
    with browser:
        browser.execute(sql)
    browser.close()

    assert "Cumbria Q3 2026" in cli("draft", "list", workspace=root).stdout
    for command in (("draft", "show", "1"), ("review", "1")):
        one_line_error(cli(*command, workspace=root), str(root / "drafter.db"), named, way_back,
                       "changed outside drafter", "or restore drafter.db from a backup")

    restored = cli("draft", "restore", "1", "2", workspace=root)
    assert restored.exit_code == 0, restored.stderr
    assert "revision 2 restored as revision 4" in restored.stdout
    shown = cli("draft", "show", "1", workspace=root).stdout
    assert "met twice" in shown and "Eden" not in shown
