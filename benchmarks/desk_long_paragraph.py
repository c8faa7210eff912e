"""What the desk does at every pause in typing inside a very long paragraph.

    python benchmarks/desk_long_paragraph.py [--repeats 7]

A bundled sample statement run together into one paragraph (a report pasted
in one piece, no blank lines) is the section's only paragraph; the writer
types a few words into its middle, and the desk hands the new text to the
draft (``DraftSection.set_text``), which decides whether the paragraph is
still the one it was (its provenance kept) or new. That runs on the UI
thread, so its time is time the desk does not answer keys. The peer, run in
the same process on the same pair, is difflib's character ratio alone, which
is how the decision was made before cheap bounds were put in front of it.

``--keys`` also runs the desk headless (Textual's pilot, 160x48) on a copy of
a seeded workspace: the statement is pasted as the last paragraph of a
section and ten letters are typed at its end, one key at a time, each timed
until the desk is idle again (the frame drawn); the peer is the same ten
keys in a paragraph of 30 words, same run.
"""

from __future__ import annotations

import argparse
import asyncio
import difflib
import shutil
import tempfile
import statistics
import time
from pathlib import Path

from drafter.drafts import DraftParagraph, DraftSection, Origin

STATEMENTS = Path(__file__).resolve().parent.parent / "corpus" / "statements"


def one_paragraph(name: str) -> str:
    return " ".join((STATEMENTS / name).read_text(encoding="utf-8").split())


def timed(job, repeats: int) -> float:
    seconds = []
    for _ in range(repeats):
        started = time.perf_counter()
        job()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


async def _typing(root: Path, paragraph: str) -> list[float]:
    from textual import events

    import drafter
    from drafter.tui.app import make_app

    with drafter.open_workspace(root, seed=False) as workspace:
        newest = workspace.list_statements()[0]
        workspace.new_draft(from_statement=newest.id)
        app = make_app(workspace)
        app.CURSOR_BLINK = False
        async with app.run_test(size=(160, 48)) as pilot:
            while not app.index_ready:
                await pilot.pause(0.1)
            await pilot.press("ctrl+end", "enter", "enter")
            app.post_message(events.Paste(paragraph))  # as a terminal delivers a paste
            await pilot.pause(3)
            seconds = []
            for letter in "abcdefghij":
                started = time.perf_counter()
                await pilot.press(letter)
                seconds.append(time.perf_counter() - started)
            return seconds


def keys(workspace: Path) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "ws"
        shutil.copytree(workspace, root)
        long = asyncio.run(_typing(root, one_paragraph("severnshire-2026-06.txt")))
        shutil.rmtree(root)
        shutil.copytree(workspace, root)
        short = asyncio.run(_typing(root, " ".join(one_paragraph("severnshire-2026-06.txt").split()[:30])))
    print(f"| key in a paragraph of 11,634 characters | {statistics.median(long) * 1000:.0f} ms "
          f"median, {max(long) * 1000:.0f} ms max |")
    print(f"| key in a paragraph of 30 words | {statistics.median(short) * 1000:.0f} ms median, "
          f"{max(short) * 1000:.0f} ms max |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--keys", type=Path, metavar="WORKSPACE",
                        help="also time keys at the desk, on a copy of this seeded, indexed workspace")
    args = parser.parse_args()
    if args.keys:
        keys(args.keys)
    print("| paragraph | characters | set_text after a typed phrase (median) | "
          "difflib character ratio alone (median) |")
    print("|---|---|---|---|")
    for name in ("severnshire-2025-06.md", "severnshire-2026-06.txt"):
        text = one_paragraph(name)
        middle = len(text) // 2
        edited = f"{text[:middle]} and in Ŵyŷ, “this summer” — {text[middle:]}"

        def set_text() -> None:
            section = DraftSection("homicide", "Homicide", "drafting", True,
                                   [DraftParagraph(text, Origin.corpus(1, 2))])
            section.set_text(edited)
            assert section.paragraphs[0].origin.edited, "still the same paragraph"

        def ratio() -> None:
            difflib.SequenceMatcher(None, text, edited, autojunk=False).ratio()

        print(f"| {name} | {len(text):,} | {timed(set_text, args.repeats) * 1000:.1f} ms | "
              f"{timed(ratio, min(args.repeats, 3)) * 1000:.0f} ms |")


if __name__ == "__main__":
    main()
