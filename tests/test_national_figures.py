"""A reviewer quoting the national figure in a sentence that compares
nothing ("against an England and Wales average of 248.4", "Across England
and Wales the residential burglary rate was 248.4 per 100,000"): it is
checked against England and Wales when every force's figures are loaded,
a stale one is an error naming the true figure, and without every force's
figures it is only ever unverified.

Figures: tests/fixtures/national/forces-rolling-years.csv (made up for all
43 forces); the statement quotes Gwent's for the year ending June 2024.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter

FIXTURES = Path(__file__).parent / "fixtures" / "national"
STATEMENT = FIXTURES / "gwent-2024-09-year-ending.txt"
FIGURES = FIXTURES / "forces-rolling-years.csv"
AVERAGE = "against an England and Wales average of 248.4"
ACROSS = "Across England and Wales the residential burglary rate was 248.4"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("national-figures")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(FIGURES)
        yield opened, root


def _review(workspace, root: Path, text: str, name: str):
    path = root / name
    path.write_text(text, encoding="utf-8")
    return workspace.review(path, period="YE2024-06")


def _numbers(report, text: str) -> list:
    return [m for m in report.figures if m.text == text]


def test_a_national_rate_quoted_without_a_comparison_is_verified(workspace):
    opened, root = workspace
    report = _review(opened, root, STATEMENT.read_text(encoding="utf-8"), "gwent-2024-09.txt")
    quoted = _numbers(report, "248.4")
    assert [m.status for m in quoted] == ["verified", "verified"]
    assert all("England and Wales" in m.derivation and m.period == "YE2024-06" for m in quoted)
    assert not [f for f in report.findings if "248.4" in f.message]


def test_a_stale_national_rate_is_an_error_naming_the_national_figure(workspace):
    opened, root = workspace
    text = STATEMENT.read_text(encoding="utf-8")
    text = text.replace(AVERAGE, "against an England and Wales average of 251.0").replace(
        ACROSS, "Across England and Wales the residential burglary rate was 240.1")
    report = _review(opened, root, text, "gwent-2024-09-stale.txt")
    wrong = {f.message.split()[0]: f for f in report.findings if f.kind == "wrong-rank"}
    assert set(wrong) == {"251.0", "240.1"}
    for finding in wrong.values():
        assert finding.severity == "error" and finding.section == "neighbourhood-crime"
        assert "is given as the national figure, but residential_burglary per 100,000 population, YE2024-06" \
            in finding.message
        assert finding.message.endswith("= 248.41")


def test_without_every_forces_figures_the_national_rate_is_unverified_never_wrong(tmp_path):
    gwent_only = tmp_path / "gwent.csv"
    lines = FIGURES.read_text(encoding="utf-8").splitlines()
    gwent_only.write_text("\n".join([lines[0], *(line for line in lines if line.startswith("Gwent,"))]) + "\n",
                          encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(gwent_only)
        text = STATEMENT.read_text(encoding="utf-8").replace(AVERAGE, "against an England and Wales average of 251.0")
        report = _review(opened, tmp_path, text, "gwent-2024-09.txt")
    assert "wrong-rank" not in {f.kind for f in report.findings}
    assert [m.status for m in _numbers(report, "251.0")] == ["unverified"]
    unverified = next(f for f in report.findings if f.message.startswith("251.0"))
    assert "about another area or the nation" in unverified.message


def test_roll_forward_moves_the_national_rate_quoted_alone(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(FIGURES)
        opened.add_statements([STATEMENT])
        draft = opened.new_draft(from_statement=opened.list_statements()[0].id)
        opened.save_draft(draft)
        report = opened.review(draft.id)
    burglary = [p.text for p in draft.section("neighbourhood-crime").paragraphs]
    assert burglary[0].endswith("in the 12 months to September 2024, against an England and Wales average of 247.8.")
    assert burglary[1] == ("Across England and Wales the residential burglary rate was 247.8 per 100,000 population "
                           "in the year ending September 2024.")
    assert not [f for f in report.findings if f.kind in ("wrong-rank", "unverified-figure")
                and f.section == "neighbourhood-crime"]


@pytest.mark.parametrize("sentence, expected", [
    ("Gwent was ranked 45th of the 43 forces for knife offences in the year ending June 2024.",
     "'ranked 45th': there are only 43 forces, so none is 45th; Gwent is the 13th highest of 43 forces for "
     "knife_offences in YE2024-06"),
    ("Gwent had the 5th highest number of knife offences in Wales in the year ending June 2024.",
     "'5th highest': there are only 4 forces in Wales, so none is 5th; Gwent is the "),
])
def test_a_rank_no_force_can_hold_says_so(workspace, sentence, expected):
    opened, root = workspace
    text = STATEMENT.read_text(encoding="utf-8").replace(
        "The rate of knife offences in Gwent was", f"{sentence}\n\nThe rate of knife offences in Gwent was")
    report = _review(opened, root, text, "gwent-2024-09-rank.txt")
    wrong = [f.message for f in report.findings if f.kind == "wrong-rank"]
    assert len(wrong) == 1 and wrong[0].startswith(expected)


def test_a_percentage_gap_to_the_national_rate_is_checked(workspace):
    opened, root = workspace
    text = STATEMENT.read_text(encoding="utf-8")
    right = _review(opened, root, text, "gwent-2024-09-gap.txt")
    assert [m.status for m in _numbers(right, "21.1%")] == ["verified"]
    assert "-21.13% of the national value" in _numbers(right, "21.1%")[0].derivation
    wrong = _review(opened, root, text.replace("was 21.1% below", "was 25 per cent below"), "gwent-2024-09-gap2.txt")
    finding = next(f for f in wrong.findings if f.kind == "wrong-rank")
    assert finding.message.startswith("25 per cent is given as the gap to the national figure, but knife_offences "
                                      "per 100,000, YE2024-06: Gwent 55.02 - England and Wales 69.76")


def test_roll_forward_works_the_percentage_gap_out_again(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(FIGURES)
        path = tmp_path / "gwent-2024-09.txt"
        path.write_text(STATEMENT.read_text(encoding="utf-8").replace(
            "Residential burglary in Gwent stood", "Residential burglary in Gwent was 30 per cent below the national "
            "rate in the year ending June 2024.\n\nResidential burglary in Gwent stood"), encoding="utf-8")
        opened.add_statements([path])
        draft = opened.new_draft(from_statement=opened.list_statements()[0].id)
    knives = next(p for p in draft.section("serious-violence").paragraphs if p.text.startswith("Knife crime"))
    assert knives.text == "Knife crime in Gwent was 15.2% below the national rate in the year ending September 2024."
    refuted = draft.section("neighbourhood-crime").paragraphs[0]
    assert refuted.text.startswith("Residential burglary in Gwent was 30 per cent below")
    assert [left["text"] for left in refuted.origin.not_rolled] == ["30 per cent"]
    assert "did not hold in the statement copied" in refuted.origin.not_rolled[0]["reason"]



def test_a_bound_is_checked_as_a_bound(workspace):
    opened, root = workspace
    text = STATEMENT.read_text(encoding="utf-8")
    report = _review(opened, root, text, "gwent-2024-09-bounds.txt")
    # 1,338 knife offences and 4,937 residential burglaries: "nearly 1,340" and "more than 4,900" hold.
    assert [m.status for m in _numbers(report, "1,340")] == ["verified"]
    assert [m.status for m in _numbers(report, "4,900")] == ["verified"]
    overstated = _review(opened, root, text.replace("more than 4,900", "more than 5,200"), "gwent-2024-09-over.txt")
    assert [m.status for m in _numbers(overstated, "5,200")] == ["unverified"]


def test_roll_forward_keeps_a_bound_true_or_leaves_it(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(FIGURES)
        opened.add_statements([STATEMENT])
        draft = opened.new_draft(from_statement=opened.list_statements()[0].id)
    bounds = next(p for p in draft.section("serious-violence").paragraphs if p.text.startswith("Nearly"))
    # 1,411 knife offences and 5,012 residential burglaries in the year ending September 2024.
    assert bounds.text == ("Nearly 1,340 knife offences were recorded in Gwent in the year ending September 2024, and "
                           "residential burglaries came to more than 5,000.")
    assert bounds.origin.not_rolled == [{"text": "1,340", "reason": "knife_offences is 1,411 in YE2024-09, "
                                         "more than the number it is said to be nearly: reword"}]


@pytest.mark.parametrize("written, inside, outside", [
    ("more than 1,500 offences", (1500, 1574, 1600), (1449, 1601)),
    ("fewer than 1,500 offences", (1400, 1450, 1500), (1399, 1501)),
    ("nearly 1,500 offences", (1450, 1500), (1449, 1501)),
    ("around 1,500 offences", (1450, 1549), (1449, 1551)),
])
def test_a_bound_matches_on_its_own_side(written, inside, outside):
    from drafter.claims.numbers import extract_numbers
    from drafter.nlp import parse_texts

    mention = next(m for m in extract_numbers(written, parse_texts([written], entities=False)[0]) if m.value >= 100)
    assert all(mention.matches(value) for value in inside)
    assert not any(mention.matches(value) for value in outside)


@pytest.mark.parametrize("written, value, expected", [
    ("more than 1,500 offences", 1684, "1,600"),   # half away would say 1,700: not more than 1,684
    ("fewer than 200 offences", 212, "300"),
    ("around 1,500 offences", 1684, "1,700"),
    ("nearly 5,000 offences", 4937, "5,000"),
    ("nearly 5,000 offences", 5012, None),          # cannot be said: the writer rewords it
])
def test_a_bound_rolled_on_stays_true(written, value, expected):
    from decimal import Decimal

    from drafter.claims.numbers import extract_numbers
    from drafter.drafts.restyle import restyle
    from drafter.nlp import parse_texts

    mention = next(m for m in extract_numbers(written, parse_texts([written], entities=False)[0]) if m.value >= 100)
    assert restyle(mention, Decimal(value)) == expected


@pytest.mark.parametrize("sentence", [
    "Nationally, the knife offence rate was {rate} per 100,000 population in the year ending June 2024.",
    "The average across England and Wales was {rate} knife offences per 100,000 population in the year ending "
    "June 2024.",
    "The England and Wales rate of knife offences was {rate} per 100,000 in the year ending June 2024.",
    "Gwent's knife offence rate of 55.0 per 100,000 compares with {rate} per 100,000 across England and Wales in "
    "the year ending June 2024.",
])
def test_each_way_of_quoting_the_national_rate_is_checked(workspace, sentence):
    opened, root = workspace
    text = STATEMENT.read_text(encoding="utf-8")
    anchor = "Knife crime in Gwent was 21.1%"
    for rate, status in (("69.8", "verified"), ("71.0", "wrong")):
        report = _review(opened, root, text.replace(anchor, sentence.format(rate=rate) + "\n\n" + anchor),
                         f"gwent-2024-09-{status}.txt")
        added = [m for m in _numbers(report, rate) if m.paragraph.text.startswith(sentence[:20])]
        assert [m.status for m in added] == [status]


def test_a_national_count_is_checked_against_england_and_wales(workspace):
    opened, root = workspace
    text = STATEMENT.read_text(encoding="utf-8").replace(
        "Knife crime in Gwent was 21.1%",
        "In England and Wales there were 46,165 knife offences in the year ending June 2024.\n\nKnife crime in "
        "Gwent was 21.1%")
    quoted = _numbers(_review(opened, root, text, "gwent-2024-09-count.txt"), "46,165")
    assert [(m.status, m.derivation) for m in quoted] == [
        ("verified", "knife_offences, YE2024-06: 46,165 (England and Wales)")]


def test_a_percentage_measures_gap_in_points_and_national_figure_are_checked(tmp_path):
    statement = tmp_path / "gwent-2024-09.txt"
    statement.write_text(STATEMENT.read_text(encoding="utf-8").replace(
        "Improve satisfaction among victims\n",
        "Improve satisfaction among victims\n\nIn the year ending June 2024, 67% of victims in Gwent were satisfied "
        "with the service they received, {gap} percentage points below the national figure of 70%.\n"), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        opened.import_figures(FIXTURES / "victim-satisfaction-ye2024-06.csv")
        for gap, status in (("3", "verified"), ("7", "wrong")):
            path = tmp_path / f"gwent-{gap}.txt"
            path.write_text(statement.read_text(encoding="utf-8").format(gap=gap), encoding="utf-8")
            report = opened.review(path, period="YE2024-06")
            assert [m.status for m in _numbers(report, f"{gap} percentage points")] == [status]
            assert [m.status for m in _numbers(report, "70%")] == ["verified"]


@pytest.mark.parametrize("quoted, status", [("248.4", "verified"), ("238.4", "wrong")])
def test_a_national_rate_after_the_sentence_naming_its_measure_is_checked(workspace, quoted, status):
    """The measure is in the sentence before: "… the rate was 73.9 per 100,000" alone names none."""
    opened, root = workspace
    text = ("Gwent Police and Crime Commissioner\n\nStatement on the National Policing Priorities\n\n"
            "September 2024\n\nReduce neighbourhood crime\n\n1. Residential burglary in Gwent stood at 203.0 "
            "per 100,000 population in the 12 months to June 2024. Across England and Wales the rate was "
            f"{quoted} per 100,000.\n")
    report = _review(opened, root, text, f"gwent-2024-09-{status}.txt")
    assert [m.status for m in _numbers(report, quoted)] == [status]
    wrong = [f.message for f in report.findings if f.kind == "wrong-rank"]
    if status == "verified":
        assert wrong == []
    else:
        assert len(wrong) == 1 and wrong[0].startswith(f"{quoted} is given as the national figure")
        assert wrong[0].endswith("= 248.41")
    assert not [f for f in report.findings if f.kind == "unverified-figure" and quoted in f.message]
