"""A count for the force's region ("Across the North West there were 2,916
knife offences") is the region's, never held to the force's own figure; "the
North West Regional Organised Crime Unit" names a unit, and its sentence's
counts stay the force's (the figures are made up)."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Lancashire,knife_offences,2024/25,402
Lancashire,knife_offences,2025/26,432
"""
STATEMENT = """\
Lancashire Police and Crime Panel
6 July 2026

Statement on the National Policing Priorities

Reduce serious violence

Knife or sharp instrument offences rose by 7.5% to 432 in the year ending March 2026. Across the North West \
there were 2,916 knife offences in the same period.

With the North West Regional Organised Crime Unit, the force recorded 423 knife offences in the year ending \
March 2026.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("region-total")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    statement = root / "lancashire-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened.review(statement, area="Lancashire", period="2025/26")


def _mention(report, text: str):
    [mention] = [m for m in report.figures if m.text == text]
    return mention


def test_a_regions_count_is_not_held_to_the_forces(report):
    assert _mention(report, "2,916").status == "unverified"
    [message] = [f.message for f in report.findings if f.message.startswith("2,916")]
    assert "another area" in message and "Lancashire" not in message.split(":")[0]
    assert not [f for f in report.findings if f.kind == "wrong-figure" and "2,916" in f.message]


def test_a_regional_unit_leaves_the_count_the_forces(report):
    assert _mention(report, "423").status == "wrong"
