"""Another force's percentage change ("In Merseyside, knife offences fell by
2.0% to 640 in the year ending March 2026") is held to that force's change on
the year before: verified, a direction error when it went the other way, an
arithmetic error when its size is wrong, where each was left unverified. The
figures are written for the project (the forces are real, their figures invented)."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Lancashire,knife_offences,2024/25,402
Lancashire,knife_offences,2025/26,432
Merseyside,knife_offences,2024/25,653
Merseyside,knife_offences,2025/26,640
Cheshire,knife_offences,2024/25,491
Cheshire,knife_offences,2025/26,537
Cumbria,knife_offences,2024/25,427
Cumbria,knife_offences,2025/26,422
"""

STATEMENT = """\
Lancashire Police and Crime Panel

May 2026

Title: Statement on the National Policing Priorities, year ending March 2026

Introduction

1. This statement on the National Policing Priorities covers the year ending March 2026 and is published \
every quarter.

Reduce serious violence

2. Lancashire recorded 432 knife offences in the year ending March 2026. In Merseyside, knife offences fell by \
2.0% to 640 in the year ending March 2026.

3. In Cheshire, knife offences fell by 9.4% to 537 in the year ending March 2026.

4. In Cumbria, knife offences fell by 5.0% in the year ending March 2026.
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    folder = tmp_path_factory.mktemp("other-changes")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "lancashire.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace.review(folder / "lancashire.txt", area="Lancashire").to_dict()


def test_another_forces_change_that_holds_is_verified(review):
    [change] = [n for n in review["figures"] if n["text"] == "2.0%"]
    assert (change["status"], change["derivation"]) == (
        "verified", "Merseyside: knife_offences, 2024/25 to 2025/26: 653 to 640 (-1.99%)")


def test_another_forces_change_the_wrong_way_or_size_is_an_error(review):
    assert [(f["kind"], f["message"]) for f in review["findings"] if f["kind"] in ("direction", "arithmetic")] == [
        ("direction", "'fell' says Cheshire's knife offences went down, but its figures went up by 9.4% (491 in "
                      "2024/25 to 537 in 2025/26)"),
        ("arithmetic", "5.0% is given as the change in Cumbria's knife offences for 2025/26, but its figures went "
                       "down by 1.2% (427 in 2024/25 to 422 in 2025/26)")]
