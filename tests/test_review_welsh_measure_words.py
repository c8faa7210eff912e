"""A number in a Welsh paragraph that equals a stored figure is verified only
where its sentence names that figure's measure in Welsh: "Rhoddwyd 25 o
sgyrsiau" (25 talks) is not the 25 drug trafficking offences the figures
hold, while "Cofnodwyd 25 o droseddau masnachu cyffuriau" is. A measure
drafter knows no Welsh words for is never verified from a Welsh paragraph.

Dyfed-Powys is a real force; the statement and its figures are written for
these tests."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Dyfed-Powys,drug_trafficking_offences,2025/26,25
Dyfed-Powys,homicides,2025/26,14
Dyfed-Powys,pcso_count,2025/26,120
Dyfed-Powys,population,2025/26,520000
"""
STATEMENT = """\
Dyfed-Powys Police and Crime Commissioner
Statement on the National Policing Priorities
June 2026

This statement covers the year ending March 2026.

Tarfu ar Gyflenwad Cyffuriau / Disrupt Drugs Supply and County Lines

Cofnodwyd 25 o droseddau masnachu cyffuriau yn y flwyddyn.

Rhoddwyd 25 o sgyrsiau i ysgolion yr ardal.

Lleihau Llofruddiaeth / Reduce Murder and other Homicide

Bu 14 o lofruddiaethau yn ardal yr heddlu yn ystod y flwyddyn.

Mae 14 o swyddogion yn gweithio yn y tîm newydd.

Lleihau Troseddau Cymdogaeth / Reduce Neighbourhood Crime

Mae 120 o swyddogion cymorth cymunedol yn yr ardal.
"""


@pytest.fixture(scope="module")
def statuses(tmp_path_factory):
    root = tmp_path_factory.mktemp("welsh-measures")
    (root / "dyfed-powys.csv").write_text(FIGURES, encoding="utf-8")
    statement = root / "dyfed-powys-2026-06.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "dyfed-powys.csv")
        report = opened.review(statement)
    return [(m.text, m.status) for m in report.figures]


def test_a_stored_figure_named_in_welsh_is_verified(statuses):
    assert ("25", "verified") in statuses
    assert ("14", "verified") in statuses


def test_the_same_number_counting_something_else_is_not_verified(statuses):
    assert statuses.count(("25", "verified")) == 1
    assert statuses.count(("14", "verified")) == 1


def test_a_measure_without_welsh_words_is_not_verified_from_welsh(statuses):
    assert ("120", "verified") not in statuses
