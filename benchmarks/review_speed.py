"""How long a review of the reference statement takes, warm and cold.

The reference statement (the West Midlands statement of September 2023, read
from ``../shared/reference/`` at run time) is reviewed in a workspace seeded
with the bundled samples, whose figures include West Midlands.

Warm process (spaCy and the model loaded by a first review, not timed):

* **parse**: the paragraphs through the full model as spaCy runs it, and
  through review's parser (``drafter.review.parsing``: attribute rules by
  lookup, entities only in sentences with numbers), same process, alternating;
* **review, first time**: ``Workspace.review(file)`` where the text was never
  parsed (a fresh copy of the workspace each time, copied outside the clock);
* **review, again**: the same file reviewed again (its parses kept by text).

Warm process whose words are new: a new process reviews a sample statement
(loading spaCy and the model, and seeing that statement's words), then the
reference for the first time, timed. What the parse keeps by word (spaCy's
own lemma cache, review's token shapes and lemmas) has then seen only the
sample's words, as a reviewer's second statement of a session would find it.

Cold: ``drafter review FILE --json`` as a new process, with the parses not
yet kept and kept. Medians of ``--repeats`` runs.

Only ``open_workspace`` and ``review`` are needed for the review timings, so
the same script measures an older checkout: ``--source DIR`` imports drafter
from ``DIR/src`` (the parse comparison is skipped where the older code has
no review parser).

    python benchmarks/review_speed.py
    python benchmarks/review_speed.py --repeats 15 --json speed.json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "wmpcc-2023-09-national-priorities.txt"
OTHER_STATEMENT = Path(__file__).resolve().parents[1] / "corpus" / "statements" / "severnshire-2026-09.txt"
TARGET_SECONDS = 0.5


def _median(values: list[float]) -> float:
    return statistics.median(values)


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def parse_comparison(drafter, repeats: int) -> dict | None:
    try:
        from drafter.nlp import load_full_pipeline
        from drafter.review.parsing import review_parser
    except ImportError:
        return None
    from drafter.corpus import read_statement

    statement = read_statement(REFERENCE)
    texts = [p.text for s in statement.sections for p in s.paragraphs]
    nlp, parser = load_full_pipeline(), review_parser()
    full, fast = [], []
    for _ in range(repeats):
        full.append(timed(lambda: list(nlp.pipe(texts, batch_size=32))))
        fast.append(timed(lambda: parser.parse(texts)))
    return {"paragraphs": len(texts), "words": sum(len(t.split()) for t in texts),
            "full_model": _median(full), "review_parser": _median(fast)}


def warm_reviews(drafter, template: Path, scratch: Path, repeats: int) -> dict:
    first, again = [], []
    shutil.copytree(template, scratch / "warm-up")
    with drafter.open_workspace(scratch / "warm-up") as workspace:
        workspace.review(str(REFERENCE))  # loads spaCy and the model; not timed
    for run in range(repeats):
        copy = scratch / f"first-{run}"
        shutil.copytree(template, copy)
        with drafter.open_workspace(copy) as workspace:
            first.append(timed(lambda: workspace.review(str(REFERENCE))))
            again.append(timed(lambda: workspace.review(str(REFERENCE))))
        shutil.rmtree(copy)
    return {"first": _median(first), "again": _median(again), "first_runs": first, "again_runs": again}


_AFTER_ANOTHER = """
import sys, time
import drafter
with drafter.open_workspace(sys.argv[1]) as workspace:
    workspace.review(sys.argv[2])
with drafter.open_workspace(sys.argv[3]) as workspace:
    started = time.perf_counter()
    workspace.review(sys.argv[4])
    print(time.perf_counter() - started)
