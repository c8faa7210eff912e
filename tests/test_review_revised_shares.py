"""A share of one measure in another ("Residential burglary made up 32.0% of
neighbourhood crime") worked out from figures a later release revised is
stale, naming the release, the share then and the share now: right in the
statement published before it, never an arithmetic error.

The figures and sentences are written for the project.
"""

from __future__ import annotations

import pytest

import drafter

FIRST = """\
area,measure,period,value,unit,source
Dorset,residential_burglary,2026-Q2,360,count,Dorset Police performance team
Dorset,neighbourhood_crime,2026-Q2,1126,count,Dorset Police performance team
"""
REVISED = FIRST.replace("2026-Q2,360,", "2026-Q2,366,").replace("2026-Q2,1126,", "2026-Q2,1132,")


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    root = tmp_path_factory.mktemp("revised-share")
    (root / "release-1.csv").write_text(FIRST, encoding="utf-8")
    (root / "release-2.csv").write_text(REVISED, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "release-1.csv")
        opened.import_figures(root / "release-2.csv")

        def reviewed(share: str):
            statement = root / f"dorset-{share}.txt"
            statement.write_text("Dorset Police and Crime Panel\n\n6 August 2026\n\nTitle: National Policing "
                                 "Priorities\n\nIntroduction\n\n1. This paper covers April to June 2026.\n\n"
                                 "Reduce neighbourhood crime\n\n2. Residential burglary made up "
                                 f"{share} of neighbourhood crime in April to June 2026.\n", encoding="utf-8")
            return opened.review(statement, period="2026-Q2")
        yield reviewed


def test_a_share_as_first_published_is_stale_naming_the_release(review):
    report = review("32.0%")
    assert not [f for f in report.findings if f.kind in ("arithmetic", "wrong-figure", "unverified-figure")]
    [stale] = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert stale.startswith("32.0% for residential burglary as a share of neighbourhood crime was the share "
                            "before release-2.csv (imported ")
    assert "360 / 1,126 = 31.97%): now 32.3%" in stale
    [share] = [m for m in report.to_dict()["figures"] if m["text"] == "32.0%"]
    assert share["status"] == "stale" and "before release-2.csv" in share["derivation"]


def test_a_share_no_release_gave_is_still_an_arithmetic_error(review):
    report = review("35.0%")
    [error] = [f.message for f in report.findings if f.kind == "arithmetic"]
    assert "the figures give 32.3%" in error
