"""Term associations learned from the corpus: which words are used for the
same things.

Near-duplicate groups join the versions of one storyline across quarters,
often reworded ("knife surrender bins" one quarter, "weapons deposited" the
next): a group is a free set of paraphrases. Each group's paragraphs are
summed into one *storyline* document, and latent semantic analysis
(scikit-learn's ``TruncatedSVD`` of the storylines' TF-IDF matrix) gives each
term a vector; terms whose vectors point the same way are associated, with
the cosine as their strength. Only each term's few strongest associations are
kept, as arrays that queries read without scikit-learn.

Learned on demand (``Associations.learn``, then a loaded index's
``associations``): on the sample corpus they did not improve ranking, so a
build does not learn them (benchmarks/RESULTS.md has the ablation).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from drafter.search.vocabulary import SortedTerms


@dataclass
class AssociationSettings:
    """How associations are learned.

    Parameters
    ----------
    components:
        Dimensions of the latent space (fewer than storylines).
    per_term:
        Associations kept per term.
    min_strength:
        Weakest cosine kept.
    max_terms:
        Terms given associations: the ones in most storylines, at least two.
    max_share:
        Terms in more than this share of storylines get none (too general).
    """

    components: int = 100
    per_term: int = 5
    min_strength: float = 0.5
    max_terms: int = 20_000
    max_share: float = 0.2


class Associations:
    """Term → its associated terms with strengths, as sorted arrays."""

    def __init__(self, terms: "SortedTerms", indptr, related, strengths):
        self.terms = terms
        self.indptr = indptr
        self.related_at = related  # positions in ``terms``
        self.strengths = strengths

    @classmethod
    def learn(cls, matrix, groups, vocabulary, settings: AssociationSettings | None = None):
        """Associations from L2-normalised TF-IDF rows, their group labels and
        the matrix's vocabulary (a SortedTerms). None when the corpus is too
        small to learn from."""
        import numpy as np
        import scipy.sparse
        from sklearn.decomposition import TruncatedSVD
        from sklearn.preprocessing import normalize

        from drafter.search.vocabulary import SortedTerms

        settings = settings or AssociationSettings()
        groups = np.asarray(groups)
        if matrix.shape[0] == 0 or not len(groups):
            return None
        membership = scipy.sparse.csr_matrix(
            (np.ones(len(groups), dtype=np.float32), (groups, np.arange(len(groups)))),
            shape=(int(groups.max()) + 1, len(groups)))
        storylines = normalize(membership @ matrix, norm="l2")
        present = np.asarray((storylines > 0).sum(axis=0)).ravel()
        stories = storylines.shape[0]
        eligible = np.flatnonzero((present >= 2) & (present <= max(2, settings.max_share * stories)))
        components = min(settings.components, stories - 1, len(eligible) - 1)
        if components < 2:
            return None
        if len(eligible) > settings.max_terms:
            eligible = eligible[np.argsort(-present[eligible], kind="stable")[:settings.max_terms]]
            eligible.sort()
        svd = TruncatedSVD(n_components=components, random_state=0)
        svd.fit(storylines[:, eligible])
        vectors = normalize((svd.components_.T * svd.singular_values_).astype(np.float32))
        indptr, related, strengths = [0], [], []
        for start in range(0, len(eligible), 2048):
            block = vectors[start:start + 2048] @ vectors.T
            for row, similarities in enumerate(block):
                similarities[start + row] = -1.0  # not itself
                best = np.argpartition(-similarities, min(settings.per_term, len(similarities) - 1))
                best = best[:settings.per_term]
                best = best[np.argsort(-similarities[best], kind="stable")]
                best = best[similarities[best] >= settings.min_strength]
                related.extend(best.tolist())
                strengths.extend(similarities[best].tolist())
                indptr.append(len(related))
        names = [vocabulary[c] for c in eligible]
        return cls(SortedTerms.from_terms(names), np.asarray(indptr, dtype=np.int64),
                   np.asarray(related, dtype=np.int32), np.asarray(strengths, dtype=np.float32))

    def related(self, terms: list[str]) -> dict[str, list[tuple[str, float]]]:
        """For each term with associations, (associated term, strength) pairs."""
        found = {}
        for term, column in zip(terms, self.terms.columns(terms).tolist()):
            if column < 0:
                continue
            start, end = int(self.indptr[column]), int(self.indptr[column + 1])
            if end > start:
                found[term] = [(self.terms[at], strength) for at, strength in
                               zip(self.related_at[start:end].tolist(), self.strengths[start:end].tolist())]
        return found

    def __len__(self) -> int:
        return len(self.terms)
