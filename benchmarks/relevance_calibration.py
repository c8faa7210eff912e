"""How far a search score can be trusted: the share of judged-relevant hits at each score.

    python benchmarks/relevance_calibration.py [--limit 10] [--json FILE]

The desk shows each suggestion with a relevance level (close, related, weak)
and says "nothing close in the corpus" when no hit is better than weak. The
levels come from the score thresholds in ``drafter.search.relevance``; this
benchmark is where those thresholds are read from, and checked.

The sample corpus is indexed as in ``retrieval_quality.py``, and three sets of
judged queries are run as the desk runs them (near-copies collapsed, no
priority filter, ``--limit`` hits): the tuning set, the held-out set, and the
paragraph-length queries (each topic's newest judged paragraph pasted, the
topic's other paragraphs relevant, the pasted one left out), since the desk's
queries are mostly the paragraph under the cursor. A hit is relevant when its
group of near-copies holds a judged paragraph. The judgements cover the
Severnshire statements only, so hits from other statements (Ashmoor's) are
left out: unjudged, they are neither right nor wrong.

Printed: hits and the share relevant in score bands; for each level, its
score range, hits and share relevant, per set and pooled; and the thresholds
that would put at least ``CLOSE_SHARE`` of the hits at or above them relevant
(close) and at least ``RELATED_SHARE`` of the hits between the two (related).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from retrieval_quality import QUERY_SETS, Corpus, build_workspace, load_queries, paragraph_queries  # noqa: E402

CLOSE_SHARE = 0.5
"""Close hits are judged relevant at least this often (at least half)."""
RELATED_SHARE = 0.2
"""Related hits are judged relevant at least this often (one in five)."""
QUERY_FILES = [query for path in QUERY_SETS.values() for query in json.loads(path.read_text(encoding="utf-8"))]
BANDS = [round(0.05 * step, 2) for step in range(21)]


def scored_hits(corpus: Corpus, queries: list[dict], relevant_sets: list[set[int]], limit: int) -> list[tuple[float, bool]]:
    """(score, judged relevant) of every hit the desk would show for the queries."""
    import drafter.search as indexing

    judged_files = {r["file"] for query in QUERY_FILES for r in query["relevant"]}
    out = []
    for query, relevant in zip(queries, relevant_sets):
        relevant_groups = {corpus.group_of[i] for i in relevant}
        # One more than shown, as the desk asks, so a left-out pasted paragraph does not shorten the list.
        hits = indexing.search(corpus.workspace, query["query"], limit=limit + 1)
        shown = [hit for hit in hits if corpus.position[hit.paragraph_id] != query.get("exclude")][:limit]
        for hit in shown:
            if corpus.rows[corpus.position[hit.paragraph_id]]["file"] not in judged_files:
                continue
            out.append((hit.score, corpus.group_of[corpus.position[hit.paragraph_id]] in relevant_groups))
    return out


def share(hits: list[tuple[float, bool]]) -> str:
    return f"{sum(r for _, r in hits) / len(hits):.0%}" if hits else "–"


def band_table(hits: list[tuple[float, bool]]) -> None:
    print(f"{'score':<12} {'hits':>5} {'relevant':>9}")
    for low, high in zip(BANDS, BANDS[1:]):
        inside = [h for h in hits if low <= h[0] < high or (high == 1.0 and h[0] == 1.0)]
        if inside:
            print(f"{low:.2f}–{high:.2f}    {len(inside):>5} {share(inside):>9}")


def suggested_thresholds(hits: list[tuple[float, bool]]) -> tuple[float, float]:
    """The lowest scores (to the hundredth) at which the levels keep their promise:
    close, at least CLOSE_SHARE of the hits from there up relevant; related, at
    least RELATED_SHARE of the hits from there up to close."""
    def keeps(low: float, high: float, wanted: float) -> bool:
        inside = [relevant for score, relevant in hits if low <= score < high]
        return len(inside) >= 10 and sum(inside) / len(inside) >= wanted

    steps = [round(0.01 * step, 2) for step in range(1, 100)]
    close = next((t for t in steps if keeps(t, 1.01, CLOSE_SHARE)), 1.0)
    related = next((t for t in steps if t < close and keeps(t, close, RELATED_SHARE)), close)
    return close, related


def level_table(sets: dict[str, list[tuple[float, bool]]]) -> list[dict]:
    from drafter.search import RELEVANCE_LEVELS, relevance_level

    rows = []
    print(f"\n{'level':<8} {'score':<13}" + "".join(f"{name:>22}" for name in sets))
    for level, (low, high) in RELEVANCE_LEVELS.items():
        row = {"level": level, "from": low, "to": high}
        cells = []
        for name, hits in sets.items():
            inside = [h for h in hits if relevance_level(h[0]) == level]
            row[name] = {"hits": len(inside), "relevant": sum(r for _, r in inside)}
            cells.append(f"{share(inside)} of {len(inside)}")
        span = f"{low:.2f}–{high:.2f}" if high < 1 else f"≥ {low:.2f}"
        print(f"{level:<8} {span:<13}" + "".join(f"{cell:>22}" for cell in cells))
        rows.append(row)
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=10, help="hits taken per query (the desk shows 8)")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="drafter-calibration-"))
    try:
        workspace = build_workspace(scratch / "ws")
        corpus = Corpus(workspace)
        sets: dict[str, list[tuple[float, bool]]] = {}
        pasted, pasted_relevant = [], []
        for name, path in QUERY_SETS.items():
            queries = load_queries(path)
            relevant = corpus.judged(queries)
            sets[name] = scored_hits(corpus, queries, relevant, args.limit)
            more, more_relevant = paragraph_queries(corpus.rows, queries, relevant)
            pasted += more
            pasted_relevant += more_relevant
        sets["paragraphs"] = scored_hits(corpus, pasted, pasted_relevant, args.limit)
        pooled = [hit for hits in sets.values() for hit in hits]
        sets["all"] = pooled
        print(f"{len(pooled)} hits ({args.limit} a query) from "
              + ", ".join(f"{name} {len(hits)}" for name, hits in sets.items() if name != "all"))
        print("\nShare judged relevant by score (all sets):")
        band_table(pooled)
        rows = level_table(sets)
        close, related = suggested_thresholds(pooled)
        print(f"\nThresholds the pooled hits support: close ≥ {close:.2f} "
              f"(≥ {CLOSE_SHARE:.0%} of the hits from there up relevant), related ≥ {related:.2f} "
              f"(≥ {RELATED_SHARE:.0%} of the hits from there to close)")
        if args.json:
            args.json.write_text(json.dumps({"levels": rows, "suggested": {"close": close, "related": related},
                                             "hits": {name: hits for name, hits in sets.items() if name != "all"}},
                                            indent=1), encoding="utf-8")
        workspace.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
