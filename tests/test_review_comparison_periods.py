"""The period of a number and the period of what it is compared with, as a
reviewer of a quarterly statement reads them: "in the quarter, up from 1,790
in April to June 2026" gives this quarter's count and last quarter's; "two
fewer than a year earlier" is a difference, checked as one; and a number
whose sentence names an earlier period is left over only when the statement
gives nothing for the period it covers.

The figures are invented for Cumbria; each period's values differ so that a number says which period it is.
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Cumbria,population,2025,900000,
Cumbria,neighbourhood_crime,2025,7410,
Cumbria,neighbourhood_crime,2025-Q1,1880,
Cumbria,neighbourhood_crime,2025-Q3,1905,
Cumbria,neighbourhood_crime,2026-Q2,1790,
Cumbria,neighbourhood_crime,2026-Q3,1840,
Cumbria,county_lines_closed,2025-Q1,5,
Cumbria,county_lines_closed,2025-Q3,9,
Cumbria,county_lines_closed,2026-Q2,7,
Cumbria,county_lines_closed,2026-Q3,6,
Cumbria,homicides,2025-Q3,3,
Cumbria,homicides,2026-Q3,2,
Cumbria,drug_trafficking_offences,2025-Q3,194,
Cumbria,drug_trafficking_offences,2026-Q3,212,
Cumbria,victim_satisfaction,2025-Q3,71.3,%
Cumbria,victim_satisfaction,2026-Q3,73.9,%
"""

HEADER = """\
# Police and Crime Commissioner for Cumbria: National Policing Priorities

Cumbria Police and Crime Panel, 10 December 2026

## 1. Introduction

1.1 This statement covers July to September 2026.

## 2. Reduce neighbourhood crime

"""


@pytest.fixture
def review(empty_workspace, tmp_path):
    """Review of a Cumbria statement on July to September 2026 whose
    second section holds ``paragraphs``, numbered 2.1, 2.2, …"""
    (tmp_path / "cumbria.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "cumbria.csv")

    def reviewed(*paragraphs: str, covers: str = "July to September 2026"):
        body = "".join(f"2.{n} {text}\n\n" for n, text in enumerate(paragraphs, 1))
        path = tmp_path / "cumbria-2026-12.md"
        path.write_text(HEADER.replace("July to September 2026", covers) + body, encoding="utf-8")
        return empty_workspace.review(str(path), area="Cumbria")

    return reviewed


def _about_figures(report) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in report.findings
            if f.kind in ("wrong-figure", "stale-figure", "arithmetic", "unverified-figure", "direction")]


def _figures(report) -> dict[str, tuple[str, str | None, str]]:
    return {n["text"]: (n["status"], n["period"], n["derivation"] or "") for n in report.to_dict()["figures"]
            if n["status"] != "not-a-figure"}


# -- the period named after a base is the base's ------------------------------------------
@pytest.mark.parametrize("sentence", [
    "There were 1,840 neighbourhood crimes in the quarter, up from 1,790 in April to June 2026.",
    "There were 1,840 neighbourhood crimes in the quarter, compared with 1,790 in April to June 2026.",
    "There were 1,840 neighbourhood crimes, up from 1,790 in April to June 2026.",
])
def test_a_count_in_the_quarter_is_this_quarters_and_the_named_quarter_is_its_bases(review, sentence):
    report = review(sentence)
    assert _about_figures(report) == []
    figures = _figures(report)
    assert figures["1,840"][:2] == ("verified", "2026-Q3")
    assert figures["1,790"][:2] == ("verified", "2026-Q2")
    assert figures["1,790"][2].endswith("(earlier period, quoted as such)")


def test_a_count_in_the_quarter_compared_with_a_named_quarter_a_year_back_is_not_that_quarters(review):
    report = review("Officers closed 6 county lines in the quarter, one fewer than in July to September 2025.",
                    "There were 1,840 neighbourhood crimes in the quarter, the same number as in "
                    "April to June 2026.")
    kinds = [kind for kind, _ in _about_figures(report)]
    # 6 is this quarter's; "one fewer" is wrong (9 to 6 is 3 fewer); "the same number" is wrong too.
    assert "wrong-figure" not in kinds and "stale-figure" not in kinds
    assert _figures(report)["6"][:2] == ("verified", "2026-Q3")
    assert _figures(report)["1,840"][:2] == ("verified", "2026-Q3")
    assert ("arithmetic", "one fewer than in 2025-Q3 does not follow from the figures: 9 in 2025-Q3 to 6 in "
            "2026-Q3 is 3 fewer") in _about_figures(report)


