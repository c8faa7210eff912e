"""Roll forward against the sample corpus, which is a time series.

For every force in the bundled samples, statement k is copied forward one
period with its figures rolled, and the draft is compared with statement k+1
wherever the storyline's wording did not change (sentences identical once
their numbers are masked):

* **precision** — numbers the roll changed that equal statement k+1's;
* **coverage** — statement k+1's figure numbers that differ from statement
  k's (the ones a writer had to update) which the roll reached.

Every miss is printed with its sentence. Also timed: rolling each statement
(median of warm runs, spaCy loaded), against a target of 1 s for a
35-paragraph statement.

    python benchmarks/roll_forward.py [--runs 5] [--json out.json]
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import drafter

TARGET_PRECISION, TARGET_COVERAGE, TARGET_SECONDS = 0.98, 0.9, 1.0
_NUMBER = re.compile(r"\d+(?:,\d{3})*(?:\.\d+)?")


def masked(sentence: str) -> str:
    return _NUMBER.sub("#", sentence)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(])", text) if s]


def numbers(sentence: str) -> list[str]:
    return _NUMBER.findall(sentence)


def figure_numbers(workspace, statement_id: int) -> set[tuple[str, str]]:
    """(paragraph text, number) of statement k+1's numbers that review matches to figures."""
    stored = workspace.get_statement(statement_id)
    report = workspace.review(stored, against=None)
    return {(f.paragraph.text, f.text) for f in report.figures
            if f.status in ("verified", "stale") and f.paragraph is not None}


def compare(workspace, draft, following_id: int) -> dict:
    following = workspace.get_statement(following_id)
    paragraphs = [p for s in following.sections for p in s.paragraphs]
    later = [p.text for p in paragraphs]
    figures = figure_numbers(workspace, following_id)
    result = {"rolled": 0, "right": 0, "needed": 0, "reached": 0, "misses": []}
    for section in draft.sections:
        for paragraph in section.paragraphs:
            origin = paragraph.origin
            if not origin.was_rolled:
                continue
            match = difflib.get_close_matches(masked(paragraph.text), [masked(t) for t in later], n=1, cutoff=0.6)
            if not match:
                continue
            found = paragraphs[[masked(t) for t in later].index(match[0])]
            target = found.text
            pairs = zip(sentences(origin.copied), sentences(paragraph.text), sentences(target))
            for copied, rolled, expected in pairs:
                if not (masked(copied) == masked(rolled) == masked(expected)):
                    continue  # the storyline was reworded: nothing to compare
                for before, after, wanted in zip(numbers(copied), numbers(rolled), numbers(expected)):
                    if after != before:
                        result["rolled"] += 1
                        if after == wanted:
                            result["right"] += 1
                        else:
                            result["misses"].append(("wrong", before, after, wanted, expected))
                    if wanted != before and (found.text, wanted) in figures:
                        result["needed"] += 1
                        if after == wanted:
                            result["reached"] += 1
                        elif after == before:
                            result["misses"].append(("not reached", before, after, wanted, expected))
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs to time each roll")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        workspace = drafter.open_workspace(Path(scratch) / "ws")
        statements = sorted(workspace.list_statements(), key=lambda s: (s.force or "", s.date or ""))
        workspace.new_draft(from_statement=statements[0].id)  # load spaCy once, before timing
        steps, timings = [], []
        for earlier, later in zip(statements, statements[1:]):
            if earlier.force != later.force:
                continue
            draft = workspace.new_draft(from_statement=earlier.id)
            compared = compare(workspace, draft, later.id)
            runs, cpu = [], []
            for _ in range(args.runs):
                started, started_cpu = time.perf_counter(), time.process_time()
                workspace.new_draft(from_statement=earlier.id)
                runs.append(time.perf_counter() - started)
                cpu.append(time.process_time() - started_cpu)
            paragraphs = sum(len(s.paragraphs) for s in workspace.get_statement(earlier.id).sections)
            timings.append((earlier.file, paragraphs, statistics.median(runs), statistics.median(cpu)))
            steps.append((f"{earlier.force} {earlier.date} → {later.date}", draft.period, compared))
    print(f"{'step':<34} {'period':<8} {'rolled':>6} {'right':>6} {'needed':>6} {'reached':>7}")
    totals = {"rolled": 0, "right": 0, "needed": 0, "reached": 0}
    for name, period, compared in steps:
        print(f"{name:<34} {period:<8} {compared['rolled']:>6} {compared['right']:>6} "
              f"{compared['needed']:>6} {compared['reached']:>7}")
        for key in totals:
            totals[key] += compared[key]
    precision = totals["right"] / totals["rolled"] if totals["rolled"] else 1.0
    coverage = totals["reached"] / totals["needed"] if totals["needed"] else 1.0
    print(f"\nprecision {precision:.3f} (target ≥ {TARGET_PRECISION}), coverage {coverage:.3f} "
          f"(target ≥ {TARGET_COVERAGE}) over {totals['rolled']} rolled and {totals['needed']} needed")
    print("\nmisses:")
    for name, _, compared in steps:
        for kind, before, after, wanted, sentence in compared["misses"]:
            print(f"  {name}: {kind}: {before} → {after}, statement says {wanted}: {sentence[:110]}")
    print(f"\n{'statement':<32} {'paragraphs':>10} {'roll (median s)':>16} {'cpu (median s)':>15}")
    for name, paragraphs, seconds, cpu in timings:
        print(f"{name:<32} {paragraphs:>10} {seconds:>16.3f} {cpu:>15.3f}")
    slowest = max(seconds for _, _, seconds, _ in timings)
    print(f"slowest {slowest:.3f} s wall, {max(c for *_, c in timings):.3f} s cpu "
          f"(target ≤ {TARGET_SECONDS} s; load average {os.getloadavg()[0]:.1f})")
    if args.json:
        args.json.write_text(json.dumps({"precision": precision, "coverage": coverage, **totals,
                                         "timings": timings}, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
