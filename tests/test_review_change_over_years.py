"""A change measured over several years ("has fallen by 4.9% over the last
three years") is held to the figure that many years back, and one set
against an average of several years ("2.2% below the three-year average")
is left unverified, where both were read as the change on a year: the first
an arithmetic error quoting the year's change, the second verified because
the year's change happened to be 2.2%. Only the change whose own words say
so is: "fell by 2.1% over the year, … and by 3.7% over three years".

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Thames Valley,knife_offences,YE2023-09,1600
Thames Valley,knife_offences,YE2025-09,1555
Thames Valley,knife_offences,YE2026-09,1521
Thames Valley,homicides,YE2025-09,21
Thames Valley,homicides,YE2026-09,20
Thames Valley,neighbourhood_crime,YE2023-09,15823
Thames Valley,neighbourhood_crime,YE2025-09,15564
Thames Valley,neighbourhood_crime,YE2026-09,15237
"""

STATEMENT = """\
Thames Valley Police and Crime Panel

18 November 2026

Introduction

1. The figures below are for the 12 months to September 2026.

Reduce murder and other homicide

2. There were 20 homicides. Homicides have fallen by 9.5% over the last three years.

Reduce serious violence

3. There were 1,521 knife offences. Knife offences were 2.2% below the three-year average.

4. Knife crime has fallen by 4.9% over the last three years. Compared with three years ago, knife offences \
are 5.0% lower.

Reduce neighbourhood crime

5. Neighbourhood crime fell by 2.1% over the year, to 15,237 offences, and by 3.7% over three years.
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    folder = tmp_path_factory.mktemp("over-years")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "tvp.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace.review(folder / "tvp.txt", area="Thames Valley").to_dict()


def _changes(review):
    return {(n["paragraph"], n["text"]): n["status"] for n in review["figures"] if n["text"].endswith("%")}


def test_a_change_on_a_several_year_average_or_span_is_not_the_year_s(review):
    assert _changes(review) == {(2, "9.5%"): "unverified", (3, "2.2%"): "unverified", (4, "4.9%"): "verified",
                                (4, "5.0%"): "wrong", (5, "2.1%"): "verified", (5, "3.7%"): "verified"}


def test_a_wrong_change_over_three_years_says_what_the_three_years_give(review):
    [error] = [f for f in review["findings"] if f["kind"] == "arithmetic"]
    assert error["message"] == ("5.0% for knife offences: the figures went from 1,600 in YE2023-09 to 1,521 "
                                "in YE2026-09 (-4.9%)")
