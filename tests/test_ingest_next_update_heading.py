"""A web page closes its statement under "Next update" (or "Our next
statement", "Next publication"): that is the closing section, saying when
the next statement comes. It was folded into the last priority, so a copy
forward listed "paragraph 5 of Tackle cyber crime" for the next meeting's
date and added a second, default closing section after it.

The statement and figures are written for these tests.
"""

from __future__ import annotations

import pytest

from drafter.priorities import classify_heading

FIGURES = """\
area,measure,period,value
Cumbria,cyber_crime_reports,2026-Q1,231
Cumbria,cyber_crime_reports,2026-Q2,246
"""

PAGE = """\
<html><head><title>National Policing Priorities: January to March 2026</title></head><body>
<div class="cookie-notice"><p>This site uses cookies.</p><button>Accept all</button></div>
<main>
<h1>National Policing Priorities: January to March 2026</h1>
<p>Published 20 May 2026</p>
<p>This update from the Cumbria Police, Fire and Crime Commissioner covers January to March 2026.</p>
<h2>Tackle cyber crime</h2>
<ul><li>231 cyber crime reports in January to March 2026.</li></ul>
<h2>Next update</h2>
<p>The next update, covering April to June 2026, will be presented to the Panel on 10 September 2026.</p>
</main>
<footer><p>Accessibility | Privacy</p></footer>
</body></html>
"""


@pytest.mark.parametrize("heading", ["Next update", "Our next statement", "Next publication", "Future updates"])
def test_headings_naming_the_next_statement_are_the_closing(heading):
    assert classify_heading(heading) == "closing"


def test_a_page_closing_under_next_update_copies_forward_with_one_closing(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "cumbria-2026-05.html").write_text(PAGE, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "cumbria-2026-05.html"])
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    keys = [section.key for section in draft.sections]
    assert keys.count("closing") == 1 and keys[-1] == "closing"
    closing = draft.sections[-1]
    assert closing.heading == "Next update"
    assert [p.text for p in closing.paragraphs] == [
        "The next update, covering July to September 2026, will be presented to the Panel on 10 September 2026."]
    cyber = next(section for section in draft.sections if section.key == "cyber-crime")
    assert [p.text for p in cyber.paragraphs] == ["246 cyber crime reports in April to June 2026."]
