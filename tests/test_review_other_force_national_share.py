"""Another force's share of the nation's count, in a statement by a force
("The Met accounted for 21.8% of all knife offences in England and Wales"),
is held to that force's figures, and a wrong one named as that force's, where
it was left unverified (the figures are made up)."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Lancashire,knife_offences,2025/26,432
Metropolitan Police,knife_offences,2025/26,6762
England and Wales,knife_offences,2025/26,34105
"""
STATEMENT = """\
Lancashire Police and Crime Panel
6 July 2026

Statement on the National Policing Priorities

Reduce serious violence

Knife or sharp instrument offences rose to 432 in the year ending March 2026.

The Met accounted for 19.8% of all knife offences in England and Wales in the year ending March 2026.

The Met accounted for 21.8% of all knife offences in England and Wales in the year ending March 2026.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("other-force-national-share")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    statement = root / "lancashire-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened.review(statement, area="Lancashire", period="2025/26")


def test_another_forces_share_of_the_nation_is_held_to_its_figures(report):
    status = {m.text: m.status for m in report.figures}
    assert status["19.8%"] == "verified"
    assert status["21.8%"] == "wrong"


def test_a_wrong_share_names_that_force(report):
    [message] = [f.message for f in report.findings if f.message.startswith("21.8%")]
    assert message.startswith("21.8% is given as Metropolitan Police's share of the knife offences")
    assert "19.8%" in message
