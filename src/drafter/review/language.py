"""The full spaCy pipeline review reads paragraphs with.

``drafter.nlp.load_pipeline`` serves retrieval and leaves the parser and the
entity recogniser out; review needs both (entities find numbers and dates,
the parser finds sentences, passive voice and what a number counts), so it
loads the same model package with every component, once per process.
"""

from __future__ import annotations

import threading
from typing import Any

_lock = threading.Lock()
_pipelines: dict[str, Any] = {}


def load_full_pipeline():
    """The cached pipeline with tagger, parser, lemmatizer and entities.

    The package is the one ``drafter.nlp.choose_model`` picks (so
    ``DRAFTER_SPACY_MODEL`` applies). Without an installed model this returns
    a blank English pipeline with a rule-based sentencizer; callers check
    :func:`has_parser` and :func:`has_entities` and say what they skipped.
    """
    from drafter.nlp import choose_model

    choice = choose_model()
    with _lock:
        if choice.ident not in _pipelines:
            _pipelines[choice.ident] = _load(choice.package)
        return _pipelines[choice.ident]


def _load(package: str | None):
    import spacy

    if package is None:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        return nlp
    return spacy.load(package)


def has_parser(nlp) -> bool:
    return "parser" in nlp.pipe_names


def has_entities(nlp) -> bool:
    return "ner" in nlp.pipe_names


def parse_texts(texts: list[str]):
    """Docs for ``texts`` in order, through the full pipeline."""
    nlp = load_full_pipeline()
    return list(nlp.pipe(texts, batch_size=32))
