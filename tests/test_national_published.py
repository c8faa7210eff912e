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
from spreadsheets import ons_table, write_csv, write_xlsx

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


def _counts_and_last_years_populations(path: Path) -> Path:
    """Knife offence counts for the year ending June 2024 and populations for
    2022/23: rates worked out with them put the forces in another order, and
    England and Wales at 1,000.0 per 100,000."""
    rows = [["England and Wales", "knife_offences", "YE2024-06", 600_000],
            ["England and Wales", "population", "2022/23", 60_000_000]]
    for number, force in enumerate(FORCES):
        rows.append([force.name, "knife_offences", "YE2024-06", 1000 + number * 10])
        rows.append([force.name, "population", "2022/23", 1_000_000])
    return write_csv(path, rows, ["area", "measure", "period", "value"])


def test_a_rate_published_for_the_period_comes_before_one_worked_out_with_an_earlier_population(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(_table(tmp_path / "p1-jun-2024.xlsx", "June"))
        opened.import_figures(_counts_and_last_years_populations(tmp_path / "counts.csv"))
        statement = tmp_path / "gwent-2024-09.txt"
        statement.write_text(STATEMENT, encoding="utf-8")
        report = opened.review(statement, period="YE2024-06")
        assert {(c.text, c.status) for c in report.ranks} == {("13th lowest", "verified"),
                                                            ("below the England and Wales rate", "verified")}
        assert not [f for f in report.findings if f.kind == "wrong-rank"]
        filled = opened.render_template("serious-violence/knife_national", "YE2024-06", "Gwent").text
        assert filled.startswith("At 55.0 per 100,000 population in the year ending June 2024,")
        assert filled.endswith("below the national rate of 69.8.")
        # With the period's own populations, the rates are worked out from them.
        more = [[force.name, "population", "YE2024-06", 2_000_000] for force in FORCES]
        opened.import_figures(write_csv(tmp_path / "pop.csv", more, ["area", "measure", "period", "value"]))
        own = opened.render_template("serious-violence/knife_rate", "YE2024-06", "Gwent").text
        gwent = 1000 + [force.name for force in FORCES].index("Gwent") * 10
        assert f"stood at {gwent / 20:.1f} per 100,000" in own


def test_a_rank_a_suppressed_rate_stops_names_that_force(tmp_path):
    table = _table(tmp_path / "p1.xlsx", "June")
    import openpyxl
    book = openpyxl.load_workbook(table)
    sheet = book["Table P1"]
    for row in sheet.iter_rows():
        if row[1].value == "Dorset":
            row[2].value = "[c]"
    book.save(table)
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(table)
        statement = tmp_path / "gwent-2024-09.txt"
        statement.write_text(STATEMENT, encoding="utf-8")
        (claim,) = [c for c in opened.review(statement, period="YE2024-06").ranks if c.text == "13th lowest"]
        assert claim.status == "unverifiable"  # 13th or 14th, as Dorset's rate decides
        assert claim.reason == ("needs every force's figures: no knife_offences_per_100k for Dorset in YE2024-06; by "
                                "the others' figures Gwent is between the 13th lowest and the 14th lowest of 43")


def test_a_multiple_of_a_published_national_rate_names_the_measure_once(workspace, tmp_path):
    """The working shown for "0.8 times the England and Wales rate" names the
    rate as "knife_offences per 100,000 population", not by the name a
    published rate is stored under followed by its base again."""
    opened, _ = workspace
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(STATEMENT.replace("the 13th lowest rate of the 43 forces and below the England and Wales "
                                           "rate of 69.8.", "0.8 times the England and Wales rate."), encoding="utf-8")
    report = opened.review(statement, period="YE2024-06")
    [multiple] = [m for m in report.figures if m.text == "0.8"]
    assert multiple.status == "verified"
    assert multiple.derivation == ("knife_offences per 100,000 population, YE2024-06: Gwent 55 / England and Wales "
                                   "69.80 = 0.79 times")
