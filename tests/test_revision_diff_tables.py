"""``draft diff`` shows a table's change row by row: a row added under the
others is one "+" line of its own, a changed cell a word change within its
row, under a line naming the table by its first row. Before, the rows were run
together on one line, so a row added read as cells run on from the row above.
A revision's note counts sub-headings added and removed as sub-headings, not
as paragraphs, which the list's paragraph count leaves out; and a paragraph
moved within its section is shown once, as moved, not as one removed and
another added.

The figures are written for these tests.
"""

from __future__ import annotations

import pytest

from drafter import drafts

_TABLE = ("| Measure | Jul–Sep 2025 | Jul–Sep 2026 |\n"
          "| Knife crime offences | 188 | 176 |\n"
          "| Firearms offences | 9 | 7 |")


@pytest.fixture
def diffed(empty_workspace):
    draft = drafts.new_draft(empty_workspace, date="2027-01")
    draft.set_section_text("serious-violence", f"There were 176 knife crime offences.\n\n{_TABLE}")
    drafts.save_draft(empty_workspace, draft, note="table")
    draft.set_section_text("serious-violence", "There were 176 knife crime offences.\n\n"
                           + _TABLE.replace("| 9 | 7 |", "| 9 | 8 |")
                           + "\n| Robbery – knife or blade | 41 | 38 |")
    drafts.save_draft(empty_workspace, draft, note=None)
    return empty_workspace, draft


def test_a_changed_table_is_shown_row_by_row(diffed):
    workspace, draft = diffed
    lines = drafts.diff_revisions(workspace, draft.id, 2, 3).splitlines()
    assert lines[3:] == ["~ table (Measure | Jul–Sep 2025 | Jul–Sep 2026)",
                         "    ~ Firearms offences | 9 | [-7-] {+8+}",
                         "    + Robbery – knife or blade | 41 | 38"]


def test_a_table_removed_keeps_its_rows_apart(diffed):
    workspace, draft = diffed
    lines = drafts.diff_revisions(workspace, draft.id, 2, 1).splitlines()
    assert lines[-3:] == ["- Measure | Jul–Sep 2025 | Jul–Sep 2026",
                          "    Knife crime offences | 188 | 176",
                          "    Firearms offences | 9 | 7"]


def test_the_revision_note_counts_the_table_as_one_edit(diffed):
    workspace, draft = diffed
    assert drafts.list_revisions(workspace, draft.id)[-1].note == "Reduce Serious Violence: 1 edited"


def test_a_renamed_sub_heading_is_no_paragraph_added_or_removed(empty_workspace):
    draft = drafts.new_draft(empty_workspace, date="2027-01")
    draft.set_section_text("homicide", "### What we are doing\n\n- Funding training for 240 staff.")
    drafts.save_draft(empty_workspace, draft, note="homicide")
    draft.set_section_text("homicide", "### Our work with partners\n\n- Funding training for 240 staff.\n\n"
                                       "### Next steps\n\n### Funding")
    drafts.save_draft(empty_workspace, draft, note=None)
    assert drafts.list_revisions(empty_workspace, draft.id)[-1].note == \
        "Reduce Murder and other Homicide: 3 sub-headings added, 1 sub-heading removed"


def test_a_paragraph_moved_within_its_section_is_shown_as_moved(empty_workspace):
    draft = drafts.new_draft(empty_workspace, date="2027-01")
    draft.set_section_text("homicide", "There were three homicides.\n\nThe panel met twice.\n\n"
                                       "Families were supported.")
    drafts.save_draft(empty_workspace, draft, note="homicide")
    draft.set_section_text("homicide", "The panel met twice.\n\nThere were three homicides.\n\n"
                                       "Families were supported.")
    drafts.save_draft(empty_workspace, draft, note=None)
    assert drafts.diff_revisions(empty_workspace, draft.id, 2, 3).splitlines()[3:] == [
        "> The panel met twice."]
    assert drafts.list_revisions(empty_workspace, draft.id)[-1].note == "Reduce Murder and other Homicide: 1 moved"
