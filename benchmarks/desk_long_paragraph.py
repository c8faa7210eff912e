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
"""

from __future__ import annotations

import argparse
import difflib
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args()
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
