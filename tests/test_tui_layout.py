"""The desk's logic that needs no terminal: where paragraphs are in the editor,
which numbers the gutter prints, the similarity cue, the unsaved-work bookkeeping
and the key table everything else is built from; and that the first paint waits
for none of the heavy libraries."""

from __future__ import annotations

from datetime import datetime

import pytest
from drafter.tui.keys import DESK_ACTIONS, display_key
from drafter.tui.layout import (
    ParagraphSpan,
    first_numbers,
    gutter_labels,
    paragraph_at,
    paragraph_spans,
    paragraph_text,
    level_cue,
    statement_label,
)
from drafter.tui.session import DraftSession

from drafter.drafts import Draft, DraftParagraph, DraftSection, Origin

EDITOR_LINES = [
    "",                       # 0  blank lines before the first paragraph
    "First paragraph starts",  # 1
    "and carries on here.",    # 2
    "",                       # 3
    "",                       # 4
    "Second paragraph.",       # 5
    "   ",                     # 6  spaces only: still a break
    "Third.",                  # 7
]


def test_paragraphs_are_runs_of_lines_between_blank_lines():
    assert paragraph_spans(EDITOR_LINES) == [
        ParagraphSpan(1, 2), ParagraphSpan(5, 5), ParagraphSpan(7, 7)]
    assert paragraph_spans(["", "  "]) == []


def test_the_paragraph_under_the_cursor_or_the_one_above_a_blank_line():
    spans = paragraph_spans(EDITOR_LINES)
    assert paragraph_at(spans, 2) == 0
    assert paragraph_at(spans, 4) == 0  # between paragraphs: the one just written
    assert paragraph_at(spans, 7) == 2
    assert paragraph_at(spans, 0) is None  # above everything


def test_paragraph_text_joins_its_lines():
    spans = paragraph_spans(EDITOR_LINES)
    assert paragraph_text(EDITOR_LINES, spans[0]) == "First paragraph starts and carries on here."


def test_gutter_numbers_the_first_line_of_each_paragraph_from_the_sections_first_number():
    spans = paragraph_spans(EDITOR_LINES)
    assert gutter_labels(spans, 12) == {1: "12", 5: "13", 7: "14"}
    # The closing section is unnumbered: paragraphs are marked, not numbered.
    assert gutter_labels(spans, None) == {1: "·", 5: "·", 7: "·"}


def _draft() -> Draft:
    def section(key, count, numbered=True, status="drafting"):
        paragraphs = [DraftParagraph(f"{key} paragraph {i}") for i in range(count)]
        return DraftSection(key, key.title(), status if count else "empty", numbered, paragraphs)

    return Draft(id=1, title="T", board="B", date="2023-09", presented_by="N/A", area="Testshire",
                 period="2022", sections=[section("introduction", 1), section("homicide", 3),
                                          section("serious-violence", 0),
                                          section("drugs-county-lines", 2),
                                          section("closing", 1, numbered=False)])


def test_each_section_starts_numbering_where_the_previous_one_stopped():
    assert first_numbers(_draft()) == {"introduction": 1, "homicide": 2, "serious-violence": 5,
                                       "drugs-county-lines": 5, "closing": None}


def test_the_relevance_cue_shows_the_level_whatever_the_rank():
    assert level_cue("close") == "▮▮▮ close"
    assert level_cue("related") == "▮▮▯ related"
    assert level_cue("weak") == "▮▯▯ weak"


def _hit(force, date, number, subheading=None):
    from drafter.search import SearchHit

    return SearchHit(paragraph_id=1, statement_id=1, number=number, priority=None, text="", score=0.5, title=None,
                     force=force, date=date, file=None, subheading=subheading)


def test_statement_label_names_the_source():
    assert statement_label(_hit("West Midlands", "2023-09", 15)) == "West Midlands · 2023-09 · ¶15"
    assert statement_label(_hit(None, "2023-09", None)) == "2023-09 · unnumbered"


def test_session_tracks_unsaved_edits_across_a_save_in_flight():
    session = DraftSession(workspace=None, draft=_draft())
    session.section_key = "homicide"
    assert not session.dirty
    assert session.update_text("New homicide wording.\n\nAnother paragraph.")
    assert session.dirty
    snapshot = session.snapshot()
    # The writer keeps typing while the snapshot is being saved.
    session.update_text("New homicide wording.\n\nAnother paragraph, longer now.")
    session.saved(snapshot, revision=7, when=datetime(2024, 5, 1, 14, 3))
    assert session.revision == 7
    assert session.dirty, "the edit made during the save is still unsaved"


