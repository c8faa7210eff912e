"""A count the force's figures file withheld ("[c]": a small number a source
suppresses so that no one can be told from it) is named when a statement
gives a number for it: the file that withheld it, and that the number may
be one not to publish. Before, "4 homicides" was a small number no figure
matched and passed without a word.

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import drafter

FIGURES = ("Force,Homicides 2026-Q2,Homicides 2026-Q3,Knife offences 2026-Q3\n"
           "Kent,5,[c],412\nEssex,3,4,388\n")
STATEMENT = ("Kent Police and Crime Commissioner\nStatement on the National Policing Priorities\nNovember 2026\n\n"
             "Introduction\n\nThis statement covers July to September 2026.\n\nReduce murder and other homicide\n\n"
             "There were {homicides} homicides in July to September 2026.\n\nReduce serious violence\n\n"
             "There were 412 knife offences in July to September 2026.\n")


def _review(tmp_path, homicides: str):
    (tmp_path / "summary.csv").write_text(FIGURES, encoding="utf-8")
    (tmp_path / "kent-2026-11.txt").write_text(STATEMENT.format(homicides=homicides), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "summary.csv")
        report = workspace.review(tmp_path / "kent-2026-11.txt")
    return [f.message for f in report.findings if f.kind == "unverified-figure"]


def test_a_number_given_for_a_withheld_count_names_the_file_that_withheld_it(tmp_path):
    assert _review(tmp_path, "4") == [
        "4 homicides in 2026-Q3: summary.csv withheld this figure (no figure in its cell), so review cannot "
        "check it; make sure it may be published"]
