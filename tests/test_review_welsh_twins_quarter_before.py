"""A Welsh paragraph's change on the quarter before is held to its English
twin's once review has worked that change out from the two quarters: "a
decrease of 6.9% on the previous quarter (131)" is verified from the
figures, and "gostyngiad o 6.9% ar y chwarter blaenorol (131)" beside it is
verified as the same figure, where it was an unverified-figure warning the
English paragraph's own check had settled; a Welsh percentage that differs
from it is wrong.

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Gwent,knife_offences,2025-Q4,131
Gwent,knife_offences,2026-Q1,122
Gwent,firearms_offences,2026-Q1,4
"""

STATEMENT = """\
# Gwent quarterly statement, January to March 2026

Published April 2026

This statement covers January to March 2026 and reports on the National Policing Priorities.

## Reduce serious violence / Lleihau trais difrifol

Gwent Police recorded 122 knife and sharp instrument offences in January to March 2026, a decrease of 6.9% \
on the previous quarter (131). Firearms offences numbered 4.

Cofnododd Heddlu Gwent 122 o droseddau cyllyll ac offer miniog yn Ionawr i Fawrth 2026, gostyngiad o {welsh} \
ar y chwarter blaenorol (131). Roedd 4 trosedd arfau tanio.
"""


def reviewed(tmp_path, welsh: str):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    statement = tmp_path / "gwent-2026-q1.md"
    statement.write_text(STATEMENT.format(welsh=welsh), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "gwent.csv")
        return workspace.review(statement, area="Gwent", period="2026-Q1")


def welsh_statuses(report) -> dict[str, str]:
    return {m.text: m.status for m in report.figures if m.paragraph.text.startswith("Cofnododd")}


def test_a_welsh_change_on_the_quarter_before_is_verified_as_its_english_twin(tmp_path):
    report = reviewed(tmp_path, "6.9%")
    english = {m.text: m.status for m in report.figures if m.paragraph.text.startswith("Gwent Police")}
    assert english["6.9%"] == "verified"
    assert welsh_statuses(report)["6.9%"] == "verified"
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "wrong-figure")]


@pytest.mark.parametrize("welsh", ["9.6%"])
def test_a_welsh_change_unlike_its_verified_english_twin_is_wrong(tmp_path, welsh):
    report = reviewed(tmp_path, welsh)
    assert welsh_statuses(report)[welsh] == "wrong"
    [wrong] = [f for f in report.findings if f.kind == "wrong-figure"]
    assert wrong.message.startswith(f"{welsh}: its English paragraph gives 6.9% in its place")
