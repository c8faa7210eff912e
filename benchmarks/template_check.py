"""How long `drafter figures templates --check` takes on the bundled samples.

The check fills every sentence template for the workspace's force in every
period its figures hold and reviews the sentences. Each run is a new process
(as a maintainer runs the command after editing a template), timed from the
start of ``Workspace.check_templates`` to its end, spaCy and the model loaded
beforehand; the first run of each build is not counted. ``--source DIR``
measures an older checkout's code the same way, alternating with this one's,
so both see the same load.

    python benchmarks/template_check.py --runs 5
    python benchmarks/template_check.py --runs 5 --source /path/to/older/checkout
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

ONE_RUN = """
import json, sys, time
import drafter
from drafter.nlp import load_full_pipeline
with drafter.open_workspace(sys.argv[1]) as workspace:
    load_full_pipeline()
    started = time.perf_counter()
    check = workspace.check_templates()
    seconds = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "sentences": check.sentences, "disputes": len(check.disputes)}))
"""


def one_run(workspace: Path, source: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(source / "src"), "DRAFTER_MEANING_MODEL": "off"}
    done = subprocess.run([sys.executable, "-c", ONE_RUN, str(workspace)], env=env, capture_output=True,
                          text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--source", type=Path, help="an older checkout to measure beside this one")
    args = parser.parse_args()
    builds = {"this code": REPO, **({"older code": args.source} if args.source else {})}
    with tempfile.TemporaryDirectory() as scratch:
        workspaces = {}
        for name, source in builds.items():
            workspaces[name] = Path(scratch) / name.replace(" ", "-") / "ws"
            one_run(workspaces[name], source)  # seeds the workspace; not counted
        seconds: dict[str, list[float]] = {name: [] for name in builds}
        for _ in range(args.runs):
            for name, source in builds.items():
                result = one_run(workspaces[name], source)
                seconds[name].append(result["seconds"])
                last = result
        for name, values in seconds.items():
            print(f"{name}: median {statistics.median(values):.2f} s over {len(values)} runs "
                  f"(min {min(values):.2f}, max {max(values):.2f})")
        print(f"{last['sentences']} sentences, {last['disputes']} disputed")
        if len(seconds) == 2:
            ratio = statistics.median(seconds["older code"]) / statistics.median(seconds["this code"])
            print(f"this code takes 1/{ratio:.2f} of the older code's time")


if __name__ == "__main__":
    main()
