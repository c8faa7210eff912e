"""A bilingual statement's Welsh tables and Welsh period words.

A Welsh table ("Mesur | Y chwarter hwn | Y chwarter diwethaf") is read as
Welsh and paired with its section's English table, as a Welsh paragraph is
with its English one: its right figures are verified and a mistyped one is
wrong; a table is never paired with a paragraph. A Welsh sentence that names
its period ("rhwng Ionawr a Mawrth 2026", "y flwyddyn hyd at Fehefin 2026") is
held to that period's figures, not the period under review's. The figures are
made up.
"""

from __future__ import annotations

import pytest

from drafter.claims.welsh import in_welsh
from drafter.figures.period_text import find_periods
from drafter.figures.periods import Period

FIGURES = """\
area,measure,period,value
{force},knife_offences,2026-Q2,396
{force},knife_offences,2026-Q1,412
{force},knife_offences,2025-Q2,430
{force},knife_offences,YE2026-06,1650
{force},residential_burglary,2026-Q2,288
{force},residential_burglary,2026-Q1,301
{force},residential_burglary,2025-Q2,315
"""
HEADER = """\
{force} Police and Crime Commissioner
Statement on the National Policing Priorities
September 2026

This statement covers April to June 2026.

## Lleihau Trais Difrifol / Reduce Serious Violence

"""
ENGLISH_TABLE = """\
| Measure | This quarter | Last quarter |
|---|---|---|
| Knife offences | 396 | 412 |
| Residential burglary | 288 | 301 |
"""
WELSH_TABLE = """\
| Mesur | Y chwarter hwn | Y chwarter diwethaf |
|---|---|---|
| Troseddau cyllyll | 396 | 412 |
| Byrgleriaeth breswyl | 288 | {burglary} |
"""


def _review(workspace, tmp_path, force, body):
    (tmp_path / "figures.csv").write_text(FIGURES.format(force=force), encoding="utf-8")
    workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "statement.md"
    path.write_text(HEADER.format(force=force) + body, encoding="utf-8")
    return workspace.review(path)


def _welsh_figures(report):
    return {m.text: (m.status, m.period) for m in report.figures
            if in_welsh(m.paragraph.text) and m.status != "not-a-figure"}


def _figure_findings(report):
    return [(f.kind, f.message) for f in report.findings
            if f.kind in ("wrong-figure", "unverified-figure", "arithmetic", "stale-figure")]


@pytest.mark.parametrize("force", ["Gwent", "North Wales"])
@pytest.mark.parametrize("order", ["paragraphs first", "table first in Welsh"])
def test_a_welsh_table_is_paired_with_the_english_table(empty_workspace, tmp_path, force, order):
    english = f"Knife offences fell to 396 in April to June 2026.\n\n{ENGLISH_TABLE}\n"
    welsh_paragraph = "Gostyngodd troseddau cyllyll i 396 rhwng Ebrill a Mehefin 2026.\n\n"
    welsh_table = WELSH_TABLE.format(burglary=301) + "\n"
    welsh = welsh_paragraph + welsh_table if order == "paragraphs first" else welsh_table + welsh_paragraph
    report = _review(empty_workspace, tmp_path, force, english + welsh)
    assert _welsh_figures(report) == {"396": ("verified", "2026-Q2"), "412": ("verified", "2026-Q1"),
                                      "288": ("verified", "2026-Q2"), "301": ("verified", "2026-Q1")}
    assert not _figure_findings(report)


def test_a_mistyped_figure_in_a_welsh_table_is_wrong(empty_workspace, tmp_path):
    body = (f"Knife offences fell to 396 in April to June 2026.\n\n{ENGLISH_TABLE}\n"
            f"Gostyngodd troseddau cyllyll i 396 rhwng Ebrill a Mehefin 2026.\n\n{WELSH_TABLE.format(burglary=310)}")
    report = _review(empty_workspace, tmp_path, "Dyfed-Powys", body)
    (finding,) = _figure_findings(report)
    assert finding[0] == "wrong-figure"
    assert finding[1].startswith("310: its English paragraph gives 301 in its place, which the figures verify")


def test_a_table_is_never_paired_with_a_paragraph(empty_workspace, tmp_path):
    """The Welsh gives the table alone: its twin is the English table, not the paragraph before it."""
    body = (f"Knife offences fell to 396 in April to June 2026, from 412.\n\n{ENGLISH_TABLE}\n"
            f"{WELSH_TABLE.format(burglary=301)}")
    report = _review(empty_workspace, tmp_path, "South Wales", body)
    assert _welsh_figures(report)["301"] == ("verified", "2026-Q1")
    assert not _figure_findings(report)


