"""The index's segments searched as one collection, as Lucene and tantivy do:
the main segment (the last full build), a small delta segment (statements
added since) and the main segment's documents removed since.

Scores are those a fresh build of the same corpus gives: document
frequencies, the number of documents and the average document length cover
the live documents of both segments, and each segment's impacts are
recomputed for that average length when it differs from the one they were
saved with (term by term, as queries read them). Documents and entries
(distinct documents, see ``tfidf.py``) are numbered main first, then delta;
an entry whose documents were all removed scores nothing.
"""

from __future__ import annotations

# Terms looked up are remembered (queries repeat their words); past this
# many the memory starts again.
REMEMBERED_TERMS = 100_000


class Collection:
    """Global statistics and scoring over a main and an optional delta segment."""

    def __init__(self, main, delta=None, removed=None):
        import numpy as np

        self.main = main
        self.delta = delta
        self.removed = np.asarray(removed if removed is not None else [], dtype=np.int64)
        self.segments = [main] if delta is None else [main, delta]
        self.offset = main.n_entries_
        self.size = sum(segment.n_entries_ for segment in self.segments)
        live = main.multiplicity_.astype(np.int64)
        if len(self.removed):
            live = live - np.bincount(main.entry_of_[self.removed], minlength=main.n_entries_)
        self.dead = np.flatnonzero(live == 0) if len(self.removed) else np.zeros(0, dtype=np.int64)
        self.documents = main.n_documents_ - len(self.removed)
        total_length = float(np.dot(main.lengths_.astype(np.float64), live))
        if delta is not None:
            self.documents += delta.n_documents_
            total_length += float(np.dot(delta.lengths_.astype(np.float64), delta.multiplicity_))
        self.average_length = total_length / self.documents if self.documents and total_length else 1.0
        self._removed_df = self._removed_frequencies(main.multiplicity_ - live) if len(self.removed) else None
        for segment in self.segments:
            segment.set_average_length(self.average_length)
        self._terms: dict[str, tuple] = {}
        self._numbering: TermNumbers | None = None

    def _removed_frequencies(self, removed_per_entry):
        """Per main column, how many removed documents contain it."""
        import numpy as np

        main = self.main
        entries = np.flatnonzero(removed_per_entry)
        starts, ends = main.forward_indptr_[entries], main.forward_indptr_[entries + 1]
        columns = np.concatenate([main.forward_indices_[s:e] for s, e in zip(starts.tolist(), ends.tolist())])
        weights = np.repeat(removed_per_entry[entries], ends - starts)
        return np.bincount(columns, weights=weights, minlength=len(main.vocabulary_)).astype(np.int64)

    def entries_of_documents(self):
        """Each document's entry (the collection's numbering)."""
        import numpy as np

        if self.delta is None:
            return self.main.entry_of_.astype(np.int64)
        return np.concatenate([self.main.entry_of_.astype(np.int64),
                               self.delta.entry_of_.astype(np.int64) + self.offset])

    # -- terms --------------------------------------------------------------------
    def lookup(self, terms: list[str]) -> list[tuple[tuple[int, ...], int]]:
        """Per term: (its column in each segment, -1 where absent; the live
        documents containing it)."""
        import numpy as np

        known = self._terms
        missing = [term for term in dict.fromkeys(terms) if term not in known]
        if len(missing) == 1:  # one binary search a segment, no arrays built
            self._remember(missing[0])
        elif missing:
            if len(known) + len(missing) > REMEMBERED_TERMS:
                # Forgetting the terms held drops those asked again here too.
                known.clear()
                missing = list(dict.fromkeys(terms))
            found = [segment.vocabulary_.columns(missing) for segment in self.segments]
            df = np.zeros(len(missing), dtype=np.int64)
            for segment, columns in zip(self.segments, found):
                has = columns >= 0
                df[has] += segment.df_[columns[has]]
                if segment is self.main and self._removed_df is not None:
                    df[has] -= self._removed_df[columns[has]]
            for term, columns, frequency in zip(missing, zip(*(c.tolist() for c in found)), df.tolist()):
                known[term] = (columns, frequency)
        return [known[term] for term in terms]

    def _remember(self, term: str) -> None:
        if len(self._terms) >= REMEMBERED_TERMS:
            self._terms.clear()
        columns, df = [], 0
        for segment in self.segments:
            column = segment.vocabulary_.get(term, -1)
            columns.append(column)
            if column >= 0:
                df += int(segment.df_[column])
                if segment is self.main and self._removed_df is not None:
                    df -= int(self._removed_df[column])
        self._terms[term] = (tuple(columns), df)

    def columns(self, terms: list[str]) -> list:
        """Per segment, the column of each term (-1 where the segment lacks it)."""
        import numpy as np

        found = [columns for columns, _ in self.lookup(terms)]
        return [np.fromiter((c[i] for c in found), dtype=np.int64, count=len(found))
                for i in range(len(self.segments))]

    def document_frequency(self, terms: list[str]):
        """Live documents containing each term, over both segments."""
        import numpy as np

        return np.fromiter((df for _, df in self.lookup(terms)), dtype=np.int64, count=len(terms))

    def term_numbers(self):
        """A numbering of the collection's terms (the main segment's columns,
        then the delta's other terms): per segment, each column's number; and
        per number, the live documents containing the term."""
        import numpy as np

        main = self.main
        numbers = [np.arange(len(main.vocabulary_), dtype=np.int64)]
        df = main.df_.astype(np.int64)
        if self._removed_df is not None:
            df = df - self._removed_df
        if self.delta is not None:
            in_main = main.vocabulary_.columns_of(self.delta.vocabulary_)
            new = in_main < 0
            in_main[new] = len(df) + np.arange(int(new.sum()))
            df = np.concatenate([df, np.zeros(int(new.sum()), dtype=np.int64)])
            df[in_main] += self.delta.df_
            numbers.append(in_main)
        return numbers, df

    def numbering(self) -> "TermNumbers":
        """:meth:`term_numbers` with what feedback asks of it, computed once."""
        if self._numbering is None:
            self._numbering = TermNumbers(self)
        return self._numbering

    def idf(self, document_frequency):
        from drafter.search.tfidf import smooth_idf

        return smooth_idf(document_frequency, self.documents)

    def __contains__(self, term: object) -> bool:
        if not isinstance(term, str):
            return False
        return any(column >= 0 for column in self.lookup([term])[0][0])

    # -- scoring ------------------------------------------------------------------
    def score(self, columns: list, weights):
        """Score of every entry for terms given by their ``columns`` in each
        segment (see :meth:`columns`) with weights (multiplying the impacts)."""
        import numpy as np

        from drafter.search import accumulate

        weights = np.asarray(weights, dtype=np.float64)
        present = self._present(columns, weights)
        if accumulate.uses_compiled(self.size):
            scores = np.zeros(self.size)
            for segment, found, weighed, offset in present:
                accumulate.add_segment(scores, segment, found, weighed, offset)
        else:
            gathered = [(segment.gather(found, weighed), offset) for segment, found, weighed, offset in present]
            if not gathered:
                return np.zeros(self.size)
            entries = np.concatenate([entries + offset if offset else entries
                                      for (entries, _), offset in gathered])
            contributions = np.concatenate([contributions for (_, contributions), _ in gathered])
            scores = np.bincount(entries, weights=contributions, minlength=self.size)
        if len(self.dead):
            scores[self.dead] = 0.0
        return scores

    def holding(self, columns: list):
        """Which entries hold the term given by its ``columns`` (one per
        segment), as ``score`` of that term alone being above zero would say,
        read from its postings alone rather than a pass over every entry."""
        import numpy as np

        held = np.zeros(self.size, dtype=bool)
        for indptr, indices, impacts, column, offset in self.postings_of(columns):
            start, end = int(indptr[column]), int(indptr[column + 1])
            held[indices[start:end][impacts[start:end] > 0] + offset] = True
        if len(self.dead):
            held[self.dead] = False
        return held

    def postings_of(self, columns: list) -> list[tuple]:
        """(indptr, indices, impacts, column, first entry) of the term given
        by its ``columns``, for each segment holding it."""
        import numpy as np

        found_in = []
        for segment, found, _, offset in self._present(columns, np.ones(1)):
            indptr, indices, impacts = segment.current_postings(found)
            found_in.append((indptr, indices, impacts, int(found[0]), offset))
        return found_in

    def _present(self, columns: list, weights) -> list[tuple]:
        """(segment, its columns, their weights, its first entry) for each
        segment holding some of the terms."""
        present = []
        for segment, found in zip(self.segments, columns):
            has = found >= 0
            if has.any():
                present.append((segment, found[has], weights[has], 0 if segment is self.main else self.offset))
        return present

    # -- entries ------------------------------------------------------------------
    def segment_of(self, entry: int):
        """(segment, its own number for the entry)."""
        if entry < self.offset:
            return self.main, entry
        return self.delta, entry - self.offset

    @property
    def vocabulary_size(self) -> int:
        return sum(len(segment.vocabulary_) for segment in self.segments)


