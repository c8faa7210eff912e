"""How quickly the desk answers a writer: first paint and suggestions.

    python benchmarks/desk_latency.py [--size 10000] [--trials 30]
        [--json FILE]

The workspace is a generated corpus of ``--size`` paragraphs (benchmarks/
generate.py) under benchmarks/.cache/desk-<size>, indexed on the first run
(several minutes at 10k: every paragraph goes through spaCy), with one draft
copied forward from the newest statement.

* **first paint**: ``drafter --workspace WS`` is started in a pseudo-terminal
  of 160x48, as a writer starts it; the time is taken from the spawn to the
  first complete frame (the footer's key line has been drawn), then to
  "Search ready" in the status bar (the index loaded in the background).
  The CPU seconds the process had used by the first frame are read from
  /proc as well: on a shared machine they move far less with the load than
  the wall clock. A bare Textual app (a footer and nothing else) is launched
  the same way between the desk's launches, as the floor any desk stands on.
* **suggestions**: the real app runs headless (Textual's pilot). For each
  trial a past paragraph with new figures is pasted as a new paragraph of a
  priority section, as a writer pastes last quarter's wording; the numbers
  are the time from the desk deciding the writer has paused (the ~300 ms
  debounce) to the hits being in the Similar pane, and the time from the
  paste itself (debounce included).
* **UI stall while searching**: the longest gap between ticks of a 5 ms timer
  on the UI's event loop from the search being asked for until its hits are
  laid out (the search runs in a thread; the gap is what a key pressed then
  would wait).
* **search alone**: ``Workspace.search`` on the same queries, for reference.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import pty
import random
import select
import shutil
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

CACHE = generate.CACHE
DRAFTER = Path(sys.executable).with_name("drafter")
FOOTER_MARK = b"palette"
READY_MARK = b"Search ready"


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


# -- the workspace ------------------------------------------------------------------------
def workspace_for(size: int) -> Path:
    """A generated, indexed workspace with one copied-forward draft (built once)."""
    import drafter
    from drafter.store.schema import set_meta

    root = CACHE / f"desk-{size}"
    if (root / "ready").exists():
        return root
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    workspace = drafter.open_workspace(root, seed=False)
    print(f"storing a generated corpus of {size} paragraphs…", file=sys.stderr)
    generate.fill_workspace(workspace, generate.corpus(size))
    set_meta(workspace.database, "seeded", "1")
    print("building the search index (spaCy over every paragraph)…", file=sys.stderr)
    started = time.perf_counter()
    workspace.build_index()
    print(f"  built in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    newest = workspace.list_statements()[0]
    workspace.new_draft(from_statement=newest.id)
    workspace.close()
    (root / "ready").write_text("1")
    return root


# -- first paint ---------------------------------------------------------------------------
def first_paint(root: Path, runs: int) -> dict:
    """Seconds from spawning ``drafter`` in a 160x48 pty to the first full frame and to
    search ready, and the same for a bare Textual app launched in turn with it."""
    desk = [str(DRAFTER), "--workspace", str(root)]
    bare = [sys.executable, "-c", BARE_APP]
    paints, readies, cpus, bare_paints, bare_cpus = [], [], [], [], []
    for _ in range(runs):
        paint, ready, cpu = _one_launch(desk, READY_MARK)
        paints.append(paint)
        readies.append(ready)
        cpus.append(cpu)
        paint, _, cpu = _one_launch(bare, None)
        bare_paints.append(paint)
        bare_cpus.append(cpu)
    return {"first_paint_s": {"median": statistics.median(paints), "max": max(paints)},
            "first_paint_cpu_s": {"median": statistics.median(cpus), "max": max(cpus)},
            "search_ready_s": {"median": statistics.median(readies), "max": max(readies)},
            "bare_textual_paint_s": {"median": statistics.median(bare_paints), "max": max(bare_paints)},
            "bare_textual_paint_cpu_s": {"median": statistics.median(bare_cpus), "max": max(bare_cpus)},
            "runs": runs, "load_average": os.getloadavg()}


BARE_APP = """
from textual.app import App
from textual.widgets import Footer
class Bare(App):
    def compose(self):
        yield Footer()
