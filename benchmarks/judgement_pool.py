"""The paragraphs to judge for each query of the quality benchmark: the pool.

The query sets were judged when the sample corpus held Severnshire's
statements only. Ashmoor's statements joined it later and describe schemes of
the same kinds (knife bins, county lines projects, court advisers), so the
first judgments counted some right answers as wrong. As TREC does, the pool
for each query is the union of every engine's top ``DEPTH`` paragraphs
(drafter with and without expansion, bm25s, SQLite FTS5, tantivy; no filter,
collapse off) not judged yet. Judges see each query with its judged paragraphs
as the standard of relevance and the pool shuffled, without saying which
engine found what.

    python benchmarks/judgement_pool.py pool.json

The judgments are kept in ``judgements-pooled.json``, one per pooled
paragraph: {"set", "number" (the query's place in its set), "file",
"position" (the paragraph's place in its statement), "relevant", "why"}.
``retrieval_quality.py`` reports both the first judgments and the first plus
pooled ones.
"""

from __future__ import annotations

import json
import random
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import retrieval_quality as quality  # noqa: E402

DEPTH = 10


def main() -> None:
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("pool.json")
    scratch = Path(tempfile.mkdtemp(prefix="drafter-pool-"))
    try:
        workspace = quality.build_workspace(scratch / "ws")
        corpus = quality.Corpus(workspace)
        rankers = [quality.drafter_ranker(workspace, corpus.position),
                   quality.drafter_ranker(workspace, corpus.position, expand=False)]
        rankers += [rank for _, rank in quality.engine_rankers(corpus)]
        rng = random.Random(11)
        pool = {}
        for name, path in quality.QUERY_SETS.items():
            queries = quality.load_queries(path)
            judged = corpus.judged(queries)
            entries = []
            for number, (query, relevant) in enumerate(zip(queries, judged)):
                found: dict[int, None] = {}
                for rank in rankers:
                    for document in rank(query, False)[:DEPTH]:
                        if document not in relevant:
                            found[document] = None
                candidates = list(found)
                rng.shuffle(candidates)
                entries.append({
                    "number": number, "query": query["query"], "priority": query.get("priority"),
                    "judged_relevant": [corpus.rows[d]["text"] for d in sorted(relevant)][:4],
                    "candidates": [{"file": corpus.rows[d]["file"], "position": corpus.rows[d]["position"],
                                    "force": corpus.rows[d]["force"], "text": corpus.rows[d]["text"]}
                                   for d in candidates],
                })
            pool[name] = entries
        output.write_text(json.dumps(pool, indent=1, ensure_ascii=False), encoding="utf-8")
        sizes = {name: sum(len(e["candidates"]) for e in entries) for name, entries in pool.items()}
        print(f"{output}: {sizes}")
        workspace.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
