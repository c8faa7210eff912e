"""A paragraph of a statement that printed no numbers (a web page, most Word
files) has an address a writer can give: ``corpus show`` lists its place
("p6") and ``draft edit --insert 1:p6`` copies it into a draft, where such a
paragraph could not be inserted at all. A statement with no numbers takes
a plain ``1:6`` as the same place; a numbered one keeps its printed numbers.

The web page is written for the project, in the way force websites lay out
their statements (the force is real, the text and figures invented).
"""

from __future__ import annotations

import pytest

WEB_PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>National Crime and Policing Measures | Cumbria Commissioner</title></head>
<body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/contact">Contact us</a></li></ul></nav>
<main>
<h1>National Crime and Policing Measures: October to December 2025</h1>
<p>Published by the Cumbria Police and Crime Commissioner, January 2026.</p>
<h2>Reduce murder and other homicide</h2>
<h3>Performance</h3>
<p>There were 2 homicides in Cumbria in October to December 2025, compared with 3 in the same quarter of 2024.</p>
<h3>What we have done</h3>
<ul>
<li>Every domestic homicide review now has a named lead in the Commissioner's office.</li>
<li>Fell-side communities were given advice on checking on isolated neighbours.</li>
</ul>
<h2>Reduce serious violence</h2>
<p>Knife crime fell to 61 offences in the quarter, from 70 a year earlier.</p>
</main>
<footer><p>Cookie settings</p><p>Accessibility statement</p></footer>
</body></html>
"""


@pytest.fixture
def added(cli, workspace_dir, tmp_path):
    page = tmp_path / "cumbria-2025-12.html"
    page.write_text(WEB_PAGE, encoding="utf-8")
    assert cli("corpus", "add", page, "--force", "Cumbria", workspace=workspace_dir).exit_code == 0
    statement_id = cli("corpus", "list", "--json", workspace=workspace_dir).json()[0]["id"]
    draft_id = cli("draft", "new", "--date", "2026-03", "--json", workspace=workspace_dir).json()["id"]
    return workspace_dir, statement_id, draft_id


def place_of(shown: str, words: str) -> str:
    [line] = [line for line in shown.splitlines() if words in line]
    return line.split()[0]


def test_corpus_show_lists_each_unnumbered_paragraph_by_its_place(cli, added):
    workspace_dir, statement_id, _ = added
    shown = cli("corpus", "show", statement_id, workspace=workspace_dir).stdout
    places = [line.split()[0] for line in shown.splitlines() if line[:1] == "p" and line.split()[0][1:].isdigit()]
    assert places == [f"p{n}" for n in range(1, len(places) + 1)]
    assert place_of(shown, "Fell-side communities").startswith("p")


def test_a_paragraph_given_by_its_place_is_inserted_with_its_provenance(cli, added):
    workspace_dir, statement_id, draft_id = added
    shown = cli("corpus", "show", statement_id, workspace=workspace_dir).stdout
    place = place_of(shown, "Fell-side communities")
    result = cli("draft", "edit", draft_id, "--section", "homicide", "--insert", f"{statement_id}:{place}",
                 workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    draft = cli("draft", "show", draft_id, "--origins", workspace=workspace_dir).stdout
    assert f"Fell-side communities were given advice on checking on isolated neighbours.  " \
           f"[corpus {statement_id}:{place}]" in draft


def test_a_plain_number_is_the_place_in_a_statement_that_printed_none(cli, added):
    workspace_dir, statement_id, draft_id = added
    shown = cli("corpus", "show", statement_id, workspace=workspace_dir).stdout
    place = place_of(shown, "Knife crime fell to 61")[1:]
    result = cli("draft", "edit", draft_id, "--section", "serious-violence", "--insert",
                 f"{statement_id}:{place}", workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert "Knife crime fell to 61" in cli("draft", "show", draft_id, workspace=workspace_dir).stdout


def test_a_place_beyond_the_statement_is_one_line_naming_the_places_it_has(cli, added):
    workspace_dir, statement_id, draft_id = added
    result = cli("draft", "edit", draft_id, "--section", "homicide", "--insert", f"{statement_id}:p99",
                 workspace=workspace_dir)
    assert result.exit_code != 0
    [line] = result.stderr.strip().splitlines()
    assert f"statement {statement_id} has no paragraph p99 (its paragraphs are p1 to p" in line


def test_a_numbered_statement_keeps_its_printed_numbers(cli, workspace_dir, tmp_path):
    paper = tmp_path / "board.txt"
    paper.write_text("Cumbria Police and Crime Panel\n\nMarch 2026\n\n"
                     "Title: National Policing Priorities\n\nIntroduction\n\n"
                     "1. This paper sets out the force's contribution.\n\n"
                     "Reduce murder and other homicides\n\n2. There were 4 homicides in the quarter.\n\n"
                     "3. The review register holds 12 reviews.\n", encoding="utf-8")
    assert cli("corpus", "add", paper, "--force", "Cumbria", workspace=workspace_dir).exit_code == 0
    statement_id = cli("corpus", "list", "--json", workspace=workspace_dir).json()[0]["id"]
    shown = cli("corpus", "show", statement_id, workspace=workspace_dir).stdout
    numbered = [line for line in shown.splitlines() if "review register" in line]
    assert numbered == ["3. The review register holds 12 reviews."]


def test_a_draft_copied_forward_names_each_unnumbered_paragraph_by_its_place(cli, added):
    """"[corpus 1:-]" said only which statement; the place says which of its paragraphs."""
    workspace_dir, statement_id, _ = added
    shown = cli("corpus", "show", statement_id, workspace=workspace_dir).stdout
    copy = cli("draft", "new", "--from", statement_id, "--no-roll", "--json", workspace=workspace_dir).json()["id"]
    draft = cli("draft", "show", copy, "--origins", workspace=workspace_dir).stdout
    for words in ("Fell-side communities", "Knife crime fell to 61"):
        [line] = [line for line in draft.splitlines() if words in line]
        assert line.endswith(f"[corpus {statement_id}:{place_of(shown, words)}]")
