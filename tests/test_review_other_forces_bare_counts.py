"""Other forces' bare counts after the force's own ("Neighbourhood crime
rose by 1.9% to 9,726 offences … Cheshire recorded 11,991 and Lancashire
9,525") are each held to that force's figures, the first as the last, and
so is one given with the same noun ("Cheshire recorded 11,991 offences"),
as "such offences" or "in the same period", or with its period alone ("In
Cheshire, neighbourhood crime rose to 12,991 in the year ending March 2026")."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Merseyside,neighbourhood_crime,2024/25,9545
Merseyside,neighbourhood_crime,2025/26,9726
Cheshire,neighbourhood_crime,2025/26,11991
Lancashire,neighbourhood_crime,2025/26,9525
Metropolitan Police,neighbourhood_crime,2025/26,44187
"""
OPENING = "Neighbourhood crime rose by 1.9% to 9,726 offences in the year ending March 2026."
SENTENCES = [
    "Cheshire recorded 19,991 and Lancashire 9,525.",
    "Cheshire recorded 11,991 and Lancashire 9,255.",
    "Cheshire recorded 18,991 offences.",
    "Cheshire recorded 17,991 and arrested 12 people.",
    "Cheshire recorded 16,991 such offences and Lancashire 9,552 in the same period.",
    "In Cheshire, neighbourhood crime rose to 12,991 in the year ending March 2026.",
    "In Cheshire, neighbourhood crime rose to 13,991 in the year ending March 2026 as thefts rose.",
    "Cheshire recorded 14,991 and the Met 44,187.",
]


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("other-forces-bare-counts")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    paragraphs = "\n\n".join(f"{OPENING} {sentence}" for sentence in SENTENCES)
    statement = root / "merseyside-2026-07.txt"
    statement.write_text("Merseyside Police and Crime Panel\n9 July 2026\n\nStatement on the National Policing "
                         f"Priorities\n\nReduce neighbourhood crime\n\n{paragraphs}\n", encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened.review(statement, area="Merseyside", period="2025/26")


def _status(report, text: str) -> str:
    [mention] = [m for m in report.figures if m.text == text]
    return mention.status


def test_the_first_of_two_forces_bare_counts_is_held_to_its_figures(report):
    assert _status(report, "19,991") == "wrong"
    [message] = [f.message for f in report.findings if f.message.startswith("19,991")]
    assert "Cheshire's neighbourhood crime for 2025/26" in message and "11,991" in message


def test_each_force_of_the_two_is_verified_or_called_wrong(report):
    assert _status(report, "9,525") == "verified"
    assert _status(report, "9,255") == "wrong"
    assert _status(report, "11,991") == "verified"


def test_a_count_given_with_the_same_noun_is_held_to_the_force(report):
    assert _status(report, "18,991") == "wrong"


def test_a_count_followed_by_more_of_its_own_clause_is_left_alone(report):
    assert _status(report, "17,991") == "unverified"


def test_such_offences_in_the_same_period_are_held_to_the_force(report):
    assert _status(report, "16,991") == "wrong"
    assert _status(report, "9,552") == "wrong"


def test_a_count_followed_by_its_period_alone_is_held_to_the_force(report):
    assert _status(report, "12,991") == "wrong"
    assert _status(report, "13,991") == "unverified"


def test_a_count_followed_by_the_next_force_after_the_is_held_to_the_force(report):
    assert _status(report, "14,991") == "wrong"
    assert _status(report, "44,187") == "verified"