def test_a_table_in_both_languages_is_english():
    assert not in_welsh("Measure / Mesur | This quarter / Y chwarter hwn | Last quarter / Y chwarter diwethaf\n"
                        "Knife offences / Troseddau cyllyll | 396 | 412")
    assert not in_welsh("Measure | Year ending March 2026\nKnife offences | 396")
    assert in_welsh("Mesur | Blwyddyn hyd at fis Mawrth 2026\nTroseddau cyllyll | 396")


@pytest.mark.parametrize("words, period", [
    ("rhwng Ebrill a Mehefin 2026", "2026-Q2"),
    ("rhwng Ionawr a Mawrth 2026", "2026-Q1"),
    ("rhwng mis Gorffennaf a mis Medi 2025", "2025-Q3"),
    ("Ebrill i Fehefin 2026", "2026-Q2"),
    ("Hydref i Ragfyr 2025", "2025-Q4"),
    ("Ebrill – Mehefin 2026", "2026-Q2"),
    ("yn y flwyddyn hyd at Fehefin 2026", "YE2026-06"),
    ("yn y 12 mis hyd at fis Mawrth 2026", "2025/26"),
    ("y flwyddyn hyd at ddiwedd mis Rhagfyr 2025", "2025"),
    ("yn y chwarter hyd at fis Medi 2025", "2025-Q3"),
])
def test_welsh_month_words_name_a_period(words, period):
    (found,) = find_periods(f"Cofnodwyd 396 o droseddau cyllyll {words}.")
    assert found.period == Period.parse(period)


def test_welsh_month_words_that_name_no_period():
    assert not [p for p in find_periods("Mae'n amlwg mai dyma'r ffordd orau.") if p.period]
    assert not find_periods("Bydd y cynllun yn dechrau ym mis Mai.")


@pytest.mark.parametrize("force", ["Gwent", "South Wales"])
def test_a_welsh_count_is_held_to_the_period_its_sentence_names(empty_workspace, tmp_path, force):
    body = ("Knife offences fell to 396 in April to June 2026.\n\n"
            "Gostyngodd troseddau cyllyll i 396 rhwng Ebrill a Mehefin 2026.\n\n"
            "### Y chwarter blaenorol\n\n"
            "Cofnodwyd 412 o droseddau cyllyll rhwng Ionawr a Mawrth 2026.\n\n"
            "Rhwng Ionawr a Mawrth 2026 cofnodwyd 396 o droseddau cyllyll.\n\n"
            "Yn y flwyddyn hyd at Fehefin 2026 cofnodwyd 1,650 o droseddau cyllyll.\n")
    report = _review(empty_workspace, tmp_path, force, body)
    statuses = [(m.text, m.status, m.period) for m in report.figures
                if in_welsh(m.paragraph.text) and m.status != "not-a-figure"]
    assert statuses == [("396", "verified", "2026-Q2"), ("412", "verified", "2026-Q1"),
                        ("396", "unverified", "2026-Q1"), ("1,650", "verified", "YE2026-06")]
    (warning,) = [message for kind, message in _figure_findings(report) if message.startswith("396")]
    assert warning.startswith(f"396: not one of {force}'s figures for 2026-Q1, the period its Welsh sentence names")


@pytest.mark.parametrize("words, moved, written", [
    ("rhwng Ebrill a Mehefin 2026", "2026-Q3", "rhwng Gorffennaf a Medi 2026"),
    ("Ebrill i Fehefin 2026", "2026-Q3", "Gorffennaf i Fedi 2026"),
    ("Hydref i Ragfyr 2025", "2026-Q1", "Ionawr i Fawrth 2026"),
    ("y flwyddyn hyd at Fehefin 2026", "YE2026-09", "y flwyddyn hyd at Fedi 2026"),
    ("y chwarter hyd at fis Medi 2025", "2025-Q4", "y chwarter hyd at fis Rhagfyr 2025"),
])
def test_welsh_period_words_are_written_again_in_welsh(words, moved, written):
    """A title in both languages rolled on a quarter names the new quarter in each."""
    from drafter.figures.period_text import rewrite

    (phrase,) = find_periods(words)
    assert rewrite(phrase, Period.parse(moved)) == written
