"""A writer's process killed at any moment (power cut, kill -9 mid-save) must
leave the last completed save intact and the database consistent.

A real child process saves revisions of a large draft in a loop and prints the
revision number after each save has committed; the test kills it with SIGKILL
at random moments, several times over, then checks the database and that the
head is at least the last revision the child reported.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import threading
import time

import drafter
from drafter import drafts

KILLS = 6
SECTIONS_PARAGRAPHS = 30  # per priority section: 180 paragraphs, ~150 kB of JSON per revision

SAVER = textwrap.dedent(
    """
    import sys
    import drafter
    from drafter import drafts

    workspace = drafter.open_workspace(sys.argv[1], seed=False)
    draft = drafts.get_draft(workspace, int(sys.argv[2]))
    n = draft.revision
    while True:
        n += 1
        section = draft.sections[1 + n % 6]
        section.paragraphs[n % len(section.paragraphs)].text = f"Wording saved as revision {n}. " * 20
        drafts.save_draft(workspace, draft, note=f"save {n}")
        if draft.revision != n:
            raise SystemExit(f"expected revision {n}, got {draft.revision}")
        print(n, flush=True)
    """
)


def _large_draft(workspace):
    draft = drafts.new_draft(workspace, date="2024-06")
    for section in draft.sections[1:-1]:
        for index in range(SECTIONS_PARAGRAPHS):
            drafts.append_paragraph(draft, section.key,
                                    f"Paragraph {index} of {section.heading}: " + "partnership work " * 45)
    return drafts.save_draft(workspace, draft, note="large draft")


def _run_and_kill(root, draft_id, delay):
    child = subprocess.Popen([sys.executable, "-c", SAVER, str(root), str(draft_id)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    reported: list[int] = []
    first = threading.Event()

    def read():
        for line in child.stdout:
            reported.append(int(line))
            first.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert first.wait(60), child.stderr.read() if child.poll() is not None else "child never saved"
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(30)
    reader.join(30)
    errors = child.stderr.read()
    assert child.returncode == -signal.SIGKILL, errors
    return reported


def test_kill_9_during_saves_keeps_the_last_completed_save(tmp_path):
    root = tmp_path / "ws"
    with drafter.open_workspace(root, seed=False) as workspace:
        draft_id = _large_draft(workspace).id
    chooser = random.Random()
    seen_kills = []
    for _ in range(KILLS):
        delay = chooser.uniform(0.05, 0.6)
        reported = _run_and_kill(root, draft_id, delay)
        last = reported[-1]
        with drafter.open_workspace(root, seed=False) as workspace:
            assert workspace.database.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            head = drafts.get_draft(workspace, draft_id)
            # The kill may land after a commit but before the child could print it.
            assert head.revision in (last, last + 1), (delay, last, head.revision)
            n = head.revision
            section = head.sections[1 + n % 6]
            assert section.paragraphs[n % len(section.paragraphs)].text.startswith(
                f"Wording saved as revision {n}.")
            numbers = [r.number for r in drafts.list_revisions(workspace, draft_id)]
            assert numbers == list(range(1, n + 1))
        seen_kills.append((round(delay, 3), last))
    assert len(seen_kills) == KILLS
