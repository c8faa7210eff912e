"""``draft restore`` of the revision the draft already reads as says nothing
changed, where it said "revision 10 restored as revision 10" (no revision was
saved), or named a revision it had not made."""

from __future__ import annotations


def test_restoring_what_the_draft_already_reads_as_says_so(workspace_dir, cli):
    assert cli("draft", "new", "--date", "2027-01", workspace=workspace_dir).exit_code == 0
    cli("draft", "edit", "1", "--section", "homicide", "--append", "Three homicides.", workspace=workspace_dir)
    cli("draft", "edit", "1", "--section", "homicide", "--append", "The panel met.", workspace=workspace_dir)
    assert cli("draft", "restore", "1", "3", workspace=workspace_dir).output == \
        "draft 1: revision 3 is the draft as it stands; nothing changed\n"
    assert cli("draft", "restore", "1", "2", workspace=workspace_dir).output == \
        "draft 1: revision 2 restored as revision 4\n"
    assert cli("draft", "restore", "1", "2", workspace=workspace_dir).output == \
        "draft 1: revision 2 reads as revision 4, the draft as it stands; nothing changed\n"
    assert [line.split()[0] for line in cli("draft", "revisions", "1", workspace=workspace_dir).output
            .splitlines()[1:]] == ["1", "2", "3", "4"]
