"""In a statement saved as text, whose headings have no level, a sub-heading
naming the priority of the section it stands in ("County lines" under "Disrupt
drugs supply and county lines", "Fraud" under "Tackle fraud and cyber crime")
after that section's paragraphs is a sub-heading of it. Before, each opened a
second section of the same priority, so a draft exported as text read back
with sections the writer never made. Headings with levels (Markdown, Word)
were already read by their level.

The statement is written for these tests.
"""

from __future__ import annotations

from drafter.corpus import read_statement

_TEXT = """Testshire Police and Crime Panel

December 2026

Title: Quarterly statement on the National Policing Priorities

Disrupt drugs supply and county lines

4. Supply was disrupted across the county.

County lines

5. Sixteen county lines were closed.

Tackle fraud and cyber crime

6. Fraud remains the crime residents are most likely to experience.

Fraud

7. There were 2,297 fraud reports.

Cyber crime

8. There were 511 cyber crime reports.
"""


def test_a_sub_heading_naming_its_sections_priority_stays_in_the_section(tmp_path):
    path = tmp_path / "testshire-2026-12.txt"
    path.write_text(_TEXT, encoding="utf-8")
    sections = read_statement(path).sections
    assert [(s.priority, s.heading) for s in sections] == [
        ("drugs-county-lines", "Disrupt drugs supply and county lines"),
        ("cyber-crime", "Tackle fraud and cyber crime")]
    assert [(p.kind, p.number, p.text) for p in sections[1].paragraphs] == [
        ("paragraph", 6, "Fraud remains the crime residents are most likely to experience."),
        ("subheading", None, "Fraud"),
        ("paragraph", 7, "There were 2,297 fraud reports."),
        ("subheading", None, "Cyber crime"),
        ("paragraph", 8, "There were 511 cyber crime reports.")]
    assert [p.kind for p in sections[0].paragraphs] == ["paragraph", "subheading", "paragraph"]
