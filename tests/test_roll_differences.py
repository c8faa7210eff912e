"""Copying forward a statement whose counts are compared with an earlier
period: a difference ("one more than a year earlier", "19 more than a year
earlier", "10 fewer than a year earlier") is worked out again for the new
period in the words it was written in; a count dated only by the period it is
compared with ("8 county lines in the quarter, the same number as in April to
June 2025") becomes the new quarter's figure, never the year-earlier one; a
claim two rolled sentences both point to is listed once. Review of the draft
disputes nothing the roll did not list.

The Cumbria statement and its figures are written for the project
(the figures are made up).
"""

from __future__ import annotations

import pytest

from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value,unit
Cumbria,population,2025,800000,
Cumbria,population,2026,800000,
Cumbria,homicides,2025-Q2,2,
Cumbria,homicides,2025-Q3,3,
Cumbria,homicides,2026-Q2,3,
Cumbria,homicides,2026-Q3,2,
Cumbria,county_lines_closed,2025-Q2,8,
Cumbria,county_lines_closed,2025-Q3,9,
Cumbria,county_lines_closed,2026-Q1,10,
Cumbria,county_lines_closed,2026-Q2,8,
Cumbria,county_lines_closed,2026-Q3,11,
Cumbria,drug_trafficking_offences,2025-Q2,180,
Cumbria,drug_trafficking_offences,2025-Q3,194,
Cumbria,drug_trafficking_offences,2026-Q1,180,
Cumbria,drug_trafficking_offences,2026-Q2,199,
Cumbria,drug_trafficking_offences,2026-Q3,212,
Cumbria,residential_burglary,2025-Q2,510,
Cumbria,residential_burglary,2025-Q3,530,
Cumbria,residential_burglary,2026-Q1,480,
Cumbria,residential_burglary,2026-Q2,500,
Cumbria,residential_burglary,2026-Q3,530,
Cumbria,neighbourhood_crime,2025-Q2,2400,
Cumbria,neighbourhood_crime,2025-Q3,2450,
Cumbria,neighbourhood_crime,2026-Q2,2300,
Cumbria,neighbourhood_crime,2026-Q3,2350,
"""

STATEMENT = """\
Cumbria Police and Crime Panel

September 2026

Title: National Policing Priorities – Cumbria Police and Crime Commissioner Statement

Reduce murder and other homicide

1. There were 3 homicides in April to June 2026, one more than a year earlier.

2. There were 3 homicides in April to June 2026, 1 more than a year earlier.

Disrupt drugs supply and county lines

3. Officers closed 8 county lines in the quarter, the same number as in April to June 2025.

4. There were 199 drug trafficking offences in April to June 2026, 19 more than a year earlier.

5. Drug trafficking offences rose by 19 to 199 in April to June 2026, compared with the same quarter a year earlier.

6. Officers closed 8 county lines in April to June 2026, down by 3 on the same quarter of 2025.

7. Drug trafficking offences rose on the previous quarter to 199, an increase of 19.

8. County lines closed fell on the previous quarter to 8, a decrease of two.

Reduce neighbourhood crime

9. There were 500 residential burglaries in April to June 2026, 10 fewer than a year earlier.

10. There were 500 residential burglaries in April to June 2026, 20 more than the previous quarter.

