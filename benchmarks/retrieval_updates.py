"""How long a statement added to (or removed from) a large index takes to be
searchable (or gone): the delta index at work.

    python benchmarks/retrieval_updates.py [--sizes 10000,100000] [--repeats 5]

Uses the workspaces retrieval_speed.py builds under benchmarks/.cache/ (run it
first), copied to a scratch directory so they stay as they are. In one
process with spaCy already loaded (as in the desk, or after the first
refresh of a CLI session), each repeat stores one new statement (a force's
next quarter: half its paragraphs carried forward with new figures, the rest
new, one with a word no other paragraph has) and times the search that finds
it, which first brings the index up to date; then removes the statement and
times the search that no longer finds it. Also timed: the same in a new
process (imports and the spaCy model load included).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# The speed targets are for search by words; where the sentence model is
# installed its own cost is measured apart (meaning_cost.py).
os.environ.setdefault("DRAFTER_MEANING_MODEL", "off")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

TARGET_SECONDS = 1.0


def next_quarter(statements: list[dict], rng: random.Random, marker: str) -> dict:
    """A new statement for the force of the corpus's last statement."""
    last = statements[-1]
    year, month = (int(part) for part in last["date"].split("-"))
    month += 3
    if month > 12:
        year, month = year + 1, month - 12
    pool = [p for s in statements[-200:] for sec in s["sections"] for p in sec["paragraphs"]]
    sections = []
    for section in last["sections"]:
        texts = [generate._NUMBER.sub(lambda m: generate._new_number(m.group(), rng), text)
                 if rng.random() < generate.CARRY_FORWARD else rng.choice(pool)
                 for text in section["paragraphs"]]
        sections.append({**section, "paragraphs": texts})
    sections[0]["paragraphs"][0] += f" The {marker} pilot began this quarter."
    return {"force": last["force"], "date": f"{year}-{month:02d}", "sections": sections}


def measure(size: int, repeats: int) -> dict:
    import drafter
    import drafter.search as indexing
    from drafter import nlp

    source = generate.CACHE / f"ws-{size}"
    if not source.exists():
        raise SystemExit(f"{source}: missing; run benchmarks/retrieval_speed.py --sizes {size} first")
    scratch = Path(tempfile.mkdtemp(prefix=f"drafter-updates-{size}-"))
    try:
        shutil.copytree(source, scratch / "ws")
        workspace = drafter.open_workspace(scratch / "ws", seed=False)
        indexing.loaded_index(workspace)
        nlp.load_pipeline()
        statements = generate.corpus(size)
        rng = random.Random(11)
        added, removed = [], []
        for repeat in range(repeats):
            marker = f"zephyrine{repeat}"
            statement = next_quarter(statements, rng, marker)
            started = time.perf_counter()
            generate.fill_workspace(workspace, [statement], first=len(statements) + repeat)
            hits = indexing.search(workspace, f"{marker} pilot")
            added.append(time.perf_counter() - started)
            statement_id = max(s.id for s in workspace.list_statements())
            assert hits and hits[0].statement_id == statement_id, "the new statement was not found"
            started = time.perf_counter()
            workspace.remove_statement(statement_id)
            hits = indexing.search(workspace, f"{marker} pilot")
            removed.append(time.perf_counter() - started)
            assert not any(h.statement_id == statement_id for h in hits), "the removed statement was found"
        workspace.close()
        cold = _cold(scratch / "ws", statements, size)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return {"size": size, "add_seconds": statistics.median(added), "add_max": max(added),
            "remove_seconds": statistics.median(removed), "cold_add_seconds": cold,
            "paragraphs_per_statement": sum(len(s["paragraphs"]) for s in statements[-1]["sections"]),
            "load_average": os.getloadavg()[0]}


def _cold(root: Path, statements: list[dict], size: int) -> float:
    """Seconds, in a new process, from storing a statement to finding it."""
    statement = next_quarter(statements, random.Random(23), "zephyrinecold")
    code = (
        "import json, sys, time\n"
        f"sys.path.insert(0, {str(HERE)!r})\n"
        "import generate, drafter\n"
        f"ws = drafter.open_workspace({str(root)!r}, seed=False)\n"
        f"statement = json.loads({json.dumps(json.dumps(statement))})\n"
        "started = time.perf_counter()\n"
        f"generate.fill_workspace(ws, [statement], first={len(statements) + 1000})\n"
        "hits = ws.search('zephyrinecold pilot')\n"
        "print(time.perf_counter() - started)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr[-2000:])
    return float(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    rows = [measure(int(size), args.repeats) for size in args.sizes.split(",") if size]
    print(f"{'size':>9} {'add (model loaded)':>19} {'worst':>7} {'remove':>8} {'add, new process':>17}  target")
    for row in rows:
        verdict = "met" if row["add_seconds"] <= TARGET_SECONDS else "MISSED"
        print(f"{row['size']:>9,} {row['add_seconds']:>17.3f} s {row['add_max']:>5.2f} s "
              f"{row['remove_seconds']:>6.3f} s {row['cold_add_seconds']:>15.2f} s  "
              f"add <= {TARGET_SECONDS:.0f} s: {verdict} (load {row['load_average']:.1f})")
    if args.json:
        args.json.write_text(json.dumps(rows, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
