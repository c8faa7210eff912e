"""A web statement may end with a sign-off under no heading of its own ("Last
updated: 22 October 2026"). Its copy forward exports the same way, in
Markdown, text and Word: before, the export put a "Reporting frequency"
heading the page never had over the sign-off. A statement that heads its
closing section keeps its heading. An introduction or closing the writer
emptied exports no heading over nothing, where "Introduction" stood alone.

The statement and figures are written for these tests.
"""

from __future__ import annotations

import pytest

from drafter.export.docx import build_docx
from drafter.export.layout import render_markdown, render_text

_PAGE = """<html><head><title>National Policing Priorities | Cheshire Commissioner</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>National Policing Priorities statement – July to September 2026</h1>
<p>Published 22 October 2026</p>
<h2>Reduce murder and other homicide</h2>
<p>Cheshire recorded 2 homicides between July and September 2026.</p>
<h2>Tackle cyber crime</h2>
<p>Residents reported 1,512 frauds to Action Fraud in the quarter.</p>
<p>Last updated: 22 October 2026</p>
</main><footer>Copyright Cheshire Commissioner</footer></body></html>
"""


def _copied(workspace, tmp_path, page: str):
    (tmp_path / "cheshire-2026-10.html").write_text(page, encoding="utf-8")
    workspace.add_statements([tmp_path / "cheshire-2026-10.html"], force="Cheshire")
    return workspace.new_draft(from_statement=workspace.list_statements()[0].id)


@pytest.mark.parametrize("render", [render_markdown, render_text], ids=["markdown", "text"])
def test_a_copied_sign_off_exports_without_a_heading(empty_workspace, tmp_path, render):
    exported = render(_copied(empty_workspace, tmp_path, _PAGE))
    assert "Reporting frequency" not in exported
    assert exported.rstrip().endswith("Residents reported 1,512 frauds to Action Fraud in the quarter.\n\n"
                                      "Last updated: 22 October 2026")


def test_the_word_export_has_no_heading_over_the_sign_off(empty_workspace, tmp_path):
    document = build_docx(_copied(empty_workspace, tmp_path, _PAGE))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[-1] == "Tackle cyber crime"
    assert document.paragraphs[-1].text == "Last updated: 22 October 2026"


def test_a_headed_closing_keeps_its_heading(empty_workspace, tmp_path):
    headed = _PAGE.replace("<p>Last updated", "<h2>How often we publish this statement</h2>\n"
                                              "<p>This statement is updated every quarter.</p>\n<p>Last updated")
    assert "## How often we publish this statement" in render_markdown(_copied(empty_workspace, tmp_path, headed))


@pytest.mark.parametrize("render", [render_markdown, render_text], ids=["markdown", "text"])
def test_an_emptied_introduction_exports_no_heading_over_nothing(empty_workspace, tmp_path, render):
    headed = _PAGE.replace("<h2>Reduce murder", "<h2>Introduction</h2>\n<p>This page sets out Cheshire's "
                                                "contribution.</p>\n<h2>Reduce murder")
    draft = _copied(empty_workspace, tmp_path, headed)
    draft.section("introduction").paragraphs.clear()
    exported = render(draft)
    assert "Introduction" not in exported
    assert "Reduce murder and other homicide" in exported
