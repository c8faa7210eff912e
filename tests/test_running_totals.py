"""A running total, a count whose sentence gives it a span of its own
("Twelve county lines have been closed since April 2026", "So far this
financial year, 12 …", "in total", "over the past six months"), is not the
quarter its paragraph names: review never calls it a wrong figure for that
quarter, and copy forward keeps it as written and lists it, where it had
written the next quarter's count under "since April". Also: "the fourth and
final quarter of 2025/26" rolls to "the first quarter of 2026/27", and a
period phrase joined to another ordinal is kept and listed, never half
rewritten.

Durham's statements and figures here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import pytest

from drafter.claims.running_totals import own_span
from drafter.figures.period_text import find_periods, rewrite
from drafter.figures.periods import Period
from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value,unit
Durham,population,2025,660000,
Durham,population,2026,660000,
Durham,drug_seizures,2025-Q2,120,
Durham,drug_seizures,2025-Q3,131,
Durham,drug_seizures,2026-Q1,140,
Durham,drug_seizures,2026-Q2,144,
Durham,drug_seizures,2026-Q3,152,
Durham,county_lines_closed,2025-Q2,3,
Durham,county_lines_closed,2025-Q3,6,
Durham,county_lines_closed,2026-Q1,4,
Durham,county_lines_closed,2026-Q2,7,
Durham,county_lines_closed,2026-Q3,5,
"""

HEADER = """\
Durham Police and Crime Panel

{month}

Title: National Policing Priorities – Durham Police and Crime Commissioner Statement

This statement covers {covers}.

Disrupt drugs supply and county lines

"""


