"""Retrieval quality on the sample corpus: drafter against bm25s, tantivy and SQLite FTS5.

    python benchmarks/retrieval_quality.py [--ablations] [--json FILE]

Two query sets over corpus/statements/, each a JSON list of {"query",
"priority", "relevant": [{"file", "number"}]}:

- benchmarks/queries.json, the tuning set: the synonyms file, spelling rules
  and every setting were chosen looking at these;
- benchmarks/queries-heldout.json, the held-out set: paraphrases in a writer's
  own words, written before any tuning and never tuned on.

Each set is scored twice. "First judgments" are the ``relevant`` lists,
written when the corpus held Severnshire's statements only; Ashmoor's joined
it later with schemes of the same kinds, and some of its paragraphs are right
answers those lists do not name. "Pooled" adds the paragraphs of
``judgements-pooled.json`` judged relevant: those any engine ranked in its
top ten for the query, judged by reading them blind (``judgement_pool.py``).

Metrics:

- MRR@10: mean over queries of 1 / rank of the first relevant result;
- recall@5: relevant results in the top 5 / min(5, relevant results), so a
  perfect system scores 1.0 even when a topic has nine relevant paragraphs.

"collapse off" ranks paragraphs; "collapse on" ranks groups of near-duplicate
paragraphs (drafter's groups, applied to every engine's ranking alike): a group
is relevant when any member is, and relevant groups are counted once.
"Filtered" runs restrict every engine to the query's priority (drafter's
effective priority per paragraph: the section's, else the predicted one).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from baselines import Bm25sEngine, Fts5Engine, TantivyEngine, installed  # noqa: E402

REPO = HERE.parent
CORPUS = REPO / "corpus" / "statements"
QUERY_SETS = {"tuning": HERE / "queries.json", "held-out": HERE / "queries-heldout.json"}
POOLED = HERE / "judgements-pooled.json"
DEPTH = 50  # ranked results taken from each engine before filtering/collapsing
TARGET_MRR, TARGET_RECALL, TARGET_LEAD = 0.92, 0.95, 0.05
WORDS_ONLY = "drafter without the sentence model"


def load_queries(path: Path) -> list[dict]:
    """A query set, each query with its ``pooled`` judgments (paragraphs
    {"file", "position"} judged relevant in the pool) added."""
    if not path.exists():
        sys.exit(f"{path}: missing (a JSON list of queries with relevant paragraphs)")
    queries = json.loads(path.read_text(encoding="utf-8"))
    name = next(n for n, p in QUERY_SETS.items() if p == path)
    judgments = json.loads(POOLED.read_text(encoding="utf-8")) if POOLED.exists() else []
    for query in queries:
        query.setdefault("pooled", [])
    for judgment in judgments:
        if judgment["set"] == name and judgment["relevant"]:
            queries[judgment["number"]]["pooled"].append(
                {"file": judgment["file"], "position": judgment["position"]})
    return queries


@contextmanager
def spacy_model(model: str | None):
    """DRAFTER_SPACY_MODEL set to ``model`` (unchanged when None) while inside."""
    previous = os.environ.get("DRAFTER_SPACY_MODEL")
    if model is not None:
        os.environ["DRAFTER_SPACY_MODEL"] = model
    try:
        yield
    finally:
        if model is not None:
            if previous is None:
                os.environ.pop("DRAFTER_SPACY_MODEL", None)
            else:
                os.environ["DRAFTER_SPACY_MODEL"] = previous


def build_workspace(root: Path, model: str | None = None):
    """The sample corpus in a new workspace, indexed (with ``model`` as
    DRAFTER_SPACY_MODEL when given; search it with the same setting, or it
    is re-indexed with the default analyser)."""
    import drafter

    with spacy_model(model):
        workspace = drafter.open_workspace(root, seed=False)
        report = workspace.add_statements([CORPUS])
        if report.failed:
            sys.exit(f"could not add the sample corpus: {report.failed}")
        workspace.build_index()
    return workspace


def metrics(ranked: list[int], relevant: set[int], group_of=None) -> tuple[float, float]:
    """(reciprocal rank within 10, recall@5) of one ranking."""
    if group_of is not None:
        collapsed, seen = [], set()
        for document in ranked:
            group = group_of[document]
            if group not in seen:
                seen.add(group)
                collapsed.append(group)
        ranked = collapsed
        relevant = {group_of[d] for d in relevant}
    reciprocal = 0.0
    for rank, item in enumerate(ranked[:10], 1):
        if item in relevant:
            reciprocal = 1.0 / rank
            break
    found = len(set(ranked[:5]) & relevant)
    return reciprocal, found / min(5, len(relevant))


def evaluate(name, rank_fn, queries, relevant_sets, allowed, group_of, *, filters=(False, True)) -> list[dict]:
    rows = []
    for filtered in filters:
        for collapse in (False, True):
            rr_sum = recall_sum = 0.0
            for query, relevant in zip(queries, relevant_sets):
                ranked = [d for d in rank_fn(query, filtered) if d != query.get("exclude")]
                if filtered and query.get("priority"):
                    ranked = [d for d in ranked if d in allowed[query["priority"]]]
                rr, recall = metrics(ranked, relevant, group_of if collapse else None)
                rr_sum += rr
                recall_sum += recall
            rows.append({"engine": name, "filtered": filtered, "collapse": collapse,
                         "mrr10": rr_sum / len(queries), "recall5": recall_sum / len(queries)})
    return rows


def print_table(rows: list[dict]) -> None:
    print(f"{'engine':<40} {'priority filter':<16} {'collapse':<9} {'MRR@10':>7} {'recall@5':>9}")
    for row in rows:
        print(f"{row['engine']:<40} {'on' if row['filtered'] else 'off':<16} "
              f"{'on' if row['collapse'] else 'off':<9} {row['mrr10']:>7.3f} {row['recall5']:>9.3f}")


class Corpus:
    """The sample corpus's rows, judged paragraphs and groups, shared by every engine."""

    def __init__(self, workspace):
        import drafter.search as indexing
        from drafter.store.statements import corpus_paragraphs

        self.workspace = workspace
        self.rows = corpus_paragraphs(workspace.database)
        self.index = indexing.loaded_index(workspace)
        self.position = {row["id"]: i for i, row in enumerate(self.rows)}
        self.by_reference = {(row["file"], row["number"]): i for i, row in enumerate(self.rows)}
        self.by_position = {(row["file"], row["position"]): i for i, row in enumerate(self.rows)}
        group_by_id = dict(zip(self.index.paragraph_ids.tolist(), self.index.groups.tolist()))
        self.group_of = [group_by_id[row["id"]] for row in self.rows]
        self.texts = [row["text"] for row in self.rows]
        self.allowed: dict[str, set[int]] = {}
        for i, row in enumerate(self.rows):
            self.allowed.setdefault(row["priority"] or row["predicted_priority"], set()).add(i)

    def judged(self, queries: list[dict], pooled: bool = False) -> list[set[int]]:
        """Per query, the rows judged relevant: the first judgments, and with
        ``pooled`` the pooled ones too."""
        sets = []
        for query in queries:
            found = {self.by_reference[(r["file"], r["number"])] for r in query["relevant"]
                     if (r["file"], r["number"]) in self.by_reference}
            if len(found) < len(query["relevant"]):
                print(f"warning: judged paragraphs of {query['query']!r} are not in the corpus")
            if pooled:
                more = query.get("pooled", [])
                added = {self.by_position[(r["file"], r["position"])] for r in more
                         if (r["file"], r["position"]) in self.by_position}
                if len(added) < len(more):
                    print(f"warning: pooled paragraphs of {query['query']!r} are not in the corpus")
                found |= added
            sets.append(found)
        return sets


