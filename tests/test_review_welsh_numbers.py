"""Numbers in a paragraph written in Welsh, in a bilingual statement that
gives its figures in both languages: a stored figure is verified as it is in
English, the base of a rate and the number of forces are no figures, and a
number review cannot place is said to be in a Welsh paragraph, never to be
missing from the figures."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Gwent,knife_offences,2025/26,396
Gwent,neighbourhood_crime,2025/26,5100
Gwent,population,2025/26,600000
Gwent,knife_offences_per_100k,2025/26,66.0
"""
STATEMENT = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
June 2026

This statement covers the year ending March 2026.

Lleihau Trais Difrifol / Reduce Serious Violence

Gwent recorded 396 knife or sharp instrument offences in the year ending March 2026, 66.0 per 100,000 population.

Cofnodwyd 396 o droseddau cyllyll yng Ngwent yn y flwyddyn hyd at fis Mawrth 2026, sef 66.0 fesul 100,000 \
o'r boblogaeth, a oedd yn is na chyfartaledd y 43 heddlu.

Mae'r tîm wedi rhoi 37 o sgyrsiau i ysgolion yn yr ardal ac mae wedi ymweld â 12 o glybiau ieuenctid.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("welsh-numbers")
    (root / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    statement = root / "gwent-2026-06.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "gwent.csv")
        yield opened.review(statement, period="2025/26")


def _figures(report, opening: str) -> dict[str, str]:
    return {m.text: m.status for m in report.figures if m.paragraph.text.startswith(opening)}


def _findings(report, opening: str):
    [paragraph] = [p for p in report.document.paragraphs() if p.text.startswith(opening)]
    return [f for f in report.findings if f.paragraph == paragraph.number and f.index == paragraph.index]


def test_a_stored_figure_repeated_in_welsh_is_verified_as_in_english(report):
    status = _figures(report, "Cofnodwyd")
    assert status["396"] == "verified"
    assert status["66.0"] == "verified"


def test_the_rate_base_and_the_number_of_forces_are_no_figures_in_welsh(report):
    status = _figures(report, "Cofnodwyd")
    assert status["100,000"] == status["43"] == "not-a-figure"
    assert not [f for f in _findings(report, "Cofnodwyd") if f.severity != "info"]


def test_a_welsh_number_review_cannot_place_says_so_truthfully(report):
    messages = [f.message for f in _findings(report, "Mae'r")]
    assert len(messages) == 2 and all("paragraph is in Welsh" in message for message in messages)
    assert not any("no matching figure" in message or "in any period" in message for message in messages)
