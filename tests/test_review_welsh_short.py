"""A short paragraph written in Welsh ("Caewyd 12 llinell gyffuriau.") is
read as Welsh, as a long one is: a number review cannot place there is said
to be in a Welsh paragraph, and a stored figure is verified. A short English
paragraph naming a Welsh place ("Officers in Llanelli closed 12 county
lines.") stays English.

Gwent is a real force; the statement and its figures are written for these tests."""

from __future__ import annotations

import pytest

import drafter
from drafter.claims.welsh import in_welsh

FIGURES = """\
area,measure,period,value
Gwent,knife_offences,2025/26,396
Gwent,population,2025/26,600000
"""
STATEMENT = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
June 2026

This statement covers the year ending March 2026.

Lleihau Trais Difrifol / Reduce Serious Violence

Gwent recorded 396 knife or sharp instrument offences in the year ending March 2026.

Cofnodwyd 396 o droseddau cyllyll.

Tarfu ar Gyflenwad Cyffuriau / Disrupt Drugs Supply and County Lines

Caewyd 12 llinell gyffuriau.

Rhoddwyd 25 o sgyrsiau.

Officers in Llanelli closed 14 county lines.

Reduce Neighbourhood Crime

Caerphilly: 17 closures
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("welsh-short")
    (root / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    statement = root / "gwent-2026-06.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "gwent.csv")
        yield opened.review(statement)


def _messages(report, number: str) -> list[str]:
    return [f.message for f in report.findings if f.message.startswith(number + ":")]


@pytest.mark.parametrize("number", ["12", "25"])
def test_a_number_in_a_short_welsh_paragraph_is_said_to_be_in_welsh(report, number):
    [message] = _messages(report, number)
    assert "paragraph is in Welsh" in message
    assert "in any period" not in message


def test_a_stored_figure_in_a_short_welsh_paragraph_is_verified(report):
    assert [m.status for m in report.figures if m.text == "396"] == ["verified", "verified"]


def test_a_short_english_paragraph_naming_a_welsh_place_keeps_the_english_message(report):
    assert not any("Welsh" in message for number in ("14", "17") for message in _messages(report, number))


@pytest.mark.parametrize("text", [
    "Caewyd 12 llinell gyffuriau.",
    "Rhoddwyd 25 o sgyrsiau.",
    "Arestiwyd 14.",
    "Cofnodwyd 396 o droseddau cyllyll.",
    "Caewyd 7 llinell gyffuriau yn Llanelli.",
    "Cynhaliwyd 40 o ymweliadau â chartrefi.",
    "Atafaelwyd 31 cyllell.",
    "Bu 5 llofruddiaeth.",
    "Troseddau cyllyll: 396",
])
def test_short_welsh_paragraphs_are_welsh(text):
    assert in_welsh(text)


@pytest.mark.parametrize("text", [
    "Officers in Llanelli closed 12 county lines.",
    "Llanelli recorded 12 burglaries.",
    "Caerphilly: 12",
    "Caerphilly and Llanelli patrols: 12",
    "Pontypridd, Llanelli and Caerphilly: 14 closures",
    "Ystradgynlais and Llandeilo teams made 12 arrests.",
    "Clwyd recorded 12 thefts.",
    "Rhondda Cynon Taf: 40 visits",
    "Cyber crime: 12",
    "Homicides: 5 (up from 4)",
    "Staff carried out 31 reviews.",
])
def test_short_english_paragraphs_naming_welsh_places_are_english(text):
    assert not in_welsh(text)


def test_a_short_welsh_sentence_of_reports_is_welsh():
    # "-iad" and "-ddu" endings read as Welsh where no English word stands beside them
    from drafter.claims.welsh import in_welsh

    assert in_welsh("Cafwyd 151 adroddiad seiberdroseddu.")
    assert not in_welsh("Myriad reports: 151.")
