"""Answering searches and classifications with the loaded index."""

from __future__ import annotations

from drafter.errors import BadQuery, SearchIndexError
from drafter.priorities import check_section
from drafter.search import meaning_order
from drafter.search.force_split import own_force_statements, split_by_force
from drafter.search.loaded import LoadedIndex, index_for
from drafter.search.results import Classification, SearchHit
from drafter.store.statements import paragraphs_by_id


def _query_terms(index: LoadedIndex, text: str) -> list[tuple[str, str]]:
    from drafter.search.terms import WORD, is_class_term

    pairs = index.analyser.analyse(text)
    if not any(not is_class_term(term) for term, _ in pairs):
        what = "has only common words and figures" if WORD.search(text) else \
            "has no words, only punctuation or symbols"
        raise BadQuery(f"empty query: {_shorten(text)!r} {what}")
    return pairs


def check_query(text, priority: str | None = None) -> str:
    """Reject a blank query or an unknown priority before any index work."""
    check_section(priority)
    return _check_text(text)


def _check_text(text) -> str:
    if text is None or not str(text).strip():
        raise BadQuery("empty query")
    return str(text)


def _shorten(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def search(workspace, text: str, *, priority: str | None = None, limit: int = 10,
           collapse: bool = True, expand: bool = True) -> list[SearchHit]:
    """Past paragraphs like ``text``, best first, near-copies collapsed.

    The writer's words are expanded with the workspace's synonyms file and
    spelling variants (``expand`` off scores the words alone). With ``collapse`` off every version is
    listed (the benchmark compares both). Raises BadQuery for an empty query
    (or one of stop words only) or a bad limit, UnknownPriority for a
    section id (a priority, introduction or closing) drafter does not know, SynonymsError for a bad synonyms file.
    """
    from drafter.search.synonyms import workspace_synonyms

    priority = check_section(priority)
    if isinstance(limit, bool) or not isinstance(limit, int) or limit < 1:
        raise BadQuery(f"limit must be a positive whole number, not {limit!r}")
    text = _check_text(text)
    index = index_for(workspace)
    pairs = _query_terms(index, text)
    synonyms = index.synonyms(workspace_synonyms(workspace)) if expand else None
    plan = index.plan(pairs, synonyms, expand=expand, text=text)
    by_meaning = meaning_order.applies(plan, expand)
    ranked = index.rank(plan, priority=priority, limit=meaning_order.pool_size(limit) if by_meaning else limit,
                        collapse=collapse, own=own_force_statements(workspace, index) if collapse else None)
    if not ranked:
        return []
    documents = [document for document, _ in ranked]
    ids = [int(index.paragraph_ids[d]) for d in documents]
    rows = paragraphs_by_id(workspace.database, ids)
    kept = [(document, score, paragraph_id) for (document, score), paragraph_id in zip(ranked, ids)
            if paragraph_id in rows]  # a paragraph removed since the index was built is skipped
    if by_meaning:
        order = meaning_order.reorder(workspace, text, [score for _, score, _ in kept],
                                      [rows[paragraph_id]["text"] for _, _, paragraph_id in kept])
        kept = [kept[place] for place in order[:limit]]
    matched = index.matched_words([d for d, _, _ in kept], plan,
                                  [rows[paragraph_id]["text"] for _, _, paragraph_id in kept])
    hits = []
    for (document, score, paragraph_id), words in zip(kept, matched):
        if not words:
            # Only stray words of a phrase the query stands for ("emergency"
            # of "emergency department" for "A&E"): it matches nothing the
            # writer asked for.
            continue
        row = rows[paragraph_id]
        hits.append(SearchHit(
            paragraph_id=paragraph_id, statement_id=row["statement_id"], number=row["number"],
            priority=row["priority"] or row["predicted_priority"], text=row["text"],
            score=min(score, 1.0), title=row["title"], force=row["force"], date=row["date"],
            file=row["file"], matched=words, also_in=int(index.also_in[index.groups[document]]),
            predicted=row["priority"] is None and row["predicted_priority"] is not None,
            subheading=row["subheading"], kind=row["kind"], cells=row["cells"], statement_place=row["position"] + 1,
        ))
    if collapse:
        split_by_force(workspace, index, [document for (document, _, _), words in zip(kept, matched)
                                          if words], hits)
    return hits


def prepare(workspace) -> None:
    """Load the index and, for a large corpus, the compiled loops of scoring
    and feedback, so that the searches that follow answer at full speed. For
    a process that searches many times (the desk calls it off its UI
    thread); a single search need not wait for it."""
    from drafter.search import accumulate, coordination, feedback, shown
    from drafter.search.compiled import loop

    index = index_for(workspace)
    if accumulate.worth_compiling(index.collection.size):
        for name in (accumulate.LOOP, *feedback.COMPILED_LOOPS, *coordination.COMPILED_LOOPS,
                     *shown.COMPILED_LOOPS):
            loop(name)


def prepare_meaning(workspace) -> None:
    """Where a sentence model is installed, encode the sentence vectors
    searches will need (``meaning_order.prepare``); searches meanwhile
    encode what they need themselves. Raises SearchIndexError when the
    model cannot be used (searches then go by words alone)."""
    from drafter.search import meaning

    meaning_order.prepare(workspace, index_for(workspace))
    if meaning.problem():
        raise SearchIndexError(meaning.problem())


def classify(workspace, text: str) -> Classification:
    """Predict the section (one of the priorities, introduction or closing) ``text`` belongs to."""
    text = _check_text(text)
    index = index_for(workspace)
    pairs = _query_terms(index, text)
    if index.classifier is None:
        raise SearchIndexError("cannot classify: the corpus needs paragraphs under at least "
                               "two recognised priority headings")
    columns, weights = index.retriever.tfidf_vector([term for term, _ in pairs])
    probabilities = index.classifier.proba_vector(columns, weights)
    scores = {label: float(p) for label, p in zip(index.classifier.classes_, probabilities)}
    best = max(scores, key=scores.get)
    return Classification(priority=best, confidence=scores[best], scores=scores)
