"""What changed in a table since the statement compared with is given cell
by cell ("[-4-] {+3+}"), each cell against its own, where the word diff ran
from one cell into the next ("{+3 |+} [-2-]", "[-268 | -2.2%-]") and the
reader could not tell which figure had changed."""

from __future__ import annotations

from drafter.review.checks.pairing import word_diff

EARLIER = """# Severnshire Police and Crime Commissioner: National Policing Priorities, January to March 2026

Date: 5 May 2026

1. This statement on the National Policing Priorities covers January to March 2026.

## Reduce murder and other homicide

| Measure | This quarter | Last quarter | Change on last quarter |
|---|---|---|---|
| Homicides | {homicides} |
| Knife crime offences | {knives} |

2. Every homicide was reviewed by the major crime team.
"""


def test_a_tables_changes_are_shown_cell_by_cell(seeded_workspace, tmp_path):
    earlier = tmp_path / "severnshire-2026-05.md"
    earlier.write_text(EARLIER.format(homicides="4 | 2 | +2", knives="192 | 201 | -4.5%"), encoding="utf-8")
    seeded_workspace.add_statements([earlier], force="Severnshire")
    later = tmp_path / "severnshire-2026-08.md"
    later.write_text(EARLIER.replace("January to March", "April to June").replace("5 May", "5 August").format(
        homicides="3 | 4 | -1", knives="208 | 192 | +8.3%"), encoding="utf-8")
    report = seeded_workspace.review(later, against=max(s.id for s in seeded_workspace.list_statements()))
    [changed] = [f for f in report.findings if f.kind == "changed-paragraph" and "table" in f.message]
    assert changed.evidence == "[-4-] {+3+} [-2-] {+4+} [-+2-] {+-1+} [-192-] {+208+} [-201-] {+192+} " \
                               "[--4.5%-] {++8.3%+}"


def test_tables_of_another_shape_are_compared_word_by_word():
    ops, _, _ = word_diff("Measure | 2025\nHomicides | 4", "Measure | 2025 | 2026\nHomicides | 4 | 3")
    assert [op for op in ops if op["op"] != "equal"] == [{"op": "insert", "old": "", "new": "| 2026"},
                                                          {"op": "insert", "old": "", "new": "| 3"}]
