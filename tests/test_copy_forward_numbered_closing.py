"""A board paper that numbers its closing paragraph ("14. This statement is
published every quarter …") is copied forward with that paragraph numbered
on from the priorities' last, where the copy printed it unnumbered; one whose
closing stands unnumbered, as the reference statement's does, stays so.

The statements and figures are written for these tests.
"""

from __future__ import annotations

import re

import pytest

from drafter.export.layout import render_text

PAPER = """Dorset Police and Crime Panel

24 June 2026

Title: National Policing Priorities: January to March 2026

Reduce murder and other homicide

1. There were two homicides in January to March 2026.

Reporting frequency

{closing}This statement is published every quarter and presented to the Panel.
"""


@pytest.mark.parametrize("closing", ["2. ", ""], ids=["numbered", "unnumbered"])
def test_a_closing_paragraph_keeps_the_numbering_it_was_printed_with(empty_workspace, tmp_path, closing):
    (tmp_path / "figures.csv").write_text("area,measure,period,value\nDorset,homicides,2026-Q1,2\n"
                                          "Dorset,homicides,2026-Q2,3\n", encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "dorset-2026-06.txt").write_text(PAPER.format(closing=closing), encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "dorset-2026-06.txt"], force="Dorset")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    text = render_text(draft)
    last = int(re.search(r"^(\d+)\. There were three homicides in April to June 2026\.$", text, re.M).group(1))
    closing_line = next(line for line in text.splitlines() if "This statement is published" in line)
    assert closing_line.startswith(f"{last + 1}. ") if closing else closing_line.startswith("This statement")