def test_last_quarter_named_first_then_this_quarter_reads_each_number_for_its_own_quarter(review):
    report = review("Last quarter (April to June 2026) there were 1,790 neighbourhood crimes; "
                    "this quarter there were 1,840.")
    assert _about_figures(report) == []
    figures = _figures(report)
    assert figures["1,790"][:2] == ("verified", "2026-Q2")
    assert figures["1,790"][2].endswith("(earlier period, quoted as such)")
    assert figures["1,840"][:2] == ("verified", "2026-Q3")


# -- a number before "fewer/more than" is a difference ------------------------------------
@pytest.mark.parametrize("sentence, said", [
    # 3 is the stored count a year earlier and 2 this quarter's: neither is the change (one fewer).
    ("There were 2 homicides in July to September 2026, two fewer than a year earlier.", "two fewer"),
    ("There were 2 homicides in July to September 2026, 3 fewer than a year earlier.", "3 fewer"),
    ("There were 2 homicides in July to September 2026, three fewer than in July to September 2025.",
     "three fewer"),
])
def test_a_difference_equal_to_a_stored_figure_is_still_checked_as_a_difference(review, sentence, said):
    report = review(sentence)
    assert _about_figures(report) == [
        ("arithmetic", f"{said} than in 2025-Q3 does not follow from the figures: 3 in 2025-Q3 to 2 in "
                       "2026-Q3 is 1 fewer")]


def test_a_difference_equal_to_the_base_figure_is_wrong_and_the_true_one_verified(review):
    report = review("There were 212 drug trafficking offences in July to September 2026, "
                    "194 more than a year earlier.",
                    "There were 212 drug trafficking offences in July to September 2026, 18 more than last year.",
                    "There were 1,840 neighbourhood crimes in the quarter, 50 more than the previous quarter.")
    assert _about_figures(report) == [
        ("arithmetic", "194 more than in 2025-Q3 does not follow from the figures: 194 in 2025-Q3 to 212 in "
                       "2026-Q3 is 18 more")]
    assert _figures(report)["18"][0] == "verified"
    assert _figures(report)["50"][0] == "verified"


def test_one_fewer_than_a_year_earlier_when_true_is_verified(review):
    report = review("There were 2 homicides in July to September 2026, one fewer than a year earlier.")
    assert _about_figures(report) == []
    assert _figures(report)["one"][0] == "verified"


# -- an earlier period named with nothing for the period under review ------------------------
def test_an_annual_total_does_not_stand_in_for_the_quarter_under_review(review):
    report = review("There were 7,410 neighbourhood crimes in 2025.",
                    "There were 1,790 neighbourhood crimes in April to June 2026.")
    stale = [message for kind, message in _about_figures(report) if kind == "stale-figure"]
    assert stale == ["1,790 is the figure for 2026-Q2, earlier than 2026-Q3 (neighbourhood crime for 2026-Q3: "
                     "1,840, from cumbria.csv); its sentence names 2026-Q2 and the statement gives no neighbourhood crime for "
                     "2026-Q3: is it last quarter's sentence?"]


def test_a_quarter_further_back_asks_about_an_earlier_statement_not_last_quarter(review):
    report = review("There were 1,905 neighbourhood crimes in July to September 2025.")
    stale = [message for kind, message in _about_figures(report) if kind == "stale-figure"]
    assert len(stale) == 1 and stale[0].endswith("is it an earlier statement's sentence?"), stale


def test_the_quarter_under_review_given_elsewhere_leaves_the_earlier_one_quoted_as_such(review):
    report = review("There were 1,840 neighbourhood crimes in July to September 2026.",
                    "There were 1,790 neighbourhood crimes in April to June 2026.")
    assert _about_figures(report) == []


def test_no_stale_finding_when_the_quarter_under_review_has_no_figures(review):
    report = review("There were 7,410 neighbourhood crimes in 2025.",
                    "There were 1,840 neighbourhood crimes in July to September 2026.",
                    covers="October to December 2026")
    assert [kind for kind, _ in _about_figures(report) if kind == "stale-figure"] == []
    assert {text: status for text, (status, _, _) in _figures(report).items()} == {
        "7,410": "verified", "1,840": "verified"}


# -- a percentage's level compared with a year earlier -----------------------------------------
def test_a_wrong_base_level_is_wrong_and_a_fall_called_up_is_a_direction_error(review):
    report = review("Victim satisfaction was 73.9% in July to September 2026, up from 77.2% a year earlier.")
    assert sorted(_about_figures(report)) == [
        ("direction", "'up' says victim satisfaction went up, but the percentages quoted beside it went from "
                      "77.2% to 73.9%"),
        ("wrong-figure", "77.2% victim satisfaction in 2025-Q3: the figures give 71.3% for Cumbria (cumbria.csv)")]


def test_a_right_base_level_and_direction_pass(review):
    report = review("Victim satisfaction was 73.9% in July to September 2026, up from 71.3% a year earlier.")
    assert _about_figures(report) == []
