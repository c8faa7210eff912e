"""A table of ranks ("Measure | Lancashire | Rank of 43 forces | Most similar
group rank", "18th", "3rd of 8"): review checks each place against every
force's figures as it checks "ranked 18th" (from either end, the count's or
else the rate's), and names those it cannot check; copy forward lists each
for the writer to give for the new period.

The statement and figures are written for the project (the force is real,
its figures invented)."""

from __future__ import annotations

import csv

import all_forces
import pytest

import drafter
from drafter.claims.table_ranks import places_in_table

FIGURES = """\
area,measure,period,value
Lancashire,knife_offences,2026-Q2,262
Lancashire,knife_offences,2026-Q3,249
Lancashire,homicides,2026-Q2,7
Lancashire,homicides,2026-Q3,4
"""

STATEMENT = """\
Lancashire Police and Crime Panel

August 2026

# Statement on the National Policing Priorities, April to June 2026

## Introduction

1. This statement on the National Policing Priorities covers April to June 2026 and is published every quarter.

## Reduce serious violence

| Measure | Lancashire | Rank of 43 forces | Most similar group rank |
|---|---|---|---|
| Knife crime offences | 262 | 18th | 3rd of 8 |
| Homicides | 7 | 21st= | 5th |

2. There were 262 knife crime offences in April to June 2026.
"""


def test_the_places_in_a_tables_rank_columns_are_found_with_their_row_and_column():
    table = ("Measure | Lancashire | Rank of 43 forces | Most similar group rank\n"
             "Knife crime offences | 262 | 18th | 3rd of 8\nHomicides | 7 | 21st= | n/a")
    places = places_in_table(table)
    assert [place.described() for place in places] == [
        "18th (Rank of 43 forces, Knife crime offences)", "3rd of 8 (Most similar group rank, Knife crime offences)",
        "21st= (Rank of 43 forces, Homicides)"]
    assert [table[place.start:place.start + len(place.text)] for place in places] == ["18th", "3rd of 8", "21st="]
    assert places_in_table("Measure | This quarter | Last quarter\nHomicides | 4th | 7") == []


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ranks")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "lancashire-2026-08.md").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as opened:
        opened.import_figures(folder / "figures.csv")
        opened.add_statements([folder / "lancashire-2026-08.md"], force="Lancashire")
        yield opened, folder


def test_without_every_forces_figures_review_says_why_each_place_cannot_be_checked(workspace):
    opened, folder = workspace
    report = opened.review(folder / "lancashire-2026-08.md", area="Lancashire")
    said = [f.message for f in report.findings if f.kind == "unverified-rank"]
    assert said == [
        "'18th (Rank of 43 forces, Knife crime offences)' (knife_offences): cannot be checked: needs every "
        "force's figures: no knife_offences for 42 of the 43 forces in 2026-Q2",
        "'3rd of 8 (Most similar group rank, Knife crime offences)' (knife_offences): cannot be checked: ranks the "
        "force in its most similar group, which drafter has no list of: check it against the group's figures",
        "'21st= (Rank of 43 forces, Homicides)' (homicides): cannot be checked: needs every force's figures: no "
        "homicides for 42 of the 43 forces in 2026-Q2",
        "'5th (Most similar group rank, Homicides)' (homicides): cannot be checked: ranks the force in its most "
        "similar group, which drafter has no list of: check it against the group's figures"]


def test_copy_forward_without_every_forces_figures_lists_each_place_for_the_writer(workspace):
    opened, _ = workspace
    draft = opened.new_draft(from_statement=opened.list_statements()[0].id)
    [table] = [p for p in draft.section("serious-violence").paragraphs if p.kind == "table"]
    assert "249" in table.text and "18th" in table.text
    assert [(entry["text"], entry["reason"]) for entry in table.origin.not_rolled][:2] == [
        ("18th", "'18th (Rank of 43 forces, Knife crime offences)' cannot be worked out for 2026-Q3 (no "
                 "knife_offences figure for 42 of the 43 forces in 2026-Q2): kept as written (2026-Q2)"),
        ("3rd", "'3rd of 8 (Most similar group rank, Knife crime offences)' ranks the force in its most "
                     "similar group, which drafter has no list of: kept as written, check it against the group's "
                     "figures for 2026-Q3")]
    assert [entry["text"] for entry in table.origin.not_rolled] == ["18th", "3rd", "21st=", "5th"]


# Lancashire in the made-up national figures for 2022: 1,140 knife offences, the 28th
# highest count (16th lowest) and the 9th highest rate (118.0 per 100,000) of the 43.
# "Knife crime offences | 1,140 | 28th" under "Rank (1 = lowest)" is wrong: it is 16th from that end.
NATIONAL_STATEMENT = """\
# Lancashire Police and Crime Commissioner
## Statement on the National Policing Priorities, 2022

## Introduction

1. This statement covers the calendar year 2022.

## Reduce serious violence

| Measure | Lancashire | Rank of 43 forces |
|---|---|---|
| Knife crime offences | 1,140 | 28th |
| Knife crime offences per 100,000 | 118.0 | 9th |

| Measure | Lancashire | Rank of 43 forces (1 = lowest) |
|---|---|---|
| Knife crime offences | 1,140 | 16th |
| Knife crime offences per 100,000 | 118.0 | 9th |

| Measure | Lancashire | National rank | Rank | Rank in the North West |
|---|---|---|---|---|
| Knife crime offences | 1,140 | 18th | 12th | 7th |
| Rate of something unnamed | 4.0 | 2nd | 2nd | 2nd |

| Measure | Lancashire | Rank of 43 forces last quarter |
|---|---|---|
| Knife crime offences | 1,140 | 5th |
"""


