"""A line leading into bullets may name the priority of the section it stands
in ("Partners in the county lines taskforce:" under "Disrupt drugs supply and
county lines"). It is a paragraph of that section, numbered when a number was
typed before it, in a web page, a Word document, Markdown or a board paper's
text: before, it was read as a second section of the same priority, the
paragraph and its number lost, so a statement exported by drafter did not read
back as the one it wrote. A line naming another priority over bullets still
opens that priority's section.

The statements are written for these tests.
"""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

_BOARD_PAPER = """Testshire Police and Crime Panel

December 2026

Title: Quarterly statement on the National Policing Priorities

Disrupt drugs supply and county lines

4. The force closed 16 county lines during the quarter.
5. Partners in the county lines taskforce:

• Testshire Youth Justice Service
• The rescue and response service

6. The taskforce meets monthly.

Tackle cyber crime

7. Fraud reports rose by 3.5% on a year earlier.
"""

_MARKDOWN = """# Quarterly statement on the National Policing Priorities

Published December 2026

## Disrupt drugs supply and county lines

The force closed 16 county lines during the quarter.

Partners in the county lines taskforce:

- Testshire Youth Justice Service
- The rescue and response service

The taskforce meets monthly.

## Reduce serious violence

Knife crime patrols ran every weekend.

Tackle cyber crime:

- Cyber Protect gave 37 talks to community groups.
"""


def _sections(statement):
    return [(s.priority, [(p.kind, p.number, p.text) for p in s.paragraphs]) for s in statement.sections]


def test_a_numbered_lead_in_stays_its_sections_numbered_paragraph(tmp_path):
    path = tmp_path / "testshire-2026-12.txt"
    path.write_text(_BOARD_PAPER, encoding="utf-8")
    assert _sections(read_statement(path)) == [
        ("drugs-county-lines", [("paragraph", 4, "The force closed 16 county lines during the quarter."),
                                ("paragraph", 5, "Partners in the county lines taskforce:"),
                                ("bullet", None, "Testshire Youth Justice Service"),
                                ("bullet", None, "The rescue and response service"),
                                ("paragraph", 6, "The taskforce meets monthly.")]),
        ("cyber-crime", [("paragraph", 7, "Fraud reports rose by 3.5% on a year earlier.")]),
    ]


@pytest.fixture(scope="module")
def markdown_statement(tmp_path_factory):
    path = tmp_path_factory.mktemp("lead-in") / "testshire-2026-12.md"
    path.write_text(_MARKDOWN, encoding="utf-8")
    return read_statement(path)


def test_an_unnumbered_lead_in_stays_in_its_section(markdown_statement):
    drugs = next(s for s in markdown_statement.sections if s.priority == "drugs-county-lines")
    assert [(p.kind, p.text) for p in drugs.paragraphs] == [
        ("paragraph", "The force closed 16 county lines during the quarter."),
        ("paragraph", "Partners in the county lines taskforce:"),
        ("bullet", "Testshire Youth Justice Service"),
        ("bullet", "The rescue and response service"),
        ("paragraph", "The taskforce meets monthly.")]
    assert [s.priority for s in markdown_statement.sections].count("drugs-county-lines") == 1


def test_a_line_naming_another_priority_over_bullets_opens_its_section(markdown_statement):
    cyber = markdown_statement.sections[-1]
    assert (cyber.priority, cyber.heading) == ("cyber-crime", "Tackle cyber crime:")
    assert [p.text for p in cyber.paragraphs] == ["Cyber Protect gave 37 talks to community groups."]


def test_a_word_export_reads_back_with_its_lead_in(empty_workspace, tmp_path):
    from drafter import drafts
    from drafter.export.docx import write_docx

    draft = drafts.new_draft(empty_workspace, title="Quarterly statement", date="2026-12")
    draft.set_section_text("drugs-county-lines", "The force closed 16 county lines during the quarter.\n\n"
                           "Partners in the county lines taskforce:\n\n- Testshire Youth Justice Service\n\n"
                           "The taskforce meets monthly.")
    path = tmp_path / "testshire-2026-12.docx"
    write_docx(draft, path)
    drugs = next(s for s in read_statement(path).sections if s.priority == "drugs-county-lines")
    assert [p.text for p in drugs.paragraphs] == [p.text for p in draft.section("drugs-county-lines").paragraphs]
