"""A statement in Welsh, or with Welsh-only headings, has its priorities read
from the Welsh wording, as a bilingual heading's English half would give them."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import read_statement
from drafter.priorities import classify_heading


@pytest.mark.parametrize(("heading", "priority"), [
    ("Cyflwyniad", "introduction"),
    ("Lleihau Llofruddiaeth a Dynladdiadau Eraill", "homicide"),
    ("Lleihau Trais Difrifol", "serious-violence"),
    ("Tarfu ar Gyflenwi Cyffuriau a Llinellau Sirol", "drugs-county-lines"),
    ("Troseddau Cymdogaeth", "neighbourhood-crime"),
    ("Gwella Boddhad Dioddefwyr", "victim-satisfaction"),
    ("Trosedd Seiber", "cyber-crime"),
    ("Mynd i'r afael â Thwyll", "cyber-crime"),
    ("Amlder adrodd", "closing"),
])
def test_a_welsh_only_heading_names_its_priority(heading, priority):
    assert classify_heading(heading) == priority


def test_welsh_words_alone_do_not_make_a_priority():
    # "trais" (violence) without "difrifol" (serious) is not the serious violence priority
    assert classify_heading("Trais domestig") is None
    assert classify_heading("Diolchiadau") is None


WELSH_HEADED = """\
Heddlu Dyfed-Powys – Datganiad y Comisiynydd / Commissioner's statement

September 2026

Cyflwyniad

This statement covers April to June 2026 and the six national priorities, all of which apply in Dyfed-Powys.

Lleihau Llofruddiaeth a Dynladdiad

1. There were no homicides in the quarter.

Lleihau Trais Difrifol

2. Officers seized 14 knives in the quarter.

Cyffuriau a Llinellau Sirol

3. Two county lines were closed.

Troseddau Cymdogaeth

4. Neighbourhood teams held 40 street surgeries.

Boddhad Dioddefwyr

5. The victims' hub called every victim of burglary back within two days.

Trosedd Seiber

6. Mae'r heddlu wedi rhoi 25 o sgyrsiau ar dwyll ar-lein.
"""


def test_a_statement_with_welsh_only_headings_has_every_priority():
    statement = read_statement(Path("dyfed-powys-2026-09.txt"), WELSH_HEADED.encode())
    assert [(s.heading, s.priority) for s in statement.sections] == [
        ("Cyflwyniad", "introduction"),
        ("Lleihau Llofruddiaeth a Dynladdiad", "homicide"),
        ("Lleihau Trais Difrifol", "serious-violence"),
        ("Cyffuriau a Llinellau Sirol", "drugs-county-lines"),
        ("Troseddau Cymdogaeth", "neighbourhood-crime"),
        ("Boddhad Dioddefwyr", "victim-satisfaction"),
        ("Trosedd Seiber", "cyber-crime"),
    ]


def test_review_of_welsh_only_headings_finds_no_priority_missing(cli, tmp_path):
    statement = tmp_path / "dyfed-powys-2026-09.txt"
    statement.write_text(WELSH_HEADED, encoding="utf-8")
    result = cli("review", statement, "--json")
    assert result.exit_code == 0, result.stderr
    kinds = [finding["kind"] for finding in result.json()["findings"]]
    assert "missing-priority" not in kinds
