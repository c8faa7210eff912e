"""The TF-IDF retriever: fit on analysed paragraphs, score a query by
gathering only its terms' postings.

``TfidfRetriever`` follows scikit-learn's estimator conventions (parameters
stored untouched by ``__init__``, ``fit`` returns ``self``, fitted attributes
end in ``_``; ``sklearn.base.clone`` and ``check_is_fitted`` accept it) but does
not inherit from ``BaseEstimator``: importing scikit-learn costs about 1.8 s,
which ``drafter search`` would pay on every run. ``fit`` uses scikit-learn's
``TfidfVectorizer``; scoring and loading need only numpy.

Saved form (``to_disk``): the sorted terms as one array of UTF-8 strings
(looked up by binary search, see :class:`SortedTerms`), the IDF weights and the column-compressed (CSC) document
matrix as three ``.npy`` arrays, so a query reads one contiguous slice per
term; and each document's term columns (row-compressed, memory-mapped), to
tell which query words a result contains.
"""

from __future__ import annotations

import inspect
import json
import math
from pathlib import Path

PHRASE_JOINER = "\u00a0"  # joins the two terms of a phrase (bigram) term


def documents_terms(terms: list[str], phrases: bool) -> list[str]:
    """A paragraph's index terms, plus adjacent pairs when ``phrases`` is on."""
    if not phrases or len(terms) < 2:
        return terms
    return terms + [f"{a}{PHRASE_JOINER}{b}" for a, b in zip(terms, terms[1:])]


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


class SortedTerms:
    """Term → column as a sorted array of UTF-8 strings, looked up by binary
    search. Loading it is one ``np.load`` (no dict to build: at 200k terms
    building a dict took 17 times longer than loading the array, while a
    40-term lookup still takes microseconds; benchmarks/README.md)."""

    def __init__(self, encoded):
        self.encoded = encoded

    @classmethod
    def from_terms(cls, terms: list[str]) -> "SortedTerms":
        import numpy as np

        encoded = [term.encode("utf-8") for term in terms]
        if encoded != sorted(encoded):
            raise ValueError("terms must be sorted")
        return cls(np.array(encoded, dtype=bytes) if encoded else np.zeros(0, dtype="S1"))

    def get(self, term: str, default=None):
        import numpy as np

        key = term.encode("utf-8")
        at = int(np.searchsorted(self.encoded, key))
        if at < len(self.encoded) and self.encoded[at] == key:
            return at
        return default

    def columns(self, terms: list[str]):
        """Column of each term, -1 for terms not in the vocabulary (one search)."""
        import numpy as np

        if not terms or not len(self.encoded):
            return np.full(len(terms), -1, dtype=np.int64)
        keys = np.array([term.encode("utf-8") for term in terms], dtype=bytes)
        at = np.minimum(np.searchsorted(self.encoded, keys), len(self.encoded) - 1)
        return np.where(self.encoded[at] == keys, at, -1).astype(np.int64)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.get(term) is not None

    def __len__(self) -> int:
        return len(self.encoded)

    def __getitem__(self, column: int) -> str:
        return self.encoded[column].decode("utf-8")


