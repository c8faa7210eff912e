"""Paragraph → index terms, and query → the same terms without spaCy.

Index side: figures are marked first (amounts of money, percentages, years,
month names and other numbers become class terms such as ``_money_``, so last year's figures do
not make two paragraphs look alike or different), then spaCy lemmatises; stop
words and punctuation are dropped and lemmas are lower-cased.

Query side: a search must answer in a millisecond or two, far less than one
spaCy call, so queries are analysed by a regular-expression tokenizer and a
word → lemma table learned from the corpus's own spaCy analyses. A word the
corpus never used is lemmatised with the model's rule tables (exceptions and
suffix rules), keeping the first candidate the index knows, so "knives" still
finds "knife".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Container, Iterable, Iterator

# Bump when the terms a paragraph yields change: cached analyses and saved
# indexes made by another version are then ignored.
ANALYSIS_VERSION = "terms-7"

MONEY, PERCENT, YEAR, MONTH, NUMBER = "_money_", "_percent_", "_year_", "_month_", "_num_"
CLASS_TERMS = (MONEY, PERCENT, YEAR, MONTH, NUMBER)

# Placeholder words stand in for figures while spaCy runs: plain lower-case
# nouns that its lemmatizer leaves alone.
_PLACEHOLDERS = {"xxmoney": MONEY, "xxpercent": PERCENT, "xxyear": YEAR, "xxmonth": MONTH,
                 "xxnumber": NUMBER}

_NUMERAL = r"\d[\d,]*(?:\.\d+)?"
_FIGURES = re.compile(
    # Only where a figure can start (a currency sign, a digit, a month's
    # capital): the lookahead fails fast elsewhere, 2.3 times faster over a
    # paragraph than trying every alternative at every character.
    r"(?=[£$€\dJFMASOND])(?:"
    rf"(?P<money>[£$€]\s?{_NUMERAL}(?:\s?(?:bn|billion|million|thousand|m|k)\b)?)"
    rf"|(?P<percent>{_NUMERAL}\s?(?:%|per\s?cent\b|percent\b))"
    r"|(?P<year>\b(?:19|20)\d\d(?:\s?[/–-]\s?(?:(?:19|20)\d\d|\d\d))?\b)"
    # Month names date a figure ("between April and June"); capitalised only,
    # so the verb "may" stays a (stop) word.
    r"|(?P<month>\b(?-i:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)\b)"
    rf"|(?P<number>\b{_NUMERAL}(?:st|nd|rd|th|s)?\b))",
    re.IGNORECASE,
)
_PLACEHOLDER_FOR = {"money": "xxmoney", "percent": "xxpercent", "year": "xxyear", "month": "xxmonth",
                    "number": "xxnumber"}

# Words as spaCy's English tokenizer splits them: hyphens and slashes split,
# clitics ('s, n't) come off, "A&E" stays whole.
WORD = re.compile(r"[^\W_]+(?:[&'][^\W_]+)*")
_CLITIC = re.compile(r"'(?:s|re|ve|ll|d|m)$")


# A sentence ends at . ! or ? followed by space and a capital, a digit or a
# figure placeholder (the ones spaCy's own sentence boundaries agree with most).
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9£\"'‘“(]|xx(?:money|percent|year|month|number)\b)")


def sentences(marked: str) -> list[str]:
    """A paragraph (already through :func:`mark_figures`) cut into sentences.

    Paragraphs are analysed sentence by sentence and each sentence's
    analysis is cached: statements carry sentences forward from quarter to
    quarter, figures changed, so most of a new paragraph was analysed before.
    """
    return [part for part in _SENTENCE_END.split(marked.strip()) if part]


# Letters a PDF's text carries as one character ("ﬁ" in "ﬁrearms", "ﬀ" in
# "oﬀences") and the full-width letters of East Asian input methods ("ＶＲＵ"):
# words pasted or stored with them are the same words written plainly.
_COMPATIBILITY_FORMS = re.compile("[\ufb00-\ufb06\uff01-\uff5e]+")
# A soft hyphen a web page or a PDF sets where a word may break ("cuck\u00adooing"),
# and the zero-width spaces and joiners copied with it, are inside a word.
_INSIDE_A_WORD = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]")


def plain_letters(text: str) -> str:
    """``text`` with ligatures and full-width letters written as plain letters,
    and with no invisible break inside a word."""
    import unicodedata

    text = _INSIDE_A_WORD.sub("", text)
    return _COMPATIBILITY_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def mark_figures(text: str) -> str:
    """Replace every figure in ``text`` by a placeholder word for its kind."""
    text = plain_letters(text.replace("\u2019", "'").replace("\u2018", "'"))
    return _FIGURES.sub(lambda m: f" {_PLACEHOLDER_FOR[m.lastgroup]} ", text)


def search_stop_words(pipeline) -> frozenset[str]:
    """The words search leaves out (``drafter.nlp.stop_words``)."""
    from drafter.nlp import stop_words

    return frozenset(stop_words(pipeline))


def class_term(word: str) -> str | None:
    return _PLACEHOLDERS.get(word)


def is_class_term(term: str) -> bool:
    return term in CLASS_TERMS


@dataclass
class Analysis:
    """One paragraph's index terms, with the lower-case word each came from."""

    terms: list[str]
    words: list[str]

    def encode(self) -> tuple[str, str]:
        return " ".join(self.terms), " ".join(self.words)

    @classmethod
    def decode(cls, terms: str, words: str) -> "Analysis":
        return cls(terms.split(), words.split())


