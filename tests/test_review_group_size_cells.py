"""The size of the group a rank is out of ("Rank of 43" heading a table's
column, "ranked 2nd out of 43") is no figure: it was named as a number
about another area that the force's figures could not check.

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

| Measure | West Midlands | Rank of 43 |
|---|---|---|
| Knife or sharp instrument offences, 2022 | 4,944 | Highest |

In 2022 West Midlands had 169.3 knife offences per 100,000 population, ranked 1st out of 43 in England and Wales.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("group-size")
    with (root / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022",), national=True))
    statement = root / "west-midlands-2023-01.md"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened.review(statement, period="2022")


def test_the_size_of_the_group_a_rank_is_out_of_is_no_figure(report):
    assert {m.status for m in report.figures if m.text == "43"} == {"not-a-figure"}
    assert not [f for f in report.findings if f.kind == "unverified-figure" and f.message.startswith("43")]
    assert {m.text: m.status for m in report.figures}["4,944"] == "verified"
