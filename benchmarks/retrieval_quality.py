"""Retrieval quality on the sample corpus: drafter against bm25s and SQLite FTS5.

    python benchmarks/retrieval_quality.py [--ablations] [--ner]

Queries and judgements are benchmarks/queries.json ({"query", "priority",
"relevant": [{"file", "number"}]}) over corpus/statements/. Metrics:

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
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from baselines import Bm25sEngine, Fts5Engine  # noqa: E402

REPO = HERE.parent
CORPUS = REPO / "corpus" / "statements"
QUERIES = HERE / "queries.json"
DEPTH = 50  # ranked results taken from each engine before filtering/collapsing


def load_queries() -> list[dict]:
    if not QUERIES.exists():
        sys.exit(f"{QUERIES}: missing (a JSON list of queries with relevant paragraphs)")
    return json.loads(QUERIES.read_text(encoding="utf-8"))


def build_workspace(root: Path):
    import drafter

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


def evaluate(name, rank_fn, queries, relevant_sets, allowed, group_of) -> list[dict]:
    rows = []
    for filtered in (False, True):
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
    print(f"{'engine':<30} {'priority filter':<16} {'collapse':<9} {'MRR@10':>7} {'recall@5':>9}")
    for row in rows:
        print(f"{row['engine']:<30} {'on' if row['filtered'] else 'off':<16} "
              f"{'on' if row['collapse'] else 'off':<9} {row['mrr10']:>7.3f} {row['recall5']:>9.3f}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--ablations", action="store_true",
                        help="also score variants of drafter's analysis and weighting")
    parser.add_argument("--ner", action="store_true", help="include the named-entity variant (slow)")
    parser.add_argument("--json", type=Path, help="also write the rows to this file")
    args = parser.parse_args(argv)

    import drafter.search as indexing
    from drafter.store.statements import corpus_paragraphs

    queries = load_queries()
    scratch = Path(tempfile.mkdtemp(prefix="drafter-quality-"))
    try:
        started = time.perf_counter()
        workspace = build_workspace(scratch / "ws")
        print(f"sample corpus indexed in {time.perf_counter() - started:.1f} s")
        rows = corpus_paragraphs(workspace.database)
        index = indexing.loaded_index(workspace)
        position = {row["id"]: i for i, row in enumerate(rows)}
        by_reference = {(row["file"], row["number"]): i for i, row in enumerate(rows)}
        group_of = [int(g) for g in index.groups]
        texts = [row["text"] for row in rows]
        relevant_sets = []
        for query in queries:
            found = {by_reference[(r["file"], r["number"])] for r in query["relevant"]
                     if (r["file"], r["number"]) in by_reference}
            missing = len(query["relevant"]) - len(found)
            if missing:
                print(f"warning: {missing} judged paragraphs of {query['query']!r} are not in the corpus")
            relevant_sets.append(found)
        allowed: dict[str, set[int]] = {}
        for i, row in enumerate(rows):
            effective = row["priority"] or row["predicted_priority"]
            allowed.setdefault(effective, set()).add(i)
        print(f"{len(rows)} paragraphs in {len(set(r['statement_id'] for r in rows))} statements, "
              f"{len(set(group_of))} near-duplicate groups, {len(queries)} queries\n")

        def drafter_rank(query, filtered):
            hits = indexing.search(workspace, query["query"], limit=DEPTH, collapse=False,
                                   priority=query.get("priority") if filtered else None)
            return [position[h.paragraph_id] for h in hits]

        table = evaluate("drafter", drafter_rank, queries, relevant_sets, allowed, group_of)
        analyse = _drafter_analyser(index)
        for engine in (Bm25sEngine(), Bm25sEngine(analyse=analyse), Fts5Engine()):
            engine.build(texts)
            table += evaluate(engine.name, lambda q, f, e=engine: e.search(q["query"], DEPTH),
                              queries, relevant_sets, allowed, group_of)
        print_table(table)

        print("\nParagraph-length queries: each judged topic's newest paragraph pasted as the query,")
        print("the other judged paragraphs of the topic relevant, the pasted one left out of rankings:")
        pasted, pasted_relevant = paragraph_queries(rows, queries, relevant_sets)
        paragraph_table = evaluate("drafter", drafter_rank, pasted, pasted_relevant, allowed, group_of)
        for engine in (Bm25sEngine(), Fts5Engine()):
            engine.build(texts)
            paragraph_table += evaluate(engine.name, lambda q, f, e=engine: e.search(q["query"], DEPTH),
                                        pasted, pasted_relevant, allowed, group_of)
        paragraph_table = [row for row in paragraph_table if not row["filtered"]]
        print_table(paragraph_table)
        table += [{**row, "queries": "paragraph"} for row in paragraph_table]

        if args.ablations or args.ner:
            print("\nAblations (drafter's retriever refitted on variants; priority filter off):")
            ablation_rows = ablations(workspace, rows, queries, relevant_sets, allowed, group_of,
                                      with_ner=args.ner)
            print_table(ablation_rows)
            table += ablation_rows
        if args.json:
            args.json.write_text(json.dumps(table, indent=2), encoding="utf-8")
        workspace.close()
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


def paragraph_queries(rows, queries, relevant_sets):
    """Queries made of a judged paragraph's own text (the newest of its topic)."""
    pasted, pasted_relevant = [], []
    for query, relevant in zip(queries, relevant_sets):
        if len(relevant) < 2:
            continue
        newest = max(relevant, key=lambda i: (rows[i]["date"] or "", rows[i]["statement_id"]))
        pasted.append({"query": rows[newest]["text"], "priority": query.get("priority"), "exclude": newest})
        pasted_relevant.append(relevant - {newest})
    return pasted, pasted_relevant


