"""A folder of statements where one was saved from the browser as "Web page,
complete" holds the page ("Statement.html") and the folder of its parts
("Statement_files/"), whose frames and embedded timelines are .html files
too: adding the folder adds the statement and passes over the page's parts,
rather than storing a timeline as a statement or failing on a consent frame.

The page is written for these tests; the figures are invented."""

from __future__ import annotations

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>National Policing Priorities – December 2026 | Gwent OPCC</title>
<link rel="stylesheet" href="./Statement_files/site.css"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><h1>National Policing Priorities</h1>
<p>This statement sets out how Gwent Police contributes to the National Policing Priorities.</p>
<h2>Reduce murder and other homicide</h2>
<p>There were two homicides in Gwent between July and September 2026.</p>
<h2>Reduce serious violence</h2>
<p>Knife crime fell to 142 offences in July to September 2026, from 158 a year earlier.</p>
</main><iframe src="./Statement_files/saved_resource.html"></iframe></body></html>"""

CONSENT_FRAME = """<!DOCTYPE html><html><head><title>Cookie consent</title></head><body>
<div id="consent"><p>We use cookies.</p><button>Accept</button></div></body></html>"""

TIMELINE = """<!DOCTYPE html><html><head><title>Timeline</title></head><body><ol>
<li><p>Our quarterly statement on the National Policing Priorities is now online.</p></li>
<li><p>The Commissioner visited the new knife arches in Newport today.</p></li></ol></body></html>"""


def test_the_parts_a_browser_saves_beside_a_page_are_passed_over(cli, tmp_path):
    folder = tmp_path / "statements"
    parts = folder / "Statement_files"
    parts.mkdir(parents=True)
    (folder / "Statement.html").write_text(PAGE, encoding="utf-8")
    (parts / "site.css").write_text("body{margin:0}", encoding="utf-8")
    (parts / "saved_resource.html").write_text(CONSENT_FRAME, encoding="utf-8")
    (parts / "timeline.htm").write_text(TIMELINE, encoding="utf-8")
    workspace = tmp_path / "office"
    assert cli("init", "--force", "Gwent", workspace=workspace).exit_code == 0

    added = cli("corpus", "add", folder, workspace=workspace)
    assert added.exit_code == 0, added.stderr
    assert added.stderr == ""
    assert "added 1: Statement.html" in added.stdout
    listed = cli("corpus", "list", workspace=workspace).stdout
    assert "Statement.html" in listed and "timeline" not in listed


def test_a_folder_named_like_one_without_its_page_is_read(cli, tmp_path):
    folder = tmp_path / "statements"
    (folder / "Archive_files").mkdir(parents=True)
    (folder / "Archive_files" / "gwent-2026-12.html").write_text(PAGE, encoding="utf-8")
    workspace = tmp_path / "office"
    assert cli("init", "--force", "Gwent", workspace=workspace).exit_code == 0
    added = cli("corpus", "add", folder, workspace=workspace)
    assert added.exit_code == 0, added.stderr
    assert "added 1: gwent-2026-12.html" in added.stdout
