"""A table row labelled as a rate ("Knife offences per 100,000 population |
169.3") gives the rate to the cells after its label, never to the last cell
of the row above: the count above was read as a rate and the rate as a
count, each matching nothing.

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import csv

import all_forces

import drafter

STATEMENT = """# West Midlands Police and Crime Commissioner
## Statement on the National Policing Priorities, January 2023

## Reduce serious violence

The table gives the force's figures for 2022.

| Measure | 2022 |
|---|---|
| Knife or sharp instrument offences | 4,944 |
| Knife offences per 100,000 population | 169.3 |
"""


def test_a_rate_rows_label_gives_its_own_cells_the_rate(tmp_path):
    with (tmp_path / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022",)))
    statement = tmp_path / "west-midlands-2023-01.md"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "figures.csv")
        report = opened.review(statement, period="2022")
    figures = {m.text: (m.kind, m.status) for m in report.figures}
    assert figures["4,944"] == ("count", "verified") and figures["169.3"] == ("rate", "verified")
    assert not [f for f in report.findings if f.kind == "unverified-figure"]
