"""A key-figures bullet on a web page opens with its count ("2 homicides in
January to March 2026, compared with …"). Rolled to a quarter with one
homicide it read "1 homicides": the noun now follows the count there too,
either way, and a word after the count that is no noun is left alone.

The statement and figures are written for these tests.
"""

from __future__ import annotations

FIGURES = """\
area,measure,period,value
Cumbria,homicides,2025-Q1,1
Cumbria,homicides,2025-Q2,2
Cumbria,homicides,2026-Q1,2
Cumbria,homicides,2026-Q2,1
Cumbria,county_lines_closed,2026-Q1,1
Cumbria,county_lines_closed,2026-Q2,3
"""

PAGE = """\
<html><head><title>National Policing Priorities: January to March 2026</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/publications">Publications</a></li></ul></nav>
<main>
<h1>National Policing Priorities: January to March 2026</h1>
<p>Published 20 May 2026</p>
<p>This update from the Cumbria Police, Fire and Crime Commissioner covers January to March 2026.</p>
<h2>Reduce murder and other homicide</h2>
<h3>Key figures</h3>
<ul><li>2 homicides in January to March 2026, compared with 1 in the same quarter last year.</li></ul>
<h2>Disrupt drugs supply and county lines</h2>
<h3>Key figures</h3>
<ul><li>1 county line closed in January to March 2026.</li></ul>
</main>
<footer><p>Accessibility | Privacy</p></footer>
</body></html>
"""


def test_a_bullet_opening_with_its_count_keeps_its_noun_in_agreement(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "cumbria-2026-05.html").write_text(PAGE, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "cumbria-2026-05.html"])
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    texts = [p.text for section in draft.sections for p in section.paragraphs]
    assert "1 homicide in April to June 2026, compared with 2 in the same quarter last year." in texts
    assert "3 county lines closed in April to June 2026." in texts
