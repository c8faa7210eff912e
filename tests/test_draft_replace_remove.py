"""A writer replaces and removes paragraphs of a draft from the command line
(``draft edit --replace 4 --text …``, ``--remove p3``), naming a paragraph by
the number ``draft show`` prints or by its place in the section, bullets and
sub-headings counted. Before, ``draft edit`` could only add, so a paragraph
copied forward could be changed or taken out only at the desk. ``draft show
--places`` gives those places, and a "|" inside a table cell is shown as "\\|",
as the desk's editor shows it, not as a column of its own.

The statement text is written for these tests.
"""

from __future__ import annotations

import pytest

from drafter import drafts
from drafter.drafts import DraftError


@pytest.fixture
def draft(empty_workspace):
    made = drafts.new_draft(empty_workspace, date="2027-01", board="Testshire Police and Crime Panel")
    made.set_section_text("homicide", "There were three homicides.\n\nThe review panel met twice.\n\n"
                                      "### Partners\n\n- Bereavement service\n- Schools")
    return made


def test_a_numbered_paragraph_is_replaced_and_the_rest_renumbered(draft):
    drafts.replace_paragraph(draft, "homicide", "3", "The review panel met three times.")
    drafts.remove_paragraph(draft, "homicide", "¶2")
    shown = [(p.kind, p.text, number) for section, p, number in draft.numbered() if section.key == "homicide"]
    assert shown == [("paragraph", "The review panel met three times.", 2), ("subheading", "Partners", None),
                     ("bullet", "Bereavement service", None), ("bullet", "Schools", None)]
    assert draft.section("homicide").paragraphs[0].origin.edited is False  # the writer's own, as before


def test_a_bullet_named_by_its_place_stays_a_bullet(draft):
    drafts.replace_paragraph(draft, "homicide", "p4", "Bereavement service for 23 families")
    drafts.remove_paragraph(draft, "homicide", "p5")
    assert [(p.kind, p.text) for p in draft.section("homicide").paragraphs][2:] == [
        ("subheading", "Partners"), ("bullet", "Bereavement service for 23 families")]


@pytest.mark.parametrize("ref, said", [
    ("9", "section 'homicide' has no paragraph 9 (its paragraphs are numbered 2 to 3)"),
    ("p8", "section 'homicide' has no paragraph p8 (its paragraphs are p1 to p5)"),
    ("last", "'last': give a paragraph's number as 'draft show' prints it (4) or its place in the "
             "section (p3 for the third)"),
])
def test_a_paragraph_not_there_is_named(draft, ref, said):
    with pytest.raises(DraftError) as refused:
        drafts.remove_paragraph(draft, "homicide", ref)
    assert str(refused.value) == said


def test_the_command_replaces_and_removes(workspace_dir, cli):
    assert cli("draft", "new", "--date", "2027-01", workspace=workspace_dir).exit_code == 0
    cli("draft", "edit", "1", "--section", "cyber-crime", "--append", "Fraud fell.\n\n- Talks to 40 firms",
        workspace=workspace_dir)
    replaced = cli("draft", "edit", "1", "--section", "cyber-crime", "--replace", "p2", "--text",
                   "Talks to 52 firms", workspace=workspace_dir)
    assert replaced.output == "draft 1 revision 3: replaced p2 of cyber-crime with a bullet\n"
    removed = cli("draft", "edit", "1", "--section", "cyber-crime", "--remove", "2", workspace=workspace_dir)
    assert removed.output == "draft 1 revision 4: removed ¶2 of cyber-crime (“Fraud fell.”)\n"
    alone = cli("draft", "edit", "1", "--section", "cyber-crime", "--text", "Fraud rose.", workspace=workspace_dir)
    assert (alone.exit_code, alone.stderr) == (
        1, "drafter: error: --text gives the words for --replace: say which paragraph they replace\n")


def test_draft_show_gives_the_places_replace_and_remove_take(workspace_dir, cli):
    assert cli("draft", "new", "--date", "2027-01", workspace=workspace_dir).exit_code == 0
    cli("draft", "edit", "1", "--section", "cyber-crime", "--append",
        "### Partners\n\nFraud fell.\n\n- Talks to 40 firms\n\n| Measure | 2026 |\n| Frauds | 2,297 |",
        workspace=workspace_dir)
    shown = cli("draft", "show", "1", "--places", workspace=workspace_dir).output
    cyber = shown.split("[cyber-crime: drafting]\n")[1].split("\n\nReporting frequency")[0].strip().splitlines()
    assert cyber == ["p1 Partners", "p2 2. Fraud fell.", "p3 • Talks to 40 firms", "p4 | Measure | 2026 |",
                     "   | Frauds | 2,297 |"]


def test_draft_show_sets_a_bar_in_a_cell_apart_from_the_columns(workspace_dir, cli):
    assert cli("draft", "new", "--date", "2027-01", workspace=workspace_dir).exit_code == 0
    cli("draft", "edit", "1", "--section", "serious-violence", "--append",
        "| Area | Knife offences |\n| Tewbridge \\| Severnford | 58 \\| 90 |", workspace=workspace_dir)
    shown = cli("draft", "show", "1", workspace=workspace_dir).output
    assert "| Tewbridge \\| Severnford | 58 \\| 90 |" in shown.splitlines()
