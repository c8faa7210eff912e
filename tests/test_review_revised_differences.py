"""A difference from an earlier period ("360 residential burglaries …, 17 fewer
than in April to June 2025") worked out before a later release revised the
count (366 now: 11 fewer) is stale as the count is, naming the release and the
difference now; never an arithmetic error, nor a size review could not work out.

The figures and sentences are written for the project.
"""

from __future__ import annotations

import pytest

import drafter

FIRST = """\
area,measure,period,value,unit,source
Dorset,residential_burglary,2026-Q2,360,count,Dorset Police performance team
Dorset,residential_burglary,2026-Q1,371,count,Dorset Police performance team
Dorset,residential_burglary,2025-Q2,377,count,Dorset Police performance team
"""
REVISED = FIRST.replace("2026-Q2,360,", "2026-Q2,366,")


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    root = tmp_path_factory.mktemp("revised-difference")
    (root / "release-1.csv").write_text(FIRST, encoding="utf-8")
    (root / "release-2.csv").write_text(REVISED, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "release-1.csv")
        opened.import_figures(root / "release-2.csv")

        def reviewed(sentence: str):
            statement = root / "dorset.txt"
            statement.write_text("Dorset Police and Crime Panel\n\n6 August 2026\n\nTitle: National Policing "
                                 "Priorities\n\nIntroduction\n\n1. This paper covers April to June 2026.\n\n"
                                 f"Reduce neighbourhood crime\n\n2. {sentence}\n", encoding="utf-8")
            return opened.review(statement, period="2026-Q2")
        yield reviewed


def test_differences_as_first_published_are_stale_like_their_count(review):
    report = review("There were 360 residential burglaries in April to June 2026, 17 fewer than in April to "
                    "June 2025 and 11 fewer than in January to March 2026.")
    assert not [f for f in report.findings if f.kind in ("arithmetic", "wrong-figure", "unverified-figure")]
    stale = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert any(m.startswith("360 (residential burglary, 2026-Q2) was the figure before release-2.csv")
               for m in stale)
    assert any(m.startswith("17 fewer for residential burglary was the difference from 2025-Q2 before release-2.csv")
               and "now 377 in 2025-Q2 to 366 in 2026-Q2, -11" in m for m in stale)
    assert any(m.startswith("11 fewer for residential burglary was the difference from 2026-Q1") for m in stale)


def test_a_difference_no_release_gave_is_still_an_arithmetic_error(review):
    report = review("There were 366 residential burglaries in April to June 2026, 15 fewer than in April to "
                    "June 2025.")
    [error] = [f.message for f in report.findings if f.kind == "arithmetic"]
    assert "is 11 fewer" in error
