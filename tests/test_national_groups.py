"""Ranks a Welsh force's office quotes besides the 43: within its most
similar group (which drafter has no list of: never a wrong rank, always
named for checking), among the four Welsh forces ("in Wales", "of the Welsh
forces"), and for a financial year written "2023-24".

Figures: tests/fixtures/national/forces-rolling-years.csv (made up for all
43 forces, years ending June and September); South Wales has the most
residential burglaries of the four Welsh forces in the year ending June
2024, Gwent the third most.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter

FIXTURES = Path(__file__).parent / "fixtures" / "national"
STATEMENT = FIXTURES / "gwent-2024-09-similar-forces.txt"


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory):
    root = tmp_path_factory.mktemp("groups")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(FIXTURES / "forces-rolling-years.csv")
        report = workspace.review(STATEMENT, period="YE2024-06")
        workspace.add_statements([STATEMENT])
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    return report, draft


def _claims(report) -> dict:
    return {(claim.paragraph.section_label, claim.text): claim for claim in report.ranks}


def test_a_rank_in_the_most_similar_group_is_never_checked_against_the_43(reviewed):
    report, _ = reviewed
    similar = [c for c in report.ranks if "similar" in c.sentence]
    assert [c.text for c in similar] == ["second lowest", "lowest"]
    assert {c.status for c in similar} == {"unverifiable"}
    warnings = [f for f in report.findings if f.kind == "unverified-rank" and "similar" in f.evidence]
    assert len(warnings) == 2 and all("most similar group, which drafter has no list of" in f.message
                                      for f in warnings)
    assert not [f for f in report.findings if f.kind == "wrong-rank" and "similar" in f.evidence]


def test_in_wales_and_of_the_welsh_forces_rank_among_the_four(reviewed):
    report, _ = reviewed
    gwent, south_wales = [c for c in report.ranks if "Wales" in c.sentence and "highest" == c.text]
    assert (gwent.area, gwent.among, gwent.status) == ("Gwent", "region", "wrong")
    assert gwent.reason.startswith("Gwent is the 3rd highest of 4 forces in Wales for residential_burglary in "
                                   "YE2024-06, not highest; South Wales is highest")
    assert (south_wales.area, south_wales.among, south_wales.status) == ("South Wales", "region", "verified")


def test_a_financial_year_written_with_a_hyphen_is_the_claims_period(reviewed):
    report, _ = reviewed
    twelfth = next(c for c in report.ranks if c.text == "twelfth highest")
    assert str(twelfth.period) == "2023/24"
    assert twelfth.status == "unverifiable" and "in 2023/24" in twelfth.reason  # no 2023/24 figures loaded
    assert not [m for m in report.figures if m.text == "24"]


def test_roll_forward_keeps_a_similar_group_rank_and_names_it(reviewed):
    _, draft = reviewed
    first = draft.section("serious-violence").paragraphs[0]
    assert first.text.startswith("Gwent had the second lowest rate of knife offences in its most similar group")
    assert any("most similar group" in left["reason"] for left in first.origin.not_rolled)


def test_a_statement_that_quotes_ranks_but_no_figures_still_rolls_its_ranks(reviewed):
    _, draft = reviewed
    assert draft.period == "YE2024-09"
    gwent, south_wales = draft.section("neighbourhood-crime").paragraphs[:2]
    assert gwent.text == ("Gwent recorded the 3rd highest number of residential burglaries in Wales in the year "
                          "ending September 2024.")
    assert south_wales.text.startswith("South Wales recorded the highest number of residential burglaries of the "
                                       "Welsh forces in the year ending September 2024")


def test_the_highest_number_is_a_count_rank_whatever_rate_its_sentence_gives(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIXTURES / "forces-rolling-years.csv")
        report = workspace.review(FIXTURES / "gwent-2024-09-counts-and-rates.txt", period="YE2024-06")
    claims = [(c.text, c.per, c.status) for c in report.ranks]
    # Gwent: 1,338 knife offences, 13th highest of 43; 55.0 per 100,000, 14th lowest (30th highest).
    assert claims == [("13th highest", None, "verified"), ("13th highest", None, "verified"),
                      ("below the national average", 100_000, "verified"),
                      ("lower rate of knife offences than most other forces", 100_000, "verified"),
                      ("14th lowest", 100_000, "verified")]  # "rate" opens its clause, well before the rank
    assert "wrong-rank" not in {f.kind for f in report.findings}
    # "29 of the other 42 forces" counts forces: neither number is a figure to check.
    assert not [m for m in report.figures if m.text in ("29", "42") and m.status != "not-a-figure"]


@pytest.mark.parametrize("words, place", [("fourteenth", 14), ("twenty-first", 21), ("twenty first", 21),
                                          ("forty-third", 43), ("thirtieth", 30)])
def test_a_place_in_words_is_read_to_the_43rd(words, place):
    from drafter.claims.ranks import RANK_PHRASE

    match = RANK_PHRASE.search(f"Gwent had the {words} lowest rate of knife offences of the 43 forces.")
    assert match.group(0).lower() == f"{words} lowest"


def test_a_place_in_words_beyond_the_twelfth_is_checked_and_rolled_in_words(tmp_path):
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(STATEMENT.read_text(encoding="utf-8").replace(
        "Gwent recorded the highest number of residential burglaries in Wales",
        "Gwent had the fourteenth lowest rate of knife offences of the 43 forces"), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIXTURES / "forces-rolling-years.csv")
        report = workspace.review(statement, period="YE2024-06")
        workspace.add_statements([statement])
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    # Gwent's knife rate is the 14th lowest in the year ending June 2024, the 16th lowest in September.
    claim = next(c for c in report.ranks if c.text == "fourteenth lowest")
    assert (claim.position, claim.status) == (14, "verified")
    assert draft.section("neighbourhood-crime").paragraphs[0].text == (
        "Gwent had the sixteenth lowest rate of knife offences of the 43 forces in the year ending September 2024.")


def _standing(position, joint=(), order="highest"):
    from decimal import Decimal

    from drafter.figures import Standing

    return Standing("Gwent", position, 43, order, "forces", "England and Wales", Decimal("0"), tuple(joint), (),
                    "homicides")


@pytest.mark.parametrize("text, position, joint, expected", [
    ("third highest", 43, (), "lowest"),                     # never "the forty-third highest"
    ("3rd highest", 43, (), "lowest"),
    ("the leading police force", 43, (), "the lowest police force"),
    ("third highest", 42, ("Essex",), "joint forty-second highest"),  # a tie at the foot stays as it is
    ("largest", 43, (), "smallest"),
])
def test_a_force_rolled_to_the_foot_of_the_table_is_the_lowest(text, position, joint, expected):
    from drafter.drafts.roll_ranks import reworded

    assert reworded(text, _standing(position, joint)) == expected


@pytest.mark.parametrize("claimed, holds", [("among the five lowest", False), ("in the bottom four", False),
                                            ("among the three lowest", True)])
def test_a_count_of_places_the_group_is_too_small_for_is_not_verified(tmp_path, claimed, holds):
    # Gwent has the third most residential burglaries in Wales: the second fewest of the four.
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(STATEMENT.read_text(encoding="utf-8").replace(
        "Gwent recorded the highest number of residential burglaries in Wales",
        f"Gwent was {claimed} in Wales for residential burglaries"), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIXTURES / "forces-rolling-years.csv")
        report = workspace.review(statement, period="YE2024-06")
    claim = next(c for c in report.ranks if "Gwent was" in c.sentence and c.among == "region")
    assert claim.status == ("verified" if holds else "wrong"), claim.reason
    if not holds:
        within = claim.within
        assert claim.reason.startswith(f"there are only 4 forces in Wales, so every one is in the bottom {within}; "
                                       "Gwent is the 2nd lowest of 4 forces in Wales")


GAP_IN_ITS_OWN_SENTENCE = """Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
September 2024

