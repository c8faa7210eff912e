"""Copy forward names for the writer a rank whose sentence names no measure
("Dyfed-Powys had the lowest rate of the four Welsh forces, at 3.1 per
1,000", before a sentence on burglary in the same paragraph), which it cannot
work out again; it was kept unlisted beside figures that moved on.

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import drafter

FIGURES = """\
area,measure,period,value
Gwent,residential_burglary,2025-Q4,640
Gwent,residential_burglary,2026-Q1,598
Gwent,residential_burglary,2026-Q2,571
"""

STATEMENT = """\
Gwent Police and Crime Panel

June 2026

Title: National Policing Priorities statement

Introduction

This statement reports on the National Policing Priorities for January to March 2026.

Reduce neighbourhood crime

Dyfed-Powys had the lowest rate of the four Welsh forces, at 3.1 per 1,000. Residential burglary fell to 598 \
offences between January and March 2026 from 640 in the previous quarter.
"""


def test_a_rank_naming_no_measure_is_named_for_the_writer(tmp_path):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "gwent-2026-06.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "gwent.csv")
        workspace.add_statements([path], force="Gwent")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    [paragraph] = draft.section("neighbourhood-crime").paragraphs
    assert paragraph.text.endswith("Residential burglary fell to 571 offences between April and June 2026 from 598 "
                                   "in the previous quarter.")
    assert {item["text"]: item["reason"] for item in paragraph.origin.not_rolled}["lowest"] == (
        "'lowest' names no measure: kept as written, check it for 2026-Q2")
