"""The retriever over one segment of the index: fit on analysed paragraphs,
score a query by gathering only its terms' postings.

``TfidfRetriever`` follows scikit-learn's estimator conventions (parameters
stored untouched by ``__init__``, ``fit`` returns ``self``, fitted attributes
end in ``_``; ``sklearn.base.clone`` and ``check_is_fitted`` accept it) but does
not inherit from ``BaseEstimator``: importing scikit-learn costs about 1.8 s,
which ``drafter search`` would pay on every run. Fitting, scoring and the
TF-IDF rows (``document_matrix_``, for near-duplicates and the classifier)
need only numpy and scipy.

Scores are BM25's: a term's weight in a document is its IDF times the
saturated, length-normalised term frequency (the *impact*, stored without
the IDF so that an index of several segments can score with document
frequencies and an average length covering all of them; see
``collection.py``). Documents with the same terms (a paragraph carried
forward with new figures) are one *entry*: postings, lengths and term
columns are kept once per entry, so a query reads each once, while document
frequencies, the document count and the average length count every
document. Saved form (``to_disk``): the sorted terms as one array of UTF-8
strings (looked up by binary search, see :class:`SortedTerms`), the
column-compressed postings (entries, term counts, impacts) as ``.npy``
arrays, so a query reads one contiguous slice per term, each entry's length
and term columns (row-compressed, memory-mapped, to tell which query words
a result contains), and each document's entry.
"""

from __future__ import annotations

import inspect
import json
import math
from pathlib import Path

from drafter.files import make_folder
from drafter.search.vocabulary import SortedTerms


class NotFittedError(ValueError, AttributeError):
    """Raised when an estimator is used before ``fit`` or ``from_disk``."""


class LightEstimator:
    """scikit-learn's estimator protocol (``get_params``, ``set_params``, tags)
    without importing scikit-learn until one of its functions asks."""

    @classmethod
    def _get_param_names(cls) -> list[str]:
        signature = inspect.signature(cls.__init__)
        return sorted(p for p in signature.parameters if p != "self")

    def get_params(self, deep: bool = True) -> dict:
        return {name: getattr(self, name) for name in self._get_param_names()}

    def set_params(self, **params):
        valid = self._get_param_names()
        for name, value in params.items():
            if name not in valid:
                raise ValueError(f"invalid parameter {name!r} for {type(self).__name__}")
            setattr(self, name, value)
        return self

    def __sklearn_tags__(self):
        from sklearn.utils import InputTags, Tags, TargetTags

        return Tags(estimator_type=None, target_tags=TargetTags(required=False),
                    input_tags=InputTags(two_d_array=False, sparse=True, string=True))

    def __repr__(self) -> str:
        defaults = inspect.signature(type(self).__init__).parameters
        changed = {k: v for k, v in self.get_params().items() if v != defaults[k].default}
        return f"{type(self).__name__}({', '.join(f'{k}={v!r}' for k, v in changed.items())})"

    _fitted_attribute = "idf_"

    def _check_fitted(self) -> None:
        if not hasattr(self, self._fitted_attribute):
            raise NotFittedError(f"this {type(self).__name__} is not fitted yet: call fit or from_disk")


def smooth_idf(document_frequency, documents: int):
    """scikit-learn's smoothed IDF: ln((1 + n) / (1 + df)) + 1."""
    import numpy as np

    return (np.log((1.0 + documents) / (1.0 + np.asarray(document_frequency, dtype=np.float64)))
            + 1.0).astype(np.float32)


def bm25_norms(lengths, average_length: float, k1: float, b: float):
    """BM25's length normalisation of each document (``lengths``)."""
    import numpy as np

    return (k1 * (1.0 - b + b * np.asarray(lengths, dtype=np.float64) / average_length)).astype(np.float32)


