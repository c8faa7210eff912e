"""`draft show --origins` tells a paragraph copied forward word for word from
one whose figures or period words the roll moved on ("corpus 4:12 (rolled)"),
so an auditor reading "corpus 4:12" knows the words are the statement's own.

The paragraphs are written for the project.
"""

from __future__ import annotations

import drafter
from drafter import drafts
from drafter.drafts import DraftParagraph, Origin

AS_COPIED = "There were 1,470 fraud reports from Dorset residents in April to June 2026."
ROLLED = "There were 1,493 fraud reports from Dorset residents in July to September 2026."
PERIOD_ONLY_COPIED = "The next statement will cover July to September 2026."
PERIOD_ONLY = "The next statement will cover October to December 2026."
KEPT = "The cyber protect team gave talks to 35 community groups."


def test_rolled_paragraphs_are_marked_so_beside_their_source(workspace_dir, cli):
    with drafter.open_workspace(workspace_dir) as workspace:
        draft = workspace.new_draft(area="Dorset", date="2026-11", period="2026-Q3")
        paragraphs = draft.section("cyber-crime").paragraphs
        paragraphs.append(DraftParagraph(ROLLED, Origin("corpus", 4, 12, copied=AS_COPIED, rolled=[
            {"old": "1,470", "new": "1,493", "measure": "fraud_reports", "area": "Dorset",
             "from_period": "2026-Q2", "to_period": "2026-Q3"}])))
        paragraphs.append(DraftParagraph(KEPT, Origin("corpus", 4, 13, copied=KEPT)))
        draft.section("closing").paragraphs.append(
            DraftParagraph(PERIOD_ONLY, Origin("corpus", 4, 14, copied=PERIOD_ONLY_COPIED)))
        draft_id = workspace.save_draft(draft).id
    shown = cli("draft", "show", draft_id, "--origins", workspace=workspace_dir).stdout
    words = " ".join(shown.split())  # lines wrapped to the terminal joined again
    # (No statement 4 is stored here: each label goes on to say so.)
    assert f"{ROLLED} [corpus 4:12 (rolled)," in words
    assert f"{KEPT} [corpus 4:13," in words
    assert f"{PERIOD_ONLY} [corpus 4:14 (rolled)," in words


def test_a_paragraph_whose_statement_was_removed_says_so(workspace_dir, cli, tmp_path):
    paper = tmp_path / "dorset-2026-08.txt"
    paper.write_text("Dorset Police and Crime Panel\n\n6 August 2026\n\nTitle: National Policing Priorities\n\n"
                     f"Tackle cyber crime\n\n1. {KEPT}\n", encoding="utf-8")
    with drafter.open_workspace(workspace_dir) as workspace:
        [added] = workspace.add_statements([paper], force="Dorset").added
        statement_id = added["id"]
        draft = workspace.new_draft(area="Dorset", date="2026-11", period="2026-Q3")
        drafts.insert_corpus_paragraph(workspace, draft, "cyber-crime", statement_id, 1)
        draft_id = workspace.save_draft(draft).id
    shown = " ".join(cli("draft", "show", draft_id, "--origins", workspace=workspace_dir).stdout.split())
    assert f"{KEPT} [corpus {statement_id}:1]" in shown
    assert cli("corpus", "remove", statement_id, workspace=workspace_dir).exit_code == 0
    shown = " ".join(cli("draft", "show", draft_id, "--origins", workspace=workspace_dir).stdout.split())
    assert f"{KEPT} [corpus {statement_id}:1, statement {statement_id} since removed from the corpus]" in shown
