"""Two real processes writing one workspace at once: the desk autosaving while
a maintainer runs a long ``corpus add``. Neither may fail with "database is
locked", and nothing either wrote may be lost."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import drafter

SAVES = 120
STATEMENTS = 30

AUTOSAVER = textwrap.dedent(
    """
    import sys
    import drafter

    workspace = drafter.open_workspace(sys.argv[1], seed=False)
    draft = workspace.new_draft(title="Concurrency draft", date="2025-06")
    for n in range(int(sys.argv[2])):
        draft.set_section_text("homicide", f"Autosaved wording number {n}.")
        draft = workspace.save_draft(draft)
    print(draft.id)
    """
)


def _write_statements(folder, count):
    folder.mkdir()
    for n in range(count):
        year, quarter = 2015 + n // 4, n % 4
        paragraphs = "\n\n".join(
            f"{i}. Paragraph {i} of statement {n}, about partnership work number {n * 100 + i} "
            f"and the figures reported for quarter {quarter + 1} of {year}."
            for i in range(1, 26)
        )
        (folder / f"statement-{n:02d}.txt").write_text(
            f"Test Force Police and Crime Panel\n\n{['March', 'June', 'September', 'December'][quarter]} {year}\n\n"
            f"Title: Performance Report – National Policing Priorities – Test Force Police and Crime "
            f"Commissioner Statement\n\nIntroduction\n\n{paragraphs}\n",
            encoding="utf-8",
        )


def test_ingest_and_autosave_at_once_lose_nothing(tmp_path):
    root = tmp_path / "ws"
    drafter.open_workspace(root, seed=False).close()
    folder = tmp_path / "incoming"
    _write_statements(folder, STATEMENTS)

    ingest = subprocess.Popen(
        [sys.executable, "-m", "drafter.cli.main", "--workspace", str(root), "corpus", "add", str(folder), "--json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    autosave = subprocess.Popen(
        [sys.executable, "-c", AUTOSAVER, str(root), str(SAVES)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    ingest_out, ingest_err = ingest.communicate(timeout=300)
    save_out, save_err = autosave.communicate(timeout=300)

    assert ingest.returncode == 0, ingest_err
    assert autosave.returncode == 0, save_err
    assert "locked" not in ingest_err + save_err

    with drafter.open_workspace(root, seed=False) as workspace:
        # The command line seeds a new workspace with the samples too, so count ours.
        ours = [s for s in workspace.list_statements() if s.force == "Test Force"]
        assert len(ours) == STATEMENTS
        draft = workspace.get_draft(int(save_out.strip()))
        assert draft.section("homicide").text() == f"Autosaved wording number {SAVES - 1}."
        assert len(workspace.draft_revisions(draft.id)) >= SAVES
        integrity = workspace.database.execute("PRAGMA integrity_check").fetchone()[0]
        assert integrity == "ok"
