"""A query in the writer's words → weighted index terms, with what else those
words may be written as.

Each span of the writer's terms that the synonyms file, a spelling variant
(British or American; joined, hyphenated or apart) or a known association
links to other terms becomes a *clause*:

- when the span and every alternative are single terms (spelling variants,
  one-word synonyms) they are scored as one term, as Lucene's synonym query
  does: one IDF from the document frequencies of all of them;
- otherwise each alternative shares the span's weight out among its own
  terms in proportion to their IDF, so a paragraph with "violence reduction
  unit" counts as much as one with the writer's "VRU", and no more.

Within a clause a term counts once, at the most any alternative gives it
(a term in several alternatives is not several matches). A writer's word
no paragraph holds still counts in the best score, at the weight of the
rarest word: a query naming a scheme the corpus never mentions finds only
weak matches on its other words.

Associations learned from the corpus (``associations.py``) add related terms
at a fraction of the weight of the term they came from. The best score a
paragraph can reach is that of matching every clause, so scores stay between
0 and 1 and mean the same from query to query. Paragraph-length queries are
not expanded: they already carry the words their versions use.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from drafter.search.spelling import spelling_variants, splits


@dataclass
class ExpansionSettings:
    """How far a query is expanded.

    Parameters
    ----------
    up_to_terms:
        Queries with more distinct terms than this are not expanded.
    synonym_weight:
        Share of a span's weight an alternative from the synonyms file or a
        spelling variant gets.
    association_weight:
        Share of a term's IDF an associated term gets, times the strength of
        the association. Off by default: on the sample corpus associations
        learned from it did not improve ranking (benchmarks/RESULTS.md).
    variants:
        Also look for British / American spellings and words written joined
        or apart.
    feedback_documents:
        Groups whose paragraphs teach an expanded query their vocabulary
        (pseudo-relevance feedback, ``feedback.py``); 0 turns it off.
    feedback_terms, feedback_share:
        Terms learned, and the share of the query's weight they take.
    feedback_kept:
        Leading results of the first ranking that feedback leaves in place.
    feedback_depth:
        Results of the first ranking beyond those asked for that feedback
        may bring forward.
    """

    up_to_terms: int = 16
    synonym_weight: float = 1.0
    association_weight: float = 0.0
    variants: bool = True
    feedback_documents: int = 2
    feedback_terms: int = 20
    feedback_share: float = 0.4
    feedback_kept: int = 2
    feedback_depth: int = 10


@dataclass
class QueryPlan:
    """Terms to score with their weights (already divided by the best
    reachable score), and which of the writer's words they stand for:
    ``links`` are (terms, words), a paragraph matching the words when it
    holds every one of the terms ("emergency" alone is not "A&E")."""

    terms: list[str]
    weights: "numpy.ndarray"
    links: list[tuple[tuple[str, ...], list[str]]] = field(default_factory=list)
    expanded: set[str] = field(default_factory=set)
    columns: list = field(default_factory=list)  # per segment, each term's column (-1: absent)
    feedback: bool = False  # a short query, ranked again after feedback (``feedback.py``)
    word_order: dict[str, int] = field(default_factory=dict)  # each writer's word's place in the query

    def __bool__(self) -> bool:
        return bool(self.terms)


@dataclass
class _Clause:
    span: tuple[str, ...]
    words: list[str]
    alternatives: list[tuple[str, ...]]
    keeps: bool = True
    count: int = 1
    written: dict[str, list[str]] = field(default_factory=dict)  # span term → the writer's words
    replacements: list[tuple[tuple[str, ...], list[str]]] = field(default_factory=list)


def plan_query(pairs: list[tuple[str, str]], collection, retriever, *, lemma=None, synonyms=None,
               associations=None, settings: ExpansionSettings | None = None,
               memo: dict | None = None, text: str = "") -> QueryPlan:
    """Weighted terms for a query given as (term, word as written) pairs
    (``text``: the query as written, for synonyms entries of several words).

    ``retriever`` supplies the scoring parameters (k1, query term limits);
    ``lemma`` turns a variant word into the index's term for it; ``memo``
    remembers spelling variants from query to query.
    """
    import numpy as np

    settings = settings or ExpansionSettings()
    if not pairs:
        return QueryPlan([], np.zeros(0))
    terms = [term for term, _ in pairs]
    if len(set(terms)) > settings.up_to_terms:
        return _plain_plan(pairs, collection, retriever)
    clauses = _clauses(pairs, collection, lemma if settings.variants else None, synonyms,
                       memo if memo is not None else {}, text)
    everything = sorted({t for c in clauses for t in c.span + tuple(x for a in c.alternatives for x in a)})
    df = dict(zip(everything, collection.document_frequency(everything).tolist()))
    idf = dict(zip(everything, collection.idf([df[t] for t in everything]).tolist()))
    unknown_idf = float(collection.idf([0])[0])
    weights: dict[str, float] = {}
    links: list[tuple[tuple[str, ...], list[str]]] = []
    expanded: set[str] = set()
    ceiling = 0.0
    for clause in clauses:
        tf = 1.0 + math.log(clause.count) if retriever.sublinear_tf else float(clause.count)
        budget = _weigh_clause(clause, tf, df, idf, weights, settings.synonym_weight, collection,
                               unknown_idf)
        ceiling += budget
        links.extend(((term,), words) for term, words in clause.written.items())
        links.extend(clause.replacements)
        for alternative in clause.alternatives:
            expanded.update(t for t in alternative if t not in clause.span)
    if associations is not None and settings.association_weight > 0:
        _associate(terms, associations, collection, weights, links, expanded, pairs,
                   settings.association_weight, idf)
    if ceiling <= 0 or not weights:
        return QueryPlan([], np.zeros(0))
    ordered = [t for t in weights if weights[t] > 0]
    values = np.array([weights[t] for t in ordered]) / (ceiling * (retriever.k1 + 1.0))
    order = {word: place for place, (_, word) in reversed(list(enumerate(pairs)))}
    return QueryPlan(ordered, values, links, expanded - set(terms), collection.columns(ordered),
                     feedback=settings.feedback_documents > 0, word_order=order)


def _plain_plan(pairs, collection, retriever) -> QueryPlan:
    """A long query: its own terms, the common ones and the lightest left out."""
    from collections import Counter

    import numpy as np

    counts = Counter(term for term, _ in pairs)
    terms = list(counts)
    found = collection.lookup(terms)
    df = np.fromiter((frequency for _, frequency in found), dtype=np.int64, count=len(terms))
    items = np.flatnonzero(df > 0)
    tf = np.fromiter(counts.values(), dtype=np.float64, count=len(terms))[items]
    kept, values = retriever.weigh(tf, df[items], collection.idf(df[items]), collection.documents)
    if not len(kept):
        return QueryPlan([], np.zeros(0))
    items = items[kept].tolist()
    chosen = [terms[i] for i in items]
    words_of: dict[str, list[str]] = {term: [] for term in chosen}
    for term, written in pairs:
        known = words_of.get(term)
        if known is not None and written not in known:
            known.append(written)
    columns = [np.array([found[i][0][segment] for i in items], dtype=np.int64)
               for segment in range(len(collection.segments))]
    return QueryPlan(chosen, values, [((term,), words) for term, words in words_of.items()], set(), columns)


def _clauses(pairs, collection, lemma, synonyms, memo, text: str = "") -> list[_Clause]:
    """The query's spans: one per term, spans linked to alternatives merged
    where they overlap; repeated spans counted once with their count."""
    terms = [term for term, _ in pairs]
    words = [written for _, written in pairs]
    matches = list(synonyms.matches(terms, text)) if synonyms is not None else []
    if lemma is not None:
        matches = [(start, end, _respelled(alternatives, collection, lemma, memo), replaces)
                   for start, end, alternatives, replaces in matches]
    matches += _variant_matches(terms, words, collection, lemma, memo)
    covered: list[list] = []  # [start, end, [(start, end, alternatives, replaces)]]
    for match in sorted(matches, key=lambda m: (m[0], -m[1])):
        if covered and match[0] < covered[-1][1]:
            covered[-1][1] = max(covered[-1][1], match[1])
            covered[-1][2].append(match)
        else:
            covered.append([match[0], match[1], [match]])
    def single(i: int) -> _Clause:
        return _Clause((terms[i],), [words[i]], [], written={terms[i]: [words[i]]})

    spans: list[_Clause] = []
    at = 0
    for start, end, linked in covered:
        spans.extend(single(i) for i in range(at, start))
        span = tuple(terms[start:end])
        alternatives, seen, keeps = [], {span}, True  # seen: a long synonyms line stays linear
        replacements: list[tuple[tuple[str, ...], list[str]]] = []
        for m_start, m_end, m_alternatives, replaces in linked:
            if replaces and (m_start, m_end) == (start, end):
                keeps = False
            for alternative in m_alternatives:
                whole = tuple(terms[start:m_start]) + alternative + tuple(terms[m_end:end])
                if whole not in seen:
                    seen.add(whole)
                    alternatives.append(whole)
                    # The alternative stands for the words it replaces, no more.
                    replacements.append((alternative, words[m_start:m_end]))
        written: dict[str, list[str]] = {}
        if keeps:
            for i in range(start, end):
                written.setdefault(terms[i], []).append(words[i])
        spans.append(_Clause(span, words[start:end], alternatives, keeps, written=written,
                             replacements=replacements))
        at = end
    spans.extend(single(i) for i in range(at, len(terms)))
    merged: dict[tuple, _Clause] = {}
    for clause in spans:
        key = (clause.span, tuple(clause.alternatives), clause.keeps)
        held = merged.get(key)
        if held is None:
            merged[key] = clause
            continue
        held.count += 1
        held.words.extend(w for w in clause.words if w not in held.words)
        for term, written in clause.written.items():
            known = held.written.setdefault(term, [])
            known.extend(w for w in written if w not in known)
        for (alternative, written), (_, known) in zip(clause.replacements, held.replacements):
            known.extend(w for w in written if w not in known)
    return list(merged.values())


RESPELLINGS = 4
"""At most this many other spellings of one synonym entry are looked for."""
RESPELLED_UP_TO = 64
"""A line with more entries than this (a list of scheme names) is looked for
as written: respelling each of 20,000 entries doubled a query's time."""


