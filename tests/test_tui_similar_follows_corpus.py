"""A statement removed from the corpus elsewhere (``drafter corpus remove``)
while the desk is open leaves the Similar pane without the writer typing, so
Enter never inserts a paragraph of a statement no longer stored."""

from __future__ import annotations

import pytest
from test_tui_support import desk_app, newest_draft, no_cursor_blink, open_desk, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
async def test_a_statement_removed_elsewhere_leaves_the_similar_pane(indexed_workspace, monkeypatch):
    from drafter.tui.screens.desk import DeskScreen

    monkeypatch.setattr(DeskScreen, "CORPUS_CHECK_EVERY", 0.1)
    newest_draft(indexed_workspace, "Severnshire")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        await wait_for(pilot, lambda: desk.similar.hits, what="the Similar pane's hits")
        shown = desk.similar.hits[0].statement_id
        indexed_workspace.remove_statement(shown)
        await wait_for(pilot, lambda: desk.similar.hits and
                       all(hit.statement_id != shown for hit in desk.similar.hits),
                       timeout=30, what="the pane to leave the removed statement")


@pytest.mark.anyio
async def test_the_synonyms_file_edited_elsewhere_makes_the_similar_pane_search_again(indexed_workspace, monkeypatch):
    from drafter.tui.screens.desk import DeskScreen

    monkeypatch.setattr(DeskScreen, "CORPUS_CHECK_EVERY", 0.1)
    newest_draft(indexed_workspace, "Severnshire")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await open_desk(pilot)
        await wait_for(pilot, lambda: desk.similar.hits, what="the Similar pane's hits")
        before = indexed_workspace.search_generation()
        (indexed_workspace.path / "synonyms.txt").write_text("VRU, violence reduction unit\n", encoding="utf-8")
        assert indexed_workspace.search_generation() != before
        await wait_for(pilot, lambda: desk._similar_corpus == indexed_workspace.search_generation(),
                       timeout=30, what="the pane to search again with the edited synonyms")
