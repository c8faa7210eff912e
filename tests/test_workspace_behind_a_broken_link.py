"""The team's workspace folder reached through a link (a share mounted
elsewhere): when the link leads nowhere, drafter names the link, where it
said only "cannot create workspace (File exists)"."""

from __future__ import annotations

import pytest

import drafter
from drafter.errors import WorkspaceError


def test_a_workspace_behind_a_link_to_nothing_names_the_link(tmp_path):
    # The team's folder is a link to a share that is not mounted this morning.
    team = tmp_path / "OPCC Team"
    team.symlink_to(tmp_path / "mnt" / "opcc-share")
    with pytest.raises(WorkspaceError) as refused:
        drafter.open_workspace(team / "drafter – statements", seed=False)
    assert str(refused.value).startswith(f"{team}: a link to {tmp_path / 'mnt' / 'opcc-share'}, which is not there")
