"""Rates as the ONS police force area tables publish them ("Knife or sharp
instrument offences per 100,000 population", "Neighbourhood crime per 1,000
population"), with England and Wales on the first row: a force's own
published rate quoted in a statement is verified, ranked and set against the
national rate, and rolled on to the next table.

The workbooks are built at test time in the ONS layout (title and note rows,
area codes, regions between their forces); the rates are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spreadsheets import ons_table, write_xlsx

import drafter
from drafter.forces import FORCES

COLUMNS = ["Knife or sharp instrument offences per 100,000 population", "Neighbourhood crime per 1,000 population"]
# Gwent's own rates and England and Wales's, for the years ending June and September 2024.
GWENT = {"June": (55.0, 6.1), "September": (58.5, 6.4)}
NATIONAL = {"June": (69.8, 7.9), "September": (68.4, 7.7)}
STATEMENT = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
September 2024

Reduce serious violence

In the year ending June 2024 Gwent recorded 55.0 knife offences per 100,000 population, the 13th lowest rate of \
the 43 forces and below the England and Wales rate of 69.8.

Reduce neighbourhood crime

Neighbourhood crime in Gwent ran at 6.1 per 1,000 population in the year ending June 2024, against 7.9 per 1,000 \
nationally.
"""


def _table(path: Path, month: str) -> Path:
    shift = 0 if month == "June" else 1
    rows = [["K04000001", "England and Wales", *NATIONAL[month]]]
    region = None
    for number, force in enumerate(FORCES):
        if force.region != region:
            region = force.region
            rows.append(["E12000000", region, 70.0, 8.0])
        knife = 40 + (number * 13 + shift) % 60 + 0.5
        crime = 4 + (number * 7 + shift) % 9 + 0.3
        rows.append([f"W1500{number:04d}", force.name, *(GWENT[month] if force.name == "Gwent" else (knife, crime))])
    title = f"Table P1: Police recorded crime rates by police force area, year ending {month} 2024"
    return write_xlsx(path, {"Table P1": ons_table(rows, title, COLUMNS, ["[x] = not available"])})


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("published")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(_table(root / "p1-jun-2024.xlsx", "June"))
        opened.import_figures(_table(root / "p1-sep-2024.xlsx", "September"))
        statement = root / "gwent-2024-09.txt"
        statement.write_text(STATEMENT, encoding="utf-8")
        yield opened, statement


def test_a_forces_published_rate_is_verified_ranked_and_set_against_the_nation(workspace):
    opened, statement = workspace
    report = opened.review(statement, period="YE2024-06")
    figures = {m.text: (m.status, m.derivation) for m in report.figures if m.status != "not-a-figure"}
    assert figures["55.0"] == ("verified", "knife_offences_per_100k, YE2024-06 = 55")
    assert figures["6.1"] == ("verified", "neighbourhood_crime_per_1000, YE2024-06 = 6.10")
    assert figures["69.8"][0] == figures["7.9"][0] == "verified"
    assert {(c.text, c.status) for c in report.ranks} == {("13th lowest", "verified"),
                                                        ("below the England and Wales rate", "verified")}
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "wrong-rank", "unverified-rank")]


def test_published_rates_roll_on_to_the_next_table(workspace):
    opened, statement = workspace
    opened.add_statements([statement])
    draft = opened.new_draft(from_statement=opened.list_statements()[0].id)
    knives, crime = (section.paragraphs[0] for section in (draft.section("serious-violence"),
                                                             draft.section("neighbourhood-crime")))
    assert knives.text.startswith("In the year ending September 2024 Gwent recorded 58.5 knife offences per 100,000 "
                                  "population, the ")
    assert knives.text.endswith("lowest rate of the 43 forces and below the England and Wales rate of 68.4.")
    assert crime.text == ("Neighbourhood crime in Gwent ran at 6.4 per 1,000 population in the year ending "
                          "September 2024, against 7.7 per 1,000 nationally.")
