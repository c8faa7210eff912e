"""Export refuses a draft with a note its writer left to come back to, as it
refuses one with a template's missing figure: "TODO", "[insert rate]", a
template's "{{ homicides }}" copied into the text. Before, such a draft was
exported without a word, and the board would have read "TODO: add the Q3
knife crime figures". The desk asks before exporting it, naming each, and
review names each as an error, where it called "TODO" an acronym to spell out.

The statement text is written for these tests.
"""

from __future__ import annotations

import pytest

from drafter import drafts
from drafter.errors import IncompleteDraft
from drafter.export import export_draft


@pytest.fixture
def noted(empty_workspace):
    draft = drafts.new_draft(empty_workspace, title="Quarterly statement", date="2027-01",
                             board="Testshire Police and Crime Panel")
    for key in ("homicide", "serious-violence", "drugs-county-lines", "neighbourhood-crime",
                "victim-satisfaction", "cyber-crime"):
        draft.set_section_text(key, "Work continued with partners across the county.")
    draft.set_section_text("homicide", "There were {{ homicides }} homicides, a rate of [insert rate] per million.")
    draft.set_section_text("serious-violence", "TODO: add the Q3 knife crime figures from the pack.")
    return drafts.save_draft(empty_workspace, draft)


def test_export_names_each_note_left(empty_workspace, noted, tmp_path):
    with pytest.raises(IncompleteDraft) as refused:
        export_draft(empty_workspace, noted.id, "md", tmp_path / "statement.md")
    assert str(refused.value) == (
        f"draft {noted.id} has 3 unfilled placeholders (Reduce Murder and other Homicide: {{{{ homicides }}}}; "
        "Reduce Murder and other Homicide: [insert rate]; Reduce Serious Violence: TODO); fill them, "
        "or export anyway")
    assert not (tmp_path / "statement.md").exists()
    assert export_draft(empty_workspace, noted.id, "md", tmp_path / "statement.md", force=True).exists()


def test_the_desk_asks_before_exporting_it(noted):
    from drafter.tui.actions import incomplete_question

    assert incomplete_question(noted).startswith(
        "The draft still has 3 unfilled placeholders:\n  Reduce Murder and other Homicide: {{ homicides }}\n")


def test_words_of_a_finished_statement_are_no_notes(empty_workspace, noted, tmp_path):
    noted.set_section_text("homicide", "A todo list of actions was agreed; the date is to be confirmed "
                                       "[see annex] and {braces} are kept.")
    noted.set_section_text("serious-violence", "Knife crime fell.")
    saved = drafts.save_draft(empty_workspace, noted)
    assert export_draft(empty_workspace, saved.id, "md", tmp_path / "statement.md").exists()


def test_review_names_each_note_as_not_for_publishing(empty_workspace, noted):
    found = [(f.kind, f.severity, f.evidence) for f in empty_workspace.review(noted.id).findings
             if f.kind in ("note-left", "undefined-acronym")]
    assert found == [("note-left", "error", "{{ homicides }}"), ("note-left", "error", "[insert rate]"),
                     ("note-left", "error", "TODO")]  # and "TODO" is no acronym to spell out
