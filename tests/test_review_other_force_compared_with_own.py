"""Another force's rate set against the force's own after it ("Surrey's knife
crime rate was 40.0 per 100,000, lower than Kent's 83.5") is Surrey's, held
to Surrey's figures, never to Kent's: the force named after "than" is what
the number is compared with (the figures are made up)."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Kent,knife_offences,2025/26,1570
Kent,population,2024,1880163
Surrey,knife_offences,2025/26,488
Surrey,population,2024,1219770
"""
STATEMENT = """\
Kent and Medway Police and Crime Panel
8 July 2026

Statement on the National Policing Priorities

Reduce serious violence

Knife or sharp instrument offences fell to 1,570 in the year ending March 2026, a rate of 83.5 per 100,000 \
population. Surrey's knife crime rate was 40.0 per 100,000, lower than Kent's 83.5. Surrey's knife crime rate \
was 45.0 per 100,000, lower than Kent's 83.5.

Knife or sharp instrument offences fell to 1,570 in the year ending March 2026. The rate in Surrey was 41.0 per 100,000.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("other-force-compared-with-own")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    statement = root / "kent-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened.review(statement, area="Kent", period="2025/26")


def _mention(report, text: str):
    [mention] = [m for m in report.figures if m.text == text]
    return mention


def test_another_forces_rate_compared_with_the_own_is_held_to_that_force(report):
    assert _mention(report, "40.0").status == "verified"
    assert _mention(report, "40.0").derivation.startswith("Surrey:")


def test_a_wrong_one_names_that_force_not_the_own(report):
    assert _mention(report, "45.0").status == "wrong"
    [message] = [f.message for f in report.findings if f.message.startswith("45.0")]
    assert "Surrey's" in message and "83.5" not in message


def test_another_forces_rate_naming_no_measure_is_of_the_measure_named_before(report):
    """"… knife … offences fell to 1,570. The rate in Surrey was 41.0 per 100,000": Surrey's knife rate."""
    assert _mention(report, "41.0").status == "wrong"
    assert _mention(report, "41.0").derivation.startswith("Surrey: knife_offences per 100,000")