def _drafter_analyser(index):
    def analyse(text: str) -> list[str]:
        return [term for term, _ in index.analyser.analyse(text)]
    return analyse


def ablations(workspace, rows, queries, relevant_sets, allowed, group_of, *, with_ner: bool):
    """Score variants of the analysis and weighting, refitting the retriever each time."""
    import drafter.search as analysis
    from drafter.nlp import lemma_tables, load_pipeline, stop_words
    from drafter.search import QueryAnalyser, TfidfRetriever, learn_lemmas

    nlp = load_pipeline()
    texts = [row["text"] for row in rows]
    base = list(analysis.analyse_texts(texts))
    tables = lemma_tables(nlp)
    documents = [a.terms for a in base]

    def run(name, documents, params, query_terms=None, drop_classes=False, extra_terms=None,
            score_figures=False):
        if drop_classes:
            documents = [[t for t in d if not analysis.is_class_term(t)] for d in documents]
        retriever = TfidfRetriever(**params).fit(documents)
        analyser = QueryAnalyser(stop_words(nlp), learn_lemmas(base), retriever.vocabulary_,
                                 tables.get("exceptions"), tables.get("rules"))

        def rank(query, filtered):
            terms = query_terms(query["query"]) if query_terms else \
                [t for t, _ in analyser.analyse(query["query"])]
            if drop_classes or not score_figures:  # drafter's search does not score figures
                terms = [t for t in terms if not analysis.is_class_term(t)]
            if extra_terms:
                terms = terms + extra_terms(query["query"])
            scores = retriever.score(terms)
            order = scores.argsort()[::-1][:DEPTH]
            return [int(d) for d in order if scores[d] > 0]
        return evaluate(name, rank, queries, relevant_sets, allowed, group_of)

    pasted, pasted_relevant = paragraph_queries(rows, queries, relevant_sets)

    def unfiltered(result):
        return [row for row in result if not row["filtered"]]

    def pasted_run(name, params, score_figures=False):
        retriever = TfidfRetriever(**params).fit(documents)
        analyser = QueryAnalyser(stop_words(nlp), learn_lemmas(base), retriever.vocabulary_,
                                 tables.get("exceptions"), tables.get("rules"))

        def rank(query, filtered):
            scores = retriever.score([t for t, _ in analyser.analyse(query["query"])
                                      if score_figures or not analysis.is_class_term(t)])
            order = scores.argsort()[::-1][:DEPTH]
            return [int(d) for d in order if scores[d] > 0]
        result = evaluate(name, rank, pasted, pasted_relevant, allowed, group_of)
        return [{**row, "queries": "paragraph"} for row in unfiltered(result)]

    out = []
    out += unfiltered(run("shipped (bm25 weights, unigrams)", documents, {}))
    out += unfiltered(run("cosine tf-idf (sublinear)", documents, {"weighting": "tfidf"}))
    out += unfiltered(run("cosine tf-idf (raw tf)", documents, {"weighting": "tfidf", "sublinear_tf": False}))
    out += unfiltered(run("bm25 k1=1.5", documents, {"k1": 1.5}))
    out += unfiltered(run("bm25 b=0.5", documents, {"b": 0.5}))
    out += unfiltered(run("+ bigram phrases", documents, {"phrases": True}))
    out += unfiltered(run("figures dropped, not classed", documents, {}, drop_classes=True))
    out += unfiltered(run("figures scored in queries", documents, {}, score_figures=True))
    out += unfiltered(run("max 12 query terms", documents, {"max_query_terms": 12}))
    lower_docs = [a.words for a in base]
    out += unfiltered(run("no lemmas (lower-case words)", [
        [analysis.class_term(w) or w for w in d] for d in lower_docs], {},
        query_terms=lambda q: [_lower_term(w) for w in _query_words(q)]))
    for terms in (8, 12, 16, 24, 40):
        out += pasted_run(f"paragraph queries, max {terms} terms", {"max_query_terms": terms})
    out += pasted_run("paragraph queries, figures scored", {}, score_figures=True)
    out += pasted_run("paragraph queries, no df cut", {"long_query_max_df": 1.0})
    out += pasted_run("paragraph queries, df cut 5%", {"long_query_max_df": 0.05})
    out += pasted_run("paragraph queries, df cut 20%", {"long_query_max_df": 0.2})
    out += pasted_run("paragraph queries, no cut, figures", {"long_query_max_df": 1.0}, score_figures=True)
    if with_ner:
        entity_documents, entities = _with_entities(texts, documents)

        def query_entities(text):
            lowered = " ".join(_query_words(text))
            return [e for e in entities if f" {e.replace('_', ' ')} " in f" {lowered} "]
        out += unfiltered(run("+ named entities as terms", entity_documents, {},
                              extra_terms=query_entities))
    return out


def _query_words(text):
    from drafter.search import mark_figures
    from drafter.search.terms import WORD

    return [m.group().lower() for m in WORD.finditer(mark_figures(text))]


def _lower_term(word):
    from drafter.search import class_term

    return class_term(word) or word


def _with_entities(texts, documents):
    """Add each named entity as one extra term (e.g. "operation_lantern"); a
    query gets the entity terms whose words it contains."""
    import spacy

    from drafter.nlp import choose_model

    nlp = spacy.load(choose_model().package, exclude=["parser", "lemmatizer"])
    out, known = [], set()
    for doc, terms in zip(nlp.pipe(texts, batch_size=64), documents):
        entities = ["_".join(e.text.lower().split()) for e in doc.ents
                    if e.label_ not in ("DATE", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "TIME")]
        known.update(entities)
        out.append(terms + entities)
    return out, known



if __name__ == "__main__":
    main()
