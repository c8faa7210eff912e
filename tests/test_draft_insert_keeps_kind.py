"""A past paragraph inserted into a draft by its number or place (``draft edit
--insert 17:p9``) keeps its kind: a table its rows and cells, a bullet and a
sub-heading what they were. Before, each came in as an ordinary paragraph: a
board paper numbered a sub-heading and a bullet, and a table's rows were run
together as "7. Measure | Jul–Sep 2025 | Jul–Sep 2026 Knife crime offences |
188 | 176", in the draft and in every export.

The statement is written for these tests.
"""

from __future__ import annotations

import pytest

from drafter import drafts
from drafter.export import render_markdown

_PAGE = """<html><head><title>National Policing Priorities | Cheshire Commissioner</title></head><body>
<main><h1>National Policing Priorities statement – July to September 2026</h1>
<p>Published 22 October 2026</p>
<h2>Reduce serious violence</h2>
<h3>Performance</h3>
<table><tr><th>Measure</th><th>Jul–Sep 2025</th><th>Jul–Sep 2026</th></tr>
<tr><td>Knife crime offences</td><td>188</td><td>176</td></tr></table>
<ul><li>Operation Sceptre week of action: 62 knives surrendered.</li></ul>
<h2>Tackle cyber crime</h2>
<p>Residents reported 1,512 frauds to Action Fraud in the quarter.</p>
</main></body></html>
"""


@pytest.fixture
def inserted(empty_workspace, tmp_path):
    page = tmp_path / "cheshire-2026-10.html"
    page.write_text(_PAGE, encoding="utf-8")
    empty_workspace.add_statements([page])
    draft = drafts.new_draft(empty_workspace, title="Statement", date="2027-01",
                             board="Cheshire Police and Crime Panel")
    draft.set_section_text("serious-violence", "Knife crime fell again.")
    for place in (1, 2, 3):  # the sub-heading, the table, the bullet
        drafts.insert_corpus_paragraph(empty_workspace, draft, "serious-violence", 1, None, place=place)
    return draft


def test_each_keeps_its_kind(inserted):
    paragraphs = inserted.section("serious-violence").paragraphs
    assert [p.kind for p in paragraphs] == ["paragraph", "subheading", "table", "bullet"]
    assert paragraphs[2].cells == [["Measure", "Jul–Sep 2025", "Jul–Sep 2026"],
                                   ["Knife crime offences", "188", "176"]]
    assert [number for section, _, number in inserted.numbered() if section.key == "serious-violence"] == \
        [2, None, None, None]


def test_the_export_shows_a_table_a_sub_heading_and_a_bullet(inserted):
    exported = render_markdown(inserted)
    assert ("2. Knife crime fell again.\n\n### Performance\n\n| Measure | Jul–Sep 2025 | Jul–Sep 2026 |\n"
            "|---|---|---|\n| Knife crime offences | 188 | 176 |\n\n"
            "- Operation Sceptre week of action: 62 knives surrendered.") in exported
