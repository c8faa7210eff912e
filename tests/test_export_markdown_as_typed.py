"""A Markdown export shows every sentence as the writer typed it: an asterisk
marking a provisional figure, underscores around a word, a bullet that opens
with "#" or "1." are the writer's characters, not emphasis, a heading inside a
list or a list inside a list; and reading the export back gives the same words.
Before, "2* of the 24 offences*" read back as "2 of the 24 offences" and
"_Severnford_" turned italic; "<https://…>" or a typed "<b>" was read as
markup and left out when read back.

The statement is written for these tests.
"""

from __future__ import annotations

import pytest

from drafter import drafts
from drafter.corpus import read_statement
from drafter.export import render_markdown

_SERIOUS_VIOLENCE = (
    "Figures marked * are provisional; 2* of the 24 firearms offences* involved imitation weapons.\n\n"
    "Patrols were added in _Severnford_ and **Tewbridge**; see knife_bins_2026 and `Op Sceptre`.\n\n"
    "Report fraud at <https://www.actionfraud.police.uk>; the <b>A&E</b> navigators saw fewer than <10.\n\n"
    "Partners this quarter included the following.\n\n"
    "- # of referrals doubled\n"
    "- 1. Waymark – the rescue and response service\n"
    "- * starred item\n\n"
    "### Figures *provisional*\n\n"
    "| Measure | Apr*–Jun 2026 |\n| Knife_offences | 208* |"
)


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("typed")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        draft = drafts.new_draft(workspace, title="Quarterly Statement on the National Priorities",
                                 date="2026-12", board="Testshire Police and Crime Panel")
        draft.set_section_text("introduction", "This statement gives the information the Order asks for.")
        draft.set_section_text("serious-violence", _SERIOUS_VIOLENCE)
        text = render_markdown(draft)
        path = root / "testshire-2026-12.md"
        path.write_text(text, encoding="utf-8")
        return draft, text, read_statement(path)


def test_characters_markdown_reads_as_emphasis_are_escaped(exported):
    _, text, _ = exported
    lines = text.splitlines()
    assert ("2. Figures marked \\* are provisional; 2\\* of the 24 firearms offences\\* involved "
            "imitation weapons.") in lines
    assert ("3. Patrols were added in \\_Severnford\\_ and \\*\\*Tewbridge\\*\\*; "
            "see knife_bins_2026 and \\`Op Sceptre\\`.") in lines
    assert ("4. Report fraud at \\<https://www.actionfraud.police.uk>; the \\<b>A&E\\</b> navigators saw "
            "fewer than <10.") in lines
    assert "### Figures \\*provisional\\*" in lines
    assert "| Knife_offences | 208\\* |" in lines


def test_a_bullet_opening_with_a_marker_stays_one_bullet(exported):
    _, text, _ = exported
    assert "- \\# of referrals doubled\n- 1\\. Waymark – the rescue and response service\n- \\* starred item" \
        in text


def test_the_export_reads_back_as_the_same_words(exported):
    draft, _, statement = exported
    written = [(p.kind, p.text) for p in draft.section("serious-violence").paragraphs]
    section = next(s for s in statement.sections if s.priority == "serious-violence")
    assert [(p.kind, p.text) for p in section.paragraphs] == written


def test_a_paragraph_opening_like_a_heading_or_a_rule_stays_a_paragraph(empty_workspace, tmp_path):
    draft = drafts.new_draft(empty_workspace, title="Quarterly Statement", date="2026-12",
                             board="Testshire Police and Crime Panel")
    for text in ("### Funding was confirmed for 2027.", "---", "#KnivesOff ran all week."):
        drafts.append_paragraph(draft, "homicide", text)
    lines = render_markdown(draft).splitlines()
    assert ["2. \\### Funding was confirmed for 2027.", "3. \\---", "4. #KnivesOff ran all week."] == \
        [line for line in lines if line[:2] in ("2.", "3.", "4.")]
    path = tmp_path / "testshire-2026-12.md"
    path.write_text(render_markdown(draft), encoding="utf-8")
    homicide = next(s for s in read_statement(path).sections if s.priority == "homicide")
    assert [(p.number, p.text) for p in homicide.paragraphs] == [
        (2, "### Funding was confirmed for 2027."), (3, "---"), (4, "#KnivesOff ran all week.")]
