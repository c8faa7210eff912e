"""A saved page's table whose column titles are grouped over two header rows
("Offences" spanning "Apr to Jun 2025 | Apr to Jun 2026", "Measure" and
"Change" spanning both rows) is read as one row of titles over its figures,
so each figure is checked for its column's period: the year before's is
not called stale (the bundled figures: Severnshire had 214 knife offences in
April to June 2025 and 208 in April to June 2026)."""

from __future__ import annotations

from pathlib import Path

from drafter.corpus.ingest.html import read_html

PAGE = Path(__file__).parent / "fixtures" / "severnshire-2026-08-grouped-titles.html"


def test_grouped_column_titles_become_one_row_over_the_figures():
    tables = [block.cells for block in read_html(PAGE.read_bytes(), PAGE.name) if block.cells]
    assert tables == [[["Measure", "Apr to Jun 2025", "Apr to Jun 2026", "Change"],
                       ["Knife crime offences", "214", "208", "-2.8%"],
                       ["Firearms offences", "27", "[c]", ".."]]]


def test_a_grouped_titles_figures_are_checked_for_their_columns_periods(seeded_workspace):
    report = seeded_workspace.review(PAGE)
    assert {(m.text, m.period): m.status for m in report.figures if m.text in ("214", "208", "2.8%", "27")} == {
        ("214", "2025-Q2"): "verified", ("208", "2026-Q2"): "verified", ("2.8%", "2026-Q2"): "verified",
        ("27", "2025-Q2"): "verified"}
    assert not [f for f in report.findings if f.kind in ("stale-figure", "wrong-figure", "unverified-figure")]
