"""A table row naming its measure with the words the other way about
("Trafficking of drugs | 69 | 80") is that measure's row, as "Drug
trafficking | 69 | 80" is, where its cells were left unverified.

The statement and figures are written for the project (the force is real,
its figures invented)."""

from __future__ import annotations

import drafter

FIGURES = """\
area,measure,period,value
Cumbria,drug_trafficking_offences,2025-Q2,69
Cumbria,drug_trafficking_offences,2025-Q3,80
"""

STATEMENT = """\
# Cumbria Police and Crime Commissioner: Statement on the National Policing Priorities, July to September 2025

## Introduction

This statement is published every quarter and covers July to September 2025.

## Disrupt drugs supply and county lines

| Measure | April to June 2025 | July to September 2025 |
|---|---|---|
| Trafficking of drugs | 69 | 80 |
"""


def test_a_rows_measure_named_the_other_way_about_is_checked(tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (tmp_path / "cumbria.md").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "figures.csv")
        report = opened.review(tmp_path / "cumbria.md", area="Cumbria")
    assert [(m.text, m.status) for m in report.figures if m.text in ("69", "80")] == [
        ("69", "verified"), ("80", "verified")]
