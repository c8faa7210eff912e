"""How often review is wrong on real-shaped statements: precision and recall by
finding kind, against findings judged by hand.

Each directory under ``benchmarks/review_fixtures/`` holds one statement in
another force's house style (written for the project: real force names as
the style imitated, text and figures invented), the figures it quotes (CSV)
and ``judged.json``:

* ``seeded`` — the errors written into it on purpose; review must find each;
* ``judged`` — every other finding review gives, judged by hand as true or
  false (a finding ``judged.json`` does not know is printed as unjudged).

Review runs exactly as a reviewer runs it: a fresh workspace (seeded with the
bundled samples on first use, as ``drafter`` does), ``drafter figures import
FIGURES.csv``, then ``drafter review STATEMENT --json``, each a new process.
``plain-english`` findings measure sentences rather than claim anything and
are left out.

    python benchmarks/review_false_alarms.py            # the tables
    python benchmarks/review_false_alarms.py --show     # every finding with its verdict
    python benchmarks/review_false_alarms.py --json results.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "review_fixtures"
NOT_JUDGED = {"plain-english"}
# On the clean statements none of these may be false.
CLEAN_TARGET_KINDS = ("arithmetic", "direction", "stale-figure", "wrong-figure", "missing-applicability")


@dataclass
class Verdict:
    kind: str
    message: str
    verdict: str  # seeded, true, false, unjudged
    why: str = ""


@dataclass
class Case:
    name: str
    style: str
    clean: bool
    verdicts: list[Verdict] = field(default_factory=list)
    missed: list[dict] = field(default_factory=list)  # seeded errors review did not find
    seconds: float = 0.0


def drafter(workspace: Path, *args: str) -> subprocess.CompletedProcess:
    command = [str(Path(sys.executable).with_name("drafter")), "--workspace", str(workspace), *args]
    return subprocess.run(command, capture_output=True, text=True, check=False)


def _matches(entry: dict, finding: dict) -> bool:
    if entry["kind"] != finding["kind"] or entry.get("match", "") not in finding["message"]:
        return False
    return "section" not in entry or entry["section"] == finding["section"]


def judge(findings: list[dict], judged: dict) -> tuple[list[Verdict], list[dict]]:
    verdicts: list[Verdict] = []
    found_seeded: set[int] = set()
    for finding in findings:
        if finding["kind"] in NOT_JUDGED:
            continue
        seeded = next((i for i, e in enumerate(judged.get("seeded", [])) if _matches(e, finding)), None)
        if seeded is not None:
            found_seeded.add(seeded)
            verdicts.append(Verdict(finding["kind"], finding["message"], "seeded",
                                    judged["seeded"][seeded]["why"]))
            continue
        entry = next((e for e in judged.get("judged", []) if _matches(e, finding)), None)
        if entry is None:
            verdicts.append(Verdict(finding["kind"], finding["message"], "unjudged"))
        else:
            verdicts.append(Verdict(finding["kind"], finding["message"],
                                    "true" if entry["true"] else "false", entry["why"]))
    missed = [e for i, e in enumerate(judged.get("seeded", [])) if i not in found_seeded]
    return verdicts, missed


def run_case(directory: Path, template: Path, scratch: Path) -> Case:
    import time

    judged = json.loads((directory / "judged.json").read_text(encoding="utf-8"))
    workspace = scratch / directory.name
    shutil.copytree(template, workspace)
    for figures in sorted(directory.glob("*.csv")):
        result = drafter(workspace, "figures", "import", str(figures))
        if result.returncode:
            raise SystemExit(f"{figures}: {result.stderr.strip()}")
    statement = directory / judged["statement"]
    started = time.perf_counter()
    result = drafter(workspace, "review", str(statement), "--json")
    seconds = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(f"{statement}: {result.stderr.strip()}")
    report = json.loads(result.stdout)
    verdicts, missed = judge(report["findings"], judged)
    return Case(directory.name, judged["style"], not judged.get("seeded"), verdicts, missed, seconds)


def by_kind(cases: list[Case]) -> dict[str, dict[str, int]]:
    table: dict[str, dict[str, int]] = {}
    for case in cases:
        for verdict in case.verdicts:
            row = table.setdefault(verdict.kind, {"seeded": 0, "found": 0, "true": 0, "false": 0,
                                                  "unjudged": 0, "false_on_clean": 0})
            if verdict.verdict == "seeded":
                row["found"] += 1
                row["true"] += 1
            else:
                row[verdict.verdict] += 1
                if verdict.verdict == "false" and case.clean:
                    row["false_on_clean"] += 1
        for verdict in [v for v in case.verdicts if v.verdict == "seeded"]:
            table[verdict.kind]["seeded"] += 1
        for entry in case.missed:
            row = table.setdefault(entry["kind"], {"seeded": 0, "found": 0, "true": 0, "false": 0,
                                                   "unjudged": 0, "false_on_clean": 0})
            row["seeded"] += 1
    return table


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.2f}" if denominator else "–"


def print_tables(cases: list[Case], show: bool) -> bool:
    print("Per statement (findings judged by hand; plain-english left out):")
    print(f"{'statement':34} {'style':44} {'kind':6} {'true':>4} {'false':>5} {'seeded':>6} "
          f"{'found':>5} {'unjudged':>8}")
    for case in cases:
        true = sum(v.verdict in ("true", "seeded") for v in case.verdicts)
        false = sum(v.verdict == "false" for v in case.verdicts)
        seeded = sum(v.verdict == "seeded" for v in case.verdicts) + len(case.missed)
        found = sum(v.verdict == "seeded" for v in case.verdicts)
        unjudged = sum(v.verdict == "unjudged" for v in case.verdicts)
        print(f"{case.name:34} {case.style[:44]:44} {'clean' if case.clean else 'seeded':6} {true:>4} "
              f"{false:>5} {seeded:>6} {found:>5} {unjudged:>8}")
        for verdict in case.verdicts:
            if show or verdict.verdict in ("false", "unjudged"):
                print(f"    {verdict.verdict:8} {verdict.kind:22} {verdict.message[:110]}")
        for entry in case.missed:
            print(f"    MISSED   {entry['kind']:22} {entry.get('match', '')}: {entry['why']}")
    print()
    print("By kind (precision = true / reported; recall = seeded errors found / seeded):")
    print(f"{'kind':24} {'reported':>8} {'true':>5} {'false':>5} {'precision':>9} {'seeded':>6} "
          f"{'found':>5} {'recall':>6} {'false on clean':>14}")
    table = by_kind(cases)
    totals = {"reported": 0, "true": 0, "false": 0, "seeded": 0, "found": 0}
    for kind in sorted(table):
        row = table[kind]
        reported = row["true"] + row["false"] + row["unjudged"]
        print(f"{kind:24} {reported:>8} {row['true']:>5} {row['false']:>5} "
              f"{_ratio(row['true'], row['true'] + row['false']):>9} {row['seeded']:>6} "
              f"{row['found']:>5} {_ratio(row['found'], row['seeded']):>6} {row['false_on_clean']:>14}")
        for key in ("true", "false", "seeded", "found"):
            totals[key] += row[key]
        totals["reported"] += reported
    print(f"{'all kinds':24} {totals['reported']:>8} {totals['true']:>5} {totals['false']:>5} "
          f"{_ratio(totals['true'], totals['true'] + totals['false']):>9} {totals['seeded']:>6} "
          f"{totals['found']:>5} {_ratio(totals['found'], totals['seeded']):>6}")
    false_on_clean = sum(table.get(kind, {}).get("false_on_clean", 0) for kind in CLEAN_TARGET_KINDS)
    missed = sum(len(case.missed) for case in cases)
    unjudged = sum(v.verdict == "unjudged" for case in cases for v in case.verdicts)
    print()
    print(f"target: no false {', '.join(CLEAN_TARGET_KINDS)} on the clean statements: "
          f"{false_on_clean} ({'met' if not false_on_clean else 'MISSED'})")
    print(f"target: every seeded error found: {totals['found']} of {totals['seeded']} "
          f"({'met' if not missed else 'MISSED'})")
    if unjudged:
        print(f"{unjudged} findings are not in judged.json: judge them (see above)")
    return not false_on_clean and not missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every finding with its verdict")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    parser.add_argument("--only", help="run only the fixtures whose name contains this")
    options = parser.parse_args()
    directories = sorted(d for d in FIXTURES.iterdir() if (d / "judged.json").exists())
    if options.only:
        directories = [d for d in directories if options.only in d.name]
    with tempfile.TemporaryDirectory(prefix="review-false-alarms-") as temp:
        scratch = Path(temp)
        template = scratch / "fresh"
        result = drafter(template, "figures", "list", "--json")  # a fresh workspace seeds itself
        if result.returncode:
            raise SystemExit(result.stderr.strip())
        cases = [run_case(directory, template, scratch) for directory in directories]
    met = print_tables(cases, options.show)
    print(f"review took {sum(c.seconds for c in cases) / len(cases):.1f} s a statement "
          "(new process each, spaCy load included)")
    if options.json:
        options.json.write_text(json.dumps({
            "cases": [{"name": c.name, "style": c.style, "clean": c.clean, "seconds": round(c.seconds, 2),
                       "findings": [vars(v) for v in c.verdicts], "missed": c.missed} for c in cases],
            "by_kind": by_kind(cases), "targets_met": met,
        }, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
