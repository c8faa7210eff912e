"""Copy forward moves each cell of a key-figures table headed "This quarter
| Last quarter | Same quarter last year" to its own column's period a
quarter on, small counts and a percentage row without "%" signs too, read
by the quarter the statement says it covers, where a cell was matched by its
value alone and an old one left in place without a word. The bundled
figures: Severnshire had 4, 2 and 3 homicides in January to March 2026,
October to December 2025 and January to March 2025 (3, 4 and 4 a quarter
on); 13, 15 and 12 county lines closed (16, 13 and 14); victim satisfaction
of 76.0%, 74.7% and 74.4% (76.3%, 76.0% and 74.0%)."""

from __future__ import annotations

STATEMENT = """# Severnshire Police and Crime Commissioner: National Policing Priorities, January to March 2026

Date: 5 May 2026

1. This statement on the National Policing Priorities covers January to March 2026.

## Reduce murder and other homicide

| Measure | This quarter | Last quarter | Same quarter last year |
|---|---|---|---|
| Homicides | 4 | 2 | 3 |

2. Every homicide was reviewed by the major crime team.

## Disrupt drugs supply and county lines

| Measure | This quarter | Last quarter | Same quarter last year |
|---|---|---|---|
| County lines closed | 13 | 15 | 12 |

3. Lines were closed with partner forces.

## Improve satisfaction among victims

| Measure | This quarter | Last quarter | Same quarter last year |
|---|---|---|---|
| Victim satisfaction (%) | 76.0 | 74.7 | 74.4 |

4. Victims were called back within two days.
"""


def test_each_cell_moves_to_its_columns_period_a_quarter_on(seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-05.md"
    path.write_text(STATEMENT, encoding="utf-8")
    seeded_workspace.add_statements([path], force="Severnshire")
    added = max(s.id for s in seeded_workspace.list_statements())
    draft = seeded_workspace.new_draft(from_statement=added)
    rows = [paragraph.cells[1] for section in draft.sections for paragraph in section.paragraphs
            if paragraph.kind == "table"]
    assert rows == [["Homicides", "3", "4", "4"], ["County lines closed", "16", "13", "14"],
                    ["Victim satisfaction (%)", "76.3", "76.0", "74.0"]]
