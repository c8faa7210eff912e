"""A figure a later release revised: a statement quoting it as it stood is
not called wrong, and the stale-figure warning says which release revised
it and to what; a number no release gave is still a wrong figure."""

from __future__ import annotations

import pytest

import drafter

FIRST = """\
area,measure,period,value,unit,source
Derbyshire,homicides,2025-Q1,4,count,Derbyshire Constabulary
Derbyshire,homicides,2024-Q1,2,count,Derbyshire Constabulary
Derbyshire,neighbourhood_crime,2025-Q2,1948,count,Derbyshire Constabulary
Derbyshire,neighbourhood_crime,2024-Q2,2099,count,Derbyshire Constabulary
Derbyshire,victim_satisfaction,2025-Q2,71.7,%,Victim survey
"""
REVISED = FIRST.replace("2025-Q1,4,", "2025-Q1,5,").replace("2025-Q2,1948,", "2025-Q2,1962,") \
    .replace("2025-Q2,71.7,", "2025-Q2,71.9,")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("revised")
    (root / "release-1.csv").write_text(FIRST, encoding="utf-8")
    (root / "release-2.csv").write_text(REVISED, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "release-1.csv")
        opened.import_figures(root / "release-2.csv")
        yield opened, root


def _review(workspace, period: str, covers: str, body: str):
    opened, root = workspace
    statement = root / "derbyshire.txt"
    statement.write_text("Derbyshire Police and Crime Panel\n\nSeptember 2025\n\n"
                         "Title: National Policing Priorities – Derbyshire Police and Crime Commissioner Statement\n\n"
                         f"Introduction\n\n1. This statement covers {covers}.\n\n{body}\n", encoding="utf-8")
    return opened.review(statement, period=period)


def test_a_count_as_first_published_is_stale_naming_the_release_not_wrong(workspace):
    report = _review(workspace, "2025-Q1", "January to March 2025",
                     "Reduce murder and other homicide\n\n"
                     "2. There were 4 homicides in Derbyshire in January to March 2025, "
                     "compared with 2 in January to March 2024.")
    assert not [f for f in report.findings if f.kind == "wrong-figure"]
    [stale] = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert stale.startswith("4 (homicides, 2025-Q1) was the figure before release-2.csv (imported ")
    assert "revised it to 5" in stale


def test_a_percentage_and_a_count_as_first_published_are_stale(workspace):
    report = _review(workspace, "2025-Q2", "April to June 2025",
                     "Reduce neighbourhood crime\n\n"
                     "2. 1,948 neighbourhood crimes were recorded in April to June 2025, compared with 2,099 "
                     "in April to June 2024.\n\n"
                     "Improve victim satisfaction\n\n"
                     "3. 71.7% of victims surveyed in April to June 2025 were satisfied.")
    assert not [f for f in report.findings if f.kind == "wrong-figure"]
    stale = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert any(m.startswith("1,948 (neighbourhood crime, 2025-Q2)") and "revised it to 1,962" in m
               for m in stale)
    assert any(m.startswith("71.7% (victim satisfaction, 2025-Q2)") and "revised it to 71.9%" in m
               for m in stale)


def test_a_change_from_counts_quoted_beside_it_as_first_published_is_stale_like_them(workspace):
    report = _review(workspace, "2025-Q2", "April to June 2025",
                     "Reduce neighbourhood crime\n\n"
                     "2. Derbyshire recorded 1,948 neighbourhood crimes in April to June 2025, 7.2% fewer than "
                     "in April to June 2024 (2,099).")
    assert not [f for f in report.findings if f.kind in ("wrong-figure", "unverified-figure", "arithmetic")]
    stale = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert any(m.startswith("1,948 (neighbourhood crime, 2025-Q2)") for m in stale)
    assert any(m.startswith("7.2% for neighbourhood crime was the change before release-2.csv (imported ")
               and "now the figures went from 2,099 in 2024-Q2 to 1,962 in 2025-Q2 (-6.5%)" in m for m in stale)


def test_a_number_no_release_gave_is_still_wrong(workspace):
    report = _review(workspace, "2025-Q1", "January to March 2025",
                     "Reduce murder and other homicide\n\n"
                     "2. There were 6 homicides in Derbyshire in January to March 2025.")
    [wrong] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert wrong.startswith("6 homicides in 2025-Q1: the figures give 5")


