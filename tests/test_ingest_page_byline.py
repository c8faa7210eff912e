"""A web page's byline, "Published 28 July 2026 by the Office of the Police
and Crime Commissioner for Severnshire.", dates the statement however many
words name who published it, ahead of the month ending the period its title
names, and is not a paragraph of the statement's introduction to be copied
forward.

The page is written for these tests; the force and figures are fictional."""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>National Policing Priorities | Severnshire PCC</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav>
<main><article>
<h1>National Policing Priorities: April to June 2026</h1>
<p>{byline}</p>
<p>This statement sets out how Severnshire Police is contributing to the National Policing Priorities.</p>
<h2>Reduce murder and other homicide</h2>
<p>There were four homicides in Severnshire between April and June 2026, compared with six a year earlier.</p>
<h2>Reduce serious violence</h2>
<p>Knife crime fell to 412 offences in April to June 2026, down from 447 a year earlier.</p>
</article></main>
<footer><p>Office of the Police and Crime Commissioner for Severnshire</p></footer>
</body></html>"""


@pytest.mark.parametrize("byline", [
    "Published 28 July 2026 by the Office of the Police and Crime Commissioner for Severnshire.",
    "Published 28 July 2026 by the Office of the Police and Crime Commissioner for Severnshire",
    "Posted on 28 July 2026 by Communications team",
    "Posted on 28 July 2026 by the Office of the Police and Crime Commissioner for Devon, Cornwall and the "
    "Isles of Scilly",
])
def test_a_long_byline_dates_the_page_and_is_no_paragraph(tmp_path, byline):
    path = tmp_path / "npp-statement.html"
    path.write_text(PAGE.format(byline=byline), encoding="utf-8")
    statement = read_statement(path, areas=["Severnshire"])
    assert statement.date == "2026-07-28"
    texts = [p.text for section in statement.sections for p in section.paragraphs]
    assert not [text for text in texts if text.startswith(("Published", "Posted"))]
    assert texts[0].startswith("This statement sets out")


def test_a_sentence_saying_when_something_was_published_is_kept(tmp_path):
    sentence = "Published 28 July 2026, the force's own review found, as the Commissioner said, that more was needed."
    path = tmp_path / "npp-statement.html"
    path.write_text(PAGE.format(byline=sentence), encoding="utf-8")
    texts = [p.text for section in read_statement(path, areas=["Severnshire"]).sections for p in section.paragraphs]
    assert sentence in texts


def test_a_byline_naming_a_force_with_commas_is_not_part_of_the_title(tmp_path):
    byline = ("Posted on 28 July 2026 by the Office of the Police and Crime Commissioner for Devon, "
              "Cornwall and the Isles of Scilly")
    path = tmp_path / "npp-statement.html"
    path.write_text(PAGE.format(byline=byline), encoding="utf-8")
    statement = read_statement(path, areas=["Severnshire"])
    assert statement.title == "National Policing Priorities: April to June 2026"