def bm25_impacts(counts, norms, k1: float):
    """BM25's saturated, length-normalised term frequency of postings:
    ``counts`` and the ``norms`` of their documents aligned."""
    import numpy as np

    tf = np.asarray(counts, dtype=np.float32)
    return (tf * np.float32(k1 + 1.0) / (tf + norms)).astype(np.float32)


def count_distinct(documents: list[list[str]]):
    """(sorted terms, CSR matrix of term counts of the distinct documents,
    each document's row in it), without scikit-learn's CountVectorizer (five
    times slower at 100k paragraphs).

    Documents with the same terms (paragraphs carried forward with new
    figures) are counted once; rows follow their first occurrence.
    """
    import numpy as np
    import scipy.sparse

    row_of_key: dict[tuple, int] = {}
    row_of_object: dict[int, int] = {}
    distinct: list[list[str]] = []
    rows = np.empty(len(documents), dtype=np.int32)
    for i, document in enumerate(documents):
        row = row_of_object.get(id(document))
        if row is None:
            row = row_of_key.setdefault(tuple(document), len(distinct))
            if row == len(distinct):
                distinct.append(document)
            row_of_object[id(document)] = row
        rows[i] = row
    vocabulary: dict[str, int] = {}
    lookup = vocabulary.setdefault
    ids = [lookup(term, len(vocabulary)) for document in distinct for term in document]
    lengths = np.fromiter((len(d) for d in distinct), dtype=np.int64, count=len(distinct))
    indptr = np.concatenate(([0], np.cumsum(lengths)))
    terms = sorted(vocabulary, key=lambda t: t.encode("utf-8"))
    order = np.empty(len(vocabulary), dtype=np.int32)
    order[np.fromiter((vocabulary[t] for t in terms), dtype=np.int64, count=len(terms))] = \
        np.arange(len(terms), dtype=np.int32)
    columns = order[np.asarray(ids, dtype=np.int64)] if ids else np.zeros(0, dtype=np.int32)
    counts = scipy.sparse.csr_matrix(
        (np.ones(len(columns), dtype=np.float32), columns, indptr), shape=(len(distinct), len(terms)))
    counts.sum_duplicates()
    return terms, counts, rows


