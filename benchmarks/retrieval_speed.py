"""Search speed on generated corpora: drafter against bm25s (numpy and numba
backends), tantivy and SQLite FTS5, in the same process.

    python benchmarks/retrieval_speed.py [--sizes 10000,100000] [--repeats 5]
        [--engines drafter,bm25s,bm25s-numba,tantivy,fts5] [--fresh] [--json FILE]
    python benchmarks/retrieval_speed.py --sizes 1000000 --engines drafter,bm25s,tantivy

For each size: a generated corpus (benchmarks/generate.py) is stored in a
workspace under benchmarks/.cache/ws-<size>. The first run (or --fresh)
builds drafter's index from scratch with a progress bar; every run times a
rebuild from cached analyses. The other engines build and save their own
index. Then one worker process loads every engine (memory = RSS growth over
each load) and runs the queries in interleaved passes, engines in a
different order each pass, so machine load falls on all alike: latency is
one query end to end (drafter: ``Workspace.search`` with expansion on, the
staleness check, collapsing and reading the ten hits from SQLite; the others:
tokenising plus their top-10 retrieval). p50 and p99 are over one pass's
queries; the table shows the median over ``--repeats`` passes.
benchmarks/retrieval_updates.py measures adding and removing a statement.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

# The speed targets are for search by words; where the sentence model is
# installed its own cost is measured apart (meaning_cost.py).
os.environ.setdefault("DRAFTER_MEANING_MODEL", "off")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

CACHE = generate.CACHE
ENGINES = ("drafter", "bm25s", "bm25s-numba", "tantivy", "fts5")
TARGETS = {  # (size, query kind, statistic): target in ms
    (100_000, "paragraph", "p50_ms"): 1.0, (100_000, "paragraph", "p99_ms"): 5.0,
    (100_000, "short", "p99_ms"): 2.0, (1_000_000, "paragraph", "p50_ms"): 5.0,
}
FULL_BUILD_TARGET, REBUILD_TARGET = 120.0, 5.0  # seconds, at 100k


# -- queries -------------------------------------------------------------------
def queries(statements: list[dict], count: int = 60) -> dict[str, list[str]]:
    """Short queries (the judged queries of both sets: a writer's words) and
    paragraph-length ones (corpus paragraphs with other figures, as when a
    writer pastes last quarter's paragraph)."""
    import random

    rng = random.Random(7)
    short = []
    for name in ("queries.json", "queries-heldout.json"):
        if (HERE / name).exists():
            short += [q["query"] for q in json.loads((HERE / name).read_text(encoding="utf-8"))]
    texts = [p for s in statements for sec in s["sections"] for p in sec["paragraphs"]]
    paragraphs = [generate._NUMBER.sub(lambda m: generate._new_number(m.group(), rng), t)
                  for t in rng.sample(texts, k=min(count, len(texts)))]
    return {"short": short, "paragraph": paragraphs}


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * q
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def rss_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


# -- building ------------------------------------------------------------------
def build_drafter(size: int, statements: list[dict], fresh: bool, repeats: int, rebuilds: int) -> dict:
    import drafter
    from drafter.cli.common import ProgressLine

    root = CACHE / f"ws-{size}"
    result: dict = {}
    if fresh and root.exists():
        shutil.rmtree(root)
    new = not root.exists()
    workspace = drafter.open_workspace(root, seed=False)
    if new:
        started = time.perf_counter()
        generate.fill_workspace(workspace, statements)
        result["store_seconds"] = time.perf_counter() - started
        progress = ProgressLine(f"drafter index {size:,}", enabled=True)
        report = workspace.build_index(progress=progress)
        progress.finish()
        result["full_build"] = report.to_dict()
        (root / "full-build.json").write_text(json.dumps({
            "report": result["full_build"], "words": _word_count(workspace),
            "when": time.strftime("%Y-%m-%d %H:%M"), "load_average": os.getloadavg()[0],
        }), encoding="utf-8")
    if (root / "full-build.json").exists():
        earlier = json.loads((root / "full-build.json").read_text(encoding="utf-8"))
        result.update(full_build=earlier["report"], words=earlier["words"],
                      full_build_when=earlier["when"], full_build_load=earlier["load_average"])
    times = []
    for _ in range(repeats if size < 100_000 else rebuilds):
        report = workspace.build_index(rebuild=True)
        times.append(report.seconds)
    if times:
        result["rebuild_cached"] = statistics.median(times)
        result["rebuild_load"] = os.getloadavg()[0]
        result["index_report"] = report.to_dict()
    workspace.close()
    return result


def _word_count(workspace) -> int:
    rows = workspace.database.execute("SELECT text FROM paragraphs").fetchall()
    return sum(len(text.split()) for (text,) in rows)


def build_baseline(name: str, size: int, texts: list[str]) -> float:
    """Seconds to build and save the engine's index."""
    started = time.perf_counter()
    path = CACHE / f"{name}-{size}"
    if path.exists():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    if name in ("bm25s", "bm25s-numba"):
        import bm25s

        retriever = bm25s.BM25(backend="numba" if name == "bm25s-numba" else "numpy")
        retriever.index(bm25s.tokenize(texts, stopwords="en", show_progress=False), show_progress=False)
        retriever.save(str(path))
    elif name == "fts5":
        import sqlite3

        conn = sqlite3.connect(path)
        conn.execute("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='porter unicode61')")
        with conn:
            conn.executemany("INSERT INTO docs(rowid, body) VALUES (?, ?)", enumerate(texts))
        conn.close()
    elif name == "tantivy":
        import tantivy

        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("doc", stored=True, indexed=True, fast=True)
        builder.add_text_field("body", stored=False, tokenizer_name="en_stem")
        path.mkdir(parents=True)
        index = tantivy.Index(builder.build(), path=str(path))
        writer = index.writer(heap_size=300_000_000, num_threads=1)
        for i, text in enumerate(texts):
            writer.add_document(tantivy.Document(doc=i, body=text))
        writer.commit()
        writer.wait_merging_threads()
    gc.collect()
    return time.perf_counter() - started


# -- measuring in one worker process --------------------------------------------------
def load_engine(engine: str, size: int):
    """A function answering one query with the engine, its index loaded."""
    import re

    word = re.compile(r"[^\W_]+")
    if engine == "drafter":
        import drafter
        import drafter.search as indexing

        workspace = drafter.open_workspace(CACHE / f"ws-{size}", seed=False)
        workspace.prepare_search()  # load, as the desk does (no rebuild: the workspace is current)
        return lambda text: indexing.search(workspace, text, limit=10)
    if engine.startswith("bm25s"):
        import bm25s

        backend = "numba" if engine == "bm25s-numba" else "numpy"
        retriever = bm25s.BM25.load(str(CACHE / f"{engine}-{size}"))
        retriever.backend = backend
        vocabulary = retriever.vocab_dict

        def run(text):
            words = bm25s.tokenize([text], stopwords="en", return_ids=False, show_progress=False)[0]
            words = [w for w in words if w in vocabulary]
            if not words:
                return []
            return retriever.retrieve([words], k=10, show_progress=False, n_threads=1,
                                      backend_selection=backend)
        return run
    if engine == "fts5":
        import sqlite3

        conn = sqlite3.connect(CACHE / f"fts5-{size}")

        def run(text):
            match = " OR ".join(f'"{w}"' for w in dict.fromkeys(word.findall(text.lower())))
            return conn.execute("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10",
                                (match,)).fetchall()
        return run
    if engine == "tantivy":
        import tantivy

        index = tantivy.Index.open(str(CACHE / f"tantivy-{size}"))
        searcher = index.searcher()

        def run(text):
            words = " OR ".join(dict.fromkeys(word.findall(text.lower())))
            result = searcher.search(index.parse_query(words, ["body"]), 10)
            return [searcher.doc(address)["doc"][0] for _, address in result.hits]
        return run
    raise SystemExit(f"unknown engine {engine}")


def worker(engines: list[str], size: int, repeats: int, fts5_queries: int) -> dict:
    import numpy  # noqa: F401  (imported before the first RSS reading)

    statements = generate.corpus(size)
    query_sets = queries(statements)
    del statements
    gc.collect()
    runners, loads = {}, {}
    for engine in engines:
        before, started = rss_kb(), time.perf_counter()
        runners[engine] = load_engine(engine, size)
        loads[engine] = {"load_seconds": time.perf_counter() - started,
                         "memory_mb": (rss_kb() - before) / 1024}
    samples = {e: {kind: {"p50": [], "p99": []} for kind in query_sets} for e in engines}
    for kind, texts in query_sets.items():
        for engine in engines:
            for text in texts[:5]:  # warm caches, lazy tables and numba's compilation
                runners[engine](text)
        for rep in range(repeats):
            order = engines[rep % len(engines):] + engines[:rep % len(engines)]
            for engine in order:
                chosen = texts[:fts5_queries] if engine == "fts5" else texts
                times = []
                for text in chosen:
                    started = time.perf_counter()
                    runners[engine](text)
                    times.append(time.perf_counter() - started)
                samples[engine][kind]["p50"].append(percentile(times, 0.5))
                samples[engine][kind]["p99"].append(percentile(times, 0.99))
    results = []
    for engine in engines:
        latency = {kind: {"p50_ms": statistics.median(s["p50"]) * 1000,
                          "p99_ms": statistics.median(s["p99"]) * 1000,
                          "queries": len(query_sets[kind]) if engine != "fts5"
                          else min(fts5_queries, len(query_sets[kind]))}
                   for kind, s in samples[engine].items()}
        results.append({"engine": engine, "size": size, **loads[engine], "latency": latency})
    return {"results": results, "load_average": os.getloadavg()[0]}


def measure(engines: list[str], size: int, repeats: int) -> dict:
    fts5_queries = 60 if size <= 10_000 else 20 if size <= 100_000 else 5  # FTS5: 0.3 s a query at 100k
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", ",".join(engines),
               "--sizes", str(size), "--repeats", str(repeats), "--fts5-queries", str(fts5_queries)]
    done = subprocess.run(command, capture_output=True, text=True,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if done.returncode != 0:
        raise SystemExit(f"worker failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def first_search_cold(size: int) -> float:
    """Seconds from a new Python process to the first drafter search result."""
    code = ("import time; t=time.perf_counter(); import drafter; "
            f"ws=drafter.open_workspace({str(CACHE / f'ws-{size}')!r}, seed=False); "
            "ws.search('knife surrender bins'); print(time.perf_counter()-t)")
    runs = []
    for _ in range(3):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
        runs.append(float(done.stdout.strip().splitlines()[-1]))
    return statistics.median(runs)


# -- reporting -----------------------------------------------------------------
def report(results: list[dict], builds: dict) -> None:
    print("\nLatency in ms (median of passes); build s = build and save; load s = open the saved index.")
    print(f"{'size':>9} {'engine':<12} {'build s':>8} {'load s':>7} {'mem MB':>7} "
          f"{'short p50':>10} {'short p99':>10} {'para p50':>9} {'para p99':>9}")
    for row in results:
        short, para = row["latency"]["short"], row["latency"]["paragraph"]
        build = builds.get((row["size"], row["engine"]), float("nan"))
        print(f"{row['size']:>9,} {row['engine']:<12} {build:>8.2f} {row['load_seconds']:>7.3f} "
              f"{row['memory_mb']:>7.1f} {short['p50_ms']:>10.3f} {short['p99_ms']:>10.3f} "
              f"{para['p50_ms']:>9.3f} {para['p99_ms']:>9.3f}")
    print("\nOther engine's latency / drafter's (above 1: drafter is faster):")
    print(f"{'size':>9} {'engine':<12} {'short p50':>10} {'short p99':>10} {'para p50':>9} {'para p99':>9}")
    by_size: dict[int, dict[str, dict]] = {}
    for row in results:
        by_size.setdefault(row["size"], {})[row["engine"]] = row
    for size, rows in by_size.items():
        ours = rows.get("drafter")
        if not ours:
            continue
        for name, row in rows.items():
            if name == "drafter":
                continue
            cells = [row["latency"][kind][stat] / ours["latency"][kind][stat]
                     for kind in ("short", "paragraph") for stat in ("p50_ms", "p99_ms")]
            print(f"{size:>9,} {name:<12} " + " ".join(f"{c:>9.2f}" for c in cells))
    print("\nTargets:")
    for (size, kind, stat), target in TARGETS.items():
        ours = by_size.get(size, {}).get("drafter")
        if ours:
            value = ours["latency"][kind][stat]
            print(f"  {size:>9,} {kind} {stat[:3]} <= {target} ms: {value:.3f} ms "
                  f"{'met' if value <= target else 'MISSED'}")
    for size, rows in by_size.items():
        ours = rows.get("drafter")
        peers = [r for n, r in rows.items() if n in ("tantivy", "bm25s", "bm25s-numba")]
        for kind in ("short", "paragraph"):
            if ours and peers:
                slowest_ratio = min(r["latency"][kind]["p50_ms"] for r in peers) / ours["latency"][kind]["p50_ms"]
                print(f"  {size:>9,} {kind} p50 ahead of tantivy and bm25s: "
                      f"{'met' if slowest_ratio > 1 else 'MISSED'} (nearest peer at {slowest_ratio:.2f}x)")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="comma-separated corpus sizes in paragraphs")
    parser.add_argument("--repeats", type=int, default=5, help="passes over the queries (median)")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--fresh", action="store_true",
                        help="rebuild drafter's workspaces from scratch (full spaCy analysis)")
    parser.add_argument("--rebuilds", type=int, default=1,
                        help="rebuilds from cached analyses timed at 100k paragraphs and more")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--fts5-queries", type=int, default=60, help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.worker:
        print(json.dumps(worker(args.worker.split(","), sizes[0], args.repeats, args.fts5_queries)))
        return
    engines = [e for e in args.engines.split(",") if e]
    CACHE.mkdir(exist_ok=True)
    results, builds, extras = [], {}, {}
    for size in sizes:
        print(f"== {size:,} paragraphs (load average {os.getloadavg()[0]:.1f})", file=sys.stderr)
        statements = generate.corpus(size)
        texts = [p for s in statements for sec in s["sections"] for p in sec["paragraphs"]]
        if "drafter" in engines:
            info = build_drafter(size, statements, args.fresh, min(args.repeats, 3), args.rebuilds)
            builds[(size, "drafter")] = info.get("full_build", {}).get("seconds", float("nan"))
            extras[size] = info
            if "rebuild_cached" in info:
                print(f"  rebuild from cached analyses: {info['rebuild_cached']:.2f} s", file=sys.stderr)
        for name in engines:
            if name != "drafter":
                builds[(size, name)] = build_baseline(name, size, texts)
        del statements, texts
        gc.collect()
        measured = measure(engines, size, args.repeats)
        results += measured["results"]
        if "drafter" in engines:
            extras[size]["first_search_cold_seconds"] = first_search_cold(size)
            extras[size]["latency_load_average"] = measured["load_average"]
    report(results, builds)
    print("\ndrafter builds:")
    for size, info in extras.items():
        full = info.get("full_build")
        if full:
            when = f", measured {info.get('full_build_when', 'now')} at load {info.get('full_build_load', 0):.1f}"
            print(f"  {size:>9,}: full build {full['seconds']:.1f} s ({full['analysed']:,} paragraph texts "
                  f"analysed{when}){_verdict(size, full['seconds'], FULL_BUILD_TARGET)}")
        if "rebuild_cached" in info:
            print(f"  {size:>9,}: rebuild from cached analyses {info['rebuild_cached']:.2f} s at load "
                  f"{info['rebuild_load']:.1f}{_verdict(size, info['rebuild_cached'], REBUILD_TARGET)}")
        print(f"  {size:>9,}: first search in a new process {info['first_search_cold_seconds']:.2f} s")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "drafter": extras,
                                         "builds": {f"{s}/{e}": v for (s, e), v in builds.items()}},
                                        indent=2), encoding="utf-8")


def _verdict(size: int, seconds: float, target: float) -> str:
    if size != 100_000:
        return ""
    return f" [target <= {target:.0f} s: {'met' if seconds <= target else 'MISSED'}]"


if __name__ == "__main__":
    main()
