""""Domestic burglary", the name the national neighbourhood crime measure
gives burglary of a home, is the measure residential_burglary, as are
"burglary of homes", "house burglaries" and "household burglary": a count given
under that name is checked against the figures, where a wrong one ("549",
the figures holding 548) was left unverified as "no matching figure".

Staffordshire's figures here are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Staffordshire,residential_burglary,2026-Q3,548,
Staffordshire,domestic_abuse_satisfaction,2026-Q3,81.9,percent
"""


def review(workspace, tmp_path, sentence: str):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "staffordshire.md"
    path.write_text("# Staffordshire Commissioner: National Policing Priorities, July to September 2026\n\n"
                    f"Published November 2026\n\n## Reduce neighbourhood crime\n\n{sentence}\n", encoding="utf-8")
    return workspace.review(path, area="Staffordshire")


@pytest.mark.parametrize("sentence", [
    "Domestic burglary fell to 548 in July to September 2026.",
    "Domestic abuse satisfaction was 81.9% in July to September 2026, and domestic burglaries numbered 548.",
    "Burglary of homes fell to 548 in July to September 2026.",
    "There were 548 house burglaries in July to September 2026.",
    "Household burglary stood at 548 in July to September 2026.",
])
def test_a_domestic_burglary_count_is_verified(empty_workspace, tmp_path, sentence):
    report = review(empty_workspace, tmp_path, sentence)
    assert {(m.text, m.status, m.measure) for m in report.figures if m.text == "548"} == \
        {("548", "verified", "residential_burglary")}


def test_a_wrong_domestic_burglary_count_is_named(empty_workspace, tmp_path):
    report = review(empty_workspace, tmp_path, "Domestic burglary fell to 549 in July to September 2026.")
    [wrong] = [f for f in report.findings if f.kind == "wrong-figure"]
    assert "549" in wrong.message and "548" in wrong.message
