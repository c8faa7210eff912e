"""A web page (or a Markdown file) that sets its statement out as a table, each priority's name
beside its update, is read as a Word document's such table is: each row is
that priority's section, the column titles are left out, and the update is
given once, never as a table in the introduction as well as in the sections.

The page is written for these tests; the force and figures are fictional."""

from __future__ import annotations

from drafter.corpus import read_statement

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>National Policing Priorities | Severnshire Police and Crime Commissioner</title></head><body>
<ul class="topnav"><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul>
<div class="sidebar"><h3>In this section</h3><ul><li><a href="/decisions">Decisions</a></li></ul></div>
<div class="main-content">
<h1>National Policing Priorities – quarterly statement</h1>
<p class="meta">Last updated: 14 October 2026</p>
<p>The Police and Crime Commissioner for Severnshire publishes this statement each quarter.</p>
<table>
<thead><tr><th>National priority</th><th>Severnshire's contribution</th></tr></thead>
<tbody>
<tr><td>Reduce murder and other homicide</td><td>There were two homicides between July and September 2026.</td></tr>
<tr><td>Reduce serious violence</td><td>Knife crime offences fell to 198 in the quarter, from 214 a year earlier.</td></tr>
<tr><td>Tackle cyber crime</td><td>The Cyber Protect officer gave 32 talks to local businesses.</td></tr>
</tbody></table>
<p>The next statement will be published in January 2027.</p>
</div>
<div class="footer"><p>Office of the Police and Crime Commissioner for Severnshire</p></div>
</body></html>"""


def test_a_table_of_priorities_on_a_web_page_is_one_section_a_row(tmp_path):
    path = tmp_path / "severnshire-2026-10.html"
    path.write_text(PAGE, encoding="utf-8")
    statement = read_statement(path, areas=["Severnshire"])
    sections = {section.priority: [p.text for p in section.paragraphs] for section in statement.sections}
    assert sections["homicide"] == ["There were two homicides between July and September 2026."]
    assert sections["serious-violence"] == [
        "Knife crime offences fell to 198 in the quarter, from 214 a year earlier."]
    assert sections["cyber-crime"][0] == "The Cyber Protect officer gave 32 talks to local businesses."
    every = [p for section in statement.sections for p in section.paragraphs]
    assert not [p for p in every if p.kind == "table"]
    assert sum("198" in p.text for p in every) == 1
    assert not [section for section in statement.sections if section.priority not in sections or
                section.heading in ("National priority", "Severnshire's contribution")]
    assert "National priority" not in " ".join(p.text for p in every)


def test_a_table_of_figures_on_a_web_page_keeps_its_cells(tmp_path):
    figures = ("<table><tr><th>Measure</th><th>Jul to Sep 2026</th></tr>"
               "<tr><td>Homicides</td><td>2</td></tr><tr><td>Knife crime</td><td>198</td></tr></table>")
    path = tmp_path / "severnshire-2026-10.html"
    path.write_text(PAGE.replace("<p>The next statement", figures + "<p>The next statement"), encoding="utf-8")
    tables = [p for section in read_statement(path, areas=["Severnshire"]).sections
              for p in section.paragraphs if p.kind == "table"]
    assert [row[1] for row in tables[0].cells] == ["Jul to Sep 2026", "2", "198"]


def test_an_update_cell_keeps_its_own_paragraphs_and_bullets(tmp_path):
    rich = ("<td><p>Knife crime offences fell to 198 in the quarter, from 214 a year earlier.</p>"
            "<p>The violence reduction unit doubled its youth outreach team.</p>"
            "<ul><li>Operation Sceptre ran in May.</li><li>Twelve bleed kits were installed.</li></ul></td>")
    page = PAGE.replace("<td>Knife crime offences fell to 198 in the quarter, from 214 a year earlier.</td>", rich)
    path = tmp_path / "severnshire-2026-10.html"
    path.write_text(page, encoding="utf-8")
    statement = read_statement(path, areas=["Severnshire"])
    violence = next(section for section in statement.sections if section.priority == "serious-violence")
    assert [(p.kind, p.text) for p in violence.paragraphs] == [
        ("paragraph", "Knife crime offences fell to 198 in the quarter, from 214 a year earlier."),
        ("paragraph", "The violence reduction unit doubled its youth outreach team."),
        ("bullet", "Operation Sceptre ran in May."),
        ("bullet", "Twelve bleed kits were installed.")]
    every = [p.text for section in statement.sections for p in section.paragraphs]
    assert sum("198" in text for text in every) == 1


def test_the_caption_of_a_table_of_priorities_opens_no_empty_section(tmp_path):
    page = PAGE.replace("<table>", "<table><caption>How Severnshire contributes to each national priority</caption>")
    path = tmp_path / "severnshire-2026-10.html"
    path.write_text(page, encoding="utf-8")
    statement = read_statement(path, areas=["Severnshire"])
    assert [section.priority for section in statement.sections] == [
        "introduction", "homicide", "serious-violence", "cyber-crime"]
    assert all(section.paragraphs for section in statement.sections)


def test_a_markdown_statement_set_out_as_a_table_of_priorities_has_their_sections(tmp_path):
    path = tmp_path / "severnshire-2026-10.md"
    path.write_text("# National Policing Priorities, July to September 2026\n\n"
                    "The Commissioner for Severnshire publishes this statement every quarter.\n\n"
                    "| National priority | Our contribution |\n|---|---|\n"
                    "| Reduce murder and other homicide | There were two homicides in the quarter. |\n"
                    "| Reduce serious violence | Knife crime fell to 176 offences, from 190 a year earlier. |\n"
                    "| Tackle cyber crime | The cyber team gave 26 talks. |\n", encoding="utf-8")
    sections = {section.priority: [(p.kind, p.text) for p in section.paragraphs]
                for section in read_statement(path, areas=["Severnshire"]).sections}
    assert sections["homicide"] == [("paragraph", "There were two homicides in the quarter.")]
    assert sections["serious-violence"] == [("paragraph", "Knife crime fell to 176 offences, from 190 a year earlier.")]
    assert "National priority" not in str(sections)
