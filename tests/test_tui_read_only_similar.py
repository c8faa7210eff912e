"""The desk of a reader who may not write the workspace (a colleague's folder
shared read-only, an archive copied without models/): Similar searches an index
made in memory, as the command line's search does, where the desk said the
search was unavailable because the index could not be saved."""

from __future__ import annotations

import shutil

import pytest
from test_tui_support import desk_app, no_cursor_blink, wait_for
from test_workspace_opening import archive, read_only

import drafter

__all__ = ["archive", "no_cursor_blink", "read_only"]  # fixtures, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def test_a_reader_who_may_not_write_gets_similar_all_the_same(archive, read_only):
    root, _draft_id = archive
    shutil.rmtree(root / "models")
    read_only(root / "drafter.db", root)
    with drafter.open_workspace(root) as workspace:
        app = desk_app(workspace)
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: app.index_ready or app.index_state == "Search unavailable",
                           timeout=120, what="the search index")
            assert app.index_ready, app.index_state
    assert not (root / "models").exists()
