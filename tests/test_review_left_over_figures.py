"""What a reviewer of a quarterly statement sees for figures left from an
earlier quarter, for numbers that are no figures (telephone numbers, dates),
and for a quarter whose figures are not imported yet.

Cheshire's figures below are invented for these tests; each quarter's values
differ so that a number says which quarter it is.
"""

from __future__ import annotations

import pytest

from drafter.claims.numbers import extract_numbers

FIGURES = """\
area,measure,period,value,unit
Cheshire,population,2025,1100000,
Cheshire,neighbourhood_crime,2025-Q2,1950,
Cheshire,neighbourhood_crime,2025-Q3,1905,
Cheshire,neighbourhood_crime,2026-Q2,1790,
Cheshire,neighbourhood_crime,2026-Q3,1840,
Cheshire,residential_burglary,2025-Q2,398,
Cheshire,residential_burglary,2025-Q3,405,
Cheshire,residential_burglary,2026-Q2,377,
Cheshire,residential_burglary,2026-Q3,412,
Cheshire,cyber_crime_reports,2025-Q2,240,
Cheshire,cyber_crime_reports,2025-Q3,251,
Cheshire,cyber_crime_reports,2026-Q2,288,
Cheshire,cyber_crime_reports,2026-Q3,297,
"""

HEADER = """\
# Police and Crime Commissioner for Cheshire: National Policing Priorities

Cheshire Police and Crime Panel, 10 December 2026

## 1. Introduction

1.1 This statement covers July to September 2026.

"""


