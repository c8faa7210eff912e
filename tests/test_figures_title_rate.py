"""A sheet whose title names a rate ("Table 2: Knife or sharp instrument
offences per 100,000 population") over columns titled by their period alone
holds that rate, not the count a table of the same measure beside it gives.

The workbook is laid out as the ONS publishes its police force area tables;
the figures are made up.
"""

from __future__ import annotations

from spreadsheets import ons_table, write_xlsx

import drafter
from drafter.forces import FORCES

YEARS = ["Year ending March 2024", "Year ending March 2025"]


def _workbook(path, rate_title):
    counts, rates = [["K04000001", "England and Wales", 60008, 56702]], [["K04000001", "England and Wales", 99.3, 93.8]]
    for number, force in enumerate(FORCES):
        counts.append([f"E2300{number:04d}", force.name, 300 + number, 290 + number])
        rates.append([f"E2300{number:04d}", force.name, 40.5 + number, 38.5 + number])
    return write_xlsx(path, {
        "Table 1": ons_table(counts, "Table 1: Knife or sharp instrument offences by police force area", YEARS),
        "Table 2": ons_table(rates, rate_title, YEARS, ["[x] = not available"])})


def test_a_table_titled_as_a_rate_holds_the_rate_beside_the_count(tmp_path):
    book = _workbook(tmp_path / "knife.xlsx",
                     "Table 2: Knife or sharp instrument offences per 100,000 population, by police force area")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        report = opened.import_figures(book)
        assert report.added == 4 * 44
        stored = {(f.measure, f.period): f.value for f in opened.list_figures(area="Gwent")}
    gwent = [force.name for force in FORCES].index("Gwent")
    assert stored[("knife_offences", "2024/25")] == 290 + gwent
    assert stored[("knife_offences_per_100k", "2024/25")] == 38.5 + gwent


def test_a_title_giving_both_number_and_rate_leaves_the_columns_to_their_titles(tmp_path):
    book = _workbook(tmp_path / "knife.xlsx",
                     "Table 2: Knife or sharp instrument offences, number and rate per 100,000 population")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        try:
            opened.import_figures(book)
        except drafter.errors.DrafterError as error:
            assert "Table 2!C5" in str(error) and "duplicate figure" in str(error)
        else:
            raise AssertionError("a table of numbers and rates in bare period columns was read as one of them")
