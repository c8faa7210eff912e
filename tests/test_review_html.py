"""The HTML report: everything from a statement is shown as text, nothing is
fetched, and a reviewer sees the changes and the figures."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from test_review_support import (  # noqa: F401  (fixtures)
    KESTREL_DRAFT,
    build_kestrel_draft,
    kestrel_report,
    kestrel_root,
    kestrel_workspace,
)

from drafter.review.output.html import render

HOSTILE = ('<script>document.title = "owned"</script> The homicide review panel met '
           '<b onmouseover="alert(1)">four</b> times & agreed a plan.')


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attributes: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)


@pytest.fixture
def hostile_page(kestrel_workspace):
    sections = dict(KESTREL_DRAFT)
    sections["homicide"] = [HOSTILE] + KESTREL_DRAFT["homicide"][1:]
    draft = build_kestrel_draft(kestrel_workspace, sections=sections)
    report = kestrel_workspace.review(draft.id)
    return render(report)


def test_statement_text_is_escaped_and_runs_nothing(hostile_page):
    collected = _Collector()
    collected.feed(hostile_page)
    assert "script" not in collected.tags
    assert "b" not in collected.tags
    assert not [name for name, _ in collected.attributes if name.startswith("on")]
    assert "&lt;script&gt;document.title = &#34;owned&#34;&lt;/script&gt;" in hostile_page
    assert "&lt;b onmouseover=" in hostile_page and "times &amp; agreed" in hostile_page


def test_nothing_is_loaded_from_anywhere(hostile_page):
    collected = _Collector()
    collected.feed(hostile_page)
    assert not {"script", "link", "img", "iframe", "object", "embed"} & set(collected.tags)
    assert not [name for name, _ in collected.attributes if name == "src"]
    hrefs = [value for name, value in collected.attributes if name == "href"]
    assert hrefs and all(value.startswith("#") for value in hrefs)  # only jumps within the page
    lowered = hostile_page.lower()
    for marker in ("http:", "https:", "//", "@import", "url("):
        assert marker not in lowered.replace("<!doctype html>", ""), marker


def test_side_by_side_changes_and_figures(kestrel_workspace):
    report = kestrel_workspace.review(1)
    page = render(report)
    # the edited street pastors paragraph: "Thursday and" is new
    assert '<span class="ins">Thursday and</span>' in page
    assert "<th>Before</th><th>Now</th>" in page
    # a removed paragraph shows in the "Before" column only
    assert "Schools in the north of the county" in page
    # figures highlighted in the text, with what they were checked against
    assert 'class="fig-ok" title="verified: knife_offences per 100,000 population' in page
    assert 'class="fig-wrong"' in page and 'class="fig-stale"' in page
    # the figure table and the findings beside their paragraph
    assert "<td>125.0</td>" in page or ">125.0</td>" in page
    assert 'id="p-neighbourhood-crime-1"' in page
    assert 'href="#p-neighbourhood-crime-1"' in page


def test_removed_words_are_marked_in_the_old_text(kestrel_workspace):
    sections = {"homicide": [KESTREL_DRAFT["homicide"][0].replace("four times", "three times")]}
    draft = build_kestrel_draft(kestrel_workspace, sections=sections)
    page = render(kestrel_workspace.review(draft.id))
    assert '<span class="del">four</span>' in page and '<span class="ins">three</span>' in page


def test_a_figures_status_and_a_findings_severity_are_said_in_words_not_colour_alone(kestrel_report):
    page = render(kestrel_report)
    # each marked figure is followed by its status in words, as a screen reader or a grey print shows it
    for status in ("wrong", "stale"):
        marked = re.findall(rf'class="fig-{status}[^"]*"[^>]*>[^<]*</span>(<span class="fig-tag">[^<]*</span>)?', page)
        assert marked and set(marked) == {f'<span class="fig-tag">[{status}]</span>'}
    assert not re.search(r'class="fig-ok[^"]*"[^>]*>[^<]*</span><span class="fig-tag">', page)
    # the findings beside a paragraph say how serious each is
    assert '<li class="sev-error">error · ' in page
    assert '<li class="sev-warning">warning · ' in page


def test_a_finding_about_the_whole_statement_says_so(seeded_workspace, tmp_path):
    statement = tmp_path / "severnshire-2026-09.txt"
    statement.write_text("Severnshire Police and Crime Panel\nSeptember 2026\n\nReduce murder and other homicide\n\n"
                         "1. There were 3 homicides in April to June 2026.\n", encoding="utf-8")
    page = render(seeded_workspace.review(statement))
    whole = page[page.index("<h3>whole statement</h3>"):]
    whole = whole[:whole.index("</table>")]
    assert "<tr><td>whole statement</td>" in whole and "missing-priority" in whole
    assert "<td>section</td>" not in page