"""


def reviews_after_another(template: Path, scratch: Path, repeats: int, source: Path | None) -> dict:
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source / "src")
    times = []
    for run in range(repeats):
        other, copy = scratch / f"other-{run}", scratch / f"after-{run}"
        shutil.copytree(template, other)
        shutil.copytree(template, copy)
        result = subprocess.run([sys.executable, "-c", _AFTER_ANOTHER, str(other), str(OTHER_STATEMENT),
                                 str(copy), str(REFERENCE)], check=True, capture_output=True, text=True, env=env)
        times.append(float(result.stdout.split()[-1]))
        shutil.rmtree(other)
        shutil.rmtree(copy)
    return {"first": _median(times), "runs": times}


def cold_reviews(template: Path, scratch: Path, repeats: int, source: Path | None) -> dict:
    env = dict(os.environ)
    if source is not None:
        env["PYTHONPATH"] = str(source / "src")
    command = [sys.executable, "-c", "from drafter.cli.main import main; main()"]
    fresh, kept = [], []
    for run in range(repeats):
        copy = scratch / f"cold-{run}"
        shutil.copytree(template, copy)
        for times in (fresh, kept):
            times.append(timed(lambda: subprocess.run(
                [*command, "--workspace", str(copy), "review", str(REFERENCE), "--json"],
                check=True, capture_output=True, env=env)))
        shutil.rmtree(copy)
    return {"first": _median(fresh), "again": _median(kept)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeats", type=int, default=9)
    parser.add_argument("--cold-repeats", type=int, default=3,
                        help="new processes for the cold and the words-new rows")
    parser.add_argument("--source", type=Path, help="measure the drafter checkout at DIR instead")
    parser.add_argument("--json", type=Path, help="also write the numbers to this file")
    options = parser.parse_args()
    if not REFERENCE.exists():
        raise SystemExit(f"the reference statement is not at {REFERENCE}: nothing to measure")
    if options.source is not None:
        sys.path.insert(0, str(options.source / "src"))
    import drafter

    print(f"drafter from {Path(drafter.__file__).parent}; load average "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    with tempfile.TemporaryDirectory(prefix="review-speed-") as temp:
        scratch = Path(temp)
        template = scratch / "seeded"
        drafter.open_workspace(template).close()
        results = {"parse": parse_comparison(drafter, options.repeats)}
        results["warm"] = warm_reviews(drafter, template, scratch, options.repeats)
        results["after_another"] = reviews_after_another(template, scratch, options.cold_repeats,
                                                         options.source)
        results["cold"] = cold_reviews(template, scratch, options.cold_repeats, options.source)
    parse, warm, cold = results["parse"], results["warm"], results["cold"]
    after_another = results["after_another"]
    if parse:
        print(f"\nparse of the reference ({parse['paragraphs']} paragraphs, {parse['words']} words), "
              f"median of {options.repeats}, same process:")
        print(f"  full model, as spaCy runs it   {parse['full_model']:6.3f} s")
        print(f"  review's parser                {parse['review_parser']:6.3f} s   "
              f"({parse['full_model'] / parse['review_parser']:.1f}x faster)")
    print(f"\nreview of the reference, warm process, median of {options.repeats}:")
    print(f"  first time (text never parsed) {warm['first']:6.3f} s   target ≤ {TARGET_SECONDS} s: "
          f"{'met' if warm['first'] <= TARGET_SECONDS else 'missed'}")
    print(f"  again (parses kept)            {warm['again']:6.3f} s   target ≤ {TARGET_SECONDS} s: "
          f"{'met' if warm['again'] <= TARGET_SECONDS else 'missed'}")
    print(f"\nreview of the reference, first time, in a process warmed on another statement "
          f"(its words new), median of {options.cold_repeats}:")
    print(f"  first time                     {after_another['first']:6.3f} s   target ≤ {TARGET_SECONDS} s: "
          f"{'met' if after_another['first'] <= TARGET_SECONDS else 'missed'}")
    print(f"\ndrafter review FILE --json, new process, median of {options.cold_repeats}:")
    print(f"  first time                     {cold['first']:6.3f} s")
    print(f"  again (parses kept)            {cold['again']:6.3f} s")
    if options.json:
        options.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
