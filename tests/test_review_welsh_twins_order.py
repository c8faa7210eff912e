"""A Welsh paragraph that gives its English twin's figures in another order,
writes a percentage and a sum in Welsh words ("12 y cant", "£1.2
miliwn") or a date ("31 Mawrth 2026"), is not called wrong: each Welsh figure is the English one of the
same value, wherever each language puts it, and only a figure left over is
held to the one left in its place. The figures are made up."""

from __future__ import annotations

import pytest

import drafter
from drafter.claims.numbers import extract_numbers

FIGURES = """\
area,measure,period,value
Dyfed-Powys,neighbourhood_crime,2025/26,5210
Dyfed-Powys,neighbourhood_crime,2024/25,5427
Dyfed-Powys,residential_burglary,2025/26,1204
Dyfed-Powys,knife_offences,2025/26,396
Dyfed-Powys,knife_offences,2024/25,450
Dyfed-Powys,county_lines_closed,2025/26,23
"""
STATEMENT = """\
Dyfed-Powys Police and Crime Commissioner
Statement on the National Policing Priorities
June 2026

This statement covers the year ending March 2026.

Lleihau Troseddau Cymdogaeth / Reduce Neighbourhood Crime

The force recorded 5,210 neighbourhood crimes in the year ending March 2026, down 4% from 5,427, and 1,204 \
residential burglaries.

Cofnododd yr heddlu 5,210 o droseddau cymdogaeth yn y flwyddyn hyd at fis Mawrth 2026, i lawr o 5,427 (4%), \
a 1,204 o fyrgleriaethau preswyl.

Lleihau Trais Difrifol / Reduce Serious Violence

Knife offences fell by 12% to 396 in the year ending March 2026.

Gostyngodd troseddau cyllyll 12 y cant i 396 yn y flwyddyn hyd at fis Mawrth 2026.

Tarfu ar Gyflenwad Cyffuriau / Disrupt Drugs Supply and County Lines

Cyflwynwyd £1.2 miliwn i'r heddlu gan y Swyddfa Gartref a chaeodd yr heddlu 23 llinell gyffuriau yn y \
flwyddyn hyd at fis Mawrth 2026.

The Home Office gave the force £1.2 million and the force closed 23 county lines in the year ending March 2026.

Lleihau Llofruddiaeth / Reduce Murder and Other Homicide

Knife offences fell to 396 in the year ending March 2026, from 450 a year before, and 5,210 neighbourhood \
crimes were recorded.

Gostyngodd troseddau cyllyll i 396 yn y flwyddyn hyd at fis Mawrth 2026, o 540 flwyddyn ynghynt, a \
chofnodwyd 5,210 o droseddau cymdogaeth.

Gwella Boddhad Dioddefwyr / Improve Victim Satisfaction

Volunteers contacted 214 victims in the year ending March 2026.

Source: the victims' service's own records.

Rhwng 1 Ebrill 2025 a 31 Mawrth 2026, cysylltodd gwirfoddolwyr â 241 o ddioddefwyr.

Mynd i'r Afael â Thwyll / Tackle Fraud and Cybercrime

Fraud advisers held four workshops for older residents.

Cynhaliodd cynghorwyr twyll bedwar gweithdy i drigolion hŷn.

They gave advice to 318 people in the year ending March 2026.

Rhoesant gyngor i 381 o bobl yn y flwyddyn hyd at fis Mawrth 2026.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("welsh-order")
    (root / "dyfed-powys.csv").write_text(FIGURES, encoding="utf-8")
    statement = root / "dyfed-powys-2026-06.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "dyfed-powys.csv")
        yield opened.review(statement, period="2025/26")


def _status(report, opening: str) -> dict[str, str]:
    return {m.text: m.status for m in report.figures if m.paragraph.text.startswith(opening)}


def test_welsh_figures_in_another_order_are_verified_as_their_english_ones(report):
    assert _status(report, "Cofnododd yr heddlu") == {
        "5,210": "verified", "2026": "not-a-figure", "5,427": "verified", "4%": "verified", "1,204": "verified"}


def test_a_percentage_in_welsh_words_is_its_english_twins(report):
    assert _status(report, "Gostyngodd troseddau cyllyll 12")["12 y cant"] == "verified"


def test_a_sum_in_welsh_millions_is_not_said_to_differ(report):
    assert not [f for f in report.findings if "English paragraph gives £1.2 million" in f.message]


def test_only_a_mistyped_welsh_figure_is_an_error(report):
    errors = [f for f in report.findings if f.severity == "error" and f.kind != "missing-priority"]
    assert [f.message.split(":")[0] for f in errors] == ["540"]
    assert "450" in errors[0].message and "English paragraph" in errors[0].message


def test_a_welsh_date_is_no_figure_and_a_note_in_one_language_leaves_the_twins_paired(report):
    assert _status(report, "Rhwng 1 Ebrill") == {
        "1": "not-a-figure", "2025": "not-a-figure", "31": "not-a-figure", "2026": "not-a-figure",
        "241": "unverified"}
    [paragraph] = [p for p in report.document.paragraphs() if p.text.startswith("Rhwng 1 Ebrill")]
    messages = [f.message for f in report.findings if f.index == paragraph.index
                and f.section == paragraph.section_label]
    assert messages and all(message.startswith("241: its English paragraph gives 214") for message in messages)


def test_a_welsh_paragraph_whose_number_is_in_words_still_keeps_the_pairs_in_order(report):
    [paragraph] = [p for p in report.document.paragraphs() if p.text.startswith("Rhoesant")]
    assert [f.message.split(" in its place")[0] for f in report.findings if f.index == paragraph.index
            and f.section == paragraph.section_label] == ["381: its English paragraph gives 318"]


@pytest.mark.parametrize(("text", "shown", "value", "kind"), [
    ("Gostyngodd troseddau 12 y cant.", "12 y cant", 12, "percent"),
    ("Cyflwynwyd £1.2 miliwn i'r heddlu.", "£1.2 miliwn", 1_200_000, "money"),
    ("Atebwyd 1.1 miliwn o alwadau.", "1.1 miliwn", 1_100_000, "count"),
])
def test_welsh_percentages_and_millions_are_read(text, shown, value, kind):
    [mention] = [m for m in extract_numbers(text) if m.text == shown]
    assert (mention.value, mention.kind) == (value, kind)
