"""A saved page whose "Published May 2026" line sits in the site's byline
(``<p class="byline">``) is dated May 2026, where the byline was dropped with
the furniture and the page was dated by the month ending the period its title
names (2026-03), so review of its copied "It covers October to December 2025"
under a January to March title said nothing. So is one whose byline names the
office and then when ("…Commissioner, published 3 July 2026"), a statement
published late, which was dated by the period's end (2026-03).

The page is written for the project.
"""

from __future__ import annotations

from drafter.corpus import read_statement

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>National Policing Priorities statement: January to March 2026 | Cheshire PCC</title></head>
<body><header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
<main><article><h1>National Policing Priorities statement: January to March 2026</h1>
<p class="byline">{byline}</p>
<h2>Introduction</h2>
<p>This statement sets out how Cheshire Constabulary is contributing to the National Policing Priorities.
It covers January to March 2026 and is brought to the Panel for scrutiny.</p>
<h2>Reduce murder and other homicide</h2>
<p>Cheshire recorded 2 homicides in January to March 2026, compared with 4 in January to March 2025.
The Homicide Prevention Partnership reviews every homicide within six weeks.</p>
</article></main><footer><p>Office of the Police and Crime Commissioner for Cheshire</p></footer></body></html>"""


def _date(tmp_path, byline):
    path = tmp_path / "cheshire-national-priorities.html"
    path.write_text(PAGE.format(byline=byline), encoding="utf-8")
    return read_statement(path).date


def test_a_byline_giving_the_month_published_dates_the_page(tmp_path):
    assert _date(tmp_path, "Published May 2026") == "2026-05"
    assert _date(tmp_path, "Last updated: 21 May 2026") == "2026-05-21"


def test_a_byline_with_no_date_leaves_the_page_dated_as_before(tmp_path):
    assert _date(tmp_path, "By the Office of the Police and Crime Commissioner") == "2026-03"


def test_a_byline_naming_who_published_it_before_the_date_dates_the_page(tmp_path):
    assert _date(tmp_path, "Published by the Cheshire Police and Crime Commissioner, 12 May 2026") == "2026-05-12"


def test_a_byline_naming_the_office_then_when_it_was_published_dates_the_page(tmp_path):
    # A statement published late, three months after the quarter it covers ended.
    assert _date(tmp_path, "Cumbria Police, Fire and Crime Commissioner, published 3 July 2026") == "2026-07-03"
