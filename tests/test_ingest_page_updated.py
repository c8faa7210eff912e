"""A web page's closing "Page last updated: 20 November 2025" (or "This page
was last updated", "Last reviewed") dates the page: it is the statement's
closing line, never a heading with nothing under it that review would call
the sign of a file cut short.

The page is written for these tests; the force is fictional."""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Statement</title></head><body>
<main>
<h1>National Policing Priorities: statement for April to June 2026</h1>
<p>This statement sets out how Severnshire Police contributed to the National Policing Priorities between
April and June 2026. Each priority applies in Severnshire.</p>
<h2>Reduce murder and other homicide</h2>
<p>The Major Crime Unit investigated every homicide in the quarter and charged suspects in each.</p>
<h2>Reporting frequency</h2>
<p>The Commissioner publishes this statement every quarter.</p>
<p class="updated">{line}</p>
</main></body></html>"""


@pytest.mark.parametrize("line", ["Page last updated: 20 November 2026", "This page was last updated: 20 November 2026",
                                  "Last reviewed: 20 November 2026"])
def test_a_page_updated_line_closes_the_statement(tmp_path, line, seeded_workspace):
    path = tmp_path / "severnshire-2026-11.html"
    path.write_text(PAGE.format(line=line), encoding="utf-8")
    statement = read_statement(path)
    assert [s.heading for s in statement.sections][-1] == "Reporting frequency"
    assert statement.sections[-1].paragraphs[-1].text == line
    assert not [f for f in seeded_workspace.review(path).findings if f.kind == "truncated"]
