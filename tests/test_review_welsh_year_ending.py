"""A Welsh sentence whose period is "y flwyddyn hyd at fis Mawrth 2026" is
read as Welsh though "at" is an English word too, so its figure is checked
as its English twin's is, never said to be missing from the figures."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Dyfed-Powys,knife_offences,2024/25,323
Dyfed-Powys,knife_offences,2025/26,326
"""
STATEMENT = """\
Dyfed-Powys Police and Crime Panel
14 July 2026

Blaenoriaethau Plismona Cenedlaethol / National Policing Priorities

Lleihau trais difrifol / Reduce serious violence

Cododd troseddau cyllyll neu offer miniog 0.9% i 326 yn y flwyddyn hyd at fis Mawrth 2026.

Knife or sharp instrument offences rose by 0.9% to 326 in the year ending March 2026.

Cododd troseddau cyllyll neu offer miniog 0.9% i 362 yn y flwyddyn hyd at fis Mawrth 2026.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("welsh-year-ending")
    (root / "dyfed-powys.csv").write_text(FIGURES, encoding="utf-8")
    statement = root / "dyfed-powys-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "dyfed-powys.csv")
        yield opened.review(statement, area="Dyfed-Powys", period="2025/26")


def test_a_welsh_count_for_the_year_ending_march_is_verified(report):
    [first, _english, _third] = [m for m in report.figures if m.text in ("326", "362")]
    assert first.paragraph.text.startswith("Cododd") and first.status == "verified"


def test_a_welsh_count_the_figures_do_not_hold_is_not_called_missing_in_any_period(report):
    messages = [f.message for f in report.findings if f.message.startswith("362")]
    assert messages and all("Welsh" in message for message in messages)
    assert not any("in any period" in message for message in messages)