@pytest.fixture
def review(empty_workspace, tmp_path):
    """Review of a Cheshire statement holding ``body``, covering July to September 2026 unless told."""
    (tmp_path / "cheshire.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "cheshire.csv")

    def reviewed(body: str, covers: str = "July to September 2026"):
        path = tmp_path / "cheshire-2026-12.md"
        path.write_text(HEADER.replace("July to September 2026", covers) + body, encoding="utf-8")
        return empty_workspace.review(str(path))

    return reviewed


def _figures(report) -> dict[str, dict]:
    return {n["text"]: n for n in report.to_dict()["figures"]}


def _messages(report, kind: str) -> list[str]:
    return [f.message for f in report.findings if f.kind == kind]


# -- figures left from last quarter, dated by an earlier sentence of their paragraph -------------
def test_last_quarters_figure_after_a_sentence_naming_this_quarter_is_stale(review):
    report = review("## 5. Reduce neighbourhood crime\n\n5.1 There were 1,840 neighbourhood crimes in July "
                    "to September 2026, down from 1,905 a year earlier. This included 377 residential "
                    "burglaries.\n")
    assert _messages(report, "stale-figure") == [
        "377 is the figure for 2026-Q2, earlier than 2026-Q3 (residential burglary for 2026-Q3: 412, from cheshire.csv)"]
    assert not [m for m in _messages(report, "unverified-figure") if m.startswith("377")]
    assert _figures(report)["377"]["status"] == "stale"
    assert report.to_dict()["summary"]["figures"]["stale"] == 1


def test_this_quarters_figure_in_the_same_place_is_verified(review):
    report = review("## 5. Reduce neighbourhood crime\n\n5.1 There were 1,840 neighbourhood crimes in July "
                    "to September 2026, down from 1,905 a year earlier. This included 412 residential "
                    "burglaries.\n")
    assert _figures(report)["412"]["status"] == "verified"
    assert _figures(report)["412"]["period"] == "2026-Q3"
    assert not _messages(report, "stale-figure")


def test_a_rise_from_last_years_figure_to_last_quarters_says_the_current_one_is_stale(review):
    report = review("## 7. Tackle cyber crime\n\n7.1 Cheshire's figures for July to September 2026 are "
                    "below. Cyber crime reports rose to 288, from 251.\n")
    assert _messages(report, "stale-figure") == [
        "288 is the figure for 2026-Q2, earlier than 2026-Q3 (cyber crime reports for 2026-Q3: 297, from cheshire.csv)"]
    figures = _figures(report)
    assert (figures["251"]["status"], figures["251"]["period"]) == ("verified", "2025-Q3")


def test_a_paragraph_about_last_quarter_beside_this_quarters_figures_is_not_stale(review):
    """The writer named April to June 2026 beside July to September's figure:
    quoted as such."""
    report = review("## 5. Reduce neighbourhood crime\n\n5.1 There were 1,840 neighbourhood crimes in July to "
                    "September 2026.\n\n5.2 There were 1,790 neighbourhood crimes in April "
                    "to June 2026, the lowest quarter of the year.\n")
    assert not _messages(report, "stale-figure")
    assert _figures(report)["1,790"]["status"] == "verified"
    assert _figures(report)["1,790"]["period"] == "2026-Q2"
    assert _figures(report)["1,790"]["derivation"].endswith("(earlier period, quoted as such)")


def test_a_paragraph_only_about_last_quarter_is_stale_and_says_why(review):
    """Nothing gives July to September's figures: the paragraph is most likely
    last quarter's, period and all."""
    report = review("## 5. Reduce neighbourhood crime\n\n5.1 There were 1,790 neighbourhood crimes in April "
                    "to June 2026, the lowest quarter of the year. This included 377 residential "
                    "burglaries.\n")
    stale = _messages(report, "stale-figure")
    assert len(stale) == 2
    assert stale[0].startswith("1,790 is the figure for 2026-Q2, earlier than 2026-Q3")
    assert "the statement gives no neighbourhood crime for 2026-Q3" in stale[0]

# -- telephone numbers and dates are no figures --------------------------------------------------
PHONES_AND_DATES = (
    "## 5. Reduce neighbourhood crime\n\n"
    "5.1 Call 101 to report a crime, or 999 in an emergency.\n\n"
    "5.2 Residents can reach the Commissioner's office on 01606 364000, or Crimestoppers on 0800 555 111.\n\n"
    "5.3 The victims' helpline is 0300 123 4455, open from 8am to 8pm; text 07786 200999 out of hours.\n\n"
    "5.4 Operation Nightjar ran from 14 to 20 October 2026; between 1 and 15 November we held 6 street "
    "surgeries, as the panel report of 12/09/2026 set out.\n"
)


def test_telephone_numbers_and_dates_raise_no_warnings(review):
    report = review(PHONES_AND_DATES)
    assert _messages(report, "unverified-figure") == []
    figures = _figures(report)
    for phone in ("101", "999", "01606 364000", "0800 555 111", "0300 123 4455", "07786 200999"):
        assert figures[phone]["kind"] == "phone" and figures[phone]["status"] == "not-a-figure"
    for date in ("14", "20", "1", "15", "12/09/2026"):
        assert figures[date]["kind"] == "date"
    assert report.to_dict()["summary"]["figures"]["unverified"] == 0


@pytest.mark.parametrize("text, kinds", [
    ("Ring 0161 496 0000 or +44 161 496 0000.", [("0161 496 0000", "phone"), ("+44 161 496 0000", "phone")]),
    ("Calls to 111, 101 and 999 are answered day and night.", [("111", "phone"), ("101", "phone"),
                                                              ("999", "phone")]),
    ("The force answered 96% of 999 calls within ten seconds.", [("96%", "percent"), ("999", "phone")]),
    ("There were 101 burglaries and 999 thefts in 2025.", [("101", "count"), ("999", "count"),
                                                          ("2025", "year")]),
    ("The board met on 2026-12-11 and 3.10.2026.", [("2026-12-11", "date"), ("3.10.2026", "date")]),
    ("On the 14th of October 2026 the force held 212 events.", [("14th", "date"), ("2026", "year"),
                                                                ("212", "count")]),
    ("On 15 November officers made 230 arrests.", [("15", "date"), ("230", "count")]),
    ("Officers recovered 2,045 items worth £1,200.", [("2,045", "count"), ("£1,200", "money")]),
    ("Talk to the Samaritans on 116 123, day or night.", [("116 123", "phone")]),
    ("Call the office on 01606 364000, ext. 2345, or extension 2346.",
     [("01606 364000", "phone"), ("2345", "phone"), ("2346", "phone")]),
    ("Officers made 116 arrests and seized 123 knives.", [("116", "count"), ("123", "count")]),
])
def test_what_a_number_is_told_from_the_words_around_it(text, kinds):
    assert [(m.text, m.kind) for m in extract_numbers(text)] == kinds


# -- a quarter whose figures are not imported yet --------------------------------------------------
def test_a_quarter_without_figures_gets_one_note_not_a_warning_a_number(review):
    report = review("## 5. Reduce neighbourhood crime\n\n5.1 There were 1,872 neighbourhood crimes in "
                    "October to December 2026, against 1,840 in July to September 2026. This included "
                    "420 residential burglaries.\n\n"
                    "5.2 The scheme cost £25,000.\n", covers="October to December 2026")
    assert [n for n in report.notes if "no figures stored" in n] == [
        "no figures stored for Cheshire in 2026-Q4 (the period the statement covers); its figures run from "
        "2025 to 2026-Q3: the 2 numbers given for it are not checked, and not listed one by one below. "
        "Import Cheshire's figures for 2026-Q4 (drafter figures import FILE) and review again"]
    # What no import would check keeps its warning; what the stored figures check is checked.
    assert _messages(report, "unverified-figure") == [
        "£25,000: money amounts are not in the figures; check it against its source"]
    figures = _figures(report)
    assert figures["1,840"]["status"] == "verified"
    assert figures["1,872"]["status"] == "unverified" and figures["420"]["status"] == "unverified"
    assert report.to_dict()["summary"]["figures"]["unverified"] == 3


def test_a_number_before_the_figures_begin_keeps_its_warning(review):
    report = review("## 5. Reduce neighbourhood crime\n\n5.1 In 2019 there were 2,640 neighbourhood crimes in "
                    "the quarter.\n")
    assert not [n for n in report.notes if "no figures stored" in n]
    assert [m.split(":")[0] for m in _messages(report, "unverified-figure")] == ["2,640"]


def test_no_note_once_the_quarter_is_imported(review):
    report = review("## 5. Reduce neighbourhood crime\n\n5.1 There were 1,840 neighbourhood crimes in the "
                    "quarter, and 412 residential burglaries.\n")
    assert not [n for n in report.notes if "no figures stored" in n]
    assert _figures(report)["412"]["status"] == "verified"
