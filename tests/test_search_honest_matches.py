"""What a search hit claims: the words it says matched are in the paragraph,
a phrase from the synonyms file counts only whole, a scheme name no paragraph
holds leaves the rest weak, and a paragraph matching part of the query
scores below one matching all of it."""

from __future__ import annotations

import pytest
from test_search_support import add, indexed_copy

import drafter
from drafter.search import relevance_level
from drafter.statement import Paragraph, Section, Statement

SYNONYMS = ("A&E, accident and emergency, emergency department\n"
            "burglary, housebreaking, broken into\n"
            "street lighting, street lights, street lamps\n"
            "youth worker, youth practitioner\n")

HOSPITAL = ("Youth workers based in the emergency department of Fenmoor General talk to young "
            "people admitted with stab wounds and refer them to mentoring.")
CALLS = ("Emergency 999 calls were answered within ten seconds on average, and 101 call handlers "
         "answered most other calls within a minute.")
LOCKS = ("Doorstep Shield fitted new locks to homes burgled in the last year; streets where it "
         "worked saw fewer repeat burglaries than other streets.")
LIGHTS = "Street lighting was replaced along the riverside path after residents asked for it."
BINS = "Knife surrender bins are emptied weekly by officers and the blades are destroyed."


def fenmoor() -> Statement:
    return Statement(
        title="Fenmoor statement", force="Fenmoor", date="2024-09",
        sections=[
            Section("Reduce Serious Violence", "serious-violence", [
                Paragraph(1, HOSPITAL),
                Paragraph(2, BINS),
                Paragraph(3, "Serious violence in the night-time economy fell after the serious "
                             "violence duty partnership began."),
            ]),
            Section("Drug Supply and County Lines", "drugs-county-lines", [
                Paragraph(4, "Operation Kestrel targeted county lines dealers working from "
                             "Fenmoor railway station."),
            ]),
            Section("Reduce Neighbourhood Crime", "neighbourhood-crime", [
                Paragraph(5, LOCKS),
                Paragraph(6, LIGHTS),
            ]),
            Section("Improve Victim Satisfaction", "victim-satisfaction", [
                Paragraph(7, CALLS),
            ]),
        ],
    )


def ward_reports() -> Statement:
    """A board annex: many short ward paragraphs about youth workers on
    hospital wards, none about A&E."""
    wards = ["Alder", "Birch", "Cedar", "Damson", "Elm", "Fir", "Gorse", "Hazel"]
    return Statement(
        title="Fenmoor board annex", force="Fenmoor", date="2024-12",
        sections=[Section("Reduce Serious Violence", "serious-violence", [
            Paragraph(number, f"{ward} ward: youth workers visited the children's ward of the local "
                              f"hospital {number + 2} times this quarter.")
            for number, ward in enumerate(wards, 1)
        ])],
    )


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTER_MEANING_MODEL", "off")
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as opened:
        add(opened, fenmoor(), "fenmoor-2024-09.txt")
        (opened.path / "synonyms.txt").write_text(SYNONYMS, encoding="utf-8")
        yield opened


def _hit(hits, text):
    return next((hit for hit in hits if hit.text == text), None)


def test_a_paragraph_holding_one_word_of_a_phrase_is_not_said_to_match_it(workspace):
    hits = workspace.search("youth workers in A&E")
    assert hits[0].text == HOSPITAL
    assert hits[0].matched[:3] == ["youth", "workers", "A&E"]
    # "Emergency 999 calls" shares only "emergency" with "emergency department".
    assert _hit(hits, CALLS) is None
    for hit in hits:
        if "A&E" in hit.matched:
            assert "emergency department" in hit.text.lower() or "A&E" in hit.text


def test_a_phrase_entry_short_of_its_common_words_needs_the_whole_phrase(workspace):
    # "broken into" is "broken" once "into" is dropped: "broken street lights"
    # is not about burglary, and "streets" is not "street lights".
    hits = workspace.search("broken street lights")
    assert hits[0].text == LIGHTS
    assert hits[0].matched == ["street", "lights", "lighting"]
    locks = _hit(hits, LOCKS)
    assert locks is None or ("broken" not in locks.matched and "lights" not in locks.matched)
    assert locks is None or locks.score < hits[0].score
    # Written whole, the phrase still finds the burglary paragraph.
    into = workspace.search("homes broken into", limit=3)
    assert into[0].text == LOCKS and "broken" in into[0].matched


