"""Performance packs mark a figure provisional or revised beside it ("66
(p)", "412 (r)", "1,234 (est)") or with a superscript footnote ("58¹"). The
whole file was refused ("'66 (p)' is not a number"); the number stands, as it
does with "[note 2]" or "15*", and a mark with no number is still refused."""

from __future__ import annotations

import pytest
from spreadsheets import write_xlsx

import drafter


def stored(workspace_dir) -> dict:
    with drafter.open_workspace(workspace_dir, seed=False) as workspace:
        return {(f.measure, f.period): f.value for f in workspace.list_figures()}


def _pack(tmp_path, cell):
    return write_xlsx(tmp_path / "pack.xlsx", {"Summary": [
        ["Cumbria Constabulary: quarterly performance summary"],
        ["Measure", "Jan-Mar 2026", "Apr-Jun 2026"],
        ["Knife or sharp instrument offences", 55, cell],
    ]})


@pytest.mark.parametrize("cell", ["66 (p)", "66(P)", "66 (r)", "66 (est)", "66 (provisional)", "66¹"])
def test_a_number_marked_provisional_or_revised_is_that_number(workspace_dir, cli, tmp_path, cell):
    result = cli("figures", "import", _pack(tmp_path, cell), workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert stored(workspace_dir) == {("knife_offences", "2026-Q1"): 55, ("knife_offences", "2026-Q2"): 66}


def test_a_mark_with_no_number_is_refused_by_its_cell(workspace_dir, cli, tmp_path):
    path = _pack(tmp_path, "(p)")
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert (result.exit_code, result.stderr) == (
        1, f"drafter: error: {path}: Summary!C3: '(p)' is not a number (nothing imported)\n")
    assert stored(workspace_dir) == {}
