"""A table whose rows have different numbers of cells (a title row over the
columns, a row the writer gave one more cell in the desk) exports to Markdown
as wide as its widest row, the short rows filled out with empty cells. Before,
the Markdown table was as wide as its first row, so a renderer dropped every
cell beyond it: a one-cell title row hid the figures of the rows under it.

The figures are written for these tests.
"""

from __future__ import annotations

from drafter import drafts
from drafter.export import render_markdown


def test_a_table_is_as_wide_as_its_widest_row(empty_workspace):
    draft = drafts.new_draft(empty_workspace, date="2027-01")
    draft.set_section_text("serious-violence", "| Knife crime in Merseyside |\n"
                                               "| Measure | Jul–Sep 2025 | Jul–Sep 2026 |\n"
                                               "| Knife crime offences | 402 | 377 |")
    table = render_markdown(draft).split("## Reduce Serious Violence\n\n")[1].split("\n\n")[0]
    assert table.splitlines() == ["| Knife crime in Merseyside |  |  |",
                                  "|---|---|---|",
                                  "| Measure | Jul–Sep 2025 | Jul–Sep 2026 |",
                                  "| Knife crime offences | 402 | 377 |"]