Reduce serious violence

Gwent recorded a rate of 55.0 knife offences per 100,000 population in the year ending June 2024. That is {gap} below the national rate.
"""


@pytest.mark.parametrize("gap, status", [("21.1%", "verified"), ("30.0%", "wrong")])
def test_a_gap_in_the_sentence_after_its_measure_is_checked(tmp_path, gap, status):
    # Gwent 55.02 per 100,000 against England and Wales 69.76: 21.1% below.
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(GAP_IN_ITS_OWN_SENTENCE.format(gap=gap), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIXTURES / "forces-rolling-years.csv")
        report = workspace.review(statement, period="YE2024-06")
    # A wrong gap is listed beside the claim it measures, as its wrong-rank error is counted.
    (claim,) = [listed for listed in report.ranks if listed.text != gap]
    assert (claim.measure, claim.per, str(claim.period), claim.status) == (
        "knife_offences", 100_000, "YE2024-06", "verified")
    assert [listed.status for listed in report.ranks if listed.text == gap] == (["wrong"] if status == "wrong" else [])
    wrong = [f for f in report.findings if f.kind == "wrong-rank"]
    assert [f.message.startswith(f"{gap} is given as the gap to the national figure") for f in wrong] == (
        [True] if status == "wrong" else [])


def test_a_gap_in_the_sentence_after_its_measure_rolls_with_it(tmp_path):
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(GAP_IN_ITS_OWN_SENTENCE.format(gap="21.1%"), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIXTURES / "forces-rolling-years.csv")
        workspace.add_statements([statement])
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
        report = workspace.review(draft.id)
    assert draft.section("serious-violence").paragraphs[0].text == (
        "Gwent recorded a rate of 58.0 knife offences per 100,000 population in the year ending September 2024. "
        "That is 15.2% below the national rate.")
    assert not [f for f in report.findings if f.kind in ("wrong-rank", "wrong-figure", "stale-figure")]


@pytest.mark.parametrize("text, forces", [
    ("The MPS recorded the highest number of knife offences.", ["Metropolitan Police"]),
    ("Officers worked with the Met and GMP on county lines.", ["Metropolitan Police", "Greater Manchester"]),
    ("MPs debated the Bill; the Met Office warned of storms.", []),
    ("He met the Commissioner in Mps and gmp offices.", []),
])
def test_a_force_is_read_from_its_acronym_in_capitals_and_from_the_met(text, forces):
    from drafter.forces import forces_in_text

    assert [mention.force for mention in forces_in_text(text)] == forces


@pytest.mark.parametrize("written, status, rolled", [
    ("was 14th out of 43 forces", "verified", "was 16th out of 43 forces"),
    ("was ranked 14th of the 43 forces", "verified", "was ranked 16th of the 43 forces"),
    ("was 20th out of 43 forces", "wrong", None),
])
def test_a_place_with_no_end_named_holds_from_either_end_and_rolls_from_it(tmp_path, written, status, rolled):
    # Gwent's knife rate: 14th lowest (30th highest) of 43 in June 2024, 16th lowest in September.
    statement = tmp_path / "gwent-2024-09.txt"
    sentence = f"Gwent's rate of knife offences {written} in the year ending June 2024."
    statement.write_text(GAP_IN_ITS_OWN_SENTENCE.split("Gwent recorded")[0] + sentence + "\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIXTURES / "forces-rolling-years.csv")
        report = workspace.review(statement, period="YE2024-06")
        workspace.add_statements([statement])
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    (claim,) = report.ranks
    assert claim.status == status, claim.reason
    if status == "wrong":
        assert "not 20th from either end" in claim.reason
        return
    assert claim.reason.startswith("knife_offences per 100,000, YE2024-06: Gwent 55.0 is the 14th lowest of 43")
    assert draft.section("serious-violence").paragraphs[0].text == (
        f"Gwent's rate of knife offences {rolled} in the year ending September 2024.")


def test_per_100000_population_is_the_base_of_a_rate_not_the_measure_compared(tmp_path):
    """"A rate of 0.8 per 100,000 population, below the national average": the
    population is the rate's base; the claim is never judged as a claim about
    population (which would call every force level with the nation)."""
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text("Gwent Police and Crime Commissioner\nNational Policing Priorities\nSeptember 2024\n\n"
                         "Reduce murder and other homicide\n\n"
                         "1. This is a rate of 0.8 per 100,000 population, below the national average of "
                         "4.1 per 100,000.\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIXTURES / "forces-rolling-years.csv")
        report = workspace.review(statement, period="YE2024-06")
    assert not [f for f in report.findings if "population" in f.message]
    assert not [c for c in report.ranks if c.measure == "population"]


WELSH_GROUP = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
September 2024

Reduce neighbourhood crime

Of the four Welsh forces, Gwent recorded the third highest number of residential burglaries in the year ending \
June 2024.

Among the Welsh forces, Gwent had the third highest number of residential burglaries.

Gwent had the third highest number of residential burglaries of any Welsh force.

Gwent had the third highest number of residential burglaries in Wales, and the 12th highest in England and Wales.

Gwent had the third highest residential burglary rate in Wales, and the 31st highest in England and Wales.

Gwent had the 12th highest number of residential burglaries of the 43 forces, and the lowest in its most similar group.
"""


