"""A national table naming forces as they name themselves: "Met" for the
Metropolitan Police, and a Welsh force in both languages ("Heddlu De Cymru /
South Wales Police") is read as that force, where the whole import was
refused; "met" stays an everyday word in a statement's text."""

from __future__ import annotations

import pytest

import drafter
from drafter.forces import force_named

TABLE = """\
Table D2: Trafficking of drugs offences by police force area, year ending March 2026
Police force area,Trafficking of drugs
Met,2036
Heddlu De Cymru / South Wales Police,402
Heddlu Dyfed-Powys / Dyfed-Powys Police,176
"""


@pytest.mark.parametrize("name, force", [
    ("Met", "Metropolitan Police"),
    ("Heddlu De Cymru / South Wales Police", "South Wales"),
    ("South Wales Police / Heddlu De Cymru", "South Wales"),
    ("Heddlu Dyfed-Powys / Dyfed-Powys Police", "Dyfed-Powys"),
    ("the board met", None),
    ("Met Office", None),
    ("Wales / Cymru", None),
])
def test_a_forces_own_name_is_read_as_the_force(name, force):
    assert force_named(name) == force


def test_a_table_naming_forces_so_is_imported(tmp_path):
    path = tmp_path / "drugs.csv"
    path.write_text(TABLE, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        report = opened.import_figures(path)
        assert set(report.areas) == {"Metropolitan Police", "South Wales", "Dyfed-Powys"}
        assert {(f.area, f.value) for f in opened.list_figures(measure="drug_trafficking_offences")} == {
            ("Metropolitan Police", 2036), ("South Wales", 402), ("Dyfed-Powys", 176)}
