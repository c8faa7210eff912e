"""A force's count written with the measure first ("Neighbourhood crime in
Gwent totalled 5,300 in 2025/26", "The number of knife offences in
Lincolnshire was 312 …") is held to the stored figure for the period named,
as "5,300 neighbourhood crimes in 2025/26" is; words that make it a part of
the measure, or a difference, leave it unjudged."""

from __future__ import annotations

import pytest

import drafter

THIS_YEAR = """\
Area name,Neighbourhood crime,Knife or sharp instrument offences,Population
Gwent,5100,396,600000
Lincolnshire,5070,351,780000
"""
LAST_YEAR = """\
Area name,Neighbourhood crime,Knife or sharp instrument offences,Population
Gwent,5700,450,600000
Lincolnshire,5460,312,780000
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("measure-first")
    (root / "ye-mar-2026.csv").write_text("Table 1: year ending March 2026\n\n" + THIS_YEAR, encoding="utf-8")
    (root / "ye-mar-2025.csv").write_text("Table 1: year ending March 2025\n\n" + LAST_YEAR, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        for name in ("ye-mar-2026.csv", "ye-mar-2025.csv"):
            opened.import_figures(root / name)
        yield opened, root


def _review(workspace, force: str, body: str):
    opened, root = workspace
    statement = root / f"{force.lower()}.txt"
    statement.write_text(f"{force} Police and Crime Commissioner\nStatement on the National Policing Priorities\n"
                         "June 2026\n\nThis statement covers the year ending March 2026.\n\n"
                         f"Reduce Neighbourhood Crime\n\n{body}\n", encoding="utf-8")
    return opened.review(statement, period="2025/26")


def _wrong(report) -> list[str]:
    return [f.message for f in report.findings if f.kind == "wrong-figure"]


@pytest.mark.parametrize("sentence", [
    "Neighbourhood crime in Gwent totalled 5,300 in 2025/26.",
    "Neighbourhood crime in Gwent totalled 5,300 offences in 2025/26.",
    "Neighbourhood crimes in Gwent numbered 5,300 in the year ending March 2026.",
    "The number of neighbourhood crimes in Gwent was 5,300 in 2025/26.",
    "The number of neighbourhood crimes recorded in Gwent in 2025/26 was 5,300.",
    "The total number of neighbourhood crimes in Gwent in the year ending March 2026 was 5,300.",
    "Neighbourhood crime across Gwent stood at 5,300 in 2025/26.",
    "Gwent recorded 5,300 neighbourhood crime offences in 2025/26.",
])
def test_a_wrong_count_named_after_its_measure_is_a_wrong_figure(workspace, sentence):
    report = _review(workspace, "Gwent", sentence)
    [message] = _wrong(report)
    assert "5,300" in message and "the figures give 5,100 for Gwent" in message
    assert not any("in any period" in f.message for f in report.findings)


def test_last_years_count_written_measure_first_is_wrong_and_named_as_last_years(workspace):
    report = _review(workspace, "Lincolnshire",
                     "Knife crime in Lincolnshire totalled 360 offences in 2025/26.\n\n"
                     "The number of knife or sharp instrument offences in Lincolnshire was 312 "
                     "in the year ending March 2026.")
    wrong = _wrong(report)
    assert len(wrong) == 2 and all("the figures give 351 for Lincolnshire" in message for message in wrong)
    assert "312 is the figure for 2024/25" in wrong[1]


def test_a_count_of_a_measure_named_in_the_singular_names_the_measure_first(workspace):
    report = _review(workspace, "Lincolnshire", "Knife crime in Lincolnshire totalled 360 offences in 2025/26.\n\n"
                                                "Lincolnshire recorded 360 knife crime offences in 2025/26.")
    assert [message.split(" (")[0] for message in _wrong(report)] == [
        "knife crime: 360 in 2025/26, where the figures give 351 for Lincolnshire"] * 2
    report = _review(workspace, "Lincolnshire", "Knife offences in Lincolnshire numbered 360 in 2025/26.")
    assert _wrong(report)[0].startswith("360 knife offences in 2025/26: the figures give 351 for Lincolnshire")


def test_the_right_count_written_measure_first_is_verified(workspace):
    report = _review(workspace, "Lincolnshire",
                     "The number of knife or sharp instrument offences in Lincolnshire was 351 "
                     "in the year ending March 2026.\n\n"
                     "Neighbourhood crime in Lincolnshire totalled 5,070 in 2025/26, against 5,460 in 2024/25.")
    status = {m.text: m.status for m in report.figures}
    assert status["351"] == status["5,070"] == status["5,460"] == "verified"
    assert not _wrong(report)


@pytest.mark.parametrize("sentence", [
    "Neighbourhood crime in Newport totalled 1,200 in 2025/26.",
    "Neighbourhood crime involving a vehicle in Gwent totalled 1,200 offences in 2025/26.",
    "Residential neighbourhood crime in Gwent totalled 2,300 in 2025/26.",
    "The number of neighbourhood crimes solved in Gwent was 300 in 2025/26.",
    "The number of arrests for neighbourhood crime in Gwent was 800 in 2025/26.",
    "Neighbourhood crime in Gwent was 600 lower in 2025/26 than in 2024/25.",
    "Neighbourhood crime in Gwent was 600 fewer in 2025/26 than a year earlier.",
    "Neighbourhood crime in Gwent totalled 5,300 calls in 2025/26.",
    "Neighbourhood crime in Gwent was around 5,300 in 2025/26.",
])
def test_a_part_of_the_measure_or_a_difference_is_not_held_to_the_measures_count(workspace, sentence):
    assert not _wrong(_review(workspace, "Gwent", sentence))
