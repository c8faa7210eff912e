"""Reporting periods: how they are written, compared a year apart, and named in English."""

from __future__ import annotations

from datetime import date

import pytest

from drafter.errors import BadPeriod
from drafter.figures.periods import Period, latest_quarter_by


@pytest.mark.parametrize("text,kind,written", [
    ("2022", "year", "2022"),
    ("2022-Q3", "quarter", "2022-Q3"),
    ("2022-q3", "quarter", "2022-Q3"),
    (" 2022 - Q1 ", "quarter", "2022-Q1"),
    ("2022/23", "financial", "2022/23"),
    ("2022/2023", "financial", "2022/23"),
    ("1999/00", "financial", "1999/00"),
    ("2022-23", "financial", "2022/23"),
])
def test_periods_are_read_and_written_back_in_the_standard_form(text, kind, written):
    period = Period.parse(text)
    assert period.kind == kind
    assert str(period) == written


@pytest.mark.parametrize("text", ["2022-Q5", "2022-Q0", "22/23", "2022/24", "2022/21", "20222",
                                  "", "2022-Q", "FY2022", "1800", "2022-24"])
def test_anything_else_is_a_bad_period_naming_what_was_given(text):
    with pytest.raises(BadPeriod) as caught:
        Period.parse(text)
    assert repr(text) in str(caught.value)
    assert "\n" not in str(caught.value)


def test_bad_financial_year_message_says_how_to_write_it():
    with pytest.raises(BadPeriod, match="written 2022/23"):
        Period.parse("2022/24")


def test_a_year_and_month_is_not_read_as_a_financial_year():
    # 2026-13 is a mistyped month, not "2026/27" written badly.
    with pytest.raises(BadPeriod) as caught:
        Period.parse("2026-13")
    assert "financial year runs" not in str(caught.value)
    assert "2026/27" not in str(caught.value)
    assert "expected a year (2022), a quarter (2022-Q3)" in str(caught.value)
    with pytest.raises(BadPeriod, match=r"not a single month \(May 2026 is in the quarter 2026-Q2\)"):
        Period.parse("2026-05")
    assert str(Period.parse("2026-27")) == "2026/27"


def test_figures_list_with_a_mistyped_month_gives_no_financial_year(cli, workspace_dir):
    result = cli("figures", "list", "--period", "2026-13", workspace=workspace_dir)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        "drafter: error: bad period '2026-13': expected a year (2022), a quarter (2022-Q3), a financial year "
        "(2022/23) or a year ending June or September (YE2023-06)"]


@pytest.mark.parametrize("text,previous", [
    ("2022", "2021"), ("2022-Q3", "2021-Q3"), ("2022/23", "2021/22"), ("2000/01", "1999/00"),
])
def test_the_same_period_a_year_earlier(text, previous):
    assert str(Period.parse(text).previous_year()) == previous


@pytest.mark.parametrize("text,label,months,ending", [
    ("2022", "2022", "January to December 2022", "the year ending December 2022"),
    ("2022-Q3", "the third quarter of 2022", "July to September 2022", "the quarter ending September 2022"),
    ("2022-Q1", "the first quarter of 2022", "January to March 2022", "the quarter ending March 2022"),
    ("2022/23", "2022/23", "April 2022 to March 2023", "the year ending March 2023"),
])
def test_english_names(text, label, months, ending):
    period = Period.parse(text)
    assert period.label() == label
    assert period.months() == months
    assert period.ending() == ending


def test_start_and_end_dates_cover_the_period():
    assert (Period.parse("2022-Q4").start, Period.parse("2022-Q4").end) == (date(2022, 10, 1), date(2022, 12, 31))
    assert (Period.parse("2023/24").start, Period.parse("2023/24").end) == (date(2023, 4, 1), date(2024, 3, 31))
    assert Period.parse("2024-Q1").end == date(2024, 3, 31)


def test_what_a_change_is_compared_with_is_worded_per_kind():
    assert Period.parse("2022").year_earlier_phrase() == "the previous year"
    assert Period.parse("2022-Q2").year_earlier_phrase() == "the same quarter a year earlier"
    assert Period.parse("2022/23").year_earlier_phrase() == "the previous financial year"


def test_consecutive_periods_have_consecutive_ordinals():
    quarters = [Period.parse(p) for p in ("2022-Q3", "2022-Q4", "2023-Q1")]
    assert [q.ordinal for q in quarters] == [quarters[0].ordinal + i for i in range(3)]
    assert Period.parse("2023").ordinal == Period.parse("2022").ordinal + 1


def test_periods_sort_by_date():
    periods = [Period.parse(p) for p in ("2023", "2022/23", "2022-Q2", "2022")]
    assert [str(p) for p in sorted(periods, key=Period.sort_key)] == ["2022", "2022-Q2", "2022/23", "2023"]


