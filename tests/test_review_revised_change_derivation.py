"""A change worked out from figures a later release revised is stale, and what
review --json gives for it says so whichever way the sentence words it: the
change as it was worked out then, from the counts as they stood, and the
release that revised them; never the change the figures give now, nor the
source of figures it was not worked out from.

The figures are written for the project.
"""

from __future__ import annotations

import pytest

import drafter

FIRST = """\
area,measure,period,value,unit,source
Derbyshire,neighbourhood_crime,2025-Q2,1948,count,Derbyshire Constabulary
Derbyshire,neighbourhood_crime,2024-Q2,2099,count,Derbyshire Constabulary
"""
REVISED = FIRST.replace("2025-Q2,1948,count,Derbyshire Constabulary",
                        "2025-Q2,1962,count,Derbyshire Constabulary (revised)")
SENTENCES = {
    "quoting both counts": "Derbyshire recorded 1,948 neighbourhood crimes in April to June 2025, 7.2% fewer than "
                           "in April to June 2024 (2,099).",
    "quoting one count": "There were 1,948 neighbourhood crimes in April to June 2025, 7.2% fewer than in April "
                         "to June 2024.",
}


@pytest.fixture(scope="module")
def stale_changes(tmp_path_factory):
    root = tmp_path_factory.mktemp("revised-change")
    (root / "release-1.csv").write_text(FIRST, encoding="utf-8")
    (root / "release-2.csv").write_text(REVISED, encoding="utf-8")
    body = "\n\n".join(f"{n}. {text}" for n, text in enumerate(SENTENCES.values(), start=2))
    statement = root / "derbyshire.txt"
    statement.write_text("Derbyshire Police and Crime Panel\n\nSeptember 2025\n\n"
                         "Title: National Policing Priorities – Derbyshire Police and Crime Commissioner Statement\n\n"
                         "Introduction\n\n1. This statement covers April to June 2025.\n\n"
                         f"Reduce neighbourhood crime\n\n{body}\n", encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "release-1.csv")
        opened.import_figures(root / "release-2.csv")
        figures = opened.review(statement, period="2025-Q2").to_dict()["figures"]
    return {paragraph: next(f for f in figures if f["paragraph"] == n and f["text"] == "7.2%")
            for n, paragraph in enumerate(SENTENCES, start=2)}


@pytest.mark.parametrize("wording", list(SENTENCES))
def test_a_stale_change_shows_how_it_was_worked_out_before_the_release(stale_changes, wording):
    change = stale_changes[wording]
    assert change["status"] == "stale"
    assert change["derivation"].startswith("neighbourhood_crime, 2024-Q2 → 2025-Q2: 2,099 → 1,948 = -7.19% "
                                           "before release-2.csv (imported ")
    assert change["source"] is None
