"""A count labelled by its period and a colon, as a performance pack sets the
year before beside this year's ("179 in the year ending June 2026 (YE Jun 25:
183)", "(2025: 185)"), is that period's figure, where it was read as the
period a year before the one it names (YE2024-06) and left unverified.

The figures are written for the project (the force is real, its figures
invented; the years add up from their quarters).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = "area,measure,period,value\n" + "".join(
    f"Cumbria,knife_offences,{period},{value}\n" for period, value in [
        ("2024-Q3", 52), ("2024-Q4", 44), ("2025-Q1", 39), ("2025-Q2", 48), ("2025-Q3", 55), ("2025-Q4", 43),
        ("2026-Q1", 37), ("2026-Q2", 44)])

STATEMENT = """\
Cumbria Police and Crime Panel

21 September 2026

Title: National Policing Priorities – rolling year to June 2026

Reduce serious violence

1. Knife or sharp instrument offences: 179 in the year ending June 2026 (YE Jun 25: 183), a fall of 2.2%.

2. Knife or sharp instrument offences: 179 in the year ending June 2026 (2025: 185).
"""


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    folder = tmp_path_factory.mktemp("labelled")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "cumbria.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace.review(folder / "cumbria.txt", area="Cumbria").to_dict()


def test_a_count_after_its_period_and_a_colon_is_that_period_s(review):
    counts = [(n["paragraph"], n["text"], n["status"], n["period"]) for n in review["figures"] if n["kind"] == "count"]
    assert counts == [(1, "179", "verified", "YE2026-06"), (1, "183", "verified", "YE2025-06"),
                      (2, "179", "verified", "YE2026-06"), (2, "185", "verified", "2025")]
    assert not [f for f in review["findings"] if f["kind"] == "unverified-figure"]
