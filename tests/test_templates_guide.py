"""The guide every template's comment points to ("templates/README.md lists
the functions and filters") is in the workspace's templates/, beside the
templates a maintainer edits: copied with them, given to a workspace made
before it was, and never put back over the maintainer's own copy."""

from __future__ import annotations

import re

import drafter
from drafter.settings import bundled_templates

GUIDE = "README.md"


def test_a_new_workspace_has_the_guide_its_templates_point_to(seeded_workspace):
    guide = seeded_workspace.templates_dir / GUIDE
    assert guide.read_text(encoding="utf-8") == (bundled_templates() / GUIDE).read_text(encoding="utf-8")
    for template in seeded_workspace.templates_dir.glob("*.j2"):
        assert re.search(r"templates/README\.md\s+lists the functions", template.read_text(encoding="utf-8"))
    for name in ("`figure(", "`change(", "`share(", "| `number` |", "| `percent` |"):
        assert name in guide.read_text(encoding="utf-8")


def test_a_workspace_made_without_it_gets_it_when_next_opened(seeded_workspace):
    root = seeded_workspace.path
    seeded_workspace.close()
    (root / "templates" / GUIDE).unlink()
    with drafter.open_workspace(root) as reopened:
        assert (reopened.templates_dir / GUIDE).is_file()


def test_the_maintainers_own_notes_in_it_are_kept(seeded_workspace):
    root = seeded_workspace.path
    seeded_workspace.close()
    guide = root / "templates" / GUIDE
    guide.write_text("# Our office's notes on the templates\n", encoding="utf-8")
    with drafter.open_workspace(root):
        assert guide.read_text(encoding="utf-8") == "# Our office's notes on the templates\n"


def test_a_workspace_without_a_templates_folder_still_opens(tmp_path):
    from drafter.store.schema import set_meta

    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        set_meta(workspace.database, "seeded", "1")
    with drafter.open_workspace(tmp_path / "ws") as workspace:
        assert not (workspace.templates_dir / GUIDE).exists()
