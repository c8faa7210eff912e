"""A sentence dating the statement's figures with none of its own ("The
figures below are for the year ending June 2026") names the draft's period
once copied forward, as "This statement covers …" does, where it was left for
the writer with "check it still holds".

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import drafter

FIGURES = """\
area,measure,period,value
Metropolitan Police,knife_offences,YE2026-06,13402
Metropolitan Police,knife_offences,YE2026-09,13731
"""


def test_the_figures_below_are_for_moves_with_the_statement(tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "mopac-2026-08.txt"
    path.write_text("Mayor's Office for Policing and Crime\n\nAugust 2026\n\nIntroduction\n\n"
                    "1. The figures below are for the year ending June 2026.\n\nReduce serious violence\n\n"
                    "2. The Met recorded 13,402 knife offences in the year ending June 2026.\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        workspace.add_statements([path], force="Metropolitan Police")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [opening] = draft.section("introduction").paragraphs
    assert opening.text == "The figures below are for the year ending September 2026."
    assert opening.origin.not_rolled == []
    [knives] = draft.section("serious-violence").paragraphs
    assert knives.text == "The Met recorded 13,731 knife offences in the year ending September 2026."