class TermNumbers:
    """The collection's terms numbered once (:meth:`Collection.term_numbers`),
    so that a query can add up, filter and rank terms from both segments as
    arrays, and name only the few it keeps."""

    def __init__(self, collection: Collection):
        import numpy as np

        from drafter.search.terms import CLASS_TERMS

        self.per_segment, document_frequency = collection.term_numbers()
        self.idf = collection.idf(document_frequency)
        self._main = collection.main
        self._delta = collection.delta
        self._main_size = len(collection.main.vocabulary_)
        size = len(document_frequency)
        self._delta_column = np.full(size, -1, dtype=np.int64)
        if collection.delta is not None:
            self._delta_column[self.per_segment[1]] = np.arange(len(collection.delta.vocabulary_))
        self.class_term = np.zeros(size, dtype=bool)
        for segment, numbers in zip(collection.segments, self.per_segment):
            columns = segment.vocabulary_.columns(list(CLASS_TERMS))
            self.class_term[numbers[columns[columns >= 0]]] = True

    def of_columns(self, columns: list):
        """The numbers of the terms given by their columns in each segment."""
        import numpy as np

        found = [numbers[known[known >= 0]] for numbers, known in zip(self.per_segment, columns)]
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)

    def names(self, numbers) -> list[str]:
        import numpy as np

        numbers = np.asarray(numbers, dtype=np.int64)
        in_main = numbers < self._main_size
        encoded = np.empty(len(numbers), dtype=object)
        encoded[in_main] = self._main.vocabulary_.encoded[numbers[in_main]]
        if not in_main.all():
            encoded[~in_main] = self._delta.vocabulary_.encoded[self._delta_column[numbers[~in_main]]]
        return [name.decode("utf-8") for name in encoded.tolist()]

    def columns(self, numbers) -> list:
        """Per segment, the column of each numbered term (-1 where the segment
        lacks it), as :meth:`Collection.columns` gives them."""
        import numpy as np

        numbers = np.asarray(numbers, dtype=np.int64)
        main = np.where(numbers < self._main_size, numbers, -1)
        return [main] if self._delta is None else [main, self._delta_column[numbers]]
