"""Half a year, which no reporting period is ("Quarters 1 and 2 of 2026/27",
"the same half of 2025/26", "the first half of 2026/27", "H1 2026/27", "the
six months to September 2026", "April to September 2026"), is not read as the
year it names: a half-yearly statement's "compared with 9 in the same half of
2025/26" was a wrong-figure error against the whole of 2025/26 (17), and "the
six months to September 2026" was the calendar year 2026. Its counts are
listed as half a year's, unverified; a quarter named beside one of them is
still that quarter.

The statement and figures are written for the project (the force is real,
its figures invented; the quarters add up to their years).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.figures.period_text import find_periods

FIGURES = """\
area,measure,period,value
Northumbria,homicides,2025/26,17
Northumbria,homicides,YE2026-09,16
Northumbria,homicides,2026-Q2,5
Northumbria,homicides,2026-Q3,3
Northumbria,neighbourhood_crime,2026-Q2,2189
Northumbria,neighbourhood_crime,2026-Q3,2085
Northumbria,neighbourhood_crime,YE2026-09,8510
Northumbria,knife_offences,2025/26,1138
Northumbria,knife_offences,YE2026-09,1102
"""

STATEMENT = """\
Northumbria Police and Crime Panel

24 November 2026

Title: Half-Year Statement on the National Policing Priorities

Introduction

1. This statement covers the twelve months to 30 September 2026.

Reduce murder and other homicide

2. In Quarters 1 and 2 of 2026/27 there were 8 homicides in Northumbria, compared with 9 in the same half of \
2025/26. In the twelve months to 30 September 2026 there were 16 homicides.

Reduce serious violence

3. In April to September 2026 there were 1,102 knife offences.

4. In H1 2026/27 there were 1,138 knife offences.

Reduce neighbourhood crime

5. Neighbourhood crime in the six months to September 2026 totalled 4,274, with 2,189 in Quarter 1 and 2,085 in \
Quarter 2 of 2026/27.
"""


@pytest.mark.parametrize("text", ["in the first half of 2026/27", "in Quarters 1 and 2 of 2026/27",
                                  "in the same half of 2025/26", "in H1 2026/27", "in Q3-Q4 2025/26",
                                  "in the six months to September 2026", "in the six months to 30 September 2026"])
def test_half_a_year_names_no_period_and_not_its_year(text):
    assert find_periods(text) == []


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    folder = tmp_path_factory.mktemp("half-year")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "northumbria.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace.review(folder / "northumbria.txt", area="Northumbria").to_dict()


def test_a_half_years_counts_are_unverified_as_half_a_years(review):
    statuses = {n["text"]: (n["status"], n["period"]) for n in review["figures"] if n["status"] != "not-a-figure"}
    # 8 and 4,274 are their two quarters added up (homicides 5 + 3; neighbourhood crime 2,189 +
    # 2,085); the others' quarters are not stored.
    assert statuses == {"8": ("verified", None), "9": ("unverified", None), "16": ("verified", "YE2026-09"),
                        "1,102": ("unverified", None), "1,138": ("unverified", None),
                        "4,274": ("verified", None), "2,189": ("verified", "2026-Q2"),
                        "2,085": ("verified", "2026-Q3")}
    assert not [f for f in review["findings"] if f["kind"] in ("wrong-figure", "stale-figure")]
    messages = [f["message"] for f in review["findings"] if f["kind"] == "unverified-figure"]
    assert "1,138: half a year's count ('H1 2026/27'), which review adds up from its two quarters' figures " \
           "for the measure its sentence names, and could not here; check it against its source" in messages


def test_each_count_is_named_with_its_own_half_year(review):
    messages = {f["message"].split(":")[0]: f["message"] for f in review["findings"] if f["kind"] == "unverified-figure"}
    assert messages["1,102"].startswith("1,102: half a year's count ('April to September 2026')")
    assert messages["9"].startswith("9: half a year's count ('the same half of 2025/26')")


def test_a_half_years_count_is_verified_as_its_two_quarters_added_up(review):
    derivations = {n["text"]: n["derivation"] for n in review["figures"] if n["status"] == "verified"}
    assert derivations["8"] == "homicides, 2026-Q2 + 2026-Q3: 5 + 3 = 8 ('Quarters 1 and 2 of 2026/27')"
    assert derivations["4,274"] == ("neighbourhood_crime, 2026-Q2 + 2026-Q3: 2,189 + 2,085 = 4,274 "
                                    "('six months to September 2026')")


WRONG_HALF = STATEMENT.replace("there were 8 homicides", "there were 9 homicides").replace(
    "totalled 4,274", "totalled 4,374")


@pytest.fixture(scope="module")
def wrong_review(tmp_path_factory):
    folder = tmp_path_factory.mktemp("half-year-wrong")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "northumbria.txt").write_text(WRONG_HALF, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace.review(folder / "northumbria.txt", area="Northumbria").to_dict()


def test_a_half_years_count_its_quarters_do_not_add_up_to_is_a_wrong_figure_naming_both(wrong_review):
    wrong = sorted(f["message"] for f in wrong_review["findings"] if f["kind"] == "wrong-figure")
    assert wrong == [
        "9 homicides in Quarters 1 and 2 of 2026/27: the figures give 8 for Northumbria, its two quarters added "
        "up (5 in 2026-Q2 and 3 in 2026-Q3)",
        "neighbourhood crime: 4,374 in the six months to September 2026, where the figures give 4,274 for "
        "Northumbria, its two quarters added up (2,189 in 2026-Q2 and 2,085 in 2026-Q3)"]


def test_half_a_year_its_words_leave_unknown_is_said_to_be_so(tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (tmp_path / "northumbria.txt").write_text(STATEMENT.replace(
        "In Quarters 1 and 2 of 2026/27 there were 8 homicides", "In the first half of the year there were 8 homicides"),
        encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        review = workspace.review(tmp_path / "northumbria.txt", area="Northumbria").to_dict()
    assert "8: half a year's count ('first half of the year'), which review adds up from its two quarters' " \
           "figures, and its words do not say which quarters they are; check it against its source" in \
           [f["message"] for f in review["findings"]]
