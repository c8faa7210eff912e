"""Statements as other offices write them, reviewed against every force's
figures: the period a statement says it covers ("This statement covers the
financial year 2025/26"), a national claim in a sentence that names no period
after one comparing two years, a change measured from the period its own
words name, a count "in the same quarter of 2025", the national rate worked
out with the period's own populations, and the national figure as a
statement writes it.

The figures are made up, written at test time: every force for 2024/25 and
2025/26, and one force's quarters.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.figures import FigureSet, Period
from drafter.figures.national import national
from drafter.forces import FORCE_NAMES

FORCE = "Merseyside"
QUARTERS = {("knife_offences", "2025-Q1"): 451, ("knife_offences", "2025-Q4"): 402,
            ("knife_offences", "2026-Q1"): 388, ("homicides", "2025-Q1"): 9, ("homicides", "2026-Q1"): 5}


def _figures() -> str:
    rows = ["area,measure,period,value"]
    for number, force in enumerate(FORCE_NAMES):
        people = 1_000_000 + number * 10_000
        for period, knife in (("2024/25", 1100 + number * 10), ("2025/26", 1000 + number * 10)):
            if force == FORCE:
                people, knife = 1_450_000, {"2024/25": 1780, "2025/26": 1602}[period]
            rows += [f"{force},population,{period},{people}", f"{force},knife_offences,{period},{knife}"]
    # An older population for England and Wales, as an earlier ONS table gave it.
    rows.append("England and Wales,population,2023/24,58254436")
    rows += [f"{FORCE},{measure},{period},{value}" for (measure, period), value in QUARTERS.items()]
    return "\n".join(rows) + "\n"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("other-offices")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        figures = root / "figures.csv"
        figures.write_text(_figures(), encoding="utf-8")
        opened.import_figures(figures)
        yield opened, root


def _national_rate(opened) -> float:
    figures = FigureSet.load(opened, periods=[Period.parse("2025/26")])
    return float(national(figures, "knife_offences", "2025/26", 100_000).value)


def _national_count(opened) -> int:
    figures = FigureSet.load(opened, periods=[Period.parse("2025/26")])
    return int(national(figures, "knife_offences", "2025/26").value)


def _review(workspace, name: str, covers: str, body: str, period: str | None = None):
    opened, root = workspace
    path = root / name
    path.write_text(f"Merseyside Police and Crime Panel\n\nMay 2026\n\nNational Policing Priorities statement\n\n"
                    f"{covers}\n\nReduce serious violence\n\n{body}\n", encoding="utf-8")
    return opened.review(path, period=period)


def _kinds(report) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in report.findings if f.severity == "error" and f.kind != "missing-priority"]


def _status(report, text: str) -> str:
    return next(m.status for m in report.figures if m.text == text)


@pytest.mark.parametrize("covers, period", [
    ("This statement covers the financial year 2025/26.", "2025/26"),
    ("The figures in this report are for the financial year 2025/26.", "2025/26"),
    ("This statement covers the period January to March 2026 (Quarter 4 of 2025/26).", "2026-Q1")])
def test_the_kind_of_period_named_before_the_one_a_statement_covers_does_not_hide_it(workspace, covers, period):
    report = _review(workspace, "covers.txt", covers, "Knife crime fell to 1,602 offences.")
    assert report.period == period


def test_a_bare_quarter_before_one_of_a_named_year_is_the_statements(workspace):
    report = _review(workspace, "bare-quarter.txt", "This statement covers January to March 2026.",
                     "Knife offences: 388 in Quarter 4, compared with 451 in Quarter 4 of 2024/25.")
    assert [(m.text, m.status, m.period) for m in report.figures if m.kind == "count"] == [
        ("388", "verified", "2026-Q1"), ("451", "verified", "2025-Q1")]
    assert [f for f in report.findings if f.kind in ("stale-figure", "wrong-figure")] == []


def test_the_size_of_a_change_is_not_a_count_to_work_a_percentage_from(workspace):
    report = _review(workspace, "size-of-change.txt", "This statement covers January to March 2026.",
                     "There were 388 knife offences in the quarter. Compared with the previous quarter (402), "
                     "this is a reduction of 14 offences, or 3.5%.\n\n"
                     "There were 388 knife offences in the quarter, a reduction of 14 offences, or 3.5%, on the "
                     "previous quarter (402).")
    assert _kinds(report) == []
    first, second = [m for m in report.figures if m.text == "14"]
    assert (first.status, second.status) == ("unverified", "verified")
    (unworked,) = [f.message for f in report.findings if f.kind == "unverified-figure" and f.message.startswith("14")]
    assert unworked == "14: the size of a change, which review could not work out from counts beside it; " \
                       "check it against its source"


def test_a_difference_from_the_previous_year_is_worked_out(workspace):
    report = _review(workspace, "previous-year.txt", "This statement covers the financial year 2025/26.",
                     "Merseyside recorded 1,602 knife offences in 2025/26, 178 fewer than the previous year.")
    assert _status(report, "178") == "verified"


def test_the_national_rate_is_worked_out_with_the_periods_own_populations(workspace):
    opened, _ = workspace
    total = sum(1_000_000 + n * 10_000 for n, f in enumerate(FORCE_NAMES) if f != FORCE) + 1_450_000
    knife = sum(1000 + n * 10 for n, f in enumerate(FORCE_NAMES) if f != FORCE) + 1602
    assert _national_rate(opened) == pytest.approx(knife / total * 100_000, abs=0.005)


def test_a_national_claim_after_a_sentence_comparing_two_years_is_about_the_later(workspace):
    opened, _ = workspace
    national = round(_national_rate(opened), 1)
    report = _review(workspace, "after-two-years.txt", "This statement covers the financial year 2025/26.",
                     "Knife-enabled crime fell from 1,780 offences in 2024/25 to 1,602 in 2025/26. That is "
                     f"110.5 offences per 100,000 population, above the England and Wales rate of {national}.")
    assert _kinds(report) == []
    assert _status(report, f"{national}") == "verified"
    assert [(c.status, str(c.period)) for c in report.ranks] == [("verified", "2025/26")]


def test_the_period_a_national_claim_is_compared_with_is_not_the_one_it_is_about(workspace):
    opened, _ = workspace
    national = round(_national_rate(opened), 1)
    report = _review(workspace, "compared-with.txt", "This statement covers the financial year 2025/26.",
                     f"There were 1,602 knife offences, 110.5 per 100,000 population, above the England and "
                     f"Wales rate of {national} and down 10.0% on 2024/25.")
    assert _kinds(report) == []
    assert [(c.status, str(c.period)) for c in report.ranks] == [("verified", "2025/26")]


def test_a_wrong_national_figure_shown_to_two_places_says_how_it_rounds(workspace):
    # A national rate of 115.048… is shown as 115.05, which seems to round to 115.1.
    opened, root = workspace
    figures = root / "national-population.csv"
    figures.write_text("area,measure,period,value\nEngland and Wales,population,2025/26,"
                       f"{round(_national_count(opened) / 115.0488 * 100_000)}\n", encoding="utf-8")
    opened.import_figures(figures)
    try:
        report = _review(workspace, "wrong-national.txt", "This statement covers the financial year 2025/26.",
                         "There were 1,602 knife offences, 110.5 per 100,000 population, against an England and "
                         "Wales rate of 115.1.")
        (message,) = [m for kind, m in _kinds(report) if kind == "wrong-rank"]
        assert message.endswith("= 115.05, 115.0 to one decimal place")
    finally:
        opened.remove_figures(area="England and Wales", period="2025/26")


def test_a_change_is_measured_from_the_period_its_own_words_name(workspace):
    covers = "This statement covers January to March 2026."
    right = _review(workspace, "change-right.txt", covers,
                    "In the quarter, 388 knife offences were recorded, down 14% on the same period last year "
                    "and down from 402 in October to December 2025.")
    assert _kinds(right) == []
    assert _status(right, "14%") == "verified"
    wrong = _review(workspace, "change-wrong.txt", covers,
                    "In the quarter, 388 knife offences were recorded, down 11% on the same period last year "
                    "and down from 402 in October to December 2025.")
    assert _kinds(wrong) == [("arithmetic", "11% for knife offences: the figures went from 451 in 2025-Q1 "
                                            "to 388 in 2026-Q1 (-14.0%)")]


@pytest.mark.parametrize("earlier, status", [("nine", "verified"), ("9", "verified"), ("eight", "wrong"), ("8", "wrong")])
def test_a_count_in_the_same_quarter_of_a_year_is_that_quarters(workspace, earlier, status):
    report = _review(workspace, f"same-quarter-{earlier}.txt", "This statement covers January to March 2026.",
                     f"Five homicides were recorded between January and March 2026, compared with {earlier} in "
                     "the same quarter of 2025.")
    assert _status(report, earlier) == status
    if status == "wrong":
        assert _kinds(report) == [("wrong-figure", f"{earlier} homicides in 2025-Q1: the figures give 9 for "
                                                   f"{FORCE} (figures.csv)")]


def test_a_year_a_sentence_compares_with_is_not_read_as_current(workspace):
    report = _review(workspace, "compares.txt", "This statement covers the financial year 2025/26.",
                     "Knife crime fell to 1,602 offences.\n\nThis compares with 1,780 offences in 2024/25.",
                     period="2025/26")
    assert [f for f in report.findings if f.kind == "stale-date"] == []


def test_a_count_set_against_the_nations_or_a_neighbours_is_the_forces_own(workspace):
    report = _review(workspace, "against-nation.txt", "This statement covers the financial year 2025/26.",
                     "1,650 knife offences were recorded in the force area in 2025/26, against a national total "
                     "of 60,000.\n\nMerseyside recorded 1,602 knife offences in 2025/26, compared with 1,777 "
                     "in Cheshire.")
    # 1,777 is Cheshire's, named right after it, and held to Cheshire's figures, never the force's own.
    assert [m for kind, m in _kinds(report) if kind == "wrong-figure"] == [
        f"1,650 knife offences in 2025/26: the figures give 1,602 for {FORCE} (figures.csv)",
        "1,777 is given as Cheshire's knife offences for 2025/26, but its figures give 1,030 "
        "(knife_offences, 2025/26 = 1,030)"]
    assert (_status(report, "1,602"), _status(report, "1,777")) == ("verified", "wrong")


@pytest.mark.parametrize("change, wrong", [("3.5%", False), ("5.5%", True)])
def test_a_change_on_the_previous_quarter_in_a_sentence_pointing_back_is_worked_out(workspace, change, wrong):
    report = _review(workspace, f"points-back-{change}.txt", "This statement covers January to March 2026.",
                     f"Knife crime: 388 offences in the quarter. That is 14.0% lower than a year ago and {change} "
                     "lower than the previous quarter.")
    assert _status(report, "14.0%") == "verified"
    assert _status(report, change) == ("wrong" if wrong else "verified")
    assert _kinds(report) == ([("arithmetic", f"{change} for knife offences: the figures went from 402 in 2025-Q4 "
                                              "to 388 in 2026-Q1 (-3.5%)")] if wrong else [])


def test_a_second_count_offered_for_comparison_is_held_to_its_period(workspace):
    report = _review(workspace, "two-bases.txt", "This statement covers January to March 2026.",
                     "There were 388 knife offences in Q4 2025/26, compared with 451 in Q4 2024/25 and 420 in "
                     "Q3 2025/26.")
    assert _kinds(report) == [("wrong-figure", f"420 knife offences in 2025-Q4: the figures give 402 for {FORCE} "
                                               "(figures.csv)")]


def test_priorities_said_to_apply_in_the_named_area_are_applicability(workspace):
    report = _review(workspace, "applies.txt", "This statement covers the financial year 2025/26. Each of the "
                     "national priorities applies in the Liverpool City Region, as set out below.",
                     "Knife crime fell to 1,602 offences.")
    assert [f for f in report.findings if f.kind == "missing-applicability"] == []


@pytest.mark.parametrize("count, wrong", [("1,602", False), ("1,650", True)])
def test_a_key_figure_labelled_with_its_period_in_brackets_is_held_to_it(workspace, count, wrong):
    report = _review(workspace, f"bracketed-label-{count}.txt", "This statement covers the financial year 2025/26.",
                     f"Knife crime (12 months to March 2026): {count} offences – see the table below.")
    assert _kinds(report) == ([("wrong-figure", f"knife crime: {count} in 2025/26, where the figures give 1,602 "
                                                f"for {FORCE} (figures.csv)")] if wrong else [])
    assert _status(report, count) == ("wrong" if wrong else "verified")


def test_a_wrong_change_in_words_is_named_with_its_per_cent(workspace):
    report = _review(workspace, "words.txt", "This statement covers January to March 2026.",
                     "Homicides fell by thirty-four per cent on the same quarter last year.")
    assert _kinds(report) == [("arithmetic", "thirty-four per cent for homicides: the figures went from 9 in "
                                             "2025-Q1 to 5 in 2026-Q1 (-44.4%)")]
