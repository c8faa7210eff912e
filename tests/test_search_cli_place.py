"""``drafter search`` places an unnumbered paragraph by the sub-heading it
sits under, as the desk's Similar pane does, not as "unnumbered"."""

from __future__ import annotations

from test_search_support import add, indexed_copy

import drafter
from drafter.statement import BULLET, SUBHEADING, Paragraph, Section, Statement


def test_an_unnumbered_paragraph_is_placed_by_its_sub_heading(cli, tmp_path):
    root = indexed_copy(tmp_path)
    with drafter.open_workspace(root, seed=False) as workspace:
        add(workspace, Statement(title="Wyvernshire update", force="Wyvernshire", date="2024-09", sections=[
            Section("Reduce serious violence", "serious-violence", [
                Paragraph(None, "What we are doing:", kind=SUBHEADING),
                Paragraph(None, "Detached youth workers patrolled the canal towpaths at weekends.",
                          kind=BULLET),
            ])]), "wyvernshire-2024-09.html")
    result = cli("search", "canal towpaths", "--limit", "1", workspace=root)
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert "Wyvernshire · 2024-09 · What we are doing · serious-violence" in first
    assert "unnumbered" not in first