def test_removing_a_figure_forgets_its_earlier_values(tmp_path):
    (tmp_path / "release-1.csv").write_text(FIRST, encoding="utf-8")
    (tmp_path / "release-2.csv").write_text(REVISED, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "release-1.csv")
        opened.import_figures(tmp_path / "release-2.csv")
        opened.remove_figures(area="Derbyshire", period="2025-Q1")
        (tmp_path / "release-3.csv").write_text(
            "area,measure,period,value\nDerbyshire,homicides,2025-Q1,5\n", encoding="utf-8")
        opened.import_figures(tmp_path / "release-3.csv")
        statement = tmp_path / "derbyshire.txt"
        statement.write_text("Derbyshire Police and Crime Panel\n\nJune 2025\n\nIntroduction\n\n"
                             "1. This statement covers January to March 2025.\n\nReduce murder and other homicide\n\n"
                             "2. There were 4 homicides in Derbyshire in January to March 2025.\n", encoding="utf-8")
        report = opened.review(statement, period="2025-Q1")
    assert [f.kind for f in report.findings if f.kind in ("wrong-figure", "stale-figure")] == ["wrong-figure"]


def test_a_rate_worked_out_before_the_population_was_rebased_is_stale_not_wrong(tmp_path):
    first = ("area,measure,period,value,unit\nDerbyshire,knife_offences,2024,616,count\n"
             "Derbyshire,population,2024,1075300,persons\n")
    (tmp_path / "figures.csv").write_text(first, encoding="utf-8")
    (tmp_path / "population-rebased.csv").write_text(
        "area,measure,period,value,unit\nDerbyshire,population,2024,1082000,persons\n", encoding="utf-8")
    statement = tmp_path / "derbyshire.txt"
    statement.write_text("Derbyshire Police and Crime Panel\n\nMarch 2025\n\nIntroduction\n\n"
                         "1. This statement covers 2024.\n\nReduce serious violence\n\n"
                         "2. There were 616 knife offences across 2024, a rate of 57.3 per 100,000 residents.\n",
                         encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "figures.csv")
        opened.import_figures(tmp_path / "population-rebased.csv")
        report = opened.review(statement, period="2024")
    assert not [f for f in report.findings if f.kind in ("arithmetic", "wrong-figure")]
    [stale] = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert stale.startswith("57.3 per 100,000 for knife offences was worked out with the population for 2024 "
                            "before population-rebased.csv (imported ")
    assert "(1,075,300); with 1,082,000 it is 56.9" in stale


