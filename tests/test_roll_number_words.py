"""A paragraph whose only figure is written in words ("Four homicides were
recorded ...") is read when rolling forward, by the same table of number
words review reads it with (the Kestrel Vale statement is fictional)."""

from __future__ import annotations

import pytest

from drafter.claims.number_words import has_number_words, parse_number_words
from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value
Kestrel Vale,homicides,2026-Q1,4
Kestrel Vale,homicides,2026-Q2,11
Kestrel Vale,asb_incidents,2026-Q1,3000
Kestrel Vale,asb_incidents,2026-Q2,3300
"""

STATEMENT = """\
Kestrel Vale Police and Crime Panel

June 2026

Reduce murder and other homicide

1. {homicides}

Reduce neighbourhood crime

2. Anti-social behaviour incidents numbered 3,000 in January to March 2026.

Reporting frequency

The Panel receives this statement every quarter.
"""


@pytest.mark.parametrize("written, rolled", [
    ("Four homicides were recorded in January to March 2026.",
     "Eleven homicides were recorded in April to June 2026."),
    ("In January to March 2026 four homicides were recorded.",
     "In April to June 2026 eleven homicides were recorded."),
])
def test_a_count_in_words_rolls_forward_in_words(empty_workspace, tmp_path, written, rolled):
    figures = tmp_path / "kestrel.csv"
    figures.write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(figures)
    statement = tmp_path / "kestrel-vale-2026-06.txt"
    statement.write_text(STATEMENT.format(homicides=written), encoding="utf-8")
    empty_workspace.add_statements([statement], force="Kestrel Vale")
    (stored,) = empty_workspace.list_statements()
    draft = empty_workspace.new_draft(from_statement=stored.id)
    (paragraph,) = [p for p in draft.section("homicide").paragraphs if p.kind == PARAGRAPH]
    assert paragraph.text == rolled


@pytest.mark.parametrize("text", ["zero", "nineteen", "ninety", "hundred", "thousand", "million", "billion"])
def test_every_number_word_review_reads_is_one_rolling_forward_looks_for(text):
    assert parse_number_words(text) is not None and has_number_words(f"Some {text.title()} cases")


@pytest.mark.parametrize("text", ["Someone called", "often", "a tenth", "Operation Tenfold"])
def test_words_that_only_hold_a_number_word_are_not_one(text):
    assert not has_number_words(text)
