"""A figure a later release fills in where an earlier one gave none ("[c]")
is named as filled in, with the file that withheld it, where the import only
counted it as added."""

from __future__ import annotations

import drafter

FIRST = ("Derbyshire Constabulary: quarterly performance summary\n"
         "[c] = suppressed to protect confidentiality\n\n"
         "Measure,Apr - Jun 2026,Jul - Sep 2026\n"
         "Homicides,3,4\n"
         "Firearms offences,13,[c]\n")
SECOND = FIRST.replace("13,[c]", "13,11")
LATER_QUARTER = "Derbyshire Constabulary: quarterly performance summary\n\nMeasure,Oct - Dec 2026\nHomicides,2\nFirearms offences,9\n"


def _workspace(tmp_path):
    for name, text in (("release-3.csv", FIRST), ("release-4.csv", SECOND), ("q4.csv", LATER_QUARTER)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return drafter.open_workspace(tmp_path / "ws", seed=False)


def test_a_cell_an_earlier_release_withheld_is_named_as_filled_in(tmp_path):
    with _workspace(tmp_path) as workspace:
        first = workspace.import_figures(tmp_path / "release-3.csv")
        assert first.no_figure == 1 and first.filled == []
        second = workspace.import_figures(tmp_path / "release-4.csv")
    assert second.added == 1
    assert second.filled == [{"measure": "firearms_offences", "area": "Derbyshire", "period": "2026-Q3",
                              "value": 11, "withheld_in": str(tmp_path / "release-3.csv")}]


def test_a_new_quarter_is_added_not_filled_in(tmp_path):
    with _workspace(tmp_path) as workspace:
        workspace.import_figures(tmp_path / "release-3.csv")
        later = workspace.import_figures(tmp_path / "q4.csv")
        assert later.added == 2 and later.filled == []
        again = workspace.import_figures(tmp_path / "release-4.csv")
        assert [item["period"] for item in again.filled] == ["2026-Q3"]
        # Filled in once: the same release imported again fills nothing.
        assert workspace.import_figures(tmp_path / "release-4.csv").filled == []


def test_the_import_says_which_figure_was_filled_in(workspace_dir, cli, tmp_path):
    for name, text in (("release-3.csv", FIRST), ("release-4.csv", SECOND)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert cli("figures", "import", tmp_path / "release-3.csv", workspace=workspace_dir).exit_code == 0
    result = cli("figures", "import", tmp_path / "release-4.csv", workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert "  filled in firearms_offences, Derbyshire, 2026-Q3 = 11, which release-3.csv gave no figure for" \
        in result.stdout.splitlines()
