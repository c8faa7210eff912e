"""Shared fixtures: real workspaces on disk (real SQLite, real files).

A seeded workspace is built once per session and copied for each test that
needs one, so tests stay independent without re-ingesting the sample corpus.
"""

from __future__ import annotations

import gc
import shutil
from pathlib import Path

import pytest
from workspaces import private_copy

import drafter
import drafter.settings

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "wmpcc-2023-09-national-priorities.txt"
REPO = Path(__file__).resolve().parents[1]

# The suite builds many parses, documents and desks that live until their test ends: looking for
# cycles among them less often costs some memory and saves about a third of the suite's time
# (105 s to 69 s over the review, desk, roll and fill-agreement tests).
gc.set_threshold(100_000, 50, 100)


@pytest.fixture
def reference_path() -> Path:
    """The real West Midlands statement the users gave us (read at run time)."""
    if not REFERENCE.exists():
        pytest.skip(f"reference statement not present at {REFERENCE}")
    return REFERENCE


# Made-up areas the tests import figures for, accepted as the sample forces are.
TEST_AREAS = ("Testshire", "Bigshire", "Kestrel Vale", "T")


@pytest.fixture(scope="session", autouse=True)
def _test_areas():
    """Workspaces opened in the tests accept the made-up test areas (as a
    workspace whose settings list them would)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(drafter.settings, "SAMPLE_AREAS", (*drafter.settings.SAMPLE_AREAS, *TEST_AREAS))
        yield


@pytest.fixture(scope="session", autouse=True)
def _words_only_search():
    """Search by words alone, as on a machine without the sentence model, so
    results do not depend on what else is installed; the tests of ordering
    by meaning name a model themselves (test_search_meaning)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DRAFTER_MEANING_MODEL", "off")
        yield


@pytest.fixture
def empty_workspace(tmp_path):
    """A new workspace with nothing in it (not seeded)."""
    workspace = drafter.open_workspace(tmp_path / "ws", seed=False)
    yield workspace
    workspace.close()


@pytest.fixture
def workspace_dir(tmp_path) -> Path:
    """An empty workspace that the CLI will not seed with the samples."""
    from drafter.store.schema import set_meta

    root = tmp_path / "ws"
    with drafter.open_workspace(root, seed=False) as workspace:
        set_meta(workspace.database, "seeded", "1")
    return root


@pytest.fixture(scope="session")
def _seeded_template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("seeded") / "ws"
    drafter.open_workspace(root).close()
    return root


@pytest.fixture
def seeded_workspace(_seeded_template, tmp_path):
    """A workspace seeded with the bundled sample corpus, figures and templates."""
    with private_copy(_seeded_template, tmp_path) as workspace:
        yield workspace


@pytest.fixture(scope="session")
def _indexed_template(_seeded_template, tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("indexed") / "ws"
    shutil.copytree(_seeded_template, root)
    with drafter.open_workspace(root) as workspace:
        workspace.build_index()
    return root


@pytest.fixture
def indexed_workspace(_indexed_template, tmp_path):
    """A seeded workspace whose search index is already built."""
    with private_copy(_indexed_template, tmp_path) as workspace:
        yield workspace


class CliResult:
    def __init__(self, exit_code: int, stdout: str, stderr: str):
        self.exit_code, self.stdout, self.stderr = exit_code, stdout, stderr

    @property
    def output(self) -> str:
        return self.stdout

    def json(self):
        import json

        return json.loads(self.stdout)


@pytest.fixture
def cli(tmp_path, monkeypatch, capsys):
    """Run the real ``drafter`` entry point in-process: cli(*args) -> CliResult.

    Goes through ``drafter.cli.main.main`` so errors are translated exactly as
    a user sees them. The workspace defaults to a fresh one under tmp_path.
    """
    from drafter.cli.main import main

    monkeypatch.setenv("DRAFTER_WORKSPACE", str(tmp_path / "cli-ws"))

    def run(*args, workspace: Path | None = None) -> CliResult:
        argv = [str(a) for a in args]
        if workspace is not None:
            argv = ["--workspace", str(workspace), *argv]
        capsys.readouterr()
        try:
            main(argv)
            code = 0
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run
