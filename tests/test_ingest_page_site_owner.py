"""A saved page whose text names a partner force more often than its own is
the force whose website it is, as the browser tab's title or the page's
og:site_name says (the page is written for these tests)."""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head><body>
<header><nav><a href="/about">About</a> <a href="/news">News</a></nav></header>
<main>
<h1>National Policing Priorities</h1>
<p>Published 15 July 2026</p>
<p>This statement covers the year ending March 2026.</p>
<h2>Reduce murder and other homicide</h2>
<p>Surrey and Sussex share a Major Crime Team. Sussex Police led four of the reviews this year, with Sussex
analysts supporting the team.</p>
<h2>Reduce serious violence</h2>
<p>The Surrey and Sussex knife crime group met in June; Sussex hosted it and Sussex officers ran the knife arches.</p>
<h2>Reporting frequency</h2>
<p>This statement is published every quarter.</p>
</main></body></html>"""


@pytest.mark.parametrize("head", [
    "<title>National Policing Priorities | Surrey Police and Crime Commissioner</title>",
    "<title>National Policing Priorities – Surrey PCC</title>",
    '<meta property="og:site_name" content="Surrey Police and Crime Commissioner"><title>NPP</title>',
])
def test_the_site_a_page_is_from_names_its_force(tmp_path, head):
    path = tmp_path / "npp-statement-july-2026.html"
    path.write_text(PAGE.format(head=head), encoding="utf-8")
    assert read_statement(path).force == "Surrey"


def test_a_tab_title_naming_no_site_leaves_the_force_to_the_text(tmp_path):
    path = tmp_path / "npp-statement-july-2026.html"
    path.write_text(PAGE.format(head="<title>Surrey and Sussex: National Policing Priorities</title>"),
                    encoding="utf-8")
    assert read_statement(path).force == "Sussex"


def test_a_page_saved_as_one_file_is_its_sites_force_too(tmp_path):
    import quopri

    page = PAGE.format(head="<title>National Policing Priorities | Surrey Police and Crime Commissioner</title>")
    body = quopri.encodestring(page.encode("utf-8")).decode("ascii")
    archive = ("MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; boundary=\"b\"\r\n\r\n"
               "--b\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
               f"{body}\r\n--b--\r\n")
    path = tmp_path / "npp-statement-july-2026.mhtml"
    path.write_text(archive, encoding="ascii")
    assert read_statement(path).force == "Surrey"


@pytest.mark.parametrize("chrome", [
    '<header><a href="/">Office of the Police and Crime Commissioner for Surrey</a><nav><a href="/about">About</a>'
    "</nav></header>",
    "<footer><p>© Office of the Police and Crime Commissioner for Surrey</p></footer>",
])
def test_the_office_the_sites_banner_or_footer_names_is_its_force(tmp_path, chrome):
    page = PAGE.format(head="<title>National Policing Priorities</title>").replace("<main>", chrome + "<main>", 1)
    path = tmp_path / "npp-statement-july-2026.html"
    path.write_text(page, encoding="utf-8")
    assert read_statement(path).force == "Surrey"


@pytest.mark.parametrize("footer", ["Working with Sussex Police", "Victims' Commissioner for England and Wales"])
def test_a_footer_naming_no_office_of_a_force_is_not_the_sites(tmp_path, footer):
    page = PAGE.format(head="<title>National Policing Priorities</title>").replace(
        "</main>", f"</main><footer><p>{footer}</p></footer>", 1)
    path = tmp_path / "npp-statement-july-2026.html"
    path.write_text(page, encoding="utf-8")
    assert read_statement(path).force == "Sussex"  # as its text names most: no office named
