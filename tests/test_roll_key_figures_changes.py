"""Copy forward works a key-figures row's signed change out again for its
cells' periods a quarter on and turns an arrow the new figures contradict,
where "+1" and "▲" were left beside cells that had fallen, a table review
then disputed. The bundled figures: Severnshire had 4, 2 and 3 homicides in
January to March 2026, the quarter before and a year before (3, 4 and 4 a
quarter on); 192 and 201 knife offences (208 and 192); 13, 15 and 12 county
lines closed (16, 13 and 14)."""

from __future__ import annotations

STATEMENT = """# Severnshire Police and Crime Commissioner: National Policing Priorities, January to March 2026

Date: 5 May 2026

1. This statement on the National Policing Priorities covers January to March 2026.

## Reduce murder and other homicide

| Measure | This quarter | Last quarter | Same quarter last year | Change on last year | Trend |
|---|---|---|---|---|---|
| Homicides | 4 | 2 | 3 | +1 | ▲ |

2. Every homicide was reviewed by the major crime team.

## Reduce serious violence

| Measure | This quarter | Last quarter | Change on last quarter | Trend |
|---|---|---|---|---|
| Knife crime offences | 192 | 201 | -4.5% | ▼ |

3. Knife surrender bins were emptied each month.

## Disrupt drugs supply and county lines

| Measure | This quarter | Last quarter | Same quarter last year | Change on last year | |
|---|---|---|---|---|---|
| County lines closed | 13 | 15 | 12 | +1 | ↑ |

4. Lines were closed with partner forces.
"""


def test_signed_changes_and_arrows_move_with_their_rows(seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-05.md"
    path.write_text(STATEMENT, encoding="utf-8")
    seeded_workspace.add_statements([path], force="Severnshire")
    draft = seeded_workspace.new_draft(from_statement=max(s.id for s in seeded_workspace.list_statements()))
    tables = [paragraph for section in draft.sections for paragraph in section.paragraphs
              if paragraph.kind == "table"]
    assert [table.cells[1] for table in tables] == [
        ["Homicides", "3", "4", "4", "-1", "▼"], ["Knife crime offences", "208", "192", "+8.3%", "▲"],
        ["County lines closed", "16", "13", "14", "+2", "↑"]]
    assert not [left for table in tables for left in table.origin.not_rolled or []]
    report = seeded_workspace.review(draft.id, figures_only=True)
    assert not [f.message for f in report.findings if f.kind in ("arithmetic", "direction")]


WAITING = """# Severnshire Police and Crime Commissioner: National Policing Priorities, April to June 2026

Date: 5 August 2026

1. This statement on the National Policing Priorities covers April to June 2026.

## Reduce murder and other homicide

| Measure | Apr to Jun 2026 | Apr to Jun 2025 | Change |
|---|---|---|---|
| Knife crime offences | 208 | 214 | -6 |

2. Every homicide was reviewed by the major crime team.
"""


def test_a_table_copied_while_the_next_quarters_figures_are_awaited_is_not_listed(seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-08.md"
    path.write_text(WAITING, encoding="utf-8")
    seeded_workspace.add_statements([path], force="Severnshire")
    draft = seeded_workspace.new_draft(from_statement=max(s.id for s in seeded_workspace.list_statements()))
    [table] = [p for section in draft.sections for p in section.paragraphs if p.kind == "table"]
    assert table.cells[1] == ["Knife crime offences", "208", "214", "-6"]
    assert not table.origin.not_rolled
