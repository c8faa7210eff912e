"""A finding in ``review --json`` names the paragraph it is about by its place
under its section (``index``, 0 first), as the figures do: a statement or
draft in a web page's style prints no paragraph numbers, so ``paragraph``
alone (None) left a reader of the JSON no way to tell which paragraph a wrong
figure is in."""

from __future__ import annotations

from drafter import drafts


def test_a_drafts_finding_says_which_paragraph_it_is_about(seeded_workspace):
    draft = seeded_workspace.new_draft(area="Severnshire", period="2026-Q2", date="2026-09")
    drafts.append_paragraph(draft, "homicide", "The homicide prevention partnership met twice.")
    drafts.append_paragraph(draft, "homicide", "There were 5 homicides in April to June 2026.")
    seeded_workspace.save_draft(draft)
    data = seeded_workspace.review(draft.id).to_dict()
    [wrong] = [f for f in data["findings"] if f["kind"] == "wrong-figure"]
    [five] = [n for n in data["figures"] if n["text"] == "5"]
    assert (wrong["section"], wrong["index"]) == ("homicide", 1)
    assert wrong["index"] == five["index"]
