"""A disk that fills part-way through a save (a figures import, a draft) stops
drafter with one line naming the database and saying the disk may be full;
nothing of the save is stored, and everything stored before is kept."""

from __future__ import annotations

import pytest

import drafter
from drafter.errors import WorkspaceError
from drafter.forces import FORCE_NAMES


@pytest.fixture
def full_after_a_little(tmp_path):
    first = tmp_path / "cumbria.csv"
    first.write_text("area,measure,period,value\nCumbria,homicides,2026-Q2,2\n", encoding="utf-8")
    workspace = drafter.open_workspace(tmp_path / "OPCC Team" / "drafter – statements", samples=False)
    workspace.set_office("Cumbria")
    workspace.import_figures(first)
    pages = workspace.database.one("PRAGMA page_count")[0]
    # The database may grow by two pages only, as on a disk with nearly no room left.
    workspace.database.execute(f"PRAGMA max_page_count = {pages + 2}")
    yield workspace
    workspace.close()


def test_an_import_that_fills_the_disk_is_named_and_undone(tmp_path, full_after_a_little):
    national = tmp_path / "national.csv"
    rows = [f"{force},knife_offences,{year}-Q{quarter},{100 + n}"
            for n, force in enumerate(FORCE_NAMES) for year in range(2016, 2027) for quarter in (1, 2, 3, 4)]
    national.write_text("area,measure,period,value\n" + "\n".join(rows) + "\n", encoding="utf-8")

    with pytest.raises(WorkspaceError) as failed:
        full_after_a_little.import_figures(national)
    message = str(failed.value)
    assert "\n" not in message
    assert "drafter.db" in message and "disk may be full" in message
    assert "no transaction is active" not in message
    stored = full_after_a_little.list_figures()
    assert [(figure.area, figure.measure, figure.value) for figure in stored] == [("Cumbria", "homicides", 2)]


def test_adding_statements_stops_at_the_first_the_disk_has_no_room_for(tmp_path, full_after_a_little):
    from pathlib import Path

    samples = sorted((Path(__file__).parent.parent / "corpus" / "statements").glob("severnshire-2025-*.txt"))[:3]
    report = full_after_a_little.add_statements(samples)
    assert report.added == [] and len(report.failed) == 1
    assert "disk may be full" in report.failed[0]["error"]
    assert report.stopped == "the workspace could not be written (the disk may be full)"
    assert report.not_attempted == [str(path) for path in samples[1:]]
    assert full_after_a_little.list_statements() == []
