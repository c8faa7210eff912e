"""A statement file that never says which period its figures are for, but
quotes "the year ending March 2025" throughout, is checked against that year:
its sentences without period words ("The rate for England and Wales was 93.9
per 100,000") are not held to the calendar year before its date, for which
no figures are held. The figures are made up.
"""

from __future__ import annotations

from spreadsheets import ons_table, write_xlsx

import drafter
from drafter.forces import FORCES

STATEMENT = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
June 2025

Reduce serious violence

Gwent Police recorded 296 knife or sharp instrument offences in the year ending March 2025, a rate of 49.3 per \
100,000 population.

The rate for England and Wales was 93.9 per 100,000 population, and Gwent's rate was below the national average.
"""


def _workbook(path):
    rows = [["K04000001", "England and Wales", 60068, 56762, 99.3, 93.9]]
    for number, force in enumerate(FORCES):
        figures = (312, 296, 52.0, 49.3) if force.name == "Gwent" else (400 + number, 380 + number, 60.5, 58.5)
        rows.append([f"E2300{number:04d}", force.name, *figures])
    return write_xlsx(path, {"Table 2": ons_table(
        rows, "Table 2: Knife or sharp instrument offences by police force area",
        ["Year ending March 2024", "Year ending March 2025", "Rate per 100,000 population year ending March 2024",
         "Rate per 100,000 population year ending March 2025"])})


def test_a_file_stating_no_period_is_checked_for_the_year_it_quotes(tmp_path):
    statement = tmp_path / "gwent-2025-06.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(_workbook(tmp_path / "knife.xlsx"))
        report = opened.review(statement)
    assert report.period == "2024/25"
    figures = {m.text: m.status for m in report.figures if m.status != "not-a-figure"}
    assert figures["296"] == figures["49.3"] == figures["93.9"] == "verified"
    assert [(claim.text, claim.status) for claim in report.ranks] == [("below the national average", "verified")]
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "unverified-rank")]