@pytest.fixture(scope="module")
def national_report(tmp_path_factory):
    folder = tmp_path_factory.mktemp("national-ranks")
    with (folder / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022",), national=True))
    (folder / "lancashire-2022.md").write_text(NATIONAL_STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as opened:
        opened.import_figures(folder / "figures.csv")
        yield opened.review(folder / "lancashire-2022.md", area="Lancashire", period="2022")


def _about(report, cell: str) -> list:
    return [f for f in report.findings if "rank" in f.kind and f.message.startswith(f"'{cell} (")]


def test_a_place_that_holds_of_the_count_or_the_rate_from_either_end_is_verified(national_report):
    for cell in ("28th", "16th"):
        assert _about(national_report, cell) == [], cell
    listed = {claim.to_dict()["text"]: claim.status for claim in national_report.ranks}
    assert listed["28th (Rank of 43 forces, Knife crime offences)"] == "verified"
    assert listed["9th (Rank of 43 forces, Knife crime offences per 100,000)"] == "verified"


def test_a_title_saying_which_end_is_first_is_held_to_that_end(national_report):
    listed = {claim.to_dict()["text"]: claim for claim in national_report.ranks}
    assert listed["16th (Rank of 43 forces (1 = lowest), Knife crime offences)"].status == "verified"
    wrong = listed["9th (Rank of 43 forces (1 = lowest), Knife crime offences per 100,000)"]
    assert wrong.status == "wrong" and "Lancashire is the 35th lowest of 43 forces for knife_offences per 100,000 " \
        "in 2022, not 9th lowest" in wrong.reason


def test_a_wrong_place_is_an_error_naming_where_the_force_stands(national_report):
    [wrong] = _about(national_report, "18th")
    assert wrong.kind == "wrong-rank"
    assert "Lancashire is the 28th highest of 43 forces for knife_offences in 2022, not 18th from either end" \
        in wrong.message
    assert wrong.evidence == "Knife crime offences | 1,140 | 18th | 12th | 7th"


def test_a_column_titled_only_rank_is_left_for_checking_when_it_does_not_hold_among_the_43(national_report):
    [unnamed] = _about(national_report, "12th")
    assert unnamed.kind == "unverified-rank"
    assert "its column's title does not say among which forces it ranks; among the 43, Lancashire is the 28th " \
           "highest" in unnamed.message


def test_a_regions_column_is_held_to_the_forces_of_the_region(national_report):
    [regional] = _about(national_report, "7th")
    assert regional.kind == "wrong-rank"
    assert "there are only 5 forces in the North West region, so none is 7th" in regional.message


def test_a_column_naming_a_period_it_cannot_be_worked_out_for_is_left_for_checking(national_report):
    [place] = _about(national_report, "5th")  # "last quarter" in a statement on a year
    assert place.kind == "unverified-rank" and "no period to check it for" in place.message


def test_a_row_naming_no_measure_says_so(national_report):
    unnamed = _about(national_report, "2nd")
    assert unnamed and all(f.kind == "unverified-rank" and "its row names no measure" in f.message for f in unnamed)


@pytest.fixture(scope="module")
def rolled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rolled-ranks")
    with (folder / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        # In 2023 Lancashire's knife offences rise to 2,400, which moves it up both tables.
        writer.writerows(all_forces.rows(("2022", "2023"), national=True,
                                         values={("Lancashire", "knife_offences", "2023"): 2_400}))
    (folder / "lancashire-2022.md").write_text(NATIONAL_STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as opened:
        opened.import_figures(folder / "figures.csv")
        opened.add_statements([folder / "lancashire-2022.md"], force="Lancashire")
        draft = opened.new_draft(from_statement=opened.list_statements()[0].id)
        yield opened, draft


def test_copy_forward_gives_each_checked_place_for_the_new_period_and_review_verifies_it(rolled):
    opened, draft = rolled
    first = next(p for p in draft.section("serious-violence").paragraphs if p.kind == "table")
    moved = {entry["old"]: entry["new"] for entry in first.origin.rolled if entry["to_period"] == "2023"
             and entry["old"][:1].isdigit() and entry["old"].endswith(("th", "st", "nd", "rd"))}
    assert moved == {"28th": "11th", "9th": "1st"}
    assert first.text.split("\n")[1:] == ["Knife crime offences | 2,400 | 11th",
                                          "Knife crime offences per 100,000 | 247.2 | 1st"]
    lowest_first, groups = [p for p in draft.section("serious-violence").paragraphs if p.kind == "table"][1:3]
    assert lowest_first.text.split("\n")[1] == "Knife crime offences | 2,400 | 33rd"
    # "Rank" alone may be a most similar group's: kept as written and named, as review leaves it
    assert groups.text.split("\n")[1].split(" | ")[3] == "12th"
    assert ("12th", "'12th (Rank, Knife crime offences)': its column's title does not say among which forces it "
            "ranks: kept as written, give it for 2023") in [(e["text"], e["reason"]) for e in groups.origin.not_rolled]
    report = opened.review(draft.id, area="Lancashire")
    assert [f.message for f in report.findings if "Rank of 43 forces" in f.message and "last quarter" not in f.message] == []