@contextmanager
def sentence_model(on: bool):
    """Search with the installed sentence model (``on``) or by words alone."""
    previous = os.environ.get("DRAFTER_MEANING_MODEL")
    if not on:
        os.environ["DRAFTER_MEANING_MODEL"] = "off"
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("DRAFTER_MEANING_MODEL", None)
        else:
            os.environ["DRAFTER_MEANING_MODEL"] = previous


def drafter_ranker(workspace, position, *, expand: bool = True, meaning: bool = True):
    import drafter.search as indexing

    def rank(query, filtered):
        with sentence_model(meaning):
            hits = indexing.search(workspace, query["query"], limit=DEPTH, collapse=False, expand=expand,
                                   priority=query.get("priority") if filtered else None)
        return [position[h.paragraph_id] for h in hits]
    return rank


def meaning_installed() -> bool:
    from drafter.search import meaning

    return meaning.available()


def engine_rankers(corpus: Corpus) -> list[tuple[str, object]]:
    """The other engines, built over the corpus's texts."""
    engines = [Bm25sEngine("numpy")]
    if installed("numba"):
        engines.append(Bm25sEngine("numba"))
    engines.append(Bm25sEngine("numpy", analyse=_drafter_analyser(corpus.index)))
    engines.append(Fts5Engine())
    if installed("tantivy"):
        engines.append(TantivyEngine())
    out = []
    for engine in engines:
        engine.build(corpus.texts)
        out.append((engine.name, lambda q, f, e=engine: e.search(q["query"], DEPTH)))
    return out


