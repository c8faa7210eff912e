"""Last quarter's paragraph kept word for word in this quarter's statement
has every figure of its sentence stale, not only its count: the change it
gives and the year-earlier count it compares with came with it, and each is
named with what it should now be ("the change in knife offences from 2025-Q2
to 2026-Q2", "knife offences for 2025-Q2: 375"), where they were "earlier
period, quoted as such" and verified.

Northumbria's figures and statements here are written for the project (the
force is real, its text and figures invented).
"""

from __future__ import annotations

import pytest

FIGURES = """area,measure,period,value
Northumbria,knife_offences,2025-Q1,390
Northumbria,knife_offences,2025-Q2,375
Northumbria,knife_offences,2026-Q1,360
Northumbria,knife_offences,2026-Q2,371
"""
KEPT = ("There were 360 knife crime offences in January to March 2026, a decrease of 7.7% compared with "
        "January to March 2025 (390). Youth workers at the two emergency departments spoke to every young "
        "person admitted after an assault.")
STATEMENT = """# Statement on the National Policing Priorities: {months} 2026

Northumbria Police and Crime Commissioner, published {published} 2026

## Reduce serious violence

{paragraph}
"""


@pytest.fixture
def workspace(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    earlier = tmp_path / "northumbria-2026-q1.md"
    earlier.write_text(STATEMENT.format(months="January to March", published="20 May", paragraph=KEPT),
                       encoding="utf-8")
    empty_workspace.add_statements([earlier], force="Northumbria")
    return empty_workspace


def review(workspace, tmp_path, paragraph: str):
    path = tmp_path / "northumbria-2026-q2.md"
    path.write_text(STATEMENT.format(months="April to June", published="19 August", paragraph=paragraph),
                    encoding="utf-8")
    return workspace.review(path, area="Northumbria")


def test_the_change_and_the_count_compared_with_are_stale_with_the_count(workspace, tmp_path):
    report = review(workspace, tmp_path, KEPT)
    assert {m.text: m.status for m in report.figures if m.text in ("360", "7.7%", "390")} == \
        {"360": "stale", "7.7%": "stale", "390": "stale"}
    stale = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert any(m.startswith("7.7% is the change for 2026-Q1, earlier than 2026-Q2 (the change in knife offences "
                            "from 2025-Q2 to 2026-Q2: -1.1%)") for m in stale), stale
    assert any(m.startswith("390 is the figure for 2025-Q1, earlier than 2025-Q2 (knife offences for 2025-Q2: 375, from figures.csv)")
               for m in stale), stale


def test_a_paragraph_brought_up_to_date_has_nothing_stale(workspace, tmp_path):
    report = review(workspace, tmp_path, KEPT.replace("360", "371").replace("January to March", "April to June")
                    .replace("7.7%", "1.1%").replace("390", "375"))
    assert [f.message for f in report.findings if f.kind == "stale-figure"] == []
