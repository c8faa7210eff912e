"""The note a save is given when it has none (every save the desk makes as the
writer pauses) says where the paragraphs it added came from, as `draft edit
--insert` and `--fill` notes do: the revision list is the draft's history.

The paragraphs are written for the project.
"""

from __future__ import annotations

from drafter.drafts import DraftParagraph, Origin


def test_a_save_without_a_note_names_the_sources_of_the_paragraphs_it_added(empty_workspace):
    draft = empty_workspace.new_draft(area="Dorset", date="2026-11", period="2026-Q3")
    section = draft.section("serious-violence")
    section.paragraphs += [
        DraftParagraph("Over the Christmas period the force ran Operation Frostlight.", Origin.corpus(2, 6)),
        DraftParagraph("Rural crime officers held engagement events at the county show.", Origin.corpus(1, None, 12)),
        DraftParagraph("There were 122 knife offences in July to September 2026.",
                       Origin.from_template("serious-violence/knife_change")),
        DraftParagraph("Weekend patrols ran in the town centres.")]
    empty_workspace.save_draft(draft)
    note = empty_workspace.draft_revisions(draft.id)[-1].note
    assert f"{section.heading}: 4 ¶ added (statement 2 ¶6, statement 1 p12, " \
           "template serious-violence/knife_change)" in note
