"""Figures set out the short ways statements give them are checked like the
same figures written out: a "Key figures" list of bare bullets, a web page's
table headed "Last year | This year", a change in points in a table's Change
column, and counts listed after a stated one (the bundled figures: Severnshire
had 3 homicides in April to June 2026 and 4 a year before, 181 drug
trafficking offences against 172, 672 residential burglaries; Ashmoor 126
knife offences against 133 and victim satisfaction of 74.8% against 72.0%)."""

from __future__ import annotations

import pytest

PRIORITIES = """
## Reduce murder and other homicide

The Commissioner continues to fund the homicide prevention partnership.

## Reduce serious violence

Violence reduction work goes on across the county.

## Reduce neighbourhood crime

Neighbourhood teams patrol the market towns at night.

## Tackle cyber crime

The cyber protect team visited local businesses.
"""


def key_figures_statement(tmp_path, bullets: list[str], *, covers: str = "This update covers April to June 2026."):
    path = tmp_path / "severnshire-2026-11.md"
    listed = "\n".join(f"- {bullet}" for bullet in bullets)
    path.write_text(f"# Severnshire Police and Crime Commissioner\n\nDate: 5 November 2026\n\n{covers}\n\n"
                    f"## Key figures\n\n{listed}\n{PRIORITIES}", encoding="utf-8")
    return path


def about_figures(report) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in report.findings
            if f.kind in ("wrong-figure", "direction", "unverified-figure", "stale-figure", "arithmetic")]


def test_a_wrong_key_figure_is_a_wrong_figure_error(seeded_workspace, tmp_path):
    report = seeded_workspace.review(key_figures_statement(tmp_path, [
        "Homicides: 5 (up from 4)", "Drug trafficking offences: 118", "Residential burglaries: 672"]))
    found = about_figures(report)
    assert ("wrong-figure", "5 homicides in 2026-Q2: the figures give 3 for Severnshire (Home Office police "
                            "recorded crime); 5 is the figure for 2025-Q3") in found
    assert any(kind == "wrong-figure" and message.startswith("118 drug trafficking offences in 2026-Q2: the "
                                                             "figures give 181") for kind, message in found)
    assert not [message for _, message in found if message.startswith(("672", "4:"))]
    assert {m.text: m.status for m in report.figures if m.text in ("5", "672")} == {"5": "wrong",
                                                                                      "672": "verified"}


def test_a_key_figure_said_to_rise_from_a_larger_count_is_a_direction_error(seeded_workspace, tmp_path):
    report = seeded_workspace.review(key_figures_statement(tmp_path, [
        "Drug trafficking offences: 181 (up from 272)"]))
    found = about_figures(report)
    assert ("direction", "'up' says drug trafficking offences went up, but the figures quoted beside it went "
                         "from 272 to 181 (-33.5%)") in found


def test_a_key_figure_compared_with_a_wrong_year_earlier_count_names_that_years_figure(seeded_workspace, tmp_path):
    report = seeded_workspace.review(key_figures_statement(tmp_path, ["Homicides: 3 (down from 6)"]))
    assert [message for kind, message in about_figures(report) if kind == "wrong-figure"] == [
        "6 homicides in 2025-Q2: the figures give 4 for Severnshire (Home Office police recorded crime); "
        "6 is the figure for 2023-Q3"]


def test_last_quarters_key_figure_and_its_base_are_both_named(seeded_workspace, tmp_path):
    """"Residential burglaries: 735 (down from 761)" left from January to March's list: 735 is
    last quarter's count and 761 the year before it; against April to June 2026 the base is
    April to June 2025's 694 (761 was passed as "an earlier period's figure, quoted as such")."""
    report = seeded_workspace.review(key_figures_statement(tmp_path, ["Residential burglaries: 735 (down from 761)"]))
    found = about_figures(report)
    assert ("wrong-figure", "761 residential burglaries in 2025-Q2: the figures give 694 for Severnshire (Home "
                            "Office police recorded crime); 761 is the figure for 2025-Q1") in found
    assert [kind for kind, message in found if message.startswith("735")] == ["stale-figure"]


def test_right_key_figures_raise_nothing(seeded_workspace, tmp_path):
    report = seeded_workspace.review(key_figures_statement(tmp_path, [
        "Homicides: 3 (down from 4)", "Drug trafficking offences: 181 (up from 172)", "Residential burglary: 672"]))
    assert about_figures(report) == []


def test_key_figures_are_not_held_to_a_period_the_statement_never_states(seeded_workspace, tmp_path):
    """Without "This update covers …", the review period is only a guess from the date."""
    report = seeded_workspace.review(key_figures_statement(
        tmp_path, ["Homicides: 5"], covers="The Commissioner reports to the Panel each quarter."))
    assert not [f for f in report.findings if f.kind == "wrong-figure"]


STATEMENT = """Severnshire Police and Crime Panel
12 October 2026
Title: National Policing Priorities statement

This statement covers April to June 2026.

Reduce neighbourhood crime

1. Neighbourhood crime fell to 2,576 offences in April to June 2026, from 2,649 a year before. {sentence}

Reduce serious violence

2. Firearms offences fell to 24 from 27 a year earlier.
"""