11. There were 2,300 neighbourhood crimes in April to June 2026, down from 2,400 a year earlier. This included 500 residential burglaries, the lowest quarterly figure the force has recorded.
"""

DISPUTES = ("direction", "arithmetic", "wrong-figure", "wrong-rank", "missing-figure", "stale-figure")


@pytest.fixture(scope="module")
def rolled(tmp_path_factory):
    import drafter

    folder = tmp_path_factory.mktemp("cumbria")
    workspace = drafter.open_workspace(folder / "ws", seed=False)
    (folder / "cumbria.csv").write_text(FIGURES, encoding="utf-8")
    workspace.import_figures(folder / "cumbria.csv")
    (folder / "cumbria-2026-09.txt").write_text(STATEMENT, encoding="utf-8")
    workspace.add_statements([folder / "cumbria-2026-09.txt"], force="Cumbria")
    statement = workspace.list_statements()[0].id
    yield workspace, workspace.new_draft(from_statement=statement)
    workspace.close()


def _texts(draft, section):
    return [p.text for p in draft.section(section).paragraphs if p.kind == PARAGRAPH]


def test_a_difference_in_words_is_worked_out_again_in_words(rolled):
    _, draft = rolled
    assert draft.period == "2026-Q3"
    words, digits = _texts(draft, "homicide")
    assert words == "There were 2 homicides in July to September 2026, one fewer than a year earlier."
    assert digits == "There were 2 homicides in July to September 2026, 1 fewer than a year earlier."


def test_a_difference_that_would_match_a_stored_figure_is_still_a_difference(rolled):
    _, draft = rolled
    offences = _texts(draft, "drugs-county-lines")[1]
    assert offences == "There were 212 drug trafficking offences in July to September 2026, 18 more than a year earlier."


def test_no_difference_is_the_same_as_and_a_previous_quarter_difference_moves_too(rolled):
    _, draft = rolled
    same, previous, _ = _texts(draft, "neighbourhood-crime")
    assert same == "There were 530 residential burglaries in July to September 2026, the same as a year earlier."
    assert previous == ("There were 530 residential burglaries in July to September 2026, 30 more than the "
                        "previous quarter.")


def test_a_change_given_as_a_count_beside_a_moved_count_is_worked_out_again(rolled):
    """"rose by 19 to 199 …, compared with the same quarter a year earlier": 199
    moves to 212 and a year earlier to 194, so the change is 18."""
    _, draft = rolled
    paragraph = [p for p in draft.section("drugs-county-lines").paragraphs if p.kind == PARAGRAPH][2]
    assert paragraph.text == ("Drug trafficking offences rose by 18 to 212 in July to September 2026, compared "
                              "with the same quarter a year earlier.")
    assert paragraph.origin.not_rolled == []

    # "down by 3" where the figures copied give no change: not worked out from a wrong one, but named.
    small = [p for p in draft.section("drugs-county-lines").paragraphs if p.kind == PARAGRAPH][3]
    assert small.text.startswith("Officers closed 11 county lines in July to September 2026, down by 3 on")
    assert [(left["text"], left["reason"].split(":")[0]) for left in small.origin.not_rolled] == [
        ("3", "a change given as a count, of the figures copied")]


def test_a_size_given_after_the_level_it_reached_is_worked_out_again_on_the_period_named_before_it(rolled):
    """"rose on the previous quarter to 199, an increase of 19": 199 moves to 212 and the quarter
    before it is 199, so the increase is 13; a decrease that became an increase is said as one."""
    _, draft = rolled
    rose, fell = [p for p in draft.section("drugs-county-lines").paragraphs if p.kind == PARAGRAPH][4:6]
    assert rose.text == "Drug trafficking offences rose on the previous quarter to 212, an increase of 13."
    assert fell.text == "County lines closed rose on the previous quarter to 11, an increase of three."
    assert rose.origin.not_rolled == [] and fell.origin.not_rolled == []


def test_a_count_dated_by_its_comparison_becomes_the_new_quarter_s_figure(rolled):
    _, draft = rolled
    county_lines = _texts(draft, "drugs-county-lines")[0]
    assert county_lines.startswith("Officers closed 11 county lines in the quarter, ")
    assert "9 county lines" not in county_lines
    assert county_lines.endswith("an increase of 22.2% on July to September 2025.")


def test_a_claim_two_rolled_sentences_point_to_is_listed_once(rolled):
    _, draft = rolled
    paragraph = [p for p in draft.section("neighbourhood-crime").paragraphs if p.kind == PARAGRAPH][2]
    claims = [left for left in paragraph.origin.not_rolled if "lowest" in left["text"]]
    assert len(claims) == 1


def test_review_of_the_draft_disputes_only_what_the_roll_listed(rolled):
    workspace, draft = rolled
    report = workspace.review(draft.id)
    left = {(f.section, f.index) for f in report.findings if f.kind == "not-rolled"}
    disputed = [(f.section, f.kind, f.message) for f in report.findings
                if f.kind in DISPUTES and (f.section, f.index) not in left]
    assert disputed == []
    listed_claims = [f for f in report.findings if f.kind == "not-rolled" and "lowest" in f.message]
    assert len(listed_claims) == 1


def test_only_a_number_of_more_or_fewer_than_an_earlier_period_is_read_as_a_difference():
    from drafter.drafts.roll_differences import find_differences

    quoted = [text[d.comparison.start:d.comparison.end] for text in (
        "Officers made more than 1,600 arrests, 5% higher than a year earlier.",
        "There were 12 more officers than in 2024.",
        "There were 2.5 more than a year earlier.",
        "There were 1,204 more than in April to June 2025, and two fewer than the previous quarter.",
    ) for d in find_differences(text)]
    assert quoted == ["1,204 more than in April to June 2025", "two fewer than the previous quarter"]
