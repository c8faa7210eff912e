"""Paragraphs copied from a Word statement and pasted into a draft keep their
shape: Word gives a list item's label and a tab before its words ("·\t" for a
bullet, "3.3\t" for a numbered paragraph, whose number the draft gives
itself) and a table's cells apart by tabs, one row a line. Before, the lines
ran into one paragraph whose figures review misread ("155 138" a wrong
count) and the pasted "3.3" was checked as a figure."""

from __future__ import annotations

from drafter import drafts

PASTED = ("3.3\tThe Serious Violence Duty partnership met twice.\r\n"
          "\u00b7\tKnife crime fell to 138 offences.\r\n"
          "o\tWeapon sweeps covered 14 parks.\r\n"
          "Measure\tApr to Jun 2026\tJul to Sep 2026\r\n"
          "Knife crime offences\t155\t138\r\n"
          "Firearms offences\t11\t9\r\n")


def test_pasted_word_labels_and_table_keep_their_shape(empty_workspace):
    draft = drafts.new_draft(empty_workspace, date="2026-10", board="")
    drafts.append_text(draft, "serious-violence", PASTED)
    section = draft.section("serious-violence")
    assert [(p.kind, p.text if p.kind != "table" else p.cells) for p in section.paragraphs] == [
        ("paragraph", "The Serious Violence Duty partnership met twice."),
        ("bullet", "Knife crime fell to 138 offences."),
        ("bullet", "Weapon sweeps covered 14 parks."),
        ("table", [["Measure", "Apr to Jun 2026", "Jul to Sep 2026"], ["Knife crime offences", "155", "138"],
                   ["Firearms offences", "11", "9"]])]
    before = [(p.kind, p.text) for p in section.paragraphs]
    section.set_text(section.text())  # the desk saving the section as it shows it
    assert [(p.kind, p.text) for p in section.paragraphs] == before


def test_a_table_row_opening_with_a_number_is_still_a_row(empty_workspace):
    draft = drafts.new_draft(empty_workspace, date="2026-10", board="")
    drafts.append_text(draft, "serious-violence", "Rank\tForce\tRate\n1\tCheshire\t0.12\n2\tMerseyside\t0.31")
    assert draft.section("serious-violence").paragraphs[0].cells == [
        ["Rank", "Force", "Rate"], ["1", "Cheshire", "0.12"], ["2", "Merseyside", "0.31"]]
