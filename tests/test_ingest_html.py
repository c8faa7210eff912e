"""Saved web pages: the statement without the site around it (navigation,
cookie banner, "skip to content", footer), headings, bullets and tables kept;
pages with no statement refused; nothing run and nothing fetched."""

from __future__ import annotations

import re
import socket

import pytest
from style_samples import TEMPLATE_TABLE, WEB_PAGE
from styles import CHROME_WORDS, as_html, words_lost, words_of

from drafter.corpus import read_statement
from drafter.errors import IngestError


def read_page(tmp_path, page: str, name: str = "statement.html"):
    path = tmp_path / name
    path.write_text(page, encoding="utf-8")
    return read_statement(path)


def problem_of(tmp_path, page: str | bytes, name: str = "page.html") -> str:
    path = tmp_path / name
    path.write_bytes(page.encode("utf-8") if isinstance(page, str) else page)
    with pytest.raises(IngestError) as caught:
        read_statement(path)
    assert "\n" not in str(caught.value)
    return caught.value.problem


def all_words(statement) -> set[str]:
    texts = [statement.title or ""] + [s.heading or "" for s in statement.sections]
    texts += [p.text for s in statement.sections for p in s.paragraphs]
    return set(words_of(" ".join(texts)))


@pytest.mark.parametrize("name", ["statement.html", "statement.htm", "STATEMENT.HTML"])
def test_site_chrome_is_left_out(tmp_path, name):
    statement = read_page(tmp_path, as_html(WEB_PAGE), name)
    words = all_words(statement)
    assert not words & set(CHROME_WORDS)
    assert "commissioner" in words  # the statement's own words are there
    assert statement.title == "Police and Crime Commissioner Statement (Published September 2023)"
    assert words_lost(WEB_PAGE, statement) == []


def test_a_page_laid_out_with_divs_and_no_main_element(tmp_path):
    page = as_html(WEB_PAGE).replace('<main id="main"><article class="statement">',
                                     '<div class="content-wrapper"><div class="col-md-8">')
    page = page.replace("</article></main>", "</div></div>")
    statement = read_page(tmp_path, page)
    assert [s.priority for s in statement.sections][1:] == [
        "homicide", "serious-violence", "drugs-county-lines", "neighbourhood-crime",
        "victim-satisfaction", "cyber-crime"]
    assert not all_words(statement) & set(CHROME_WORDS)


def test_headings_bullets_and_tables_survive(tmp_path):
    statement = read_page(tmp_path, as_html(TEMPLATE_TABLE))
    table = next(p for s in statement.sections for p in s.paragraphs if p.kind == "table")
    assert len(table.cells) == 4 and table.cells[0][0] == "Priority area"
    web = read_page(tmp_path, as_html(WEB_PAGE), "web.html")
    kinds = [p.kind for s in web.sections for p in s.paragraphs]
    assert kinds.count("bullet") == 15 and kinds.count("subheading") == 12


def test_line_breaks_and_inline_markup_inside_paragraphs(tmp_path):
    page = as_html(WEB_PAGE).replace(
        "<p>It is updated every quarter when new figures are published.</p>",
        "<p>It is <strong>updated</strong> every <em>quarter</em><br>when new figures are published.</p>")
    statement = read_page(tmp_path, page)
    assert statement.sections[0].paragraphs[1].text == (
        "It is updated every quarter when new figures are published.")


