"""A board paper published as a web page may number its paragraphs as ordered
lists, each list after a heading carrying the numbering on (``<ol start="7">``),
as a Markdown export rendered to HTML does. Those items are numbered
paragraphs with their printed numbers; before, they were read as bullets with
no numbers, so the published page of a numbered statement read back as a page
of bullets. A page whose ordered lists all start at 1 (steps, points) keeps
them as bullets.

The statement is written for these tests.
"""

from __future__ import annotations

from drafter.corpus import read_statement

_PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>National Policing Priorities | Severnshire Commissioner</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article>
<h1>Performance Report – National Policing Priorities</h1>
<p>Severnshire Police and Crime Panel, December 2026</p>
<h2>Reduce murder and other homicides</h2>
<ol>
<li><p>In April to June 2026 there were 3 homicides in Severnshire, compared with 4 in April to June 2025.</p></li>
<li><p>The homicide bereavement service now has two caseworkers and is supporting 23 families across the county.</p></li>
</ol>
<h2>Reducing serious violence</h2>
<ol start="3">
<li><p>Between April and June 2026 there were 208 offences involving a knife or sharp instrument in Severnshire.</p></li>
<li>Activity this quarter has included:</li>
</ol>
<ul>
<li>3 weapons sweeps in Severnford town centre</li>
<li>41 knives handed in at the amnesty</li>
</ul>
<ol start="5">
<li><p>Twenty-one knife surrender bins are now operating across the county, after one was added in July.</p></li>
</ol>
</article></main><footer><p>© Severnshire OPCC 2026</p></footer></body></html>
"""


def test_ordered_list_items_carrying_the_numbering_on_are_numbered_paragraphs(tmp_path):
    path = tmp_path / "severnshire-2026-12.html"
    path.write_text(_PAGE, encoding="utf-8")
    sections = [s for s in read_statement(path).sections if s.priority in ("homicide", "serious-violence")]
    assert [[(p.kind, p.number, p.text[:30]) for p in s.paragraphs] for s in sections] == [
        [("paragraph", 1, "In April to June 2026 there we"), ("paragraph", 2, "The homicide bereavement servi")],
        [("paragraph", 3, "Between April and June 2026 th"), ("paragraph", 4, "Activity this quarter has incl"),
         ("bullet", None, "3 weapons sweeps in Severnford"), ("bullet", None, "41 knives handed in at the amn"),
         ("paragraph", 5, "Twenty-one knife surrender bin")]]


def test_a_page_whose_ordered_lists_start_at_one_keeps_them_as_bullets(tmp_path):
    path = tmp_path / "severnshire-2026-12.html"
    path.write_text(_PAGE.replace(' start="3"', "").replace(' start="5"', ""), encoding="utf-8")
    homicide = next(s for s in read_statement(path).sections if s.priority == "homicide")
    assert [(p.kind, p.number) for p in homicide.paragraphs] == [("bullet", None), ("bullet", None)]
