"""The relevance levels keep their promise on the judged queries: a close hit
is relevant far more often than a weak one (the benchmark
``benchmarks/relevance_calibration.py`` prints the full table)."""

from __future__ import annotations

import json
from pathlib import Path


from drafter.search import RELEVANCE_LEVELS, relevance_level

BENCHMARKS = Path(__file__).resolve().parents[1] / "benchmarks"


def judged_queries() -> list[dict]:
    return [query for name in ("queries.json", "queries-heldout.json")
            for query in json.loads((BENCHMARKS / name).read_text(encoding="utf-8"))]


def test_levels_cover_every_score_once():
    assert [level for level in RELEVANCE_LEVELS] == ["close", "related", "weak"]
    for score in [step / 100 for step in range(101)]:
        inside = [level for level, (low, high) in RELEVANCE_LEVELS.items()
                  if low <= score < high or (high == 1.0 and score == 1.0)]
        assert inside == [relevance_level(score)]


def test_a_close_hit_is_relevant_far_more_often_than_a_weak_one(indexed_workspace):
    queries = judged_queries()
    judged_files = {r["file"] for query in queries for r in query["relevant"]}
    counts = {level: [0, 0] for level in RELEVANCE_LEVELS}  # level: [hits, relevant]
    for query in queries:
        relevant = {(r["file"], r["number"]) for r in query["relevant"]}
        for hit in indexed_workspace.search(query["query"], limit=10):
            name = Path(hit.file or "").name
            if name not in judged_files:
                continue  # another force's statements were not judged
            counts[hit.level][0] += 1
            counts[hit.level][1] += (name, hit.number) in relevant
    share = {level: relevant / hits for level, (hits, relevant) in counts.items() if hits}
    assert share.keys() == {"close", "related", "weak"}, counts
    assert share["close"] >= 0.4, counts
    assert share["weak"] <= 0.1, counts
    assert share["close"] > share["related"] > share["weak"], counts


