"""An arrow in a key-figures row says which way its figure moved; one
pointing against the row's cells or its signed change is a direction error,
an arrow that agrees is left alone (the bundled figures: Severnshire had 208
knife offences in April to June 2026, 192 the quarter before and 214 a year
before; 672, 735 and 694 residential burglaries; 16, 13 and 14 county lines
closed)."""

from __future__ import annotations

import pytest

STATEMENT = """# Severnshire Police and Crime Commissioner

Date: 5 August 2026

This update covers April to June 2026. It reports on the National Policing Priorities.

## Reduce serious violence

{table}

The violence reduction partnership met twice in the quarter.
"""

KEY_FIGURES = """| Measure | This quarter | Last quarter | Same quarter last year | Change on last year | Trend |
|---|---|---|---|---|---|
| Knife crime offences | 208 | 192 | 214 | -2.8% | {knives} |
| Residential burglary | 672 | 735 | 694 | {burglary} | |
| County lines closed | 16 | 13 | 14 | +2 | {lines} |"""


@pytest.fixture(scope="module")
def workspace(_seeded_template, tmp_path_factory):
    from workspaces import private_copy

    with private_copy(_seeded_template, tmp_path_factory.mktemp("arrows")) as workspace:
        yield workspace


def _directions(workspace, tmp_path, table) -> list[str]:
    path = tmp_path / "severnshire-2026-08.md"
    path.write_text(STATEMENT.format(table=table), encoding="utf-8")
    return [f.message for f in workspace.review(path).findings if f.kind == "direction"]


def test_arrows_that_agree_with_their_rows_are_left_alone(workspace, tmp_path):
    assert _directions(workspace, tmp_path, KEY_FIGURES.format(knives="▼", burglary="▼ 3.2%", lines="▲")) == []


def test_an_arrow_against_its_rows_change_is_a_direction_error(workspace, tmp_path):
    assert _directions(workspace, tmp_path, KEY_FIGURES.format(knives="▲", burglary="↑ 3.2%", lines="↓")) == [
        "▲ in the row 'Knife crime offences' says it rose, but it fell from 214 (2025-Q2) to 208 (2026-Q2): "
        "turn the arrow round",
        "↑ in the row 'Residential burglary' says it rose, but it fell from 694 (2025-Q2) to 672 (2026-Q2): "
        "turn the arrow round",
        "↓ in the row 'County lines closed' says it fell, but it rose from 14 (2025-Q2) to 16 (2026-Q2): "
        "turn the arrow round"]


def test_a_signed_change_settles_a_row_whose_cells_do_not(workspace, tmp_path):
    table = """| Measure | April to June 2026 | Change | Trend |
|---|---|---|---|
| Knife crime offences | 208 | -16 | ▲ |
| County lines closed | 16 | +3 | ▲ |"""
    assert _directions(workspace, tmp_path, table) == [
        "▲ in the row 'Knife crime offences' says it rose, but its change is -16: turn the arrow round"]