@pytest.mark.parametrize("text,written,label", [
    ("YE2023-06", "YE2023-06", "the year ending June 2023"),
    ("ye 2023-09", "YE2023-09", "the year ending September 2023"),
    ("YE2023-12", "2023", "2023"),
    ("YE2023-03", "2022/23", "2022/23"),
])
def test_a_year_ending_with_any_quarter_has_one_spelling(text, written, label):
    period = Period.parse(text)
    assert str(period) == written
    assert period.label() == label
    assert Period.parse(written) == period


def test_a_year_cannot_end_between_quarters():
    with pytest.raises(BadPeriod, match="ends with a quarter"):
        Period.parse("YE2023-05")


@pytest.mark.parametrize("text,months,shifted", [
    ("2022", 12, "2023"), ("2026-Q1", 3, "2026-Q2"), ("2026-Q4", 3, "2027-Q1"),
    ("2023/24", 12, "2024/25"), ("YE2023-06", 3, "YE2023-09"), ("YE2023-09", 3, "2023"),
    ("2022", -12, "2021"),
])
def test_rolling_forward_moves_a_period_by_whole_quarters(text, months, shifted):
    assert str(Period.parse(text).shifted(months)) == shifted


def test_a_shift_that_is_not_whole_quarters_gives_no_period():
    assert Period.parse("2022").shifted(1) is None
    assert Period.parse("2026-Q1").months_to(Period.parse("2026-Q3")) == 6


@pytest.mark.parametrize("period, main, target, moved", [
    ("2026-Q1", "2026-Q1", "2026-Q2", "2026-Q2"),      # this quarter's figure becomes next quarter's
    ("2025-Q1", "2026-Q1", "2026-Q2", "2025-Q2"),      # the comparison quarter a year back moves too
    ("2025", "2026-Q1", "2026-Q2", "2025"),            # last year stays until the next year is complete
    ("2025", "2026-Q3", "2026-Q4", "2026"),            # and moves when it is
    ("2025/26", "2026-Q1", "2026-Q2", "2025/26"),      # a financial year ends in March
    ("2025/26", "2026-Q4", "2027-Q1", "2026/27"),
    ("2025-Q4", "2025-Q4", "2026-Q4", "2026-Q4"),      # a year's roll moves every kind a year
])
def test_a_period_moves_as_roll_forward_moves_it(period, main, target, moved):
    assert str(Period.parse(period).moved(Period.parse(main), Period.parse(target))) == moved


@pytest.mark.parametrize("period, following", [
    ("2026-Q1", "2026-Q2"), ("2025-Q4", "2026-Q1"), ("YE2026-06", "YE2026-09"), ("2025", "2026"),
    ("2025/26", "2026/27"),
])
def test_the_next_statement_reports_the_period_after_by_its_own_step(period, following):
    assert str(Period.parse(period).following()) == following


@pytest.mark.parametrize("month, latest", [
    ("2026-11", "2026-Q3"), ("2026-09", "2026-Q3"), ("2026-08", "2026-Q2"), ("2025-02", None),
])
def test_the_latest_quarter_held_by_a_month(month, latest):
    held = ["2025", "2025/26", "2025-Q2", "2026-Q2", "2026-Q3", "YE2026-06"]
    found = latest_quarter_by(held, month)
    assert (str(found) if found else None) == latest


@pytest.mark.parametrize("period, named", [
    ("2026-Q1", "the fourth quarter of 2025/26"), ("2026-Q2", "the first quarter of 2026/27"),
    ("2026-Q4", "the third quarter of 2026/27"), ("2025/26", "2025/26"), ("2026", "2026"),
])
def test_a_period_is_named_by_the_financial_year_it_falls_in(period, named):
    assert Period.parse(period).financial_label() == named


@pytest.mark.parametrize("written, period", [
    ("year ending March 2026", "2025/26"),
    ("12 months to June 2026", "YE2026-06"),
    ("April to June 2026", "2026-Q2"),
    ("Q1 2026/27", "2026-Q2"),
    ("Q3 2022", "2022-Q3"),
])
def test_a_period_given_as_a_statement_words_it_is_read(written, period):
    assert str(Period.parse(written)) == period


def test_a_period_in_words_is_accepted_wherever_a_period_is_asked_for(cli, seeded_workspace):
    listed = cli("figures", "list", "--area", "Severnshire", "--measure", "homicides", "--period",
                 "April to June 2026", workspace=seeded_workspace.path)
    assert listed.exit_code == 0 and "2026-Q2" in listed.stdout
    wrong = cli("figures", "list", "--period", "Mar-23", workspace=seeded_workspace.path)
    assert wrong.exit_code == 1 and "bad period 'Mar-23'" in wrong.stderr
