"""A Markdown statement's autolinks ("<https://…>", "<office@…>") keep their
address as the words a reader sees, where they vanished and left "Read more
at or write to ."; and a bar inside a table cell ("a \\| b") stays in its one
cell, in the corpus and in a draft's export, where it split the cell in two.

The statement is written for the project (the force is real, its words and
figures invented)."""

from __future__ import annotations

import pytest

import drafter
from drafter.corpus.ingest.markdown import plain
from drafter.statement import cells_of, table_text

STATEMENT = """\
# Cumbria Police and Crime Commissioner: Statement on the National Policing Priorities, July to September 2026

## Introduction

This statement is published every quarter and covers July to September 2026. Read more at \
<https://cumbria-pcc.gov.uk/our_priorities> or write to <mailto:office@cumbria-pcc.gov.uk>.

## Reduce serious violence

| Measure | This quarter | Source |
|---|---|---|
| Knife crime offences | 120 | Force systems \\| provisional |

Knife crime offences totalled 120 in July to September 2026.
"""


def test_an_autolinks_address_is_kept_whole_as_its_text():
    assert plain("See <https://example.org/our_plan_2026> and <office@example.org>.") == \
        "See https://example.org/our_plan_2026 and office@example.org."
    assert plain("Email <mailto:pcc@example.org> or see <b>this</b>.") == "Email pcc@example.org or see this."


def test_a_bar_inside_a_cell_keeps_the_cell_whole():
    rows = [["Measure", "Source"], ["Knife crime offences", "Force systems | provisional"]]
    assert cells_of(table_text(rows)) == rows


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    folder = tmp_path_factory.mktemp("autolinks")
    (folder / "cumbria-2026-09.md").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as opened:
        opened.add_statements([folder / "cumbria-2026-09.md"], force="Cumbria")
        yield opened, folder


def test_the_corpus_keeps_the_addresses_and_the_cell(workspace):
    opened, _ = workspace
    statement = opened.get_statement(opened.list_statements()[0].id)
    texts = [p.text for section in statement.sections for p in section.paragraphs]
    assert any("Read more at https://cumbria-pcc.gov.uk/our_priorities or write to office@cumbria-pcc.gov.uk."
               in text for text in texts)
    [table] = [text for text in texts if "Knife crime offences | 120" in text]
    assert [len(row) for row in cells_of(table)] == [3, 3]


def test_the_markdown_export_escapes_the_bar_again(workspace):
    opened, folder = workspace
    draft = opened.new_draft(from_statement=opened.list_statements()[0].id)
    opened.save_draft(draft)
    out = folder / "draft.md"
    opened.export_draft(draft.id, "markdown", out, force=True)
    assert "| Knife crime offences | 120 | Force systems \\| provisional |" in out.read_text(encoding="utf-8")
