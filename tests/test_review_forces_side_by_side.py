"""Two figures each said of another force ("lower than South Wales (70.0)
and North Wales (95.0)") are forces set side by side, not one figure's
change: "lower" is no direction error because the second is higher than the
first.

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

import csv

import all_forces

import drafter

STATEMENT = """Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
January 2023

Reduce serious violence

In 2022 Gwent's knife crime rate of 75.0 per 100,000 was lower than South Wales (70.0) and North Wales (95.0).

In 2022 Gwent recorded 900 knife offences, up from 1,000 in 2021.
"""


def test_figures_of_two_other_forces_are_no_change_but_a_real_change_still_is(tmp_path):
    with (tmp_path / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022",)))
    statement = tmp_path / "gwent-2023-01.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(tmp_path / "figures.csv")
        report = opened.review(statement, period="2022")
    directions = [f.message for f in report.findings if f.kind == "direction"]
    assert not [message for message in directions if "70.0" in message]
    assert [message.split(",")[0] for message in directions] == ["'up' says knife offences went up"]