@pytest.fixture
def durham(empty_workspace, tmp_path):
    (tmp_path / "durham.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "durham.csv")
    return empty_workspace


def _statement(tmp_path, name, month, covers, paragraphs):
    path = tmp_path / name
    path.write_text(HEADER.format(month=month, covers=covers) + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


RUNNING_TOTALS = [
    "Twelve county lines have been closed since April 2026.",
    "So far this financial year, 12 county lines have been closed.",
    "Financial year to date, 12 county lines have been closed.",
    "Over the past six months, 12 county lines were closed.",
    "In total, 40 county lines have been closed since the scheme began.",
]
# Totals for the financial year so far, which review adds up from the year's quarters.
YEAR_SO_FAR = RUNNING_TOTALS[:3]


@pytest.mark.parametrize("sentence", [
    "Over the last 12 months (to March 2026) there were 816 knife offences.",
    "Over the last 12 months to March 2026 there were 816 knife offences.",
    "In the past three months (to June 2026), 40 arrests were made.",
])
def test_the_last_months_named_by_their_end_are_a_reporting_period_not_a_running_total(sentence):
    assert own_span(sentence) is None
    assert [p.style for p in find_periods(sentence)][-1] in ("year_ending", "quarter_ending")


@pytest.mark.parametrize("sentence", RUNNING_TOTALS)
def test_a_running_total_is_not_a_wrong_figure_for_its_paragraph_s_quarter(durham, tmp_path, sentence):
    path = _statement(tmp_path, "durham-2026-11.txt", "November 2026", "July to September 2026",
                      [f"Officers made 152 drug seizures in July to September 2026. {sentence}"])
    report = durham.review(path)
    assert not [f for f in report.findings if f.kind == "wrong-figure"]
    assert not any("2026-Q3" in f.message and "county lines" in f.message for f in report.findings)
    unverified = [f.message for f in report.findings if f.kind == "unverified-figure"]
    if sentence in YEAR_SO_FAR:
        # The financial year's quarters so far (7 and 5 county lines) add up to its 12: checked, not left.
        assert unverified == []
        assert [n.status for n in report.figures if n.value == 12] == ["verified"]
    else:
        assert len(unverified) == 1 and "a total '" in unverified[0] and "not one period's figure" in unverified[0]


def test_the_running_total_s_message_quotes_its_span_as_written(durham, tmp_path):
    path = _statement(tmp_path, "durham-2026-11.txt", "November 2026", "July to September 2026",
                      ["Officers made 152 drug seizures in July to September 2026. "
                       "Twelve county lines have been closed since June 2025."])
    [message] = [f.message for f in durham.review(path).findings if f.kind == "unverified-figure"]
    assert message.startswith("Twelve: a total 'since June 2025', not one period's figure")


def test_a_quarter_s_count_beside_a_running_total_paragraph_is_still_held_to_the_quarter(durham, tmp_path):
    path = _statement(tmp_path, "durham-2026-11.txt", "November 2026", "July to September 2026",
                      ["Officers made 152 drug seizures in July to September 2026. Seven county lines were closed.",
                       "Officers made 152 drug seizures in July to September 2026. "
                       "Twelve county lines have been closed since April 2026."])
    wrong = [f.message for f in durham.review(path).findings if f.kind == "wrong-figure"]
    assert wrong == ["Seven county lines were closed in 2026-Q3: the figures give 5 for Durham (durham.csv); "
                     "Seven is the figure for 2026-Q2"]


def test_copy_forward_moves_a_total_for_the_year_so_far_and_lists_one_in_words(durham, tmp_path):
    # In the first quarter of the year "since April" is that quarter, so the totals equal its count (7).
    path = _statement(tmp_path, "durham-2026-08.txt", "August 2026", "April to June 2026", [
        "Officers made 144 drug seizures in April to June 2026. Seven county lines have been closed since April 2026.",
        "Officers made 144 drug seizures in April to June 2026. So far this financial year, 7 county lines "
        "have been closed.",
        "Officers made 144 drug seizures in April to June 2026. Seven county lines were closed."])
    durham.add_statements([path], force="Durham")
    draft = durham.new_draft(from_statement=durham.list_statements()[0].id)
    assert draft.period == "2026-Q3"
    paragraphs = [p for p in draft.section("drugs-county-lines").paragraphs if p.kind == PARAGRAPH]
    assert [p.text for p in paragraphs] == [
        "Officers made 152 drug seizures in July to September 2026. Seven county lines have been closed "
        "since April 2026.",
        "Officers made 152 drug seizures in July to September 2026. So far this financial year, 12 county lines "
        "have been closed.",
        "Officers made 152 drug seizures in July to September 2026. Five county lines were closed."]
    # The total in figures is the year's quarters so far, 7 and 5, moved on; the one in words is left.
    left = [(entry["text"], entry["reason"]) for p in paragraphs[:2] for entry in p.origin.not_rolled]
    assert left == [
        ("Seven", "a total 'since April 2026', not one period's figure: kept as written, give its total to the "
                  "end of 2026-Q3")]
    # The total kept in words is now wrong for the quarter a total to its end is for, as the writer was told.
    report = durham.review(draft.id)
    assert [f.evidence for f in report.findings if f.kind == "wrong-figure"] == [
        "Seven county lines have been closed since April 2026."]


def test_the_fourth_and_final_quarter_is_one_phrase_that_rolls_whole():
    phrase = next(p for p in find_periods("the fourth and final quarter of 2025/26") if p.style == "ordinal_quarter")
    assert phrase.text == "fourth and final quarter of 2025/26"
    assert phrase.period == Period.parse("2026-Q1")
    assert rewrite(phrase, Period.parse("2026-Q2")) == "first quarter of 2026/27"
    assert rewrite(phrase, Period.parse("2027-Q1")) == "fourth and final quarter of 2026/27"


@pytest.mark.parametrize("covers, rolled, left", [
    ("January to March 2026, the fourth and final quarter of 2025/26",
     "April to June 2026, the first quarter of 2026/27", []),
    ("January to March 2026, the third and final quarter of 2025/26",
     "April to June 2026, the third and final quarter of 2025/26", ["third and final quarter of 2025/26"]),
])
def test_copy_forward_rewords_a_period_phrase_whole_or_keeps_and_lists_it(durham, tmp_path, covers, rolled, left):
    path = _statement(tmp_path, "durham-2026-05.txt", "May 2026", covers,
                      ["Officers made 140 drug seizures in January to March 2026."])
    durham.add_statements([path], force="Durham")
    draft = durham.new_draft(from_statement=durham.list_statements()[0].id)
    [introduction] = draft.section("introduction").paragraphs
    assert introduction.text == f"This statement covers {rolled}."
    assert [entry["text"] for entry in introduction.origin.not_rolled] == left


def test_since_after_a_record_dates_a_comparison_and_the_count_is_still_the_quarter_s(durham, tmp_path):
    path = _statement(tmp_path, "durham-2026-11.txt", "November 2026", "July to September 2026",
                      ["Officers made 152 drug seizures in July to September 2026. Seven county lines were closed, "
                       "the highest number since 2019."])
    wrong = [f.message for f in durham.review(path).findings if f.kind == "wrong-figure"]
    assert len(wrong) == 1 and "the figures give 5 for Durham" in wrong[0]