@pytest.mark.parametrize("sentence, expected", [
    ("Within this total, residential burglaries numbered 627, vehicle offences 1,385 and personal robberies 155.",
     "627 residential burglaries in 2026-Q2: the figures give 672 for Severnshire"),
    ("Of these, residential burglaries numbered 672, vehicle offences 1,358 and personal robberies 155.",
     "1,358 vehicle offences in 2026-Q2: the figures give 1,385 for Severnshire"),
])
def test_a_wrong_count_listed_within_a_dated_total_is_a_wrong_figure(seeded_workspace, tmp_path, sentence,
                                                                     expected):
    path = tmp_path / "severnshire-2026-10.txt"
    path.write_text(STATEMENT.format(sentence=sentence), encoding="utf-8")
    found = about_figures(seeded_workspace.review(path))
    assert [kind for kind, message in found if message.startswith(expected)] == ["wrong-figure"]
    assert not [message for kind, message in found if kind == "unverified-figure"]


def test_a_listed_count_with_no_dated_total_before_it_is_not_held_to_a_period(seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-10.txt"
    path.write_text(STATEMENT.replace("in April to June 2026, from 2,649 a year before", "over the past decade")
                    .format(sentence="Residential burglaries numbered 627 and vehicle offences 1,358."),
                    encoding="utf-8")
    assert not [f for f in seeded_workspace.review(path).findings if f.kind == "wrong-figure"]


ASHMOOR_PAGE = """<html><head><title>Ashmoor PCC: priorities update</title></head><body><main>
<h1>National Policing Priorities: statement for April to June 2026</h1>
<p>Published 9 October 2026 by the Ashmoor Police and Crime Commissioner.</p>
<h2>How we are doing</h2>
<p>The figures on this page are for April to June 2026, compared with the same quarter of 2025.</p>
<table>
<tr><th>Priority</th><th>{earlier}</th><th>{later}</th><th>Change</th></tr>
<tr><td>Knife or sharp instrument offences</td><td>133</td><td>{knife}</td><td>-5.3%</td></tr>
<tr><td>Victim satisfaction</td><td>72.0%</td><td>74.8%</td><td>{points}</td></tr>
</table>
<h2>Reduce murder and other homicide</h2><p>Homicide reviews are under way.</p>
<h2>Reduce serious violence</h2><p>Knife crime outreach continues in schools.</p>
<h2>Reduce neighbourhood crime</h2><p>Burglary patrols run every weekend.</p>
<h2>Improve victim satisfaction</h2><p>Victims are called back within two days.</p>
<h2>Tackle cyber crime</h2><p>Cyber advice sessions are held monthly.</p>
</main></body></html>
"""


def review_ashmoor_page(workspace, tmp_path, *, earlier="Last year", later="This year", knife="126",
                        points="+2.8 points"):
    path = tmp_path / "ashmoor-priorities-update.html"
    path.write_text(ASHMOOR_PAGE.format(earlier=earlier, later=later, knife=knife, points=points),
                    encoding="utf-8")
    return workspace.review(path)


@pytest.mark.parametrize("earlier, later", [("Last year", "This year"), ("Previous year", "Current year"),
                                            ("Same quarter last year", "This quarter")])
def test_a_table_headed_last_year_and_this_year_is_read_by_the_statements_period(seeded_workspace, tmp_path,
                                                                                 earlier, later):
    report = review_ashmoor_page(seeded_workspace, tmp_path, earlier=earlier, later=later)
    assert about_figures(report) == []
    assert {m.text: (m.status, m.period) for m in report.figures if m.text in ("133", "126")} == {
        "133": ("verified", "2025-Q2"), "126": ("verified", "2026-Q2")}


def test_a_wrong_cell_in_a_this_year_column_is_a_wrong_figure(seeded_workspace, tmp_path):
    found = about_figures(review_ashmoor_page(seeded_workspace, tmp_path, knife="162"))
    assert ("wrong-figure", "162 knife or sharp instrument offences in 2026-Q2: the figures give 126 for Ashmoor "
                            "(Home Office police recorded crime)") in found
    assert not [message for kind, message in found if kind == "stale-figure"]


def test_a_change_in_points_in_a_tables_change_column_is_checked_against_its_row(seeded_workspace, tmp_path):
    assert about_figures(review_ashmoor_page(seeded_workspace, tmp_path)) == []
    assert about_figures(review_ashmoor_page(seeded_workspace, tmp_path, points="+3.8 points")) == [
        ("arithmetic", "3.8 points does not follow from 74.8% and 72.0% quoted beside it: the difference is "
                       "+2.8 percentage points")]


def test_points_in_a_table_of_period_columns_are_points_whatever_the_headings(seeded_workspace, tmp_path):
    report = review_ashmoor_page(seeded_workspace, tmp_path, earlier="April to June 2025",
                                 later="April to June 2026")
    assert [(m.kind, m.status) for m in report.figures if m.text == "+2.8 points" or m.text == "2.8 points"] == [
        ("points", "verified")]


def test_a_count_compared_with_in_a_list_within_a_total_is_not_held_to_the_totals_period(seeded_workspace,
                                                                                        tmp_path):
    path = tmp_path / "severnshire-2026-10.txt"
    path.write_text(STATEMENT.format(sentence="Within this total, residential burglaries numbered 672, against "
                                              "699 a year earlier."), encoding="utf-8")
    assert not [f.message for f in seeded_workspace.review(path).findings
                if f.kind == "wrong-figure" and "2026-Q2" in f.message]
