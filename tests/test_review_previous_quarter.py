"""Counts and changes said of the quarter before ("compared with 192 in the
previous quarter", "rose by 8.3% on the previous quarter", "than last
quarter"), as quarterly statements give them (the bundled figures:
Severnshire recorded 208 knife offences in April to June 2026, 192 in
January to March 2026 and 214 in April to June 2025).

The quarter before is the period such a number is for: a right one is
verified as that quarter's, and one that is another quarter's figure (a year
earlier's 214, or a later quarter's) is a wrong-figure against it; a change
on the quarter before is worked out from the two quarters, never from a year
earlier.
"""

from __future__ import annotations

import pytest

TEXT = """Severnshire Police and Crime Panel
3 November 2026
Title: National Policing Priorities statement

This statement covers April to June 2026.

Reduce serious violence

1. {sentence}
"""


def _review(workspace, tmp_path, sentence):
    path = tmp_path / "severnshire-2026-11.txt"
    path.write_text(TEXT.format(sentence=sentence), encoding="utf-8")
    return workspace.review(path)


def _figure(report, text):
    return next(m for m in report.figures if m.text == text)


@pytest.mark.parametrize("words", ["in the previous quarter", "last quarter", "in the preceding quarter"])
def test_a_count_of_the_previous_quarter_is_that_quarters(seeded_workspace, tmp_path, words):
    report = _review(seeded_workspace, tmp_path,
                     f"There were 208 knife offences in April to June 2026, compared with 192 {words}.")
    assert (_figure(report, "192").status, _figure(report, "192").period) == ("verified", "2026-Q1")
    assert not [f for f in report.findings if f.severity == "error" and f.kind != "missing-priority"]


def test_a_year_earlier_count_said_of_the_previous_quarter_is_wrong(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path,
                     "There were 208 knife offences in April to June 2026, compared with 214 in the previous quarter.")
    (wrong,) = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert wrong.startswith("214 knife offences in 2026-Q1: the figures give 192 for Severnshire")


def test_the_quarter_before_an_annual_figure_is_no_period(seeded_workspace, tmp_path):
    from drafter.figures.period_text import find_periods
    from drafter.figures.periods import Period

    (phrase,) = find_periods("compared with 192 in the previous quarter")
    assert phrase.resolve(Period.parse("2026-Q2")) == Period.parse("2026-Q1")
    assert phrase.resolve(Period.parse("2025/26")) is None
    assert find_periods("in the last quarter of 2025/26")[0].period == Period.parse("2026-Q1")
    assert not find_periods("In the last quarter, officers closed 16 county lines.")


def test_a_change_on_the_previous_quarter_is_worked_out_on_that_quarter(seeded_workspace, tmp_path):
    right = _review(seeded_workspace, tmp_path,
                    "Knife offences rose by 8.3% on the previous quarter, to 208 in April to June 2026.")
    assert not [f.message for f in right.findings if f.kind in ("arithmetic", "direction", "unverified-figure")]
    assert _figure(right, "8.3%").status == "verified"
    wrong = _review(seeded_workspace, tmp_path,
                    "Knife offences rose by 5.0% on the previous quarter, to 208 in April to June 2026.")
    (error,) = [f.message for f in wrong.findings if f.kind == "arithmetic"]
    assert error == "5.0% for knife offences: the figures went from 192 in 2026-Q1 to 208 in 2026-Q2 (+8.3%)"


def test_a_change_worked_out_from_the_two_counts_quoted_is_verified(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, "Knife offences rose to 208 in April to June 2026, from 192 in "
                     "January to March 2026, an increase of 8.3% on the previous quarter.")
    assert _figure(report, "8.3%").status == "verified"


def test_the_base_count_of_a_measure_named_with_another_number_reads_as_english(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path,
                     "Officers closed 16 county lines in April to June 2026, compared with 11 in the previous quarter.")
    (wrong,) = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert wrong.startswith("11 county lines closed in 2026-Q1: the figures give 13 for Severnshire")


FIGURES = """area,measure,period,value
North Wales,fraud_reports,2025-Q2,910
North Wales,fraud_reports,2025-Q3,955
South Wales,knife_offences,2025-Q2,312
South Wales,knife_offences,2025-Q3,298
"""


@pytest.mark.parametrize("force, sentence, figure", [
    ("North Wales", "North Wales residents made 955 fraud reports, 4.9% more than in April to June 2025.", "4.9%"),
    ("South Wales", "Knife crime in South Wales fell to 298 offences, 4.5% fewer than in April to June 2025.",
     "4.5%"),
])
def test_wales_in_the_forces_own_name_is_not_the_nation(empty_workspace, tmp_path, force, sentence, figure):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "statement.txt"
    path.write_text(f"{force} Police and Crime Panel\n\n2 December 2025\n\nTitle: National Policing Priorities, "
                    f"July to September 2025\n\nTackle cyber crime\n\n{sentence}\n", encoding="utf-8")
    report = empty_workspace.review(path)
    assert _figure(report, figure).status == "verified"
    wrong = path.read_text(encoding="utf-8").replace(figure, "9.9%")
    path.write_text(wrong, encoding="utf-8")
    assert [f.kind for f in empty_workspace.review(path).findings if "9.9%" in f.message] == ["arithmetic"]


@pytest.mark.parametrize("sentence", [
    "Neighbourhood crime fell by 2.8% on the previous quarter.",
    "Compared with the previous quarter, neighbourhood crime fell by 2.8%.",
])
def test_a_year_on_year_change_said_of_the_previous_quarter_is_wrong(seeded_workspace, tmp_path, sentence):
    """2.8% is the fall on April to June 2025 (2,649 to 2,576); on the quarter before it was 3.4%."""
    report = _review(seeded_workspace, tmp_path, sentence)
    assert [f.message for f in report.findings if f.kind == "arithmetic"] == [
        "2.8% for neighbourhood crime: the figures went from 2,668 in 2026-Q1 to 2,576 in 2026-Q2 (-3.4%)"]
    assert _figure(report, "2.8%").status == "wrong"


@pytest.mark.parametrize("sentence", [
    "Neighbourhood crime fell by 3.4% on the previous quarter.",
    "Compared with the previous quarter, neighbourhood crime fell by 3.4%.",
])
def test_a_right_change_on_the_previous_quarter_is_verified(seeded_workspace, tmp_path, sentence):
    report = _review(seeded_workspace, tmp_path, sentence)
    assert _figure(report, "3.4%").status == "verified"
    assert not [f for f in report.findings if f.kind in ("arithmetic", "direction")]