class TfidfRetriever(LightEstimator):
    """Ranks documents by BM25 similarity to a query.

    Parameters
    ----------
    sublinear_tf:
        Use 1 + log(tf) for a query's repeated terms and in the TF-IDF rows:
        a term repeated in a long paragraph does not dominate.
    k1, b:
        BM25's term-frequency saturation and length normalisation.
    max_query_terms:
        A paragraph-length query keeps only its heaviest terms.
    long_query_terms, long_query_max_df:
        A query with more known terms than ``long_query_terms`` ignores terms
        found in more than ``long_query_max_df`` of the documents: in a
        pasted paragraph they barely move the ranking, yet their postings are
        most of what a query reads (benchmarks/README.md has both effects).
    """

    def __init__(self, sublinear_tf: bool = True, max_query_terms: int = 40,
                 long_query_terms: int = 8, long_query_max_df: float = 0.1, k1: float = 1.2,
                 b: float = 0.75):
        self.sublinear_tf = sublinear_tf
        self.max_query_terms = max_query_terms
        self.long_query_terms = long_query_terms
        self.long_query_max_df = long_query_max_df
        self.k1 = k1
        self.b = b

    # -- fitting -------------------------------------------------------------------
    def fit(self, documents: list[list[str]], y=None, *, tfidf: bool = True) -> "TfidfRetriever":
        """Learn terms, document frequencies and postings.

        Parameters
        ----------
        documents:
            One list of analysed terms per document (see drafter.search.terms).
        tfidf:
            Also compute ``document_matrix_`` (L2-normalised TF-IDF rows, for
            near-duplicates and the classifier).
        """
        terms, counts, entry_of = count_distinct(documents)
        return self.fit_counts(terms, counts, entry_of, tfidf=tfidf)

    def fit_counts(self, terms: list[str], counts, entry_of, *, tfidf: bool = True) -> "TfidfRetriever":
        """Fit from :func:`count_distinct`'s result: the sorted ``terms``, the
        term counts of the distinct documents and each document's row. Entries
        are numbered in the order of their first document."""
        import numpy as np

        entry_of = np.asarray(entry_of, dtype=np.int64)
        _, first = np.unique(entry_of, return_index=True)
        order = np.argsort(first, kind="stable")  # rows by their first document
        renumber = np.empty(counts.shape[0], dtype=np.int32)
        renumber[order] = np.arange(len(order), dtype=np.int32)
        counts = counts[order].tocsr()
        self.entry_of_ = renumber[entry_of] if len(entry_of) else np.zeros(0, dtype=np.int32)
        self.multiplicity_ = np.bincount(self.entry_of_, minlength=counts.shape[0]).astype(np.int32)
        csc = counts.tocsc()
        csc.sort_indices()
        self.vocabulary_ = SortedTerms.from_terms(terms)
        self.terms_ = self.vocabulary_
        self.n_documents_ = len(self.entry_of_)
        self.n_entries_ = counts.shape[0]
        self.indptr_ = np.asarray(csc.indptr, dtype=np.int64)
        self.indices_ = np.asarray(csc.indices, dtype=np.int32)
        self.counts_ = np.minimum(csc.data, 65535).astype(np.uint16)
        documents_with = np.concatenate(([0], np.cumsum(self.multiplicity_[self.indices_], dtype=np.int64)))
        self.df_ = np.diff(documents_with[self.indptr_]).astype(np.int32)
        self.idf_ = smooth_idf(self.df_, self.n_documents_)
        self.lengths_ = np.asarray(counts.sum(axis=1)).ravel().astype(np.int32)
        self._compute_impacts(self.own_average_length())
        counts.sort_indices()
        self.forward_indptr_ = np.asarray(counts.indptr, dtype=np.int64)
        self.forward_indices_ = np.asarray(counts.indices, dtype=np.int32)
        self.forward_counts_ = np.minimum(counts.data, 65535).astype(np.uint16)
        if tfidf:
            self.document_matrix_ = self.tfidf_rows(counts, self.idf_)[self.entry_of_]
        return self

    def tfidf_rows(self, counts, idf):
        """L2-normalised TF-IDF rows of a count matrix (scikit-learn's
        ``TfidfTransformer`` with these IDF weights)."""
        import numpy as np
        import scipy.sparse

        rows = scipy.sparse.csr_matrix(counts, dtype=np.float32, copy=True)
        if not rows.shape[0] or not rows.shape[1]:
            return rows
        if self.sublinear_tf:
            np.log(rows.data, out=rows.data)
            rows.data += 1.0
        rows.data *= np.asarray(idf, dtype=np.float32)[rows.indices]
        squares = np.concatenate(([0.0], np.cumsum(rows.data.astype(np.float64) ** 2)))
        norms = np.sqrt(np.diff(squares[rows.indptr]))
        norms[norms == 0] = 1.0
        rows.data /= np.repeat(norms, np.diff(rows.indptr)).astype(np.float32)
        return rows

    def own_average_length(self) -> float:
        import numpy as np

        total = float(np.dot(self.lengths_.astype(np.float64), self.multiplicity_)) \
            if len(self.lengths_) else 0.0
        return total / self.n_documents_ if self.n_documents_ and total else 1.0

    def _compute_impacts(self, average: float) -> None:
        norms = bm25_norms(self.lengths_, average, self.k1, self.b)
        self.impacts_ = bm25_impacts(self.counts_, norms[self.indices_], self.k1)
        self.average_length_ = average
        self._stale = None

    def set_average_length(self, average: float) -> None:
        """Score for this average document length (the collection's, when
        other segments share the statistics). The impacts are recomputed
        term by term, the first time a query reads the term: adding a
        statement changes the average, and a query reads few terms."""
        import numpy as np

        self._check_fitted()
        if self.average_length_ == average:
            return
        self.average_length_ = average
        self._norms = None
        self._stale = np.ones(len(self.vocabulary_), dtype=bool)

    def _refresh(self, columns) -> None:
        """Recompute the stale impacts among ``columns`` for the average length."""
        import numpy as np

        stale = np.asarray(columns, dtype=np.int64)
        stale = np.unique(stale[self._stale[stale]])
        if not len(stale):
            return
        if self._norms is None:
            self._norms = bm25_norms(self.lengths_, self.average_length_, self.k1, self.b)
        starts = self.indptr_[stale]
        sizes = self.indptr_[stale + 1] - starts
        before = np.cumsum(sizes) - sizes  # postings of the earlier stale terms
        postings = np.arange(int(sizes.sum())) + np.repeat(starts - before, sizes)
        self.impacts_[postings] = bm25_impacts(self.counts_[postings], self._norms[self.indices_[postings]],
                                               self.k1)
        self._stale[stale] = False  # after the impacts: a reader never sees a half-done term

    # -- querying ------------------------------------------------------------------
    def query_weights(self, terms: list[str], idf=None):
        """(columns, weights) of the query's known terms (see :meth:`weigh`)."""
        import numpy as np

        self._check_fitted()
        idf = self.idf_ if idf is None else idf
        counts: dict[str, int] = {}
        for term in terms:
            counts[term] = counts.get(term, 0) + 1
        known = self.vocabulary_.columns(list(counts))
        counts = {column: count for column, count in zip(known.tolist(), counts.values()) if column >= 0}
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float64, count=len(counts))
        kept, weights = self.weigh(tf, self.df_[columns], idf[columns], self.n_documents_)
        return columns[kept], weights.astype(np.float32)

    def weigh(self, tf, document_frequency, idf, documents: int):
        """(positions kept, weights) for a query's terms, given per term its
        count in the query, document frequency and IDF: (1 + log tf) × IDF,
        the common terms of a long query and all but the heaviest
        ``max_query_terms`` left out, divided by the best score a document
        could reach so that scores lie between 0 and 1."""
        import numpy as np

        tf = np.asarray(tf, dtype=np.float64)
        if self.sublinear_tf:
            tf = 1.0 + np.log(tf)
        positions, tf = self.cut_long_query(np.arange(len(tf)), tf, np.asarray(document_frequency), documents)
        weights = tf * np.asarray(idf, dtype=np.float64)[positions]
        if len(positions) > self.max_query_terms:
            keep = np.argsort(-weights, kind="stable")[:self.max_query_terms]
            positions, weights = positions[keep], weights[keep]
        if not len(positions):
            return positions, weights
        return positions, weights / (float(weights.sum()) * (self.k1 + 1.0))

    def cut_long_query(self, items, tf, document_frequency, documents: int):
        """Drop the common terms of a long query (see ``long_query_max_df``)."""
        if self.long_query_max_df < 1.0 and len(items) > self.long_query_terms:
            common = document_frequency > self.long_query_max_df * documents
            if (~common).sum() >= self.long_query_terms:
                return items[~common], tf[~common]
        return items, tf

    def tfidf_vector(self, terms: list[str]):
        """(columns, weights): the text as an L2-normalised TF-IDF vector, the
        space ``document_matrix_`` rows (and the classifier) live in."""
        import numpy as np

        self._check_fitted()
        columns = self.vocabulary_.columns(terms)
        columns = columns[columns >= 0]
        if not len(columns):
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        columns, tf = np.unique(columns, return_counts=True)
        tf = tf.astype(np.float32)
        if self.sublinear_tf:
            tf = 1.0 + np.log(tf)
        weights = tf * self.idf_[columns]
        return columns, (weights / math.sqrt(float(np.dot(weights, weights)))).astype(np.float32)

    def score(self, terms: list[str]):
        """Similarity of every document to the query (dense, 0..1)."""
        columns, weights = self.query_weights(terms)
        return self.score_entries(columns, weights)[self.entry_of_]

    def score_entries(self, columns, weights):
        """Score of every entry for query columns with weights."""
        import numpy as np

        entries, contributions = self.gather(columns, weights)
        return np.bincount(entries, weights=contributions, minlength=self.n_entries_)

    def gather(self, columns, weights):
        """(entries, weighted impacts) of the postings of ``columns``, as the
        intp and float64 arrays ``np.bincount`` takes without converting
        element by element (several times slower); one bincount over them
        beats a scatter-add per term (benchmarks/README.md)."""
        import numpy as np

        if not len(columns):
            return np.zeros(0, dtype=np.intp), np.zeros(0)
        indptr, indices, impacts = self.current_postings(columns)
        spans = list(zip(indptr[columns].tolist(), indptr[np.asarray(columns) + 1].tolist()))
        # Converted while concatenated: one pass over the postings, not two.
        entries = np.concatenate([indices[start:end] for start, end in spans], dtype=np.intp)
        contributions = np.concatenate([impacts[start:end] * weight for (start, end), weight
                                        in zip(spans, np.asarray(weights, dtype=np.float64).tolist())],
                                       dtype=np.float64)
        return entries, contributions

    def current_postings(self, columns):
        """(indptr, indices, impacts), with the impacts of ``columns`` made
        current for the average length first."""
        if self._stale is not None and self._stale[columns].any():
            self._refresh(columns)
        return self.indptr_, self.indices_, self.impacts_

    def entry_columns(self, entry: int):
        """The columns (terms) of an entry, ascending."""
        start, end = self.forward_indptr_[entry], self.forward_indptr_[entry + 1]
        return self.forward_indices_[start:end]

    def document_terms(self, document: int) -> set[int]:
        """The columns (terms) ``document`` contains."""
        return set(self.entry_columns(int(self.entry_of_[document])).tolist())

    def contains(self, document: int, term: str) -> bool:
        column = self.vocabulary_.get(term)
        return column is not None and column in self.document_terms(document)

    # -- saving --------------------------------------------------------------------
    _ARRAYS = ("idf", "df", "lengths", "indptr", "indices", "counts", "impacts", "entry_of", "multiplicity")
    _FORWARD = ("forward_indptr", "forward_indices", "forward_counts")

    def to_disk(self, path: Path | str) -> None:
        import numpy as np

        self._check_fitted()
        if self._stale is not None:
            self._refresh(np.arange(len(self.vocabulary_)))
        path = Path(path)
        make_folder(path)
        np.save(path / "terms.npy", self.vocabulary_.encoded)
        for name in self._ARRAYS:
            np.save(path / f"{name}.npy", getattr(self, f"{name}_"))
        for name in self._FORWARD:
            np.save(path / f"{name}.npy", getattr(self, f"{name}_"))
        (path / "retriever.json").write_text(json.dumps({
            "params": self.get_params(), "n_documents": int(self.n_documents_),
            "n_entries": int(self.n_entries_), "average_length": self.average_length_,
        }), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path | str) -> "TfidfRetriever":
        import numpy as np

        path = Path(path)
        saved = json.loads((path / "retriever.json").read_text(encoding="utf-8"))
        retriever = cls(**saved["params"])
        retriever.vocabulary_ = SortedTerms(np.load(path / "terms.npy"))
        retriever.terms_ = retriever.vocabulary_
        for name in cls._ARRAYS:
            setattr(retriever, f"{name}_", np.load(path / f"{name}.npy"))
        retriever.average_length_ = float(saved["average_length"])
        retriever._stale = None
        # Read only for the few entries shown per query: mapped, not loaded
        # (as plain arrays: slicing a numpy memmap builds a memmap object
        # each time, ten times slower).
        for name in cls._FORWARD:
            setattr(retriever, f"{name}_", np.asarray(np.load(path / f"{name}.npy", mmap_mode="r")))
        retriever.n_documents_ = int(saved["n_documents"])
        retriever.n_entries_ = int(saved["n_entries"])
        return retriever
