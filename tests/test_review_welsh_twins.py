"""A bilingual statement's Welsh paragraphs held to their English ones: a
small count the Welsh words alone could not place is verified as its English
twin is, a mistyped Welsh figure is wrong where the English one is verified,
and paragraphs that are not one another's translation are left alone."""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Dyfed-Powys,homicides,2025/26,4
Dyfed-Powys,knife_offences,2025/26,396
Dyfed-Powys,county_lines_closed,2025/26,23
Dyfed-Powys,population,2025/26,520000
"""
STATEMENT = """\
Dyfed-Powys Police and Crime Commissioner
Statement on the National Policing Priorities
June 2026

This statement covers the year ending March 2026.

Lleihau Llofruddiaeth / Reduce Murder and Other Homicide

Dyfed-Powys recorded 4 homicides in the year ending March 2026.

Cofnodwyd 4 llofruddiaeth yn Nyfed-Powys yn y flwyddyn hyd at fis Mawrth 2026.

Lleihau Trais Difrifol / Reduce Serious Violence

The force recorded 396 knife or sharp instrument offences in the year ending March 2026, and officers held 31 \
weapons sweeps in parks.

Cofnodwyd 369 o droseddau cyllyll yn y flwyddyn hyd at fis Mawrth 2026, a chynhaliodd swyddogion 31 o \
chwiliadau am arfau mewn parciau.

Tarfu ar Gyflenwad Cyffuriau / Disrupt Drugs Supply and County Lines

The force closed 23 county lines in the year ending March 2026.

Our partners trained 140 taxi drivers to spot exploitation.

Caeodd yr heddlu 23 llinell gyffuriau yn y flwyddyn hyd at fis Mawrth 2026.

Mae ein partneriaid wedi hyfforddi 104 o yrwyr tacsi i adnabod camfanteisio.

Lleihau Troseddau Cymdogaeth / Reduce Neighbourhood Crime

Volunteers marked 212 bicycles at events across the force area this year, and 35 sheds were fitted with alarms.

Mae gwirfoddolwyr wedi marcio beiciau mewn digwyddiadau ar draws ardal yr heddlu eleni.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("welsh-twins")
    (root / "dyfed-powys.csv").write_text(FIGURES, encoding="utf-8")
    statement = root / "dyfed-powys-2026-06.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "dyfed-powys.csv")
        yield opened.review(statement, period="2025/26")


def _status(report, opening: str) -> dict[str, str]:
    return {m.text: m.status for m in report.figures if m.paragraph.text.startswith(opening)}


def _findings(report, opening: str):
    [paragraph] = [p for p in report.document.paragraphs() if p.text.startswith(opening)]
    return [f for f in report.findings
            if f.section == paragraph.section_label and f.index == paragraph.index]


def test_a_small_welsh_count_is_verified_as_its_english_twin(report):
    assert _status(report, "Cofnodwyd 4")["4"] == "verified"
    assert not [f for f in _findings(report, "Cofnodwyd 4") if f.severity != "info"]


def test_a_mistyped_welsh_figure_is_wrong_and_names_the_english_one(report):
    assert _status(report, "Cofnodwyd 369")["369"] == "wrong"
    [wrong] = [f for f in _findings(report, "Cofnodwyd 369") if f.kind == "wrong-figure"]
    assert wrong.severity == "error" and "396" in wrong.message and "English paragraph" in wrong.message


def test_english_then_welsh_halves_are_paired_in_order(report):
    """The section gives its English paragraphs first, then the Welsh: the
    second Welsh paragraph is the second English one's, so 104 against 140
    is named, though neither is a stored figure."""
    assert _status(report, "Caeodd")["23"] == "verified"
    [warning] = [f for f in _findings(report, "Mae ein partneriaid") if f.kind == "unverified-figure"]
    assert "140" in warning.message and "English paragraph" in warning.message
    assert not [f for f in _findings(report, "Mae ein partneriaid") if f.severity == "error"]


def test_a_welsh_paragraph_that_gives_fewer_figures_is_no_twin(report):
    assert not [f for f in report.findings if "English paragraph gives" in f.message
                and f.section == "neighbourhood-crime"]
    assert not [f for f in report.findings if f.severity == "error" and f.section == "neighbourhood-crime"]


def test_only_the_mistyped_figure_is_an_error(report):
    errors = [f for f in report.findings if f.severity == "error" and f.kind != "missing-priority"]
    assert [f.message.split(":")[0] for f in errors] == ["369"]


def test_a_number_no_figure_checks_is_warned_of_once_in_the_english_not_again_in_the_welsh(report):
    # 31 weapons sweeps: no figure holds it, in either language.
    warned = [f for f in report.findings if f.kind == "unverified-figure" and f.message.startswith("31:")]
    assert len(warned) == 1 and warned[0].evidence.startswith("The force recorded 396")
