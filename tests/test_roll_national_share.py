"""A force's share of the nation's count ("1,319 knife offences, 2.8% of the
England and Wales total") is moved to the new year's share, worked out by the
one national share review holds it to, where copy forward kept it with "no
stored figure matches it"."""

from __future__ import annotations

import all_forces

import drafter
from drafter.figures.figureset import FigureSet
from drafter.figures.national import national_share


def _share(workspace, year: str) -> float:
    figures = FigureSet.load(workspace, periods=[year])
    return round(float(national_share(figures, "knife_offences", "Derbyshire", year).value), 1)


def test_the_forces_share_of_the_national_total_moves_to_the_new_years(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        all_forces.import_all(workspace, tmp_path, periods=("2022", "2023"), national=True,
                              values={("Derbyshire", "knife_offences", "2023"): 2_000})
        before, after = _share(workspace, "2022"), _share(workspace, "2023")
        assert before != after
        count_2023 = "2,000"
        statement = tmp_path / "derbyshire-2023-03.txt"
        statement.write_text("Derbyshire Police and Crime Panel\n\nMarch 2023\n\nIntroduction\n\n"
                             "1. This statement covers 2022.\n\nReduce serious violence\n\n"
                             f"2. Derbyshire recorded {all_forces.made_up('Derbyshire', 'knife_offences', '2022'):,} "
                             f"knife offences in 2022, {before:.1f}% of the England and Wales total.\n",
                             encoding="utf-8")
        workspace.add_statements([statement], force="Derbyshire")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id, period="2023")
    [paragraph] = draft.section("serious-violence").paragraphs
    assert paragraph.text == (f"Derbyshire recorded {count_2023} knife offences in 2023, {after:.1f}% of the "
                              "England and Wales total.")
    assert paragraph.origin.not_rolled == []
