"""A region's count ("Across the North West there were 2,916 knife offences")
is held to its forces' counts added up: verified, or a wrong-figure giving the
region's total and each force's part, where it was left unverified as another
area's. The statement and figures are written for the project (the forces are
real, their figures invented)."""

from __future__ import annotations

import pytest

import drafter

COUNTS = {"Cheshire": 537, "Cumbria": 422, "Greater Manchester": 885, "Lancashire": 432, "Merseyside": 640}
FIGURES = "area,measure,period,value\n" + "".join(
    f"{force},knife_offences,2025/26,{count}\n" for force, count in COUNTS.items())

STATEMENT = """\
Lancashire Police and Crime Panel

May 2026

Title: Statement on the National Policing Priorities, year ending March 2026

Introduction

1. This statement on the National Policing Priorities covers the year ending March 2026 and is published \
every quarter.

Reduce serious violence

2. Lancashire recorded 432 knife offences in the year ending March 2026. Across the North West there were \
2,916 knife offences in the year ending March 2026.

3. Across the North West there were 2,961 knife offences in the year ending March 2026.
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    folder = tmp_path_factory.mktemp("region")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "lancashire.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace.review(folder / "lancashire.txt", area="Lancashire").to_dict()


def test_a_regions_count_its_forces_add_up_to_is_verified(review):
    [right] = [n for n in review["figures"] if n["text"] == "2,916"]
    assert right["status"] == "verified"
    assert right["derivation"] == ("knife_offences, North West (5 forces), 2025/26: Cheshire 537 + Cumbria 422 + "
                                   "Greater Manchester 885 + Lancashire 432 + Merseyside 640 = 2,916")


def test_a_regions_count_they_do_not_add_up_to_is_a_wrong_figure(review):
    assert [f["message"] for f in review["findings"] if f["kind"] == "wrong-figure"] == [
        "2,961 knife offences in the North West in 2025/26: its forces' figures add up to 2,916 (Cheshire 537 + "
        "Cumbria 422 + Greater Manchester 885 + Lancashire 432 + Merseyside 640)"]