def _drafter_analyser(index):
    def analyse(text: str) -> list[str]:
        return [term for term, _ in index.analyser.analyse(text)]
    return analyse


def paragraph_queries(rows, queries, relevant_sets, first_sets=None):
    """Queries made of a judged paragraph's own text (the newest of its topic
    in the first judgments, ``first_sets``, when given; the other relevant
    paragraphs are the answers)."""
    pasted, pasted_relevant = [], []
    for query, relevant, first in zip(queries, relevant_sets, first_sets or relevant_sets):
        if len(first) < 2:
            continue
        newest = max(first, key=lambda i: (rows[i]["date"] or "", rows[i]["statement_id"]))
        pasted.append({"query": rows[newest]["text"], "priority": query.get("priority"), "exclude": newest})
        pasted_relevant.append(relevant - {newest})
    return pasted, pasted_relevant


def score_set(name: str, corpus: Corpus, others, queries, pooled: bool = False) -> tuple[list[dict], dict]:
    """Every engine on one query set, and the numbers the targets are about."""
    relevant = corpus.judged(queries, pooled)
    first = corpus.judged(queries)
    rank = drafter_ranker(corpus.workspace, corpus.position)
    table = evaluate("drafter", rank, queries, relevant, corpus.allowed, corpus.group_of)
    if meaning_installed():
        table += evaluate(WORDS_ONLY, drafter_ranker(corpus.workspace, corpus.position, meaning=False),
                          queries, relevant, corpus.allowed, corpus.group_of)
    table += evaluate("drafter, writer's words only",
                      drafter_ranker(corpus.workspace, corpus.position, expand=False),
                      queries, relevant, corpus.allowed, corpus.group_of)
    for engine_name, engine_rank in others:
        table += evaluate(engine_name, engine_rank, queries, relevant, corpus.allowed, corpus.group_of)
    print(f"\n== {name} set: {len(queries)} queries")
    print_table(table)
    pasted, pasted_relevant = paragraph_queries(corpus.rows, queries, relevant, first)
    print(f"\nParagraph-length queries ({name} set): each topic's newest judged paragraph pasted as "
          "the query, the topic's other judged paragraphs relevant, the pasted one left out:")
    paragraph_table = evaluate("drafter", rank, pasted, pasted_relevant, corpus.allowed, corpus.group_of,
                               filters=(False,))
    for engine_name, engine_rank in others:
        if engine_name.startswith("bm25s (drafter") or "numba" in engine_name:
            continue
        paragraph_table += evaluate(engine_name, engine_rank, pasted, pasted_relevant, corpus.allowed,
                                    corpus.group_of, filters=(False,))
    print_table(paragraph_table)

    def pick(rows, engine):
        return next(r for r in rows if r["engine"] == engine and r["collapse"] and not r["filtered"])
    ours, bm25 = pick(table, "drafter"), pick(table, "bm25s")
    summary = {"mrr10": ours["mrr10"], "recall5": ours["recall5"], "bm25s_mrr10": bm25["mrr10"],
               "paragraph_mrr10": pick(paragraph_table, "drafter")["mrr10"]}
    if meaning_installed():
        words = pick(table, WORDS_ONLY)
        summary["words_only"] = {"mrr10": words["mrr10"], "recall5": words["recall5"]}
    for row in table + paragraph_table:
        row["set"] = name
    for row in paragraph_table:
        row["queries"] = "paragraph"
    return table + paragraph_table, summary


