"""Two quarters in a row counted together ("across the second quarter of 2026
and the third quarter of 2026 together", "in Q2 2026 and Q3 2026 combined")
are half a year: review holds the count to the two quarters added up, and copy
forward moves the count and both quarters' words a quarter on, where the count
was held to the later quarter alone (a false stale or wrong figure) and left
unmoved.

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.figures.half_year_names import half_year_quarters, quarters_together
from drafter.figures.periods import Period

_FIGURES = ("area,measure,period,value\n" + "".join(
    f"Dyfed-Powys,{measure},{period},{value}\n" for measure, values in (
        ("homicides", (2, 1, 0, 1)), ("residential_burglary", (301, 288, 254, 270)))
    for period, value in zip(("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"), values)))

_STATEMENT = """Dyfed-Powys Police and Crime Commissioner

12 November 2026

Introduction

This statement on the national policing priorities covers July to September 2026.

Reduce murder and other homicide

Across the second quarter of 2026 and the third quarter of 2026 together, Dyfed-Powys recorded 1 homicide.

Reduce neighbourhood crime

In July to September 2026 there were 254 residential burglaries. In Q2 2026 and Q3 2026 combined there were 542 residential burglaries.

Reduce serious violence

Partnership work continues in every county.

Improve victim satisfaction

A new survey of victims began in August.
"""


@pytest.mark.parametrize("text, quarters", [
    ("across the second quarter of 2026 and the third quarter of 2026 together", ("2026-Q2", "2026-Q3")),
    ("In Q4 2025 and Q1 2026 combined there were 9", ("2025-Q4", "2026-Q1")),
    ("April to June 2026 and July to September 2026 taken together", ("2026-Q2", "2026-Q3")),
])
def test_two_quarters_counted_together_are_read_as_both(text, quarters):
    [(_, _, words)] = quarters_together(text)
    assert tuple(str(q) for q in half_year_quarters(words)) == quarters


@pytest.mark.parametrize("text", ["In Q2 2026 there were 4 and in Q3 2026 5",
                                  "In Q2 2026 and Q4 2026 combined there were 9"])
def test_quarters_named_apart_or_not_in_a_row_are_not_a_total(text):
    assert quarters_together(text) == []


@pytest.fixture(scope="module")
def dyfed_powys(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dyfed")
    (folder / "figures.csv").write_text(_FIGURES, encoding="utf-8")
    statement = folder / "dyfed-powys-2026-11.txt"
    statement.write_text(_STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace, statement


def test_review_holds_the_count_to_both_quarters_added_up(dyfed_powys):
    workspace, statement = dyfed_powys
    report = workspace.review(statement, area="Dyfed-Powys").to_dict()
    numbers = {n["text"]: n["status"] for n in report["figures"] if n["text"] in ("1", "542", "254")}
    assert numbers == {"1": "verified", "542": "verified", "254": "verified"}
    assert not [f for f in report["findings"] if f["severity"] == "error" and f["kind"].endswith("figure")]


def test_review_calls_a_wrong_total_wrong_with_its_two_quarters(dyfed_powys, tmp_path):
    workspace, statement = dyfed_powys
    wrong = tmp_path / "wrong.txt"
    wrong.write_text(statement.read_text(encoding="utf-8").replace("542", "524"), encoding="utf-8")
    report = workspace.review(wrong, area="Dyfed-Powys").to_dict()
    [finding] = [f for f in report["findings"] if f["kind"] == "wrong-figure"]
    assert "542" in finding["message"] and "288 in 2026-Q2 and 254 in 2026-Q3" in finding["message"]


def test_copy_forward_moves_the_total_and_both_quarters(dyfed_powys):
    workspace, statement = dyfed_powys
    [added] = workspace.add_statements([statement], force="Dyfed-Powys").added
    draft = workspace.new_draft(from_statement=added["id"])
    text = " ".join(p.text for p in draft.section("neighbourhood-crime").paragraphs)
    assert "In Q3 2026 and Q4 2026 combined there were 524 residential burglaries." in text
    homicide = " ".join(p.text for p in draft.section("homicide").paragraphs)
    assert "third quarter of 2026 and the fourth quarter of 2026 together, Dyfed-Powys recorded 1 homicide" \
        in homicide