class TfidfRetriever(LightEstimator):
    """Ranks documents by TF-IDF similarity to a query.

    Parameters
    ----------
    weighting:
        ``"bm25"``: a document's term weight is scikit-learn's IDF times BM25's
        saturated, length-normalised term frequency and a query's terms count
        once each; ``"tfidf"``: cosine of L2-normalised TF-IDF vectors. BM25
        ranks better on the sample corpus (benchmarks/README.md).
    sublinear_tf:
        Use 1 + log(tf) in the TF-IDF vectors and query weights: a term
        repeated in a long paragraph does not dominate.
    k1, b:
        BM25's term-frequency saturation and length normalisation.
    min_df:
        Ignore terms in fewer documents (1 keeps every term: a rare name is
        often exactly what the writer is looking for).
    phrases:
        Add adjacent term pairs as extra terms.
    max_query_terms:
        A paragraph-length query keeps only its heaviest terms.
    long_query_terms, long_query_max_df:
        A query with more known terms than ``long_query_terms`` ignores terms
        found in more than ``long_query_max_df`` of the documents: in a
        pasted paragraph they barely move the ranking, yet their postings are
        most of what a query reads (benchmarks/README.md has both effects).
    """

    def __init__(self, weighting: str = "bm25", sublinear_tf: bool = True, min_df: int = 1,
                 phrases: bool = False, max_query_terms: int = 40, long_query_terms: int = 8,
                 long_query_max_df: float = 0.1, k1: float = 1.2, b: float = 0.75):
        self.weighting = weighting
        self.sublinear_tf = sublinear_tf
        self.min_df = min_df
        self.phrases = phrases
        self.max_query_terms = max_query_terms
        self.long_query_terms = long_query_terms
        self.long_query_max_df = long_query_max_df
        self.k1 = k1
        self.b = b

    # -- fitting -------------------------------------------------------------------
    def fit(self, documents: list[list[str]], y=None) -> "TfidfRetriever":
        """Learn terms, IDF weights and the document matrix.

        Parameters
        ----------
        documents:
            One list of analysed terms per document (see drafter.search.terms).
        """
        import numpy as np
        import scipy.sparse
        from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

        if self.weighting not in ("bm25", "tfidf"):
            raise ValueError(f"weighting must be 'bm25' or 'tfidf', not {self.weighting!r}")
        phrases = self.phrases
        counter = CountVectorizer(analyzer=lambda terms: documents_terms(terms, phrases),
                                  min_df=self.min_df, dtype=np.float32)
        if documents and any(documents):
            counts = counter.fit_transform(documents).tocsr()
            terms = counter.get_feature_names_out().tolist()
        else:  # nothing to learn from: an empty index still answers (with nothing)
            counts = scipy.sparse.csr_matrix((len(documents), 0), dtype=np.float32)
            terms = []
        transformer = TfidfTransformer(sublinear_tf=self.sublinear_tf, norm="l2")
        if counts.shape[1]:
            tfidf = transformer.fit_transform(counts).astype(np.float32)
            idf = transformer.idf_.astype(np.float32)
        else:
            tfidf, idf = counts, np.zeros(0, dtype=np.float32)
        # Cosine similarity between paragraphs (near-duplicates, the classifier).
        self.document_matrix_ = tfidf.tocsr()
        if self.weighting == "tfidf":
            postings = tfidf
        else:
            postings = self._bm25_weights(counts, idf)
        self._set_postings(terms, idf, postings.tocsc())
        forward = counts.tocsr()
        forward.sort_indices()
        self.forward_indptr_ = np.asarray(forward.indptr, dtype=np.int64)
        self.forward_indices_ = np.asarray(forward.indices, dtype=np.int32)
        return self

    def _bm25_weights(self, counts, idf):
        """idf × saturated term frequency, with the document length pivoted on
        the average (BM25's weight of a term in a document)."""
        import numpy as np

        matrix = counts.astype(np.float32, copy=True)
        lengths = np.asarray(matrix.sum(axis=1)).ravel()
        average = float(lengths.mean()) if len(lengths) and lengths.mean() > 0 else 1.0
        row_of = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
        tf = matrix.data
        norm = self.k1 * (1.0 - self.b + self.b * lengths[row_of] / average)
        matrix.data = (idf[matrix.indices] * tf * (self.k1 + 1.0) / (tf + norm)).astype(np.float32)
        return matrix

    def _set_postings(self, terms, idf, csc) -> None:
        import numpy as np

        csc.sort_indices()
        # scikit-learn sorts features by code point, which is UTF-8 byte order too.
        self.vocabulary_ = SortedTerms.from_terms(list(terms))
        self.terms_ = self.vocabulary_
        self.idf_ = np.asarray(idf, dtype=np.float32)
        self.n_documents_ = csc.shape[0]
        self.indptr_ = np.asarray(csc.indptr, dtype=np.int64)
        self.indices_ = np.asarray(csc.indices, dtype=np.int32)
        self.data_ = np.asarray(csc.data, dtype=np.float32)

    # -- querying ------------------------------------------------------------------
    def tfidf_vector(self, terms: list[str]):
        """(columns, weights): the text as an L2-normalised TF-IDF vector, the
        space ``document_matrix_`` rows (and the classifier) live in."""
        return self.query_vector(terms, weighting="tfidf", limit=None)

    def query_vector(self, terms: list[str], *, weighting: str | None = None,
                     limit: int | None = -1):
        """(columns, weights) of the query's known terms for scoring, the
        heaviest ``max_query_terms`` only."""
        import numpy as np

        self._check_fitted()
        weighting = weighting or self.weighting
        limit = self.max_query_terms if limit == -1 else limit
        counts: dict[str, int] = {}
        for term in documents_terms(terms, self.phrases):
            counts[term] = counts.get(term, 0) + 1
        known = self.vocabulary_.columns(list(counts))
        counts = {column: count for column, count in zip(known.tolist(), counts.values()) if column >= 0}
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
        columns = np.fromiter(counts, dtype=np.int64, count=len(counts))
        tf = np.fromiter(counts.values(), dtype=np.float32, count=len(counts))
        if self.sublinear_tf:
            tf = 1.0 + np.log(tf)
        if limit is not None and self.long_query_max_df < 1.0 and len(columns) > self.long_query_terms:
            frequency = self.indptr_[columns + 1] - self.indptr_[columns]
            common = frequency > self.long_query_max_df * self.n_documents_
            if (~common).sum() >= self.long_query_terms:
                columns, tf = columns[~common], tf[~common]
        idf = self.idf_[columns]
        weights = tf * idf
        if limit is not None and len(columns) > limit:
            keep = np.argsort(-weights, kind="stable")[:limit]
            columns, weights, tf, idf = columns[keep], weights[keep], tf[keep], idf[keep]
        if weighting == "tfidf":  # cosine: both vectors unit length
            norm = math.sqrt(float(np.dot(weights, weights)))
            return columns, (weights / norm).astype(np.float32)
        # BM25 counts idf once (in the document weights). Dividing by the best
        # score a document could reach keeps scores between 0 and 1.
        ceiling = float(np.dot(tf, idf)) * (self.k1 + 1.0)
        return columns, (tf / ceiling).astype(np.float32)

    def score(self, terms: list[str]):
        """Similarity of every document to the query (dense float32, 0..1)."""
        columns, weights = self.query_vector(terms)
        return self.score_vector(columns, weights)

    def score_vector(self, columns, weights):
        """Score of every document for the query (columns, weights)."""
        return self.score_postings(columns, weights)[0]

    def score_postings(self, columns, weights):
        """(score of every document, the documents the query's postings list).

        The second array may repeat a document (once per query term it has);
        it saves a scan of every score to find the documents that scored.
        """
        import numpy as np

        if not len(columns):
            return np.zeros(self.n_documents_), np.zeros(0, dtype=np.int32)
        indptr, indices, data = self.indptr_, self.indices_, self.data_
        spans = list(zip(indptr[columns].tolist(), indptr[columns + 1].tolist()))
        # One bincount over the gathered postings beats a scatter-add per term
        # (fewer numpy calls; benchmarks/README.md).
        documents = np.concatenate([indices[start:end] for start, end in spans])
        contributions = np.concatenate([data[start:end] * weight
                                        for (start, end), weight in zip(spans, weights.tolist())])
        return np.bincount(documents, weights=contributions, minlength=self.n_documents_), documents

    def document_terms(self, document: int) -> set[int]:
        """The columns (terms) ``document`` contains."""
        start, end = self.forward_indptr_[document], self.forward_indptr_[document + 1]
        return set(self.forward_indices_[start:end].tolist())

    def contains(self, document: int, term: str) -> bool:
        column = self.vocabulary_.get(term)
        return column is not None and column in self.document_terms(document)

    # -- saving --------------------------------------------------------------------
    def to_disk(self, path: Path | str) -> None:
        import numpy as np

        self._check_fitted()
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        np.save(path / "terms.npy", self.vocabulary_.encoded)
        np.save(path / "idf.npy", self.idf_)
        np.save(path / "indptr.npy", self.indptr_)
        np.save(path / "indices.npy", self.indices_)
        np.save(path / "data.npy", self.data_)
        np.save(path / "forward_indptr.npy", self.forward_indptr_)
        np.save(path / "forward_indices.npy", self.forward_indices_)
        (path / "retriever.json").write_text(json.dumps({
            "params": self.get_params(), "n_documents": int(self.n_documents_),
        }), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path | str) -> "TfidfRetriever":
        import numpy as np

        path = Path(path)
        saved = json.loads((path / "retriever.json").read_text(encoding="utf-8"))
        retriever = cls(**saved["params"])
        retriever.vocabulary_ = SortedTerms(np.load(path / "terms.npy"))
        retriever.terms_ = retriever.vocabulary_
        retriever.idf_ = np.load(path / "idf.npy")
        retriever.indptr_ = np.load(path / "indptr.npy")
        retriever.indices_ = np.load(path / "indices.npy")
        retriever.data_ = np.load(path / "data.npy")
        # Read only for the few documents shown per query: mapped, not loaded.
        retriever.forward_indptr_ = np.load(path / "forward_indptr.npy", mmap_mode="r")
        retriever.forward_indices_ = np.load(path / "forward_indices.npy", mmap_mode="r")
        retriever.n_documents_ = int(saved["n_documents"])
        return retriever