def analyser_id(model: str | None = None) -> str:
    """Names the pipeline and term rules: the analysis cache and index key."""
    from drafter.nlp import choose_model

    return f"{choose_model(model).ident}/{ANALYSIS_VERSION}"


def analyse_doc(doc, stop_words: Container[str]) -> Analysis:
    """Terms of one spaCy doc (made from :func:`mark_figures` text)."""
    terms: list[str] = []
    words: list[str] = []
    for token in doc:
        if token.is_space or token.is_punct:
            continue
        lower = token.lower_
        figure = _PLACEHOLDERS.get(lower)
        if figure is not None:
            terms.append(figure)
            words.append(lower)
            continue
        if lower in stop_words:
            continue
        lemma = (token.lemma_ or lower).lower()
        if len(lemma) < 2 or lemma in stop_words or not any(c.isalnum() for c in lemma) \
                or any(c.isspace() for c in lemma):
            continue
        terms.append(lemma)
        words.append(lower)
    return Analysis(terms, words)


def analyse_texts(texts: list[str], *, model: str | None = None, batch_size: int = 64,
                  n_process: int = 1,
                  progress: Callable[[int], None] | None = None) -> Iterator[Analysis]:
    """Analyse paragraphs with the spaCy pipeline, in order.

    ``progress(done)`` is called after each batch. With ``n_process`` > 1 the
    texts are shared among forked worker processes that send back only the
    terms (spaCy's own ``n_process`` sends whole docs back, which on two cores
    was slower than one process).
    """
    if n_process > 1:
        yield from _analyse_in_processes(texts, model, batch_size, n_process, progress)
        return
    from drafter.nlp import load_pipeline

    nlp = load_pipeline(model)
    stop_words = search_stop_words(nlp)
    marked = (mark_figures(text) for text in texts)
    for done, doc in enumerate(nlp.pipe(marked, batch_size=batch_size), 1):
        yield analyse_doc(doc, stop_words)
        if progress is not None and (done % batch_size == 0 or done == len(texts)):
            progress(done)


_CHUNK = 256


def _analyse_in_processes(texts, model, batch_size, n_process, progress) -> Iterator[Analysis]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from drafter.nlp import load_pipeline

    if "fork" not in multiprocessing.get_all_start_methods():
        yield from analyse_texts(texts, model=model, batch_size=batch_size, progress=progress)
        return
    # Forked workers inherit the loaded pipeline (no second model load) and
    # need no importable __main__, so scripts without a main guard work too.
    _worker_state["nlp"] = load_pipeline(model)
    _worker_state["batch_size"] = batch_size
    chunks = [texts[start:start + _CHUNK] for start in range(0, len(texts), _CHUNK)]
    done = 0
    with ProcessPoolExecutor(max_workers=n_process,
                             mp_context=multiprocessing.get_context("fork")) as pool:
        for encoded in pool.map(_worker_analyse, chunks):
            for terms, words in encoded:
                yield Analysis.decode(terms, words)
            done += len(encoded)
            if progress is not None:
                progress(done)


_worker_state: dict = {}


def _worker_analyse(texts: list[str]) -> list[tuple[str, str]]:
    if not _worker_state.get("limited"):
        _worker_state["limited"] = True
        try:  # one BLAS thread per worker: the workers already fill the cores
            from threadpoolctl import threadpool_limits

            threadpool_limits(1)
        except ImportError:  # pragma: no cover - installed with scikit-learn
            pass
    nlp = _worker_state["nlp"]
    stop_words = search_stop_words(nlp)
    docs = nlp.pipe((mark_figures(text) for text in texts), batch_size=_worker_state["batch_size"])
    return [analyse_doc(doc, stop_words).encode() for doc in docs]


