"""Which version of a storyline a search lists: the newest, unless it no
longer carries the writer's words, when the version those words found is
shown, so that no hit shares nothing with the query."""

from __future__ import annotations

import pytest
from test_search_support import add, indexed_copy

import drafter
import drafter.search as indexing
from drafter.statement import Paragraph, Section, Statement

# One storyline over three quarters; the newest version drops the bus station.
BINS_AT_THE_STATION = ("Two more knife surrender bins were installed in the spring, one of them at the "
                       "Tamarford bus station, bringing the county's total to {total} bins, and {blades} "
                       "blades were handed in during the quarter.")
BINS_LATER = ("Two more knife surrender bins were installed in the spring, bringing the county's total "
              "to {total} bins, and {blades} blades were handed in during the quarter.")


def tamarshire(date: str, bins_paragraph: str) -> Statement:
    return Statement(
        title=f"Tamarshire national priorities statement {date}", force="Tamarshire", date=date,
        sections=[
            Section("Serious violence", "serious-violence", [
                Paragraph(1, bins_paragraph),
                Paragraph(2, "Youth workers met young people in the emergency department after an "
                             "assault and offered them mentoring for six months."),
            ]),
            Section("Neighbourhood crime", "neighbourhood-crime", [
                Paragraph(3, "Neighbourhood officers patrolled the town centres on Friday and Saturday "
                             "nights with the street pastors."),
            ]),
        ],
    )


@pytest.fixture
def storyline(tmp_path):
    root = tmp_path / "ws"
    with drafter.open_workspace(root, seed=False) as workspace:
        add(workspace, tamarshire("2025-06", BINS_AT_THE_STATION.format(total=10, blades=61)), "t1.txt")
        add(workspace, tamarshire("2025-09", BINS_LATER.format(total=12, blades=70)), "t2.txt")
        add(workspace, tamarshire("2025-12", BINS_LATER.format(total=12, blades=74)), "t3.txt")
        workspace.build_index()
        yield workspace


def bins_hit(hits):
    found = [hit for hit in hits if "knife surrender bins" in hit.text]
    assert len(found) == 1, "the storyline's versions are one hit"
    return found[0]


def test_the_newest_version_is_shown_when_it_carries_the_writers_words(storyline):
    hit = bins_hit(storyline.search("knife surrender bins"))
    assert hit.date == "2025-12" and "74 blades" in hit.text
    assert hit.also_in == 2


def test_the_version_the_words_found_is_shown_when_the_newest_dropped_them(storyline):
    hit = bins_hit(storyline.search("bins at the bus station"))
    assert hit.date == "2025-06" and "Tamarford bus station" in hit.text
    assert {"bus", "station"} <= set(hit.matched)
    assert hit.also_in == 2


def test_every_version_is_still_listed_without_collapse(storyline):
    hits = indexing.search(storyline, "bins at the bus station", collapse=False)
    assert {hit.date for hit in hits if "knife surrender bins" in hit.text} == {"2025-06", "2025-09",
                                                                               "2025-12"}


@pytest.fixture
def sample(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as opened:
        yield opened


@pytest.mark.parametrize("query", ["knife bins in parks", "scam victims", "officers kept victims informed",
                                   "children exploited by dealers", "door locks for burglary victims"])
def test_no_hit_shares_nothing_with_the_query(sample, query):
    hits = sample.search(query)
    assert hits
    assert all(hit.matched for hit in hits)