def _respelled(alternatives, collection, lemma, memo: dict) -> tuple:
    """A synonyms entry's alternatives, each followed by its other spellings
    the index knows, as the writer's own words are: British ↔ American
    ("neighborhood policing team"), two words written as one ("antisocial
    behaviour"), so an acronym finds a paragraph written either way."""
    if len(alternatives) > RESPELLED_UP_TO:
        return alternatives
    found = list(alternatives)
    for alternative in alternatives:
        spelt = [alternative]
        for other in spelt:  # grows as respellings are found, up to the cap
            for respelling in _one_change(other, collection, lemma, memo):
                if respelling not in spelt and len(spelt) <= RESPELLINGS:
                    spelt.append(respelling)
        found.extend(other for other in spelt[1:] if other not in found)
    return tuple(found)


def _one_change(alternative: tuple, collection, lemma, memo: dict):
    """``alternative`` with one term spelt otherwise, or two joined, as the index knows them."""
    for place, term in enumerate(alternative):
        for variant in _known_spellings(term, collection, lemma, memo):
            yield alternative[:place] + (variant,) + alternative[place + 1:]
        if place + 1 < len(alternative):
            joined = _known_joined(term, alternative[place + 1], collection, lemma, memo)
            if joined:
                yield alternative[:place] + (joined,) + alternative[place + 2:]


