"""``draft edit --append`` reads its text as the desk's editor does: "- " a
bullet, "### " a sub-heading, a blank line between paragraphs. Before, the
text went in as one paragraph whatever it held: "- Knife arches at two
stations" was a paragraph opening with a dash, exported as one among the
bullets and turned into a bullet the next time the desk saved the section,
and two paragraphs pasted together were run into one.

The statement text is written for these tests.
"""

from __future__ import annotations

from drafter import drafts


def test_an_appended_bullet_is_a_bullet_and_stays_one(empty_workspace):
    draft = drafts.new_draft(empty_workspace, date="2027-01", board="")
    draft.set_section_text("serious-violence", "Knife crime fell.\n\n- Operation Sceptre ran in November")
    drafts.append_text(draft, "serious-violence", "- Knife arches at Chester and Warrington stations")
    section = draft.section("serious-violence")
    assert [(p.kind, p.text) for p in section.paragraphs] == [
        ("paragraph", "Knife crime fell."), ("bullet", "Operation Sceptre ran in November"),
        ("bullet", "Knife arches at Chester and Warrington stations")]
    before = [(p.kind, p.text) for p in section.paragraphs]
    section.set_text(section.text())  # the desk saving the section as it shows it
    assert [(p.kind, p.text) for p in section.paragraphs] == before


def test_the_command_says_what_it_appended(workspace_dir, cli):
    assert cli("draft", "new", "--date", "2027-01", workspace=workspace_dir).exit_code == 0
    result = cli("draft", "edit", "1", "--section", "cyber-crime", "--append",
                 "### Next quarter\n\nA phishing exercise is planned.\n\n- Schools\n- Libraries",
                 workspace=workspace_dir)
    assert result.output == "draft 1 revision 2: appended 4 paragraphs to cyber-crime\n"
    bullet = cli("draft", "edit", "1", "--section", "cyber-crime", "--append", "- Care homes",
                 workspace=workspace_dir)
    assert bullet.output == "draft 1 revision 3: appended a bullet to cyber-crime\n"
    shown = cli("draft", "show", "1", "--json", workspace=workspace_dir).json()
    cyber = next(s for s in shown["sections"] if s["key"] == "cyber-crime")
    assert [(p.get("kind", "paragraph"), p["text"]) for p in cyber["paragraphs"]][-5:] == [
        ("subheading", "Next quarter"), ("paragraph", "A phishing exercise is planned."),
        ("bullet", "Schools"), ("bullet", "Libraries"), ("bullet", "Care homes")]
