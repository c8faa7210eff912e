"""A drafter.db restored from a backup (as the README's "Backing up" says)
beside the search index the workspace had made since: the index is built again
from the restored corpus, never read as if it were still the restored one's,
even once the restored workspace has had statements added of its own."""

from __future__ import annotations

import drafter

HEADER = "Cumbria Police and Crime Panel\n\n{month} 2026\n\n"
BACKED_UP = HEADER.format(month="July") + (
    "Reduce serious violence\n\n1. Detached youth workers patrolled Barrow-in-Furness town centre on Friday evenings.\n")
LOST = HEADER.format(month="October") + (
    "Reduce serious violence\n\n1. Knife arches were installed at Carlisle railway station during half-term.\n")
ADDED_AFTER = HEADER.format(month="November") + (
    "Tackle cyber crime\n\n1. The cyber protect officer ran a phishing awareness session for Kendal sheep farmers.\n")


def _add(workspace, folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    assert workspace.add_statements([path]).added


def test_a_restored_database_is_searched_by_its_own_paragraphs(tmp_path):
    root = tmp_path / "OPCC Team" / "drafter – statements"
    with drafter.open_workspace(root, seed=False) as workspace:
        _add(workspace, tmp_path, "cumbria-2026-07.txt", BACKED_UP)
    backup = (root / "drafter.db").read_bytes()

    with drafter.open_workspace(root, seed=False) as workspace:
        _add(workspace, tmp_path, "cumbria-2026-10.txt", LOST)
        assert "Knife arches" in workspace.search("knife arches railway station")[0].text

    for log in ("drafter.db-wal", "drafter.db-shm"):
        (root / log).unlink(missing_ok=True)
    (root / "drafter.db").write_bytes(backup)

    with drafter.open_workspace(root, seed=False) as workspace:
        _add(workspace, tmp_path, "cumbria-2026-11.txt", ADDED_AFTER)
        hits = workspace.search("knife arches railway station")
        assert all("knife" in hit.text.lower() for hit in hits), [hit.text for hit in hits]
        assert "phishing" in workspace.search("phishing sheep farmers")[0].text