def _known_spellings(term: str, collection, lemma, memo: dict) -> tuple[str, ...]:
    """Other spellings of ``term`` (British ↔ American) that the index knows."""
    key = ("spelt", term)
    known = memo.get(key)
    if known is None:
        known = tuple(sorted(v for v in {lemma(v) for v in spelling_variants(term)} - {term}
                             if v in collection))
        _remember(memo, key, known)
    return known


def _known_joined(first: str, second: str, collection, lemma, memo: dict) -> str:
    """The one word two terms make written together, when the index knows it, else ""."""
    key = ("joined", first, second)
    joined = memo.get(key)
    if joined is None:
        joined = lemma(first + second)
        joined = joined if joined in collection else ""
        _remember(memo, key, joined)
    return joined


MEMO_MOST = 50_000
"""Answers a search memo keeps, so a desk left open all day does not grow without end."""


def _remember(memo: dict, key, answer) -> None:
    if len(memo) < MEMO_MOST:
        memo[key] = answer


def _variant_matches(terms, words, collection, lemma, memo: dict):
    """Spans whose other spellings the index knows: British ↔ American, two
    words written as one, one word written as two. ``memo`` keeps each
    word's answer (the index does not change under it)."""
    if lemma is None:
        return []
    found = []
    for i, (term, word) in enumerate(zip(terms, words)):
        lower = word.lower()
        known = memo.get(lower)
        if known is None:
            variants = {lemma(v) for v in spelling_variants(lower)}
            variants.discard(term)
            known = tuple((v,) for v in sorted(variants) if v in collection)
            if term not in collection:
                known += tuple((lemma(a), lemma(b)) for a, b in splits(lower)
                               if lemma(a) in collection and lemma(b) in collection)
            _remember(memo, lower, known)
        if known:
            found.append((i, i + 1, known, False))
        if i + 1 < len(terms):
            together = _known_joined(lower, words[i + 1].lower(), collection, lemma, memo)
            if together and together not in (term, terms[i + 1]):
                found.append((i, i + 2, ((together,),), False))
    return found


