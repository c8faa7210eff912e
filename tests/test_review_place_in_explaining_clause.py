"""A town named in a clause that explains a force's count ("…to 17,640
offences in the year ending March 2026, driven by theft from the person in
Leeds city centre") does not make the count the town's: the count is
checked against the force's figures, so a wrong one is caught."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
West Yorkshire,neighbourhood_crime,2024/25,16904
West Yorkshire,neighbourhood_crime,2025/26,17640
"""
STATEMENT = """\
West Yorkshire Police and Crime Panel
10 July 2026

Statement on the National Policing Priorities

Reduce neighbourhood crime

Neighbourhood crime rose by 4.4% to 17,640 offences in the year ending March 2026, driven by theft \
from the person in Leeds city centre.

Neighbourhood crime rose by 4.4% to 17,460 offences in the year ending March 2026, mainly because of \
thefts in Bradford.

In Leeds there were 1,210 thefts from the person in the year ending March 2026.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("place-in-explaining-clause")
    (root / "west-yorkshire.csv").write_text(FIGURES, encoding="utf-8")
    statement = root / "west-yorkshire-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "west-yorkshire.csv")
        yield opened.review(statement, area="West Yorkshire", period="2025/26")


def _status(report, text: str) -> str:
    [mention] = [m for m in report.figures if m.text == text]
    return mention.status


def test_a_count_explained_by_a_town_is_the_forces(report):
    assert _status(report, "17,640") == "verified"


def test_a_wrong_count_explained_by_a_town_is_caught(report):
    assert _status(report, "17,460") == "wrong"


def test_a_count_said_of_the_town_is_still_left_unchecked(report):
    assert _status(report, "1,210") == "unverified"
    [message] = [f.message for f in report.findings if f.message.startswith("1,210")]
    assert "Leeds" in message
