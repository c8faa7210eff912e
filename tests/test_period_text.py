"""Periods as statements write them: found in prose, and written again in the
same words for another period (what rolling a statement forward does)."""

from __future__ import annotations

import pytest

from drafter.figures import Period, find_month_spans, find_periods, rewrite


@pytest.mark.parametrize("text, period", [
    ("Between April and June 2026 there were 3 homicides", "2026-Q2"),
    ("compared with April to June 2025", "2025-Q2"),
    ("in the year ending December 2022", "2022"),
    ("for the year ending March 2023", "2022/23"),
    ("over the 12 months to June 2023", "YE2023-06"),
    ("in the quarter ending June 2024", "2024-Q2"),
    ("in the second quarter of 2024", "2024-Q2"),
    ("Q2 2023/24 National Crime and Policing Measures", "2023-Q3"),
    ("Quarter 4 of 2023-24", "2024-Q1"),
    ("in Q3 2022", "2022-Q3"),
    ("In Quarter 2 2026 there were 4 homicides", "2026-Q2"),
    ("in quarter 2 of 2026", "2026-Q2"),
    ("Quarter 3, 2022", "2022-Q3"),
    ("during 2023/24", "2023/24"),
    ("during 2023-24", "2023/24"),
    ("from April 2022 to March 2023", "2022/23"),
    ("in 2022, there were 45 homicides", "2022"),
    ("In FY25/26 there were 412 knife offences", "2025/26"),
    ("during FY 24-25", "2024/25"),
])
def test_every_usual_way_of_naming_a_period_is_read(text, period):
    found = [p for p in find_periods(text) if not p.relative]
    assert [str(p.period) for p in found] == [period]


@pytest.mark.parametrize("text", [
    "as the Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021 requires",
    "the Police and Crime Plan 2021-2025 sets out",
    "the *2022 annual assessment of policing* noted",
    "a £400,000 funding pot and 2,000 weapons",
    "a score of 25/26 on the audit",
    "FY25/27 is no financial year",
])
def test_years_that_are_part_of_a_name_are_not_periods(text):
    assert [p for p in find_periods(text) if not p.relative] == []


def test_relative_phrases_are_a_year_before_the_sentence_period():
    phrases = find_periods("an increase of 18.5% from the year prior, the same quarter a year "
                           "earlier and the previous financial year")
    assert [p.style for p in phrases] == ["relative"] * 3
    assert str(phrases[0].resolve(Period.parse("2022"))) == "2021"
    assert str(phrases[1].resolve(Period.parse("2026-Q2"))) == "2025-Q2"


@pytest.mark.parametrize("written, period, expected", [
    ("April to June 2026", "2026-Q3", "July to September 2026"),
    ("Apr-Jun 2026", "2026-Q3", "Jul-Sep 2026"),
    ("October to December 2025", "2026-Q1", "January to March 2026"),
    ("Between April and June 2026", "2026-Q3", "Between July and September 2026"),
    ("year ending December 2022", "2023", "year ending December 2023"),
    ("quarter ending June 2024", "2024-Q3", "quarter ending September 2024"),
    ("second quarter of 2024", "2024-Q3", "third quarter of 2024"),
    ("Q2 2023/24", "2023-Q4", "Q3 2023/24"),
    ("Q4 2023/24", "2024-Q2", "Q1 2024/25"),
    ("Quarter 2 2026", "2026-Q3", "Quarter 3 2026"),
    ("quarter 4 of 2025", "2026-Q1", "quarter 1 of 2026"),
    ("2023-24", "2024/25", "2024-25"),
    ("2023/24", "2024/25", "2024/25"),
    ("2022", "2023", "2023"),
    ("FY25/26", "2026/27", "FY26/27"),
    ("FY 24-25", "2025/26", "FY 25-26"),
])
def test_a_period_is_written_again_in_the_same_words(written, period, expected):
    (phrase,) = find_periods(written)
    assert rewrite(phrase, Period.parse(period)) == expected


def test_a_style_that_cannot_say_the_new_period_uses_its_label():
    (phrase,) = find_periods("in 2022")
    assert rewrite(phrase, Period.parse("YE2023-06")) == "the year ending June 2023"


def test_a_title_in_capitals_with_a_year_is_a_name():
    assert [p for p in find_periods("The Annual Assessment of Policing 2022 noted it") if not p.relative] == []
    assert [str(p.period) for p in find_periods("Homicides in West Midlands 2022 were 45")] == ["2022"]


@pytest.mark.parametrize("text, spans", [
    ("Between June and August, 9 closure orders were granted.", ["Between June and August"]),
    ("with 22 calls between June and August.", ["between June and August"]),
    ("from June to August 2026 the unit", ["from June to August 2026"]),
    ("Jun-Aug saw fewer", ["Jun-Aug"]),
    ("In April to June 2026 there were 5", []),  # a quarter: a period, not a span of months
    ("between July and September 2025", []),
    ("This may to June be late", []),  # "may" in lower case is a verb
])
def test_months_that_are_no_reporting_period_are_found_as_spans(text, spans):
    assert [span.text for span in find_month_spans(text)] == spans


@pytest.mark.parametrize("text, months, moved", [
    ("between June and August", 3, "between September and November"),
    ("Between November and January", 3, "Between February and April"),
    ("from June to August 2026", 3, "from September to November 2026"),
    ("from November 2025 to January 2026", 3, "from February 2026 to April 2026"),
    ("Jun-Aug", 3, "Sep-Nov"),
])
def test_a_span_of_months_is_written_some_months_on_in_its_own_words(text, months, moved):
    (span,) = find_month_spans(text)
    assert span.moved(months) == moved


def test_a_span_covers_a_quarter_only_with_its_months_and_any_year_it_names():
    (yearless,) = find_month_spans("between April and June")
    assert yearless.covers(Period.parse("2026-Q2")) and yearless.covers(Period.parse("2025-Q2"))
    assert not yearless.covers(Period.parse("2026-Q3"))
    assert yearless.naming(Period.parse("2026-Q3")) == "between July and September"
    (dated,) = find_month_spans("from May to July 2026")
    assert not dated.covers(Period.parse("2026-Q2"))