def test_the_group_named_before_a_rank_or_in_its_clause_is_its_group(tmp_path):
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(WELSH_GROUP, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIXTURES / "forces-rolling-years.csv")
        report = workspace.review(statement, period="YE2024-06")
    assert [(c.text, c.among, c.status) for c in report.ranks] == [
        ("third highest", "region", "verified"), ("third highest", "region", "verified"),
        ("third highest", "region", "verified"), ("third highest", "region", "verified"),
        ("12th highest", "forces", "verified"), ("third highest", "region", "verified"),
        ("31st highest", "forces", "verified"), ("12th highest", "forces", "verified"),
        ("lowest", "similar", "unverifiable")]
    assert report.ranks[-3].per == 100_000  # the rate the clause before it named
    assert not [f for f in report.findings if f.kind == "wrong-rank"]


COUNT_OR_RATE = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
September 2024

Reduce neighbourhood crime

Gwent was ranked 31st of the 43 forces for residential burglary in the year ending June 2024.

Gwent was ranked 20th of the 43 forces for residential burglary in the year ending June 2024.

Gwent had the 31st highest number of residential burglaries of the 43 forces in the year ending June 2024.
"""


def test_a_rank_saying_neither_number_nor_rate_holds_of_the_count_or_else_the_rate(tmp_path):
    # Gwent's residential burglaries: the 12th highest count, the 31st highest rate per 100,000.
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(COUNT_OR_RATE, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(FIXTURES / "forces-rolling-years.csv")
        report = workspace.review(statement, period="YE2024-06")
        workspace.add_statements([statement])
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    rate, neither, number = report.ranks
    # Said again on the rate it was true of: the 30th highest in the year ending September 2024.
    assert draft.section("neighbourhood-crime").paragraphs[0].text == (
        "Gwent was ranked 30th of the 43 forces for residential burglary in the year ending September 2024.")
    assert (rate.status, rate.per) == ("verified", 100_000)
    assert "Gwent 203.0 is the 31st highest of 43 forces" in rate.reason
    assert (neither.status, neither.per) == ("wrong", None) and "12th highest" in neither.reason
    assert (number.status, number.per) == ("wrong", None)
