"""Markdown statements: headings, ordered lists with their written digits,
emphasis and links reduced to words, front matter ignored."""

from __future__ import annotations

from drafter.corpus import read_statement

STATEMENT = """\
---
title: ignored front matter
date: 2020-01-01
---

**Eastmoor Police and Crime Panel**

Date: 3 July 2024

**Title:** Eastmoor Police and Crime Commissioner – national priorities

Presented by: N/A

# Introduction

1. This is the *summer* statement on the [national priorities](https://example.org/priorities).

## Reduce serious violence

4. Knife crime fell by **9%** in the quarter, the _third_ fall in a row.
5. The `violence_reduction` unit grew from 12 to 15 staff
   and moved to a new base.

Tackle cyber crime
------------------

6. Victims of online fraud are now called back within two days.

## Reporting frequency

The next statement follows in October.
"""


def read_md(tmp_path, text):
    path = tmp_path / "statement.md"
    path.write_text(text, encoding="utf-8")
    return read_statement(path)


def test_markdown_structure(tmp_path):
    statement = read_md(tmp_path, STATEMENT)
    assert [(s.heading, s.priority) for s in statement.sections] == [
        ("Introduction", "introduction"),
        ("Reduce serious violence", "serious-violence"),
        ("Tackle cyber crime", "cyber-crime"),
        ("Reporting frequency", "closing"),
    ]
    assert [[p.number for p in s.paragraphs] for s in statement.sections] == [[1], [4, 5], [6], [None]]


def test_markdown_header_ignores_front_matter(tmp_path):
    statement = read_md(tmp_path, STATEMENT)
    assert statement.date == "2024-07-03"
    assert statement.board == "Eastmoor Police and Crime Panel"
    assert statement.force == "Eastmoor"
    assert statement.title == "Eastmoor Police and Crime Commissioner – national priorities"


def test_markdown_markup_is_stripped(tmp_path):
    paragraphs = [p.text for s in read_md(tmp_path, STATEMENT).sections for p in s.paragraphs]
    assert paragraphs[0] == "This is the summer statement on the national priorities."
    assert paragraphs[1] == "Knife crime fell by 9% in the quarter, the third fall in a row."
    assert paragraphs[2] == ("The violence_reduction unit grew from 12 to 15 staff and moved to a new base.")


def test_markdown_keeps_the_digits_written(tmp_path):
    text = "# Introduction\n\n1. First point made here.\n1. Second point made here.\n1. Third point made here.\n"
    statement = read_md(tmp_path, text)
    assert [p.number for p in statement.sections[0].paragraphs] == [1, 1, 1]


def test_markdown_without_front_matter_but_with_a_rule(tmp_path):
    text = "---\n\n# Introduction\n\n1. First point made here.\n\n---\n\n# Tackle fraud\n\n2. Second point.\n"
    statement = read_md(tmp_path, text)
    assert [s.priority for s in statement.sections] == ["introduction", "cyber-crime"]