def test_reading_a_page_never_opens_a_connection(tmp_path, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("a connection was attempted while reading a page")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = as_html(WEB_PAGE).replace(
        "</h1>", '</h1><img src="https://images.invalid/logo.png"><iframe src="https://frames.invalid/x">'
                 '</iframe><link rel="import" href="https://imports.invalid/part.html">', 1)
    statement = read_page(tmp_path, page)
    assert statement.force == "Lancashire"


def test_scripts_are_not_run_or_read(tmp_path):
    page = as_html(WEB_PAGE).replace(
        "</h1>", "</h1><script>document.write('<h2>Reduce serious violence</h2><p>Injected</p>')"
                 "</script><noscript>Please enable JavaScript to use this site.</noscript>", 1)
    statement = read_page(tmp_path, page)
    words = all_words(statement)
    assert "injected" not in words and "javascript" not in words


NEWS_INDEX = """<!DOCTYPE html><html><head><title>News</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>Latest news</h1>
<article><h2><a href="/n/1">Man jailed for murder after town centre attack</a></h2>
<p>A man has been jailed for life after an attack in the town centre last spring.</p></article>
<article><h2><a href="/n/2">Fraud warning for older residents</a></h2>
<p>Officers are warning residents about callers pretending to be from their bank.</p></article>
<article><h2><a href="/n/3">County lines gang sentenced</a></h2>
<p>Five men have been sentenced for running a drugs line between two cities.</p></article>
</main><footer>Cookies | Privacy</footer></body></html>"""

LOGIN = """<!DOCTYPE html><html><head><title>Sign in</title></head><body>
<main><h1>Sign in to the members area</h1><form><label>Email address <input name="email"></label>
<label>Password <input type="password" name="password"></label><button>Sign in</button></form>
<p>Forgotten your password? Contact the office to reset it.</p></main></body></html>"""

ONLY_CHROME = """<!DOCTYPE html><html><head><title>Statement</title>
<script>location.href = "https://example.invalid/statement";</script></head>
<body><nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li></ul></nav>
<main></main><footer><a href="/cookies">Cookies</a></footer></body></html>"""


@pytest.mark.parametrize("page", [NEWS_INDEX, LOGIN], ids=["news index", "login page"])
def test_a_page_with_no_statement_is_refused(tmp_path, page):
    assert problem_of(tmp_path, page).startswith(("no statement found", "no main text"))


def test_a_page_whose_main_text_is_empty_is_refused(tmp_path):
    assert problem_of(tmp_path, ONLY_CHROME) == (
        "no main text in the web page (only navigation, banners or scripts)")


def test_an_empty_page_file_is_refused(tmp_path):
    assert problem_of(tmp_path, b"") == "empty file"


def test_a_page_far_too_large_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.html"
    with path.open("wb") as stream:  # sparse: no disk space or memory needed
        stream.truncate(20 * 1024 * 1024)
    with pytest.raises(IngestError) as caught:
        read_statement(path)
    assert caught.value.problem == "file too large (20 MB; limit 10 MB)"


def test_binary_data_named_html_is_refused(tmp_path):
    assert problem_of(tmp_path, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20) == "binary file, not a statement"


def test_a_word_document_named_html_is_refused(tmp_path):
    assert problem_of(tmp_path, b"PK\x03\x04" + b"\x00" * 64).startswith("a Word document or other zip")


def test_a_page_in_windows_1252(tmp_path):
    page = as_html(WEB_PAGE).replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "one fewer than a year earlier", "costing £40,000 – one fewer than a year earlier")
    path = tmp_path / "statement.html"
    path.write_bytes(page.encode("cp1252"))
    statement = read_statement(path)
    homicide = next(s for s in statement.sections if s.priority == "homicide")
    assert "£40,000 – one fewer" in homicide.paragraphs[1].text


def test_html_is_reported_among_the_supported_formats(tmp_path):
    assert problem_of(tmp_path, b"x", "page.xhtml").endswith(".htm, .html, .md, .mht, .mhtml, .pdf, .txt")


def _layout(page: str, opening: str, closing: str) -> str:
    return page.replace('<main id="main"><article class="statement">', opening).replace(
        "</article></main>", closing)


def test_furniture_inside_the_content_column_is_left_out(tmp_path):
    side = ('<div class="col-side"><h3>Latest news</h3><p>Residents are invited to complete a short '
            'survey on the policing budget before the end of the month.</p></div>'
            '<div class="share-bar">Share this page on social media</div>'
            '<div class="feedback"><p>Was this page useful?</p></div>')
    page = _layout(as_html(WEB_PAGE), '<body class="has-sidebar"><div class="grid"><div class="col-main">',
                   f"</div>{side}</div>")
    statement = read_page(tmp_path, page)
    words = all_words(statement)
    assert not words & {"budget", "useful", "share", "social", "latest"}
    assert words_lost(WEB_PAGE, statement) == []


def test_accordion_headings_are_headings(tmp_path):
    page = as_html(WEB_PAGE)
    page = re.sub(r"<h2>(.*?)</h2>", r'<h2 class="accordion__heading"><button aria-expanded="false">\1'
                                     r'</button></h2>', page)
    statement = read_page(tmp_path, page)
    assert [s.priority for s in statement.sections][1:4] == ["homicide", "serious-violence",
                                                             "drugs-county-lines"]
    assert words_lost(WEB_PAGE, statement) == []