Bare().run()
"""


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _one_launch(argv: list[str], ready_mark: bytes | None) -> tuple[float, float | None, float]:
    master, slave = pty.openpty()
    termios_size = struct.pack("HHHH", 48, 160, 0, 0)
    import fcntl

    fcntl.ioctl(slave, termios.TIOCSWINSZ, termios_size)
    env = dict(os.environ, TERM="xterm-256color", COLUMNS="160", LINES="48")
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdin=slave, stdout=slave,
                               stderr=slave, env=env, close_fds=True, start_new_session=True)
    os.close(slave)
    seen = b""
    paint = ready = cpu = None
    deadline = started + 120
    try:
        while time.perf_counter() < deadline:
            readable, _, _ = select.select([master], [], [], 0.05)
            if not readable:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:
                break
            seen += chunk
            now = time.perf_counter()
            if paint is None and FOOTER_MARK in seen:
                paint = now - started
                cpu = _cpu_seconds(process.pid)
            if paint is not None and ready_mark is not None and ready_mark in seen:
                ready = now - started
            if paint is not None and (ready_mark is None or ready is not None):
                break
    finally:
        os.write(master, b"\x11")  # ctrl+q: the desk saves and quits
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
        os.close(master)
    if paint is None or (ready_mark is not None and ready is None):
        raise SystemExit(f"{argv[0]} did not draw its first frame (or load search) within 120 s")
    return paint, ready, cpu


# -- suggestions -----------------------------------------------------------------------------
def suggestion_queries(size: int, trials: int) -> list[tuple[str, str]]:
    """(priority, paragraph text with new figures) pairs from the generated corpus."""
    rng = random.Random(11)
    pairs = [(section["priority"], text) for statement in generate.corpus(size)
             for section in statement["sections"] if section["priority"] in generate_priorities()
             for text in section["paragraphs"]]
    chosen = rng.sample(pairs, k=min(trials, len(pairs)))
    return [(priority, generate._NUMBER.sub(lambda m: generate._new_number(m.group(), rng), text))
            for priority, text in chosen]


def generate_priorities() -> set[str]:
    from drafter.priorities import PRIORITY_IDS

    return set(PRIORITY_IDS)


async def _suggestions(root: Path, queries: list[tuple[str, str]]) -> dict:
    from drafter.tui.app import make_app
    from drafter.tui.screens.desk import DeskScreen
    from textual import events

    import drafter

    scratch = CACHE / "desk-run"
    shutil.rmtree(scratch, ignore_errors=True)
    shutil.copytree(root, scratch)
    workspace = drafter.open_workspace(scratch, seed=False)
    app = make_app(workspace, export_dir=scratch)
    app.AUTOSAVE_DELAY = 3600  # saving is not what is measured here
    after_pause, after_paste, stalls = [], [], []
    async with app.run_test(size=(160, 48)) as pilot:
        while not (isinstance(app.screen, DeskScreen) and app.index_ready):
            await pilot.pause(0.05)
        desk = app.screen
        ticks: list[float] = []
        desk.set_interval(0.005, lambda: ticks.append(time.perf_counter()))
        for priority, text in queries:
            while desk.session.section_key != priority:
                await pilot.press("ctrl+down" if desk.session.keys.index(priority)
                                  > desk.session.keys.index(desk.session.section_key) else "ctrl+up")
            await pilot.pause(0.4)
            before = len(app.suggestion_latencies)
            await pilot.press("ctrl+end", "enter", "enter")
            ticks.clear()
            pasted = time.perf_counter()
            app.post_message(events.Paste(text))
            while len(app.suggestion_latencies) == before and time.perf_counter() - pasted < 10:
                await pilot.pause(0.002)
            if len(app.suggestion_latencies) == before:
                continue  # nothing searchable in this paragraph (only common words)
            after_paste.append(time.perf_counter() - pasted)
            asked, shown = app.suggestion_times[-1]
            after_pause.append(shown - asked)
            # Ticks while the search ran (and its hits were laid out): the UI's longest wait.
            window = [asked] + [tick for tick in ticks if asked < tick < shown] + [shown]
            stalls.append(max(b - a for a, b in zip(window, window[1:])))
    workspace.close()
    return {
        "debounce_s": app.SUGGEST_DELAY,
        "pause_to_hits_ms": _summary(after_pause),
        "paste_to_hits_ms": _summary(after_paste),
        "longest_ui_stall_ms": _summary(stalls),
        "trials": len(queries),
    }


def _summary(seconds: list[float]) -> dict:
    return {"p50": round(1000 * statistics.median(seconds), 1),
            "p95": round(1000 * percentile(seconds, 0.95), 1),
            "max": round(1000 * max(seconds), 1)}


def search_alone(root: Path, queries: list[tuple[str, str]]) -> dict:
    import drafter

    workspace = drafter.open_workspace(root, seed=False)
    workspace.search("knife crime", limit=1)  # load the index and the language model
    times = []
    for priority, text in queries:
        started = time.perf_counter()
        workspace.search(text, priority=priority, limit=9)
        times.append(time.perf_counter() - started)
    workspace.close()
    return _summary(times)


def _print_row(label: str, row: dict) -> None:
    print(f"{label:<16} p50 {row['p50']:>7.1f} ms  p95 {row['p95']:>7.1f} ms  max {row['max']:>7.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--trials", type=int, default=30)
    parser.add_argument("--launches", type=int, default=3)
    parser.add_argument("--parts", default="launch,suggestions,search",
                        help="which measurements to make (comma separated)")
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    parts = set(options.parts.split(","))

    root = workspace_for(options.size)
    queries = suggestion_queries(options.size, options.trials)
    results = {"paragraphs": options.size}
    print(f"corpus: {options.size:,} paragraphs")
    if "launch" in parts:
        launch = results["launch"] = first_paint(root, options.launches)
        print(f"first paint      {launch['first_paint_s']['median']:.2f} s median, "
              f"{launch['first_paint_s']['max']:.2f} s max ({launch['runs']} launches, 160x48 pty)")
        print(f"first paint CPU  {launch['first_paint_cpu_s']['median']:.2f} s median "
              f"(CPU time the desk had used by its first frame)")
        print(f"search ready     {launch['search_ready_s']['median']:.2f} s median "
              "(loaded in the background)")
        print(f"bare Textual app {launch['bare_textual_paint_s']['median']:.2f} s median, "
              f"{launch['bare_textual_paint_cpu_s']['median']:.2f} s CPU (a footer alone, same pty)")
        print("load average     " + " ".join(f"{value:.2f}" for value in launch["load_average"]))
    if "suggestions" in parts:
        suggestions = results["suggestions"] = asyncio.run(_suggestions(root, queries))
        for name, label in (("pause_to_hits_ms", "pause -> hits"),
                            ("paste_to_hits_ms", "paste -> hits"),
                            ("longest_ui_stall_ms", "UI stall")):
            _print_row(label, suggestions[name])
        print(f"(debounce {suggestions['debounce_s'] * 1000:.0f} ms; {suggestions['trials']} trials)")
    if "search" in parts:
        _print_row("search alone", results.setdefault("search_alone_ms", search_alone(root, queries)))
    if options.json:
        options.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