def test_a_scheme_no_paragraph_names_gets_no_close_hit(workspace):
    unknown = workspace.search("Operation Bluebell")
    assert unknown and all(hit.level != "close" for hit in unknown)
    assert all(hit.matched == ["Operation"] for hit in unknown)
    known = workspace.search("Operation Kestrel")
    assert known[0].level == "close" and known[0].matched == ["Operation", "Kestrel"]


def test_a_paragraph_matching_part_of_the_query_scores_below_one_matching_all(workspace):
    add(workspace, ward_reports(), "fenmoor-annex-2024-12.txt")
    hits = workspace.search("youth workers in A&E", limit=12)
    assert hits[0].text == HOSPITAL
    partial = [hit for hit in hits if "ward:" in hit.text]
    assert partial and all(hit.matched == ["youth", "workers"] for hit in partial)
    assert all(hit.score < hits[0].score for hit in partial)
    assert all(0 < hit.score < 1.0 for hit in hits)
    assert [hit.level for hit in hits] == [relevance_level(hit.score) for hit in hits]


@pytest.mark.parametrize("query, word", [
    ("serious", "serious"),
    ("call handlers", "call"),
    ("bins emptied weekly", "emptied"),
])
def test_policing_words_on_general_stop_lists_are_searched(workspace, query, word):
    hits = workspace.search(query)
    assert hits and word in hits[0].matched


SHOP_THEFT = ("Shop theft reported by town-centre retailers fell by a fifth after the business crime "
              "partnership began sharing photographs of prolific offenders.")
BLEED_KITS = "Bleed control kits are now kept in 40 shops."
NIGHT_BUSES = "Night buses from Fenmoor town centre carried street pastors every Friday and Saturday."
STATION_BINS = "Knife surrender bins now stand at both bus stations."


def kestrel_quarter() -> Statement:
    return Statement(
        title="Fenmoor statement", force="Fenmoor", date="2025-03",
        sections=[
            Section("Reduce Serious Violence", "serious-violence", [
                Paragraph(1, BLEED_KITS), Paragraph(2, NIGHT_BUSES), Paragraph(3, STATION_BINS)]),
            Section("Reduce Neighbourhood Crime", "neighbourhood-crime", [
                Paragraph(4, SHOP_THEFT),
                # Theft and the night are common in statements; shops and buses are not.
                Paragraph(5, "Vehicle theft fell after the night patrols in retail car parks."),
                Paragraph(6, "Bicycle theft at the college was halved by new secure racks."),
                Paragraph(7, "Theft from the person in the night-time economy rose slightly."),
                Paragraph(8, "Theft of farm machinery was the rural team's priority at night."),
                Paragraph(9, "Night-time burglary patrols visited every village once a week."),
                Paragraph(10, "Theft of catalytic converters stopped after two arrests at night."),
                Paragraph(11, "Theft of fuel from farms was reported to the rural team overnight."),
                Paragraph(12, "Theft of tools from vans: the night patrols marked 300 tool kits."),
            ]),
        ],
    )


@pytest.mark.parametrize("query, whole, one_word, word", [
    ("shop theft", SHOP_THEFT, BLEED_KITS, "shop"),
    ("night buses", NIGHT_BUSES, STATION_BINS, "buses"),
])
def test_one_shared_word_of_a_short_query_is_not_close(workspace, query, whole, one_word, word):
    add(workspace, kestrel_quarter(), "fenmoor-2025-03.txt")
    hits = workspace.search(query)
    assert hits[0].text == whole and hits[0].level == "close"
    partial = _hit(hits, one_word)
    assert partial is not None and partial.matched == [word]
    assert partial.level != "close" and partial.score < hits[0].score


def test_a_paragraph_sharing_one_word_ranks_below_one_sharing_the_phrase(workspace):
    hits = workspace.search("broken street lights")
    locks = _hit(hits, LOCKS)
    assert locks is None or (locks.level == "weak" and hits.index(locks) > hits.index(_hit(hits, LIGHTS)))


def test_a_one_word_query_keeps_its_full_score(workspace):
    add(workspace, kestrel_quarter(), "fenmoor-2025-03.txt")
    alone = _hit(workspace.search("shops"), BLEED_KITS)
    assert alone is not None and alone.level == "close"
