"""A change given as a count after a verb and "by", and measured from a
period named after it ("Vehicle crime rose by 100 offences on the same
quarter last year", "was up by 100 offences compared with July to September
2025") is worked out from the figures, a wrong size an arithmetic error, where
it was unverified as "no matching figure … as a count in any period". One
that names no period it is measured from says so, and what to add.

Staffordshire's figures here are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Staffordshire,vehicle_crime,2025-Q3,800,
Staffordshire,vehicle_crime,2026-Q3,900,
"""


@pytest.fixture
def review(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")

    def run(sentence: str):
        path = tmp_path / "staffordshire.md"
        path.write_text("# Staffordshire Commissioner: National Policing Priorities, July to September 2026\n\n"
                        f"Published November 2026\n\n## Reduce neighbourhood crime\n\n{sentence}\n", encoding="utf-8")
        return empty_workspace.review(path, area="Staffordshire")
    return run


@pytest.mark.parametrize("sentence", [
    "Vehicle crime rose by 100 offences on the same quarter last year.",
    "Vehicle crime was up by 100 offences compared with July to September 2025.",
    "Vehicle crime increased by 100 on the same quarter last year.",
    "Vehicle crime rose by 100 offences in July to September 2026 compared with July to September 2025.",
    "Compared with the same quarter last year, vehicle crime rose by 100 offences.",
    "Compared with July to September 2025, vehicle crime rose by 100.",
])
def test_a_right_change_by_a_count_is_verified(review, sentence):
    report = review(sentence)
    assert next(m for m in report.figures if m.text == "100").status == "verified"
    assert [f for f in report.findings if f.kind in ("arithmetic", "unverified-figure", "direction")] == []


def test_a_wrong_change_by_a_count_is_an_arithmetic_error(review):
    report = review("Vehicle crime rose by 120 offences on the same quarter last year.")
    [error] = [f for f in report.findings if f.kind == "arithmetic"]
    assert "rose by 120 offences on 2025-Q3 does not follow from the figures" in error.message
    assert "800 in 2025-Q3 to 900 in 2026-Q3 is 100 more" in error.message


def test_a_change_by_a_count_naming_no_period_asks_for_one(review):
    report = review("Vehicle crime rose by 100 offences in July to September 2026.")
    [warning] = [f for f in report.findings if f.kind == "unverified-figure"]
    assert warning.message.startswith("100: the size of a change ('rose by 100') that names no period it is "
                                      "measured from")


def test_a_fraction_after_by_is_no_count(review):
    report = review("Vehicle crime was down by two thirds compared with July to September 2025.")
    assert not any("size of a change" in f.message for f in report.findings)


def test_a_wrong_change_measured_from_a_period_named_first_is_an_arithmetic_error(review):
    report = review("Compared with the same quarter last year, vehicle crime rose by 120 offences.")
    assert [f.message for f in report.findings if f.kind in ("arithmetic", "unverified-figure")] == [
        "rose by 120 compared with 2025-Q3 does not follow from the figures: 800 in 2025-Q3 to 900 in 2026-Q3 "
        "is 100 more"]
