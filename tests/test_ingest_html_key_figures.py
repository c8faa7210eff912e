"""A box of the statement's key figures that a web page sets in an <aside>
inside its article ("Key figures, July to September 2025", "At a glance",
a class of "key-figures") is the statement's own text: kept when the page is
read, and its counts checked by review. A sidebar of links beside the
article, or an aside of news with no figures, is still left out.

The page is written for these tests; the force and figures are fictional."""

from __future__ import annotations

from drafter.corpus import read_statement

PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>National Policing Priorities | Severnshire Police and Crime Commissioner</title></head><body>
<div class="cookie-banner"><p>We use cookies on this website.</p><button>Accept</button></div>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article>
<h1>National Policing Priorities: statement for April to June 2026</h1>
<p>Published 3 November 2026 by the Severnshire Police and Crime Commissioner.</p>
<p>This statement sets out how Severnshire Police contributed to the National Policing Priorities between
April and June 2026. Each priority applies in Severnshire.</p>
{box}
<h2>Reduce murder and other homicide</h2>
<p>The Major Crime Unit investigated every homicide in the quarter and charged suspects in each.</p>
<h2>Reduce serious violence</h2>
<p>Knife crime fell in the quarter after the summer campaign in Severnford.</p>
</article>
<aside class="widget-area"><h2>Latest news</h2><ul><li><a href="/n1">Commissioner opens 2 new hubs</a></li></ul></aside>
</main>
<footer><p>Office of the Police and Crime Commissioner for Severnshire</p></footer>
</body></html>"""

BOXES = {
    "class": '<aside class="key-figures"><h2>In the quarter</h2><ul><li>{n} homicides</li>'
             '<li>208 knife offences</li></ul></aside>',
    "heading": '<aside><h2>Key figures, April to June 2026</h2><ul><li>{n} homicides</li>'
               '<li>208 knife offences</li></ul></aside>',
    "glance": '<aside role="complementary"><p><strong>At a glance:</strong> {n} homicides and 208 knife offences '
              'in April to June 2026</p></aside>',
}


def _texts(statement) -> list[str]:
    return [p.text for s in statement.sections for p in s.paragraphs]


def test_a_key_figures_box_in_an_aside_is_kept(tmp_path):
    for name, box in BOXES.items():
        path = tmp_path / f"{name}.html"
        path.write_text(PAGE.format(box=box.format(n=3)), encoding="utf-8")
        texts = " ".join(_texts(read_statement(path)))
        assert "3 homicides" in texts and "208 knife offences" in texts, name
        assert "Latest news" not in texts and "new hubs" not in texts


def test_a_wrong_key_figure_in_an_aside_is_found_by_review(seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-11.html"
    path.write_text(PAGE.format(box=BOXES["heading"].format(n=9)), encoding="utf-8")
    report = seeded_workspace.review(path)
    assert [f.message.split(":")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "9 homicides in 2026-Q2"]


def test_an_aside_of_links_inside_the_article_is_still_left_out(tmp_path):
    box = '<aside><h2>Related pages</h2><ul><li><a href="/plan">Police and Crime Plan 2025</a></li></ul></aside>'
    path = tmp_path / "related.html"
    path.write_text(PAGE.format(box=box), encoding="utf-8")
    assert "Related pages" not in " ".join(_texts(read_statement(path)) + [s.heading or "" for s in
                                                                         read_statement(path).sections])