def print_targets(summaries: dict[str, dict]) -> None:
    print("\nTargets (collapse on, no priority filter, sample corpus as distractors):")
    print(f"{'set':<32} {'MRR@10 >= ' + str(TARGET_MRR):>17} {'recall@5 >= ' + str(TARGET_RECALL):>17} "
          f"{'- bm25s >= ' + str(TARGET_LEAD):>17} {'pasted = 1.0':>17}")

    def verdict(value, ok):
        return f"{value:.3f} {'met' if ok else 'MISSED'}"
    for label, s in summaries.items():
        lead = s["mrr10"] - s["bm25s_mrr10"]
        print(f"{label:<32} {verdict(s['mrr10'], s['mrr10'] >= TARGET_MRR):>17} "
              f"{verdict(s['recall5'], s['recall5'] >= TARGET_RECALL):>17} "
              f"{verdict(lead, lead >= TARGET_LEAD - 1e-9):>17} "
              f"{verdict(s['paragraph_mrr10'], s['paragraph_mrr10'] >= 1.0 - 1e-9):>17}")
    if any("words_only" in s for s in summaries.values()):
        print(f"\n{WORDS_ONLY} (pasted paragraphs are not ordered by meaning, so they score as above):")
        for label, s in summaries.items():
            words = s["words_only"]
            print(f"{label:<32} {verdict(words['mrr10'], words['mrr10'] >= TARGET_MRR):>17} "
                  f"{verdict(words['recall5'], words['recall5'] >= TARGET_RECALL):>17}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ablations", action="store_true",
                        help="also score each addition on its own and the other analysers")
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    args = parser.parse_args(argv)

    scratch = Path(tempfile.mkdtemp(prefix="drafter-quality-"))
    try:
        started = time.perf_counter()
        workspace = build_workspace(scratch / "ws")
        corpus = Corpus(workspace)
        print(f"sample corpus indexed in {time.perf_counter() - started:.1f} s: {len(corpus.rows)} "
              f"paragraphs in {len(set(r['statement_id'] for r in corpus.rows))} statements, "
              f"{len(set(corpus.group_of))} near-duplicate groups")
        from drafter.search import meaning

        print(f"sentence model: {meaning.model_id() or 'none installed (search by words alone)'}")
        others = engine_rankers(corpus)
        table, summaries = [], {}
        query_sets = {name: load_queries(path) for name, path in QUERY_SETS.items()}
        for pooled in (False, True):
            for name, queries in query_sets.items():
                label = f"{name}, {'pooled' if pooled else 'first'} judgments"
                rows, summaries[label] = score_set(label, corpus, others, queries, pooled)
                for row in rows:
                    row["judgments"] = "pooled" if pooled else "first"
                table += rows
        print_targets(summaries)
        if args.ablations:
            from retrieval_ablations import run_ablations

            table += run_ablations(corpus, query_sets, scratch)
        if args.json:
            args.json.write_text(json.dumps({"rows": table, "targets": summaries}, indent=2), encoding="utf-8")
        workspace.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    main()
