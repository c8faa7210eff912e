"""Search speed on generated corpora: drafter against bm25s, SQLite FTS5 and tantivy.

    python benchmarks/retrieval_speed.py [--sizes 1000,10000,100000]
        [--repeats 5] [--fresh]

For each size: a generated corpus (benchmarks/generate.py) is stored in a
workspace under benchmarks/.cache/ws-<size>. The first run builds drafter's
index from scratch (spaCy analysis of every paragraph, with a progress bar);
later runs reuse the workspace and its analysis cache unless --fresh. Every run
also times a rebuild from cached analyses (what ``drafter index --rebuild``
and an automatic refresh after adding a statement cost).

Load time, memory and query latency are measured in a fresh worker process
per engine, so one engine's memory does not hide another's: load = opening
the saved index ready to answer (libraries already imported); memory = RSS
growth over that load; latency = one query end to end (drafter: the
``Workspace.search`` path including the staleness check, collapsing and
reading the 10 hits from SQLite; the others: tokenising plus their top-10
retrieval). p50/p99 are over all queries of one pass; the table shows the
median over ``--repeats`` passes.
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402

CACHE = generate.CACHE
ENGINES = ("drafter", "bm25s", "fts5", "tantivy")


# -- queries -------------------------------------------------------------------
def queries(statements: list[dict], count: int = 60) -> dict[str, list[str]]:
    """Short queries (a few words, as a writer types them) and paragraph-length
    ones (paragraphs of the corpus with other figures, as when a writer pastes
    last quarter's paragraph)."""
    import random

    rng = random.Random(7)
    judged = json.loads((HERE / "queries.json").read_text(encoding="utf-8")) \
        if (HERE / "queries.json").exists() else []
    short = [q["query"] for q in judged]
    short += ["knife surrender bins", "county lines", "courier fraud", "victim satisfaction",
              "domestic homicide reviews", "neighbourhood policing teams", "burglary"]
    texts = [p for s in statements for sec in s["sections"] for p in sec["paragraphs"]]
    paragraphs = [generate._NUMBER.sub(lambda m: generate._new_number(m.group(), rng), t)
                  for t in rng.sample(texts, k=min(count, len(texts)))]
    return {"short": short[:count], "paragraph": paragraphs}


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
def build_drafter(size: int, statements: list[dict], fresh: bool, repeats: int) -> dict:
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
        tokens = _token_count(workspace)
        result["tokens"] = tokens
        (root / "full-build.json").write_text(json.dumps({
            "report": result["full_build"], "tokens": tokens,
            "when": time.strftime("%Y-%m-%d %H:%M"), "load_average": os.getloadavg()[0],
        }), encoding="utf-8")
        print(f"  full build: {report.seconds:.1f} s for {report.paragraphs:,} paragraphs "
              f"({report.analysed:,} analysed, {tokens / report.seconds:,.0f} words/s overall)",
              file=sys.stderr)
    if not new and (root / "full-build.json").exists():
        earlier = json.loads((root / "full-build.json").read_text(encoding="utf-8"))
        result.update(full_build=earlier["report"], tokens=earlier["tokens"],
                      full_build_when=earlier["when"], full_build_load=earlier["load_average"])
    rebuilds = []
    for _ in range(repeats if size < 100_000 else 1):
        report = workspace.build_index(rebuild=True)
        rebuilds.append(report.seconds)
    result["rebuild_cached"] = statistics.median(rebuilds)
    result["rebuild_report"] = report.to_dict()
    workspace.close()
    return result


def _token_count(workspace) -> int:
    rows = workspace.database.execute("SELECT text FROM paragraphs").fetchall()
    return sum(len(text.split()) for (text,) in rows)  # words; spaCy tokens are ~1.15x


def build_baseline(name: str, size: int, texts: list[str], repeats: int) -> float:
    """Median seconds to build and save the engine's index."""
    times = []
    for _ in range(repeats if size < 100_000 else 1):
        started = time.perf_counter()
        _build_baseline(name, size, texts)
        times.append(time.perf_counter() - started)
        gc.collect()
    return statistics.median(times)


def _baseline_path(name: str, size: int) -> Path:
    return CACHE / f"{name}-{size}"


def _build_baseline(name: str, size: int, texts: list[str]) -> None:
    path = _baseline_path(name, size)
    if path.exists():
        shutil.rmtree(path) if path.is_dir() else path.unlink()
    if name == "bm25s":
        import bm25s

        retriever = bm25s.BM25(backend="numpy")
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


# -- measuring in a worker process -------------------------------------------------------
def worker(engine: str, size: int, repeats: int) -> dict:
    import re

    import numpy  # noqa: F401  (imported before the baseline RSS reading)

    statements = generate.corpus(size)
    query_sets = queries(statements)
    del statements
    gc.collect()
    if engine == "drafter":
        import drafter
        import drafter.search as indexing

        workspace = drafter.open_workspace(CACHE / f"ws-{size}", seed=False)
        directory = indexing.index_directory(workspace)
        before = rss_kb()
        started = time.perf_counter()
        loaded = indexing.LoadedIndex.load(directory)
        loads = [time.perf_counter() - started]
        memory = rss_kb() - before  # the forward index is memory-mapped: counted when read
        for _ in range(4):
            started = time.perf_counter()
            indexing.LoadedIndex.load(directory)
            loads.append(time.perf_counter() - started)
        indexing.remember_index(workspace, loaded)
        load_seconds = statistics.median(loads)

        def run(text):
            return indexing.search(workspace, text, limit=10)
    elif engine == "bm25s":
        import bm25s

        before = rss_kb()
        started = time.perf_counter()
        retriever = bm25s.BM25.load(str(_baseline_path("bm25s", size)))
        load_seconds = time.perf_counter() - started
        memory = rss_kb() - before
        vocabulary = retriever.vocab_dict

        def run(text):
            words = bm25s.tokenize([text], stopwords="en", return_ids=False, show_progress=False)[0]
            words = [w for w in words if w in vocabulary]
            if not words:
                return []
            return retriever.retrieve([words], k=10, show_progress=False, n_threads=1,
                                      backend_selection="numpy")
    elif engine == "fts5":
        import sqlite3

        before = rss_kb()
        started = time.perf_counter()
        conn = sqlite3.connect(_baseline_path("fts5", size))
        conn.execute("SELECT rowid FROM docs WHERE docs MATCH 'police' LIMIT 1").fetchall()
        load_seconds = time.perf_counter() - started
        memory = rss_kb() - before
        word = re.compile(r"[^\W_]+")

        def run(text):
            match = " OR ".join(f'"{w}"' for w in dict.fromkeys(word.findall(text.lower())))
            return conn.execute("SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT 10",
                                (match,)).fetchall()
    elif engine == "tantivy":
        import tantivy

        before = rss_kb()
        started = time.perf_counter()
        index = tantivy.Index.open(str(_baseline_path("tantivy", size)))
        searcher = index.searcher()
        load_seconds = time.perf_counter() - started
        memory = rss_kb() - before
        word = re.compile(r"[^\W_]+")

        def run(text):
            words = " OR ".join(dict.fromkeys(word.findall(text.lower())))
            result = searcher.search(index.parse_query(words, ["body"]), 10)
            return [searcher.doc(address)["doc"][0] for _, address in result.hits]
    else:
        raise SystemExit(f"unknown engine {engine}")

    latencies: dict[str, dict] = {}
    for kind, texts in query_sets.items():
        for text in texts[:5]:  # warm up caches and lazy tables
            run(text)
        p50s, p99s = [], []
        for _ in range(repeats):
            times = []
            for text in texts:
                started = time.perf_counter()
                run(text)
                times.append(time.perf_counter() - started)
            p50s.append(percentile(times, 0.5))
            p99s.append(percentile(times, 0.99))
        latencies[kind] = {"p50_ms": statistics.median(p50s) * 1000,
                           "p99_ms": statistics.median(p99s) * 1000, "queries": len(texts)}
    return {"engine": engine, "size": size, "load_seconds": load_seconds, "memory_mb": memory / 1024,
            "latency": latencies}


def measure(engine: str, size: int, repeats: int) -> dict:
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", engine,
               "--sizes", str(size), "--repeats", str(repeats)]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONWARNINGS": "ignore"})
    if done.returncode != 0:
        raise SystemExit(f"{engine} worker failed:\n{done.stderr}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def one_statement_seconds(statements: list[dict]) -> tuple[float, int]:
    """Median seconds to analyse one statement's paragraphs with the model
    loaded (what adding a statement costs before the refit), and its tokens."""
    import drafter.search as analysis
    from drafter import nlp

    pipeline = nlp.load_pipeline()
    times, tokens = [], 0
    for statement in statements[:5]:
        texts = [p for sec in statement["sections"] for p in sec["paragraphs"]]
        started = time.perf_counter()
        list(analysis.analyse_texts(texts))
        times.append(time.perf_counter() - started)
        tokens = sum(len(pipeline.tokenizer(t)) for t in texts)
    return statistics.median(times), tokens


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
def report(results: list[dict]) -> None:
    print()
    print("build s: drafter's full build (spaCy analysis of every paragraph); its rebuild from")
    print("cached analyses is listed under the table. Latency in ms.")
    print(f"{'size':>8} {'engine':<9} {'build s':>9} {'load s':>8} {'mem MB':>8} "
          f"{'short p50':>10} {'short p99':>10} {'para p50':>9} {'para p99':>9}")
    for row in results:
        short, para = row["latency"]["short"], row["latency"]["paragraph"]
        build = row.get("build_seconds")
        print(f"{row['size']:>8,} {row['engine']:<9} {build if build is not None else float('nan'):>9.2f} "
              f"{row['load_seconds']:>8.3f} {row['memory_mb']:>8.1f} {short['p50_ms']:>10.3f} "
              f"{short['p99_ms']:>10.3f} {para['p50_ms']:>9.3f} {para['p99_ms']:>9.3f}")
    print("\nRatios (other engine / drafter; above 1 means drafter is faster or smaller):")
    print(f"{'size':>8} {'engine':<9} {'load':>7} {'mem':>7} {'short p50':>10} {'para p50':>9} "
          f"{'short p99':>10} {'para p99':>9}")
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

            def ratio(a, b):
                return a / b if b else float("nan")
            print(f"{size:>8,} {name:<9} {ratio(row['load_seconds'], ours['load_seconds']):>7.2f} "
                  f"{ratio(row['memory_mb'], ours['memory_mb']):>7.2f} "
                  f"{ratio(row['latency']['short']['p50_ms'], ours['latency']['short']['p50_ms']):>10.2f} "
                  f"{ratio(row['latency']['paragraph']['p50_ms'], ours['latency']['paragraph']['p50_ms']):>9.2f} "
                  f"{ratio(row['latency']['short']['p99_ms'], ours['latency']['short']['p99_ms']):>10.2f} "
                  f"{ratio(row['latency']['paragraph']['p99_ms'], ours['latency']['paragraph']['p99_ms']):>9.2f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000",
                        help="comma-separated corpus sizes in paragraphs")
    parser.add_argument("--repeats", type=int, default=5, help="passes over the queries (median)")
    parser.add_argument("--engines", default=",".join(ENGINES))
    parser.add_argument("--fresh", action="store_true",
                        help="rebuild drafter's workspaces from scratch (full spaCy analysis)")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if args.worker:
        print(json.dumps(worker(args.worker, sizes[0], args.repeats)))
        return
    engines = [e for e in args.engines.split(",") if e]
    CACHE.mkdir(exist_ok=True)
    results = []
    extras = {}
    for size in sizes:
        print(f"== {size:,} paragraphs", file=sys.stderr)
        statements = generate.corpus(size)
        texts = [p for s in statements for sec in s["sections"] for p in sec["paragraphs"]]
        builds = {}
        if "drafter" in engines:
            info = build_drafter(size, statements, args.fresh, min(args.repeats, 3))
            builds["drafter"] = info.get("full_build", {}).get("seconds")
            builds["drafter (cached)"] = info["rebuild_cached"]
            info["one_statement"] = one_statement_seconds(statements)
            extras[size] = info
            print(f"  rebuild from cached analyses: {info['rebuild_cached']:.2f} s", file=sys.stderr)
        for name in engines:
            if name != "drafter":
                builds[name] = build_baseline(name, size, texts, min(args.repeats, 3))
        del statements, texts
        gc.collect()
        for name in engines:
            row = measure(name, size, args.repeats)
            row["build_seconds"] = builds.get(name)
            if name == "drafter":
                row["rebuild_seconds"] = builds.get("drafter (cached)")
            results.append(row)
            print(f"  {name}: {json.dumps(row['latency'])}", file=sys.stderr)
        if "drafter" in engines:
            extras[size]["first_search_cold_seconds"] = first_search_cold(size)
    report(results)
    print("\ndrafter builds (seconds):")
    for size, info in extras.items():
        full = info.get("full_build")
        when = f", measured {info['full_build_when']} at load {info['full_build_load']:.1f}" \
            if "full_build_when" in info else ""
        full_text = (f"full build {full['seconds']:.1f} s ({full['analysed']:,} texts analysed, "
                     f"{info['tokens'] / full['seconds']:,.0f} words/s end to end{when})") if full \
            else "full build: not run (workspace cached; --fresh to redo)"
        seconds, tokens = info["one_statement"]
        print(f"{size:>8,}: {full_text}; rebuild from cached analyses {info['rebuild_cached']:.2f} s; "
              f"first search in a new process {info['first_search_cold_seconds']:.2f} s; "
              f"one statement ({tokens:,} tokens) analysed in {seconds:.2f} s")
    if args.json:
        args.json.write_text(json.dumps({"results": results, "drafter": extras}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
