"""Another force's figure quoted beside the force's own ("The Metropolitan
Police recorded 14,029 knife offences over the same period"): with every
force's figures loaded it is held to that force's figures, a wrong one an
error naming them, where every such number was left unverified as another
area's. A bare count after the force's own ("Greater Manchester recorded
1,992.") is that count's measure and period, and a force compared with
("fewer than South Wales (3,194 knife offences)") is held to its figure for
the sentence's period; both were left unverified. A number the sentence
gives no other force clearly (named after it, in another clause, or with no
measure beside it or before it) is left as before.

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import csv

import all_forces
import pytest

import drafter

HEAD = """West Midlands Police and Crime Commissioner
Statement on the National Policing Priorities
January 2023

Reduce serious violence

"""


def _count(force):
    return f"{all_forces.made_up(force, 'knife_offences', '2022'):,}"


def _rate(force):
    made_up = all_forces.made_up
    return f"{made_up(force, 'knife_offences', '2022') / made_up(force, 'population', '2022') * 100_000:.1f}"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("other-forces")
    with (root / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022",), national=True))
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _review(workspace, body):
    opened, root = workspace
    path = root / "west-midlands-2023-01.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    report = opened.review(path, period="2022")
    return {m.text: m.status for m in report.figures}, report


def test_another_forces_right_count_and_rate_are_verified(workspace):
    status, report = _review(workspace, f"The Metropolitan Police recorded {_count('Metropolitan Police')} knife "
                                        f"offences in 2022, a rate of {_rate('Metropolitan Police')} per 100,000, "
                                        f"and Greater Manchester recorded {_count('Greater Manchester')} knife "
                                        "offences.")
    assert status[_count("Metropolitan Police")] == status[_rate("Metropolitan Police")] == "verified"
    assert status[_count("Greater Manchester")] == "verified"
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "wrong-figure")]


def test_another_forces_wrong_count_is_an_error_naming_its_figure(workspace):
    status, report = _review(workspace, "In 2022 Greater Manchester recorded 9,999 knife offences.")
    assert status["9,999"] == "wrong"
    [message] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert message.startswith(f"9,999 is given as Greater Manchester's knife offences for 2022, but its figures "
                              f"give {_count('Greater Manchester')}")


@pytest.mark.parametrize("sentence", [
    "In 2022 the force recorded 4,944 knife offences, compared with 9,999 knife offences in Greater Manchester.",
    "In 2022 the force recorded 4,944 knife offences, against 9,999 in Greater Manchester.",
])
def test_a_number_with_the_force_named_right_after_it_is_that_forces(workspace, sentence):
    status, report = _review(workspace, sentence)
    assert status["9,999"] == "wrong"
    [message] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert message.startswith("9,999 is given as Greater Manchester's knife offences for 2022, but its figures give ")


def test_a_rate_with_the_force_named_right_after_it_is_that_forces(workspace):
    status, report = _review(workspace, f"In 2022 the force recorded a rate of {_rate('West Midlands')} knife "
                                        f"offences per 100,000, against {_rate('Greater Manchester')} in Greater "
                                        "Manchester and 999.9 per 100,000 in Kent.")
    assert status[_rate("Greater Manchester")] == "verified"
    assert status["999.9"] == "wrong"
    assert [f.message.split(",")[0] for f in report.findings if f.kind == "wrong-figure"] == \
        ["999.9 is given as Kent's knife offences per 100"]


def test_rates_listed_after_the_forces_own_are_each_the_named_forces(workspace):
    status, report = _review(workspace, f"In 2022 the rate of knife offences was {_rate('West Midlands')} per "
                                        f"100,000 in the West Midlands, {_rate('Greater Manchester')} in Greater "
                                        f"Manchester and {_rate('Kent')} in Kent.")
    assert status[_rate("West Midlands")] == status[_rate("Greater Manchester")] == status[_rate("Kent")] == "verified"
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "wrong-figure", "arithmetic")]


def test_a_wrong_rate_in_such_a_list_names_the_forces_rate_as_written(workspace):
    status, report = _review(workspace, f"In 2022 the rate of knife offences was {_rate('West Midlands')} per "
                                        "100,000 in the West Midlands, 12.3 in Greater Manchester and "
                                        f"{_rate('Kent')} in Kent.")
    assert status["12.3"] == "wrong"
    [message] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert message.startswith("12.3 is given as Greater Manchester's knife offences per 100,000 for 2022, but its "
                              f"figures give {_rate('Greater Manchester')} (")


@pytest.mark.parametrize("sentence", [
    "In 2022 the force recorded 4,944 knife offences, 9,999 fewer than in Greater Manchester.",
    "In 2022 Greater Manchester recorded 9,999.",
    "In 2022 Greater Manchester recorded more knife offences; the force recorded 9,999 knife offences in all.",
])
def test_a_number_given_no_other_force_clearly_is_left_unverified(workspace, sentence):
    status, report = _review(workspace, sentence)
    assert status["9,999"] in ("unverified", "wrong")
    assert not [f for f in report.findings if "Greater Manchester's" in f.message]


def test_a_bare_count_after_the_forces_own_is_the_same_measure_and_period(workspace):
    own = "In 2022 the West Midlands recorded 4,944 knife offences."
    status, report = _review(workspace, f"{own} Greater Manchester recorded {_count('Greater Manchester')}.")
    assert status[_count("Greater Manchester")] == "verified"
    status, report = _review(workspace, f"{own} Greater Manchester recorded 9,999.")
    [message] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert message.startswith("9,999 is given as Greater Manchester's knife offences for 2022, but its figures "
                              f"give {_count('Greater Manchester')}")


def test_a_count_followed_by_more_words_is_not_given_the_measure_before(workspace):
    status, report = _review(workspace, "In 2022 the West Midlands recorded 4,944 knife offences. Greater "
                                        "Manchester recorded 9,999 calls about them.")
    assert status["9,999"] != "wrong"
    assert not [f for f in report.findings if "Greater Manchester's" in f.message]


@pytest.mark.parametrize("written", ["fewer than South Wales ({} knife offences)", "more than South Wales ({})"])
def test_a_force_compared_with_is_held_to_its_figure_for_the_same_period(workspace, written):
    own = "In 2022 the West Midlands recorded 4,944 knife offences, "
    status, report = _review(workspace, own + written.format(_count("South Wales")) + ".")
    assert status[_count("South Wales")] == "verified"
    status, report = _review(workspace, own + written.format("3,234") + ".")
    [message] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert message.startswith("3,234 is given as South Wales's knife offences for 2022, but its figures give "
                              f"{_count('South Wales')}")


@pytest.fixture(scope="module")
def neighbours(tmp_path_factory):
    """Cheshire and its neighbours' figures, victim satisfaction among them (made up)."""
    from pathlib import Path
    root = tmp_path_factory.mktemp("neighbours")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(Path(__file__).parent / "fixtures" / "panel-neighbours-figures.csv")
        yield opened, root


