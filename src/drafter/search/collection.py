"""The index's segments searched as one collection, as Lucene and tantivy do:
the main segment (the last full build), a small delta segment (statements
added since) and the main segment's documents removed since.

Scores are those a fresh build of the same corpus gives: document
frequencies, the number of documents and the average document length cover
the live documents of both segments, and each segment's impacts are
recomputed for that average length when it differs from the one they were
saved with. Documents are numbered main first, then delta (``offset``).
"""

from __future__ import annotations


class Collection:
    """Global statistics and scoring over a main and an optional delta segment."""

    def __init__(self, main, delta=None, removed=None):
        import numpy as np

        self.main = main
        self.delta = delta
        self.removed = np.asarray(removed if removed is not None else [], dtype=np.int64)
        self.offset = main.n_documents_
        self.size = main.n_documents_ + (delta.n_documents_ if delta is not None else 0)
        self.segments = [main] if delta is None else [main, delta]
        removed_lengths = int(main.lengths_[self.removed].sum()) if len(self.removed) else 0
        total_length = int(main.lengths_.sum()) - removed_lengths
        self.documents = self.size - len(self.removed)
        if delta is not None:
            total_length += int(delta.lengths_.sum())
        self.average_length = total_length / self.documents if self.documents and total_length else 1.0
        self._removed_df = self._removed_frequencies() if len(self.removed) else None
        for segment in self.segments:
            segment.set_average_length(self.average_length)
        self.live = None
        if len(self.removed):
            self.live = np.ones(self.size, dtype=bool)
            self.live[self.removed] = False

    def _removed_frequencies(self):
        """Per main column, how many removed documents contain it."""
        import numpy as np

        main = self.main
        starts = np.asarray(main.forward_indptr_)[self.removed]
        ends = np.asarray(main.forward_indptr_)[self.removed + 1]
        columns = np.concatenate([np.asarray(main.forward_indices_[s:e]) for s, e in
                                  zip(starts.tolist(), ends.tolist())]) if len(starts) else \
            np.zeros(0, dtype=np.int64)
        return np.bincount(columns, minlength=len(main.vocabulary_)).astype(np.int32)

    # -- terms --------------------------------------------------------------------
    def columns(self, terms: list[str]) -> list:
        """Per segment, the column of each term (-1 where the segment lacks it)."""
        return [segment.vocabulary_.columns(terms) for segment in self.segments]

    def document_frequency(self, terms: list[str], columns=None):
        """Live documents containing each term, over both segments."""
        import numpy as np

        columns = columns if columns is not None else self.columns(terms)
        df = np.zeros(len(terms), dtype=np.int64)
        for segment, found in zip(self.segments, columns):
            has = found >= 0
            df[has] += segment.df_[found[has]]
            if segment is self.main and self._removed_df is not None:
                df[has] -= self._removed_df[found[has]]
        return df

    def idf(self, document_frequency):
        from drafter.search.tfidf import smooth_idf

        return smooth_idf(document_frequency, self.documents)

    def __contains__(self, term: object) -> bool:
        if not isinstance(term, str):
            return False
        if self.delta is None:
            return self.main.vocabulary_.get(term) is not None
        return any(term in segment.vocabulary_ for segment in self.segments)

    # -- scoring ------------------------------------------------------------------
    def score(self, terms: list[str], weights, columns=None):
        """(score of every document, the documents the postings list) for
        terms with weights (multiplying the impacts)."""
        import numpy as np

        columns = columns if columns is not None else self.columns(terms)
        weights = np.asarray(weights, dtype=np.float64)
        parts_documents, parts_contributions = [], []
        for segment, found in zip(self.segments, columns):
            has = found >= 0
            if not has.any():
                continue
            documents, contributions = segment.gather(found[has], weights[has])
            if segment is not self.main:
                documents = documents + self.offset
            parts_documents.append(documents)
            parts_contributions.append(contributions)
        if not parts_documents:
            return np.zeros(self.size), np.zeros(0, dtype=np.int64)
        documents = parts_documents[0] if len(parts_documents) == 1 else np.concatenate(parts_documents)
        contributions = parts_contributions[0] if len(parts_contributions) == 1 \
            else np.concatenate(parts_contributions)
        scores = np.bincount(documents, weights=contributions, minlength=self.size)
        if self.live is not None:
            scores[self.removed] = 0.0
        return scores, documents

    # -- documents ----------------------------------------------------------------
    def segment_of(self, document: int):
        """(segment, its own number for the document)."""
        if document < self.offset:
            return self.main, document
        return self.delta, document - self.offset

    def document_terms(self, document: int) -> set[str]:
        """The terms a document contains."""
        segment, local = self.segment_of(document)
        vocabulary = segment.vocabulary_
        return {vocabulary[column] for column in segment.document_terms(local)}

    @property
    def vocabulary_size(self) -> int:
        return sum(len(segment.vocabulary_) for segment in self.segments)