def _weigh_clause(clause: _Clause, tf: float, df, idf, weights, share: float, collection,
                  unknown_idf: float) -> float:
    """Add the clause's term weights; return its weight in the best score
    (a word no paragraph holds counting at ``unknown_idf``)."""
    alternatives = clause.alternatives
    if not alternatives:
        budget = 0.0
        for term in clause.span:
            if df[term] > 0:
                weights[term] = weights.get(term, 0.0) + tf * idf[term]
                budget += tf * idf[term]
            else:
                budget += tf * unknown_idf
        return budget
    members = ([clause.span] if clause.keeps else []) + alternatives
    if all(len(m) == 1 for m in members) and clause.keeps and len(clause.span) == 1:
        # One term written several ways: one IDF over all of them.
        frequency = sum(df[m[0]] for m in dict.fromkeys(members))
        if frequency == 0:
            return unknown_idf * tf
        merged = float(collection.idf([frequency])[0])
        for member in members:
            if df[member[0]] > 0:
                weight = merged * tf * (1.0 if member == clause.span else share)
                weights[member[0]] = weights.get(member[0], 0.0) + weight
        return merged * tf

    def known_weight(terms):
        return sum(idf[t] for t in terms if df[t] > 0)

    reachable = [a for a in alternatives if all(df[t] > 0 for t in a)]
    if all(df[t] > 0 for t in clause.span) or not reachable:
        budget = tf * sum(idf[t] if df[t] > 0 else unknown_idf for t in clause.span)
    else:
        budget = tf * max(known_weight(a) for a in reachable)
    in_clause: dict[str, float] = {}
    if clause.keeps:
        for term in clause.span:
            if df[term] > 0:
                in_clause[term] = tf * idf[term]
    for alternative in alternatives:
        total = known_weight(alternative)
        if total <= 0:
            continue
        for term in alternative:
            if df[term] > 0:
                weight = share * budget * idf[term] / total
                in_clause[term] = max(in_clause.get(term, 0.0), weight)
    for term, weight in in_clause.items():
        weights[term] = weights.get(term, 0.0) + weight
    return budget


def _associate(terms, associations, collection, weights, links, expanded, pairs, share, idf):
    """Add each known term's associated terms, at ``share`` × strength × IDF."""
    written = dict((term, word) for term, word in pairs)
    related = associations.related([t for t in dict.fromkeys(terms) if t in idf])
    if not related:
        return
    wanted = sorted({u for links in related.values() for u, _ in links})
    frequency = collection.document_frequency(wanted)
    related_idf = dict(zip(wanted, collection.idf(frequency).tolist()))
    present = dict(zip(wanted, (frequency > 0).tolist()))
    for term, links in related.items():
        for other, strength in links:
            if not present[other]:
                continue
            weight = share * strength * min(idf[term], related_idf[other])
            weights[other] = weights.get(other, 0.0) + weight
            links.append(((other,), [written[term]]))
            expanded.add(other)
