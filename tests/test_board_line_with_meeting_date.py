"""A Word statement's header "Report to the Cumbria Police and Crime Panel,
9 September 2026" names the board and the meeting's date: the board is the
panel alone, so a draft copied forward from it carries no stale date in its
board line or in the "Reporting frequency" paragraph made from the board."""

from __future__ import annotations

import pytest
from drafter.corpus.ingest.header import read_header


@pytest.mark.parametrize("line", [
    "Report to the Cumbria Police and Crime Panel, 9 September 2026",
    "Report to the Cumbria Police and Crime Panel, Tuesday 9th September 2026",
    "Report to the Cumbria Police and Crime Panel (September 2026)",
])
def test_the_meeting_date_after_the_board_is_not_part_of_it(line):
    header = read_header(["National Policing Priorities statement: quarter ending June 2026", line])
    assert header.board == "Cumbria Police and Crime Panel"
    assert header.date.startswith("2026-09")


def test_a_board_without_a_date_is_kept_whole():
    assert read_header(["Strategic Policing and Crime Board", "September 2023"]).board == \
        "Strategic Policing and Crime Board"


def test_a_draft_copied_from_the_word_statement_names_the_panel_alone(empty_workspace, tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Cumbria Police, Fire and Crime Commissioner")
    document.add_heading("National Policing Priorities statement: quarter ending June 2026", 1)
    document.add_paragraph("Report to the Cumbria Police and Crime Panel, 9 September 2026")
    document.add_heading("Reduce murder and other homicide", 2)
    document.add_paragraph("There were 2 homicides in Cumbria in April to June 2026. Each death is "
                           "looked at again by a review team within four weeks.")
    document.add_heading("Tackle cyber crime", 2)
    document.add_paragraph("The cyber protect officer spoke to 24 community groups about romance fraud.")
    path = tmp_path / "cumbria-2026-06.docx"
    document.save(path)
    report = empty_workspace.add_statements([path], force="Cumbria")
    assert not report.failed, report.failed
    draft = empty_workspace.new_draft(from_statement=report.added[0]["id"])
    assert draft.board == "Cumbria Police and Crime Panel"
    closing = " ".join(paragraph.text for paragraph in draft.section("closing").paragraphs)
    assert "Cumbria Police and Crime Panel" in closing and "9 September" not in closing
