"""A web statement opens with its text straight under the title, with no
heading over it. Its copy forward exports the same way: the export printed an
"Introduction" heading the office never had, which a writer had to delete from
every quarter's file. A statement that heads its opening keeps its heading.

The statements and figures are written for these tests.
"""

from __future__ import annotations

import pytest

from drafter.export.docx import build_docx
from drafter.export.layout import render_markdown, render_text

_PAGE = """<html><head><title>Quarterly update | Dorset Commissioner</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>National Policing Priorities: January to March 2026</h1>
<p>Published 14 May 2026</p>
<p>This page sets out how Dorset Police contributed to the national priorities in January to March 2026.</p>
<h2>Reduce murder and other homicide</h2>
<ul><li>2 homicides in January to March 2026.</li></ul>
<h2>Reduce serious violence</h2>
<p>Knife crime patrols ran in Bournemouth and Weymouth every weekend.</p>
</main><footer>Copyright Dorset Commissioner</footer></body></html>
"""


def _copied(workspace, tmp_path, page: str):
    (tmp_path / "figures.csv").write_text("area,measure,period,value\nDorset,homicides,2026-Q1,2\n"
                                          "Dorset,homicides,2026-Q2,1\n", encoding="utf-8")
    workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "dorset-2026-05.html").write_text(page, encoding="utf-8")
    workspace.add_statements([tmp_path / "dorset-2026-05.html"], force="Dorset")
    return workspace.new_draft(from_statement=workspace.list_statements()[0].id)


@pytest.mark.parametrize("render", [render_markdown, render_text], ids=["markdown", "text"])
def test_a_copied_web_page_exports_its_opening_without_a_heading(empty_workspace, tmp_path, render):
    draft = _copied(empty_workspace, tmp_path, _PAGE)
    exported = render(draft)
    assert "Introduction" not in exported
    opening = exported.index("This page sets out how Dorset Police contributed")
    assert exported.index("Published") < opening < exported.index("Reduce murder and other homicide")


def test_the_word_export_of_a_copied_web_page_has_no_introduction_heading(empty_workspace, tmp_path):
    document = build_docx(_copied(empty_workspace, tmp_path, _PAGE))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0] == "Reduce murder and other homicide"


def test_the_desk_and_the_saved_draft_still_name_the_section(empty_workspace, tmp_path):
    draft = _copied(empty_workspace, tmp_path, _PAGE)
    reopened = empty_workspace.get_draft(draft.id)
    assert reopened.sections[0].heading == "Introduction"
    assert "Introduction" not in render_markdown(reopened)


def test_a_statement_that_heads_its_opening_keeps_the_heading(empty_workspace, tmp_path):
    headed = _PAGE.replace("<p>This page sets out", "<h2>Introduction</h2>\n<p>This page sets out")
    assert "## Introduction" in render_markdown(_copied(empty_workspace, tmp_path, headed))