def test_session_ignores_text_that_does_not_change_the_draft():
    draft = _draft()
    session = DraftSession(workspace=None, draft=draft)
    session.section_key = "homicide"
    assert not session.update_text(draft.section("homicide").text())
    assert not session.dirty


def test_an_inserted_paragraph_keeps_its_source():
    session = DraftSession(workspace=None, draft=_draft())
    session.section_key = "serious-violence"
    session.update_text("Knife bins collected 400 blades.")
    session.adopt_origin("Knife bins collected 400 blades.", Origin.corpus(3, 15))
    paragraph = session.draft.section("serious-violence").paragraphs[0]
    assert (paragraph.origin.kind, paragraph.origin.statement_id, paragraph.origin.number) == \
        ("corpus", 3, 15)


def test_moving_between_sections_stops_at_the_ends():
    session = DraftSession(workspace=None, draft=_draft())
    assert session.neighbour(-1) == "introduction"
    session.section_key = "closing"
    assert session.neighbour(1) == "closing"
    assert session.neighbour(-1) == "drugs-county-lines"


def test_every_action_has_a_distinct_key_and_a_description():
    keys = [key for action in DESK_ACTIONS for key in action.keys.split(",")]
    assert len(keys) == len(set(keys))
    assert all(action.description for action in DESK_ACTIONS)
    assert display_key("ctrl+s") == "Ctrl+S"
    assert display_key("f2") == "F2"
    assert display_key("ctrl+down,alt+down") == "Ctrl+↓"


def test_bullets_and_sub_headings_take_no_number_in_the_gutter():
    lines = ["### Summary of planned activity", "", "A paragraph.", "", "- First point",
             "- Second point", "", "Another paragraph."]
    spans = paragraph_spans(lines)
    assert [span.kind for span in spans] == ["subheading", "paragraph", "bullet", "bullet", "paragraph"]
    assert gutter_labels(spans, 7) == {0: "·", 2: "7", 4: "·", 5: "·", 7: "8"}


def test_bullets_do_not_move_the_next_sections_numbers():
    draft = _draft()
    draft.section("homicide").paragraphs.insert(1, DraftParagraph("A point", kind="bullet"))
    assert first_numbers(draft)["serious-violence"] == 5


def test_an_unnumbered_paragraph_is_placed_by_its_sub_heading():
    assert statement_label(_hit("Ashmoor", "2026-09", None, "Summary of planned activity")) == (
        "Ashmoor · 2026-09 · Summary of planned activity")
    assert statement_label(_hit("Ashmoor", "2026-09", None, "A summary of quarterly performance:")) == (
        "Ashmoor · 2026-09 · A summary of quarterly performance")


FIRST_PAINT_PROBE = """
import asyncio, sys
import drafter
from drafter.tui.app import make_app
from drafter.tui.screens.desk import DeskScreen

painted = {}
first_paint = DeskScreen.after_first_paint

def record(self):
    painted['modules'] = set(sys.modules)
    first_paint(self)

DeskScreen.after_first_paint = record
app = make_app(drafter.open_workspace(sys.argv[1], seed=False))

async def run():
    async with app.run_test(size=(160, 48)) as pilot:
        while 'modules' not in painted:
            await pilot.pause(0.01)

asyncio.run(run())
heavy = ('spacy', 'sklearn', 'numpy', 'scipy', 'jinja2', 'docx', 'openpyxl', 'trafilatura', 'pdfplumber')
print('HEAVY:' + ','.join(sorted(m for m in heavy if m in painted['modules'])))
"""


def test_the_first_paint_waits_for_no_heavy_library(indexed_workspace):
    import subprocess
    import sys

    indexed_workspace.new_draft(date="2026-11")
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, str(indexed_workspace.path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith("HEAVY:"), result.stdout


def test_a_paragraph_cut_and_pasted_into_another_section_keeps_its_source():
    """Cut in one section, the desk saving in between, and pasted in another:
    still the past statement's paragraph, not the writer's own words."""
    draft = _draft()
    session = DraftSession(workspace=None, draft=draft)
    session.section_key = "serious-violence"
    session.update_text("Knife bins collected 400 blades.\n\nPatrols covered the harbour.")
    session.adopt_origin("Knife bins collected 400 blades.", Origin.corpus(3, 15))
    session.update_text("Patrols covered the harbour.")
    session.section_key = "homicide"
    session.update_text(draft.section("homicide").text() + "\n\nKnife bins collected 400 blades.")
    pasted = draft.section("homicide").paragraphs[-1]
    assert (pasted.origin.kind, pasted.origin.statement_id, pasted.origin.number) == ("corpus", 3, 15)