def test_a_title_set_in_a_banner_above_the_content_is_kept(tmp_path):
    page = as_html(TEMPLATE_TABLE)
    title = "<h1>Q2 2023/24 National Crime and Policing Measures</h1>"
    page = page.replace(title, "").replace(
        '<main id="main"><article class="statement">',
        f'<div class="hero">{title}</div><div class="grid"><div class="col-main">').replace(
        "</article></main>", "</div></div>")
    statement = read_page(tmp_path, page)
    assert statement.title == "Q2 2023/24 National Crime and Policing Measures"
    assert statement.date == "2023-09"
    assert words_lost(TEMPLATE_TABLE, statement) == []


PAGE_WITH_DATE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Measures</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><main>
<h1>National Crime and Policing Measures</h1>{date}
<p>This page sets out how Merseyside Police contributes to the national priorities for policing.</p>
<h2>Reduce murder and other homicide</h2><p>In 2023 there were 21 homicides on Merseyside.</p>
<h2>Reduce serious violence</h2><p>Knife crime fell in 2023 across the county.</p>
</main><footer><p>Privacy notice</p></footer></body></html>"""


@pytest.mark.parametrize("date", [
    '<p class="meta">Published 14 October 2024</p>',
    '<p>Published: <time datetime="2024-10-14">14 October 2024</time></p>',
    '<div class="published">14 October 2024</div>',
])
def test_the_pages_own_date_is_kept_when_the_extraction_drops_it(tmp_path, date):
    statement = read_page(tmp_path, PAGE_WITH_DATE.format(date=date))
    assert statement.date == "2024-10-14"
    assert "Published" not in " ".join(p.text for s in statement.sections for p in s.paragraphs)


def test_a_page_without_a_date_gets_none_guessed_from_its_text(tmp_path):
    assert read_page(tmp_path, PAGE_WITH_DATE.format(date="")).date is None


def test_a_page_titled_by_its_quarter_is_dated_by_when_it_was_published(tmp_path):
    """"Measures: Q1 2026/27" is what the page reports on; the byline says
    when it was published, which is what dates the statement (and so which
    earlier statement a review compares it with)."""
    page = as_html(WEB_PAGE)
    title = re.search(r"<h1>(.*?)</h1>", page).group(1)
    page = page.replace(f"<h1>{title}</h1>", "<h1>National Crime and Policing Measures: Q1 2026/27</h1>"
                                             '<p class="byline">Published 14 October 2026</p>', 1)
    page = re.sub(r"(?i)published \w+ \d{4}|\d{1,2} \w+ 2023|september 2023", "", page)
    statement = read_page(tmp_path, page)
    assert statement.date == "2026-10-14"


WORDPRESS_PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Priorities</title></head>
<body><header id="masthead"><a href="/">Lancashire Police and Crime Commissioner</a>
<nav aria-label="Primary"><ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul></nav></header>
<div id="content" class="site-content"><main id="main"><article class="page type-page">
<h1 class="entry-title">National Policing Priorities: April to June 2026</h1>
<p class="posted-on">Published 20 August 2026</p>
<div class="entry-content">
<p>This statement sets out how Lancashire Constabulary contributes to the national priorities for policing.</p>
<h2>Reduce murder and other homicide</h2><h3>Performance</h3>
<p>There were 3 homicides in Lancashire in April to June 2026, compared with 4 a year earlier.</p>
<h2>Reduce serious violence</h2><h3>What we are doing</h3>
<ul><li>Navigators in two hospitals met 94 young people admitted after an assault.</li></ul>
</div></article></main></div>
<footer><p>Privacy</p></footer></body></html>"""


def test_a_wordpress_pages_content_after_its_title_is_not_taken_for_a_line_of_the_title(tmp_path):
    statement = read_page(tmp_path, WORDPRESS_PAGE)
    opening = [paragraph.text for section in statement.sections[:1] for paragraph in section.paragraphs]
    assert opening == ["This statement sets out how Lancashire Constabulary contributes to the national "
                       "priorities for policing."]
    assert statement.title == "National Policing Priorities: April to June 2026"
    assert statement.date == "2026-08-20"
