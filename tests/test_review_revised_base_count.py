"""The year before's count a sentence quotes without naming its measure again
("…, when there were 1,437"), as it stood before a later release revised it,
is stale as its sentence's measure's figure for that year, naming the release;
not a number no figure explains.

The figures and sentences are written for the project.
"""

from __future__ import annotations

import pytest

import drafter

FIRST = """\
area,measure,period,value,unit,source
Dorset,fraud_reports,2026-Q3,1493,count,Dorset Police performance team
Dorset,fraud_reports,2025-Q3,1437,count,Dorset Police performance team
"""
REVISED = FIRST.replace("2025-Q3,1437,count,Dorset Police performance team",
                        "2025-Q3,1440,count,Dorset Police performance team (revised)")
SENTENCE = ("Residents of Dorset made 1,493 reports of fraud in the third quarter of 2026, an increase of 3.9% "
            "from the same quarter a year earlier, when there were {base}.")


@pytest.fixture(scope="module")
def review(tmp_path_factory):
    root = tmp_path_factory.mktemp("revised-base")
    (root / "release-1.csv").write_text(FIRST, encoding="utf-8")
    (root / "release-2.csv").write_text(REVISED, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "release-1.csv")
        opened.import_figures(root / "release-2.csv")

        def reviewed(base: str):
            statement = root / f"dorset-{base}.txt"
            statement.write_text("Dorset Police and Crime Panel\n\nNovember 2026\n\nTitle: National Policing "
                                 "Priorities\n\nIntroduction\n\n1. This statement covers July to September 2026.\n\n"
                                 f"Tackle cyber crime\n\n2. {SENTENCE.format(base=base)}\n", encoding="utf-8")
            return opened.review(statement, period="2026-Q3")
        yield reviewed


def test_the_year_befores_count_as_first_published_is_stale_naming_the_release(review):
    report = review("1,437")
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "wrong-figure")]
    [stale] = [f.message for f in report.findings if f.kind == "stale-figure" and f.message.startswith("1,437")]
    assert stale.startswith("1,437 (fraud reports, 2025-Q3) was the figure before release-2.csv (imported ")
    assert "revised it to 1,440" in stale


def test_the_year_befores_count_as_revised_is_verified(review):
    report = review("1,440")
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "wrong-figure", "stale-figure")]
