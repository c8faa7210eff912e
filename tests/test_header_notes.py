"""The header lines that say what kind of paper a statement is ("Police and
Crime Plan Priority: Regular Item", "Status: For information") come back in
the next quarter's draft and its export, where a board expects them; lines
that change with the meeting or the person ("Agenda item: 7") do not."""

from __future__ import annotations

import sqlite3

import drafter
import pytest
from test_drafts_support import REFERENCE

BOARD_PAPER = """Cumbria Police and Crime Panel

March 2026

Police and Crime Plan Priority: Safer Streets

Status:   For information

Agenda item: 7

Title: National Policing Priorities – Cumbria Police and Crime Commissioner Statement

Presented by: Chief Executive

Introduction

1. This statement sets out the Commissioner's work on each national priority this quarter.

Reduce Murder and other Homicide

2. There were 3 homicides in Cumbria in the quarter, one fewer than a year earlier.

Reduce Serious Violence

3. The violence reduction unit ran four weeks of action in town centres.

Disrupt Drugs Supply and County Lines

4. Officers closed two county lines after a joint operation with a neighbouring force.

Reduce Neighbourhood Crime

5. Burglary patrols continued in the three wards where reports rose.

Improve Victim Satisfaction

6. The victims' hub contacted every victim of burglary within two days.

Tackle Cyber Crime

7. A fraud clinic opened in the central library for residents over sixty.

Reporting frequency

8. The Commissioner publishes this statement every quarter.
"""

WEB_PAGE = """# National Policing Priorities – Cumbria

Published 14 March 2026

## Reduce Murder and other Homicide

There were 3 homicides in Cumbria in the quarter.

## Reduce Serious Violence

The violence reduction unit ran four weeks of action in town centres.

## Disrupt Drugs Supply and County Lines

Officers closed two county lines.

## Reduce Neighbourhood Crime

Burglary patrols continued in three wards.

## Improve Victim Satisfaction

The victims' hub contacted every victim of burglary within two days.

## Tackle Cyber Crime

A fraud clinic opened in the central library.
"""

CARRIED = ["Police and Crime Plan Priority: Safer Streets", "Status: For information"]


def _added(workspace, tmp_path, name: str, text: str) -> int:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return workspace.add_statements([path]).added[0]["id"]


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        yield opened


def test_a_board_papers_kind_of_paper_lines_are_kept_with_it(workspace, tmp_path):
    statement = workspace.get_statement(_added(workspace, tmp_path, "cumbria-2026-03.txt", BOARD_PAPER))
    assert statement.header_notes == CARRIED
    assert statement.presented_by == "Chief Executive"


def test_copy_forward_and_every_export_keep_them_in_their_place(workspace, tmp_path):
    statement_id = _added(workspace, tmp_path, "cumbria-2026-03.txt", BOARD_PAPER)
    draft = workspace.new_draft(from_statement=statement_id, area="Cumbria")
    assert draft.header_notes == CARRIED
    assert workspace.get_draft(draft.id).header_notes == CARRIED  # saved with the draft

    text = workspace.export_draft(draft.id, "txt", tmp_path / "next.txt").read_text(encoding="utf-8")
    assert text.startswith("Cumbria Police and Crime Panel\n\nJune 2026\n\n"
                           "Police and Crime Plan Priority: Safer Streets\n\nStatus: For information\n\n"
                           "Title: National Policing Priorities")
    assert "Agenda item" not in text

    markdown = workspace.export_draft(draft.id, "md", tmp_path / "next.md").read_text(encoding="utf-8")
    assert markdown.startswith("Cumbria Police and Crime Panel\n\nJune 2026\n\n"
                               "Police and Crime Plan Priority: Safer Streets\n\nStatus: For information\n\n"
                               "# National Policing Priorities")

    import docx

    document = docx.Document(str(workspace.export_draft(draft.id, "docx", tmp_path / "next.docx")))
    opening = [paragraph.text for paragraph in document.paragraphs[:5]]
    assert opening == ["Cumbria Police and Crime Panel", "June 2026", *CARRIED,
                       "Title: National Policing Priorities – Cumbria Police and Crime Commissioner Statement"]


def test_a_web_page_and_an_empty_draft_have_none(workspace, tmp_path):
    statement_id = _added(workspace, tmp_path, "cumbria-web.md", WEB_PAGE)
    assert workspace.get_statement(statement_id).header_notes == []
    assert workspace.new_draft(from_statement=statement_id, area="Cumbria").header_notes == []
    assert workspace.new_draft(date="2026-06").header_notes == []


def test_a_workspace_from_before_keeps_its_statements_and_takes_the_lines_from_new_ones(tmp_path):
    root = tmp_path / "ws"
    with drafter.open_workspace(root, seed=False) as workspace:
        old_id = _added(workspace, tmp_path, "cumbria-2026-03.txt", BOARD_PAPER)
    with sqlite3.connect(root / "drafter.db") as connection:  # the database as it was before the lines
        connection.executescript("ALTER TABLE statements DROP COLUMN header_notes; PRAGMA user_version = 6;")
    with drafter.open_workspace(root, seed=False) as workspace:
        assert workspace.get_statement(old_id).header_notes == []
        assert workspace.new_draft(from_statement=old_id, area="Cumbria").header_notes == []
        workspace.remove_statement(old_id)
        again = _added(workspace, tmp_path, "cumbria-2026-03.txt", BOARD_PAPER)
        assert workspace.get_statement(again).header_notes == CARRIED


def test_the_reference_statement_keeps_its_plan_priority_line(workspace, tmp_path):
    if not REFERENCE.exists():
        pytest.skip(f"reference statement not present at {REFERENCE}")
    statement_id = workspace.add_statements([REFERENCE]).added[0]["id"]
    assert workspace.get_statement(statement_id).header_notes == ["Police and Crime Plan Priority: Regular Item"]
    draft = workspace.new_draft(from_statement=statement_id)
    text = workspace.export_draft(draft.id, "txt", tmp_path / "wm.txt").read_text(encoding="utf-8")
    assert "\n\nPolice and Crime Plan Priority: Regular Item\n\nTitle: Performance Report" in text
