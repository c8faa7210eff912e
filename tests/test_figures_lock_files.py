"""The lock file a spreadsheet program keeps beside an open workbook, given to
figures import, is named as such, where it was called a corrupt workbook to
open and save again (or, from LibreOffice, not a figures file)."""

from __future__ import annotations

import pytest

from drafter.errors import FiguresError

OWNER = b"\x07Analyst" + b" " * 47 + b"\x07\x00A\x00n\x00a\x00l\x00y\x00s\x00t\x00"


@pytest.mark.parametrize(("name", "data"), [
    ("~$derbyshire-summary.xlsx", OWNER),
    (".~lock.derbyshire-summary.ods#", b"Analyst,PC-0412,29.11.2026 09:12,file:///home/analyst/.config;"),
])
def test_a_lock_file_is_named_for_what_it_is(empty_workspace, tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(FiguresError) as caught:
        empty_workspace.import_figures(path)
    [problem] = caught.value.problems
    assert problem.reason.startswith("the lock file Excel or LibreOffice keeps beside a workbook while it is open")
    assert "import the workbook itself" in problem.reason
    assert empty_workspace.list_figures() == []
