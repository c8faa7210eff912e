"""A table's column headed by the nation ("Measure | West Midlands |
England and Wales") holds the national figures: each is held to England and
Wales's, where they were named as numbers matching none of the force's
figures ("93.9: no matching figure … as a count").

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import csv

import all_forces
import pytest

import drafter

STATEMENT = """# West Midlands Police and Crime Commissioner
## Statement on the National Policing Priorities, January 2023

## Reduce serious violence

The table sets the force's figures for 2022 beside the nation's.

| Measure | West Midlands | England and Wales |
|---|---|---|
| Knife or sharp instrument offences | 4,944 | {count} |
| Knife offences per 100,000 population | 169.3 | {rate} |
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("national-column")
    with (root / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022",), national=True))
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _review(workspace, count, rate):
    opened, root = workspace
    statement = root / "west-midlands-2023-01.md"
    statement.write_text(STATEMENT.format(count=count, rate=rate), encoding="utf-8")
    report = opened.review(statement, period="2022")
    return {m.text: m.status for m in report.figures}, report


def test_the_nations_column_is_held_to_the_national_figures(workspace):
    status, report = _review(workspace, "72,930", "89.0")
    assert status["72,930"] == status["89.0"] == status["4,944"] == status["169.3"] == "verified"
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "wrong-rank")]


def test_a_wrong_figure_in_the_nations_column_is_an_error(workspace):
    status, report = _review(workspace, "72,930", "95.0")
    assert status["95.0"] == "wrong"
    assert any(f.message.startswith("95.0 is given as the national figure") for f in report.findings)