def learn_lemmas(analyses: Iterable[Analysis]) -> dict[str, str]:
    """Word → its most frequent lemma in the corpus, for words whose lemma
    differs from the word itself (the others map to themselves)."""
    pairs: Counter = Counter()
    # Paragraphs carried forward with new figures share one Analysis: count
    # each once, times how often it occurs.
    shared = Counter(map(id, analyses := list(analyses)))
    for analysis in {id(a): a for a in analyses}.values():
        times = shared[id(analysis)]
        if times == 1:  # most paragraphs: Counter counts an iterable in C
            pairs.update(zip(analysis.words, analysis.terms))
            continue
        for pair in zip(analysis.words, analysis.terms):
            pairs[pair] += times
    best: dict[str, tuple[int, str]] = {}
    for (word, term), count in pairs.items():
        if term in CLASS_TERMS:
            continue
        held = best.get(word)
        if held is None or count > held[0] or (count == held[0] and term < held[1]):
            best[word] = (count, term)
    return {word: term for word, (_, term) in best.items() if term != word}


class QueryAnalyser:
    """Turns query text into index terms the way the corpus was analysed.

    Parameters
    ----------
    stop_words:
        The pipeline's stop words.
    lemmas:
        Word → lemma learned from the corpus (:func:`learn_lemmas`).
    vocabulary:
        The index's terms: a word the corpus never used is lemmatised with
        ``exceptions`` and ``rules`` (the model's rule-lemmatizer tables, by
        part of speech) and the first candidate found here is kept.
    """

    _POS_ORDER = ("noun", "verb", "adj", "adv")

    def __init__(self, stop_words: Iterable[str], lemmas: dict[str, str],
                 vocabulary: Container[str], exceptions: dict | None = None,
                 rules: dict | None = None):
        self.stop_words = frozenset(stop_words)
        self.lemmas = lemmas
        self.vocabulary = vocabulary
        self.exceptions = exceptions or {}
        self.rules = rules or {}
        self._known: dict[str, str] = {}
        self._words: dict[str, tuple] = {}

    def analyse(self, text: str) -> list[tuple[str, str]]:
        """(term, word as written in the query) pairs, in query order."""
        pairs: list[tuple[str, str]] = []
        known = self._words
        for written in WORD.findall(mark_figures(text)):
            pair = known.get(written)
            if pair is None:
                pair = self._pair(written)
                if len(known) < 50_000:  # queries repeat their words
                    known[written] = pair
            if pair:
                pairs.append(pair)
        return pairs

    def _pair(self, written: str) -> tuple[str, str] | tuple[()]:
        """(term, word as written) for one word; empty for a word not indexed."""
        lower = written.lower()
        figure = _PLACEHOLDERS.get(lower)
        if figure is not None:
            return figure, written
        if "'" in lower:
            if "n't" in lower:
                return ()
            lower = _CLITIC.sub("", lower)
            written = _CLITIC.sub("", written)
        if len(lower) < 2 or lower in self.stop_words:
            return ()
        # An acronym the corpus never used is not an inflected word
        # ("ONS" is not the plural of "on").
        lemma = lower if written.isupper() and lower not in self.vocabulary \
            and lower not in self.lemmas else self.lemma(lower)
        if len(lemma) < 2 or lemma in self.stop_words:
            return ()
        return lemma, written

    def lemma(self, word: str) -> str:
        lemma = self.lemmas.get(word)
        if lemma is not None:
            return lemma
        # Remembered: a vocabulary lookup is a binary search, and queries
        # repeat their words.
        known = self._known.get(word)
        if known is None:
            known = word if word in self.vocabulary else self._guess(word)
            if len(self._known) < 50_000:
                self._known[word] = known
        return known

    def _guess(self, word: str) -> str:
        for candidate in self._candidates(word):
            # A stop-word lemma ("emptied" → "empty") was dropped from the
            # index too; a two-letter one is a rule misfiring ("weed" → "we").
            if candidate in self.vocabulary or (candidate in self.stop_words and len(candidate) > 2):
                return candidate
        singular = self._singular(word)
        return self.lemma(singular) if singular != word else word

    def _candidates(self, word: str) -> Iterator[str]:
        """The lemmas the model's tables give for ``word``, by part of speech."""
        for pos in self._POS_ORDER:
            yield from self.exceptions.get(pos, {}).get(word, ())
            for old, new in self.rules.get(pos, ()):
                if word.endswith(old) and len(word) > len(old):
                    yield word[: len(word) - len(old)] + new

    def _singular(self, word: str) -> str:
        """A plural the index does not know, made singular all the same, so
        that it meets the synonyms file's entry ("murders" → "murder")."""
        if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is")):
            return word
        irregular = self.exceptions.get("noun", {}).get(word)
        if irregular:
            return irregular[0]
        suffixes = [(old, new) for old, new in self.rules.get("noun", ()) if old.endswith("s")
                    and word.endswith(old) and len(word) > len(old) + 1]
        if not suffixes:
            return word
        old, new = max(suffixes, key=lambda rule: len(rule[0]))
        return word[: len(word) - len(old)] + new
