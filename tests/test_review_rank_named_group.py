"""A place given with its group, "of the 43 forces", ranks the force among the
43 whatever its clause names after it ("ranking 26th of 43 forces nationally
and 2nd in Wales" was held to the four Welsh forces and called wrong), and is
read in a sentence of its own after its measure's ("Gwent ranked 18th lowest
of the 43 forces", which was read as "lowest" alone and called wrong).

The four Welsh forces' and the other forces' figures are the made-up
national fixture (tests/fixtures/national/forces-rolling-years.csv), where
Gwent's knife offences are the 13th highest count of the 43 in the year
ending June 2024 (the 31st lowest).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter

FIGURES = Path(__file__).parent / "fixtures" / "national" / "forces-rolling-years.csv"

STATEMENT = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
September 2024

Introduction

This statement gives the figures for the year ending June 2024, the latest the Home Office has published.

Reduce serious violence

{sentence}
"""


def _review(tmp_path, sentence: str):
    path = tmp_path / "gwent-2024-09.txt"
    path.write_text(STATEMENT.format(sentence=sentence), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIGURES)
        return workspace.review(path)


@pytest.mark.parametrize("sentence, place", [
    ("In the year ending June 2024, Gwent Police recorded 1,338 knife offences, ranking 13th of 43 forces "
     "nationally and 2nd in Wales.", "13th"),
    ("In the year ending June 2024, Gwent Police recorded 1,338 knife offences. Gwent ranked 31st lowest of the 43 "
     "forces.", "31st lowest"),
])
def test_a_place_given_with_the_43_is_a_rank_among_the_43(tmp_path, sentence, place):
    report = _review(tmp_path, sentence)
    [claim] = [claim for claim in report.ranks if claim.text == place]
    assert (claim.status, claim.among, claim.region) == ("verified", "forces", None)
    assert [f.message for f in report.findings if f.kind == "wrong-rank" and place in f.message] == []