def test_a_change_worked_out_before_a_re_issue_is_stale_not_an_arithmetic_error(tmp_path):
    (tmp_path / "figures.csv").write_text(
        "area,measure,period,value\nDerbyshire,residential_burglary,2024-Q1,696\n"
        "Derbyshire,residential_burglary,2025-Q1,644\n", encoding="utf-8")
    (tmp_path / "late-crimes.csv").write_text(
        "area,measure,period,value\nDerbyshire,residential_burglary,2025-Q1,652\n", encoding="utf-8")
    statement = tmp_path / "derbyshire.txt"
    statement.write_text("Derbyshire Police and Crime Panel\n\nJune 2025\n\nIntroduction\n\n"
                         "1. This statement covers January to March 2025.\n\nReduce neighbourhood crime\n\n"
                         "2. Residential burglary fell by 7.5% on the same quarter last year.\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "figures.csv")
        opened.import_figures(tmp_path / "late-crimes.csv")
        report = opened.review(statement, period="2025-Q1")
    assert not [f for f in report.findings if f.kind in ("arithmetic", "direction", "wrong-figure")]
    [stale] = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert stale.startswith("7.5% for residential burglary was the change before late-crimes.csv (imported ")
    assert "revised its figures: now the figures went from 696 in 2024-Q1 to 652 in 2025-Q1 (-6.3%)" in stale


def test_a_rank_that_held_before_a_re_issue_is_stale_not_wrong(tmp_path):
    import all_forces

    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        all_forces.import_all(opened, tmp_path)
        # Late-recorded offences take Derbyshire from 26th (1,319) past Merseyside's 1,345.
        all_forces.import_all(opened, tmp_path, name="re-issue.csv",
                              values={("Derbyshire", "knife_offences", "2022"): 1352})
        statement = tmp_path / "derbyshire.txt"
        statement.write_text("Derbyshire Police and Crime Panel\n\nJune 2023\n\nIntroduction\n\n"
                             "1. This statement covers 2022.\n\nReduce serious violence\n\n"
                             "2. Derbyshire recorded the 26th highest number of knife offences of the 43 forces "
                             "in 2022.\n", encoding="utf-8")
        report = opened.review(statement, period="2022")
    assert not [f for f in report.findings if f.kind == "wrong-rank"]
    [stale] = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert stale.startswith("'26th highest': held before re-issue.csv (imported ")
    assert "revised the figures, not since: Derbyshire is the 25th highest" in stale


def _reviewed_after_a_rebase(tmp_path, sentence: str, derbyshire: tuple[int, int] | None = None):
    """A 2022 statement giving ``sentence``, reviewed after every force's population was
    rebased by 2% (Derbyshire's from ``derbyshire[0]`` to ``derbyshire[1]`` when given)."""
    import all_forces

    rebased = {(force, "population", "2022"): round(all_forces.made_up(force, "population", "2022") * 1.02)
               for force in all_forces.FORCE_NAMES}
    first = {}
    if derbyshire is not None:
        first[("Derbyshire", "population", "2022")], rebased[("Derbyshire", "population", "2022")] = derbyshire
    statement = tmp_path / "derbyshire.txt"
    statement.write_text("Derbyshire Police and Crime Panel\n\nJune 2023\n\nIntroduction\n\n"
                         "1. This statement covers 2022.\n\nReduce serious violence\n\n"
                         f"2. {sentence}\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        all_forces.import_all(opened, tmp_path, national=True, values=first)
        all_forces.import_all(opened, tmp_path, name="rebased.csv", national=True, values=rebased)
        return opened.review(statement, period="2022")


def test_a_national_rate_before_the_populations_were_rebased_is_stale_not_wrong(tmp_path):
    report = _reviewed_after_a_rebase(tmp_path, "Derbyshire recorded 1,319 knife offences in 2022, above the England "
                                                "and Wales rate of 89.0 per 100,000.")
    assert not [f for f in report.findings if f.kind == "wrong-rank"]
    [stale] = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert stale.startswith("89.0 was held before rebased.csv (imported ")
    assert "revised the figures, not since: given as the national figure" in stale


def test_the_forces_own_rate_beside_the_national_one_is_its_own_and_stale_after_a_rebase(tmp_path):
    report = _reviewed_after_a_rebase(tmp_path, "Derbyshire recorded 1,319 knife offences in 2022, a rate of 99.0 "
                                                "per 100,000 residents, above the England and Wales rate of 89.0 "
                                                "per 100,000.", derbyshire=(1_332_000, 1_358_640))
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "wrong-figure", "arithmetic")]
    stale = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert any(m.startswith("99.0 per 100,000 for knife offences was worked out with the population for 2022 before "
                            "rebased.csv") and "with 1,358,640 it is 97.1" in m for m in stale), stale


def test_last_quarters_count_as_first_published_left_in_says_which_release_revised_it(tmp_path):
    """287 knife offences was April to June 2026's figure until a later release made it 291; left in a
    statement on July to September 2026 it is wrong, and the finding says where 287 came from."""
    first = ("area,measure,period,value,unit,source\n"
             "Lancashire,knife_offences,2026-Q2,287,count,Lancashire Constabulary\n"
             "Lancashire,knife_offences,2026-Q3,301,count,Lancashire Constabulary\n")
    (tmp_path / "release-1.csv").write_text(first, encoding="utf-8")
    (tmp_path / "release-2.csv").write_text(first.replace(",287,", ",291,"), encoding="utf-8")
    statement = tmp_path / "lancashire.txt"
    statement.write_text("Lancashire Police and Crime Panel\n\nDecember 2026\n\nTitle: National Policing Priorities\n\n"
                         "Introduction\n\n1. This statement covers July to September 2026.\n\n"
                         "Reduce serious violence\n\n2. There were 287 knife and sharp instrument offences in "
                         "July to September 2026.\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "release-1.csv")
        opened.import_figures(tmp_path / "release-2.csv")
        report = opened.review(statement)
    [wrong] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert wrong.startswith("287 knife and sharp instrument offences in 2026-Q3: the figures give 301 for Lancashire "
                            "(Lancashire Constabulary); 287 was the figure for 2026-Q2 before release-2.csv (imported ")
    assert wrong.endswith(") revised it")