def _review_neighbours(neighbours, body):
    opened, root = neighbours
    path = root / "cheshire-2026-11.txt"
    path.write_text("Cheshire Police and Crime Panel\n\nNovember 2026\n\nTitle: National Policing Priorities, "
                    "July to September 2026\n\nImprove victim satisfaction\n\n" + body + "\n", encoding="utf-8")
    report = opened.review(path, area="Cheshire")
    return {m.text: m.status for m in report.figures}, report


def test_another_forces_percentage_is_held_to_its_figures(neighbours):
    status, report = _review_neighbours(
        neighbours, "In North Wales, 76.9% of victims were satisfied with the service in July to September 2026. "
                    "Staffordshire Police reported victim satisfaction of 79.4% in July to September 2026.")
    assert status["76.9%"] == "verified"
    assert status["79.4%"] == "wrong"
    [message] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert message.startswith("79.4% is given as Staffordshire's victim satisfaction for 2026-Q3, but its figures "
                              "give 73.4%")


def test_another_forces_change_in_per_cent_is_not_held_to_its_count(neighbours):
    status, report = _review_neighbours(
        neighbours, "Staffordshire Police recorded 162 knife offences in July to September 2026, down 8.0% on a "
                    "year earlier.")
    assert status["162"] == "verified"
    assert not [f for f in report.findings if f.kind == "wrong-figure"]


@pytest.mark.parametrize("sentence, text, status", [
    ("Staffordshire Police recorded 124 knife offences in July to September 2026.", "124", "wrong"),
    ("Greater Manchester Police recorded 124 knife offences in July to September 2026.", "124", "unverified"),
    ("Victim satisfaction in Merseyside was 75.1% in July to September 2026.", "75.1%", "wrong"),
])
def test_another_forces_number_equal_to_the_forces_own_is_not_verified_as_its_own(neighbours, sentence, text,
                                                                                 status):
    # Cheshire's knife offences (124) and victim satisfaction (75.1%) for the quarter, said of other forces,
    # where they were verified as Cheshire's.
    found, _ = _review_neighbours(neighbours, sentence)
    assert found[text] == status
