"""The spaCy parse a review reads, made once per text and only as far as needed.

Every paragraph goes through the model's tagger and parser (measures, change
words and the passive voice are read from the grammar) and its lemmatizer.
Three parts of the model are run differently, with the same result:

* the ``attribute_ruler`` (tag → part of speech, morphology, exceptional
  lemmas) is applied from its own patterns by lookup, instead of spaCy's
  matcher, which costs as much as the tagger, and the rule lemmatizer's
  lemmas are looked up by word, part of speech and morphology once worked
  out (both in :mod:`drafter.review.token_rules`);
* the entity recogniser runs only around numbers written in words ("six",
  "forty", "two million"), and only entities holding one are kept: entities
  are what tells such a word is a count ("one in five") and not a pronoun
  ("no one") or a duration ("six months"), and nothing else in a review
  reads them (figures in digits are found by pattern, and an entity with a
  digit in it is never read). Each such word is recognised with
  ``NER_CONTEXT`` tokens either side, more than the recogniser looks at.

The model's own first step (``drafter.nlp``) reads a table's rows as its
sentences, here as everywhere. Parses are kept by text (see
:mod:`drafter.store.parses`), so a text reviewed again, or a draft reviewed
after editing one paragraph, is parsed again only where it changed.
"""

from __future__ import annotations

import hashlib
import re

from drafter.review.parse_bytes import FORMAT, doc_from_bytes, doc_to_bytes
from drafter.review.token_rules import AttributeRules, RuleLemmas
from drafter.store import parses

PARSE_VERSION = f"review-parse-4-{FORMAT}"  # part of the cache key: change it when the parse changes
NER_CONTEXT = 12
_DIGIT = re.compile(r"\d")


class ReviewParser:
    """The full model, run as this module says; :meth:`parse` gives docs in order."""

    def __init__(self, nlp):
        self.nlp = nlp
        names = nlp.pipe_names
        self.fast = (all(name in names for name in ("attribute_ruler", "lemmatizer", "ner", "parser"))
                     and RuleLemmas.applies_to(nlp.get_pipe("lemmatizer")))
        if self.fast:
            self.rules = AttributeRules(nlp.get_pipe("attribute_ruler").patterns, nlp.vocab)
            self.lemmas = RuleLemmas(nlp.get_pipe("lemmatizer"))
            self.ner = nlp.get_pipe("ner")

    @property
    def ident(self) -> str:
        meta = self.nlp.meta
        return f"{meta.get('name', 'blank')}-{meta.get('version', '')}-{PARSE_VERSION}"

    def parse(self, texts: list[str]):
        if not self.fast:
            return list(self.nlp.pipe(texts, batch_size=32))
        docs = list(self.nlp.pipe(texts, batch_size=32, disable=["attribute_ruler", "lemmatizer", "ner"]))
        for doc in docs:
            self.rules(doc)
            self.lemmas(doc)
        self._entities(docs)
        return docs

    def _entities(self, docs) -> None:
        from spacy.tokens import Span

        windows: list[tuple[int, int, int, int, int]] = []  # doc, window start/end, core start/end
        for number, doc in enumerate(docs):
            cores = _merged(_number_words(doc))
            for start, end in cores:
                windows.append((number, max(0, start - NER_CONTEXT), min(len(doc), end + NER_CONTEXT),
                                start, end))
        found: dict[int, list] = {number: [] for number in range(len(docs))}
        parts = [docs[number][lo:hi].as_doc() for number, lo, hi, _, _ in windows]
        for (number, lo, _, start, end), part in zip(windows, self.ner.pipe(parts, batch_size=64)):
            doc = docs[number]
            for entity in part.ents:
                if lo + entity.start < end and lo + entity.end > start:
                    found[number].append(Span(doc, lo + entity.start, min(lo + entity.end, len(doc)),
                                              label=entity.label_))
        for number, doc in enumerate(docs):
            doc.set_ents(_without_overlaps(found[number]), default="outside")


def _number_words(doc) -> list[tuple[int, int]]:
    """(i, i + 1) for each token that is a number written in words: the
    tokens an entity must hold for review to read it."""
    from spacy.attrs import LIKE_NUM

    from drafter.claims.numbers import parse_number_words

    if not len(doc):
        return []
    flagged = doc.to_array([LIKE_NUM]).ravel().nonzero()[0].tolist()
    return [(i, i + 1) for i in flagged
            if not _DIGIT.search(doc[i].text) and parse_number_words(doc[i].text) is not None]


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Words near each other become one stretch (their contexts would overlap)."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1] + NER_CONTEXT:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(start, end) for start, end in merged]


def _without_overlaps(spans: list) -> list:
    kept: list = []
    for span in sorted(spans, key=lambda s: (s.start, -len(s))):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return kept


_parsers: dict[int, ReviewParser] = {}


def review_parser() -> ReviewParser:
    """The parser over the loaded full pipeline (built once per process)."""
    from drafter.nlp import load_full_pipeline

    nlp = load_full_pipeline()
    if id(nlp) not in _parsers:
        _parsers[id(nlp)] = ReviewParser(nlp)
    return _parsers[id(nlp)]


def _key(text: str) -> str:
    # Exact text: case and line breaks change a parse (the search cache's key ignores them).
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parse_paragraphs(paragraphs, database=None) -> None:
    """Set ``doc`` on each review paragraph (see :func:`parse_texts`)."""
    for paragraph, doc in zip(paragraphs, parse_texts([p.text for p in paragraphs], database)):
        paragraph.doc = doc


def parse_texts(texts: list[str], database=None) -> list:
    """Docs for ``texts`` in order: from the cache in ``database`` where the
    text was parsed before, else parsed now (and kept). Copy forward reads the
    statement it copies through this too, so it reads numbers as review does."""
    if not texts:
        return []
    parser = review_parser()
    keys = [_key(text) for text in texts]
    stored = parses.cached(database, parser.ident, sorted(set(keys))) if database is not None else {}
    docs: dict[str, object] = {}
    for key, data in stored.items():
        try:
            docs[key] = doc_from_bytes(data, parser.nlp.vocab)
        except ValueError:
            continue  # a damaged entry: parsed again below, and kept in its place
    wanted = {key: text for key, text in zip(keys, texts) if key not in docs}
    if wanted:
        made = parser.parse(list(wanted.values()))
        docs.update(zip(wanted, made))
    if database is not None:
        rows = [(key, doc_to_bytes(docs[key])) for key in wanted]
        parses.store(database, parser.ident, rows, used=sorted(set(stored) - set(wanted)))
    return [docs[key] for key in keys]
