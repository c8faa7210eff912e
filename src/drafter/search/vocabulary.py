"""A segment's terms: sorted, saved as one array, looked up by binary search."""

from __future__ import annotations


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

        return self._find(np.array([term.encode("utf-8") for term in terms], dtype=bytes))

    def columns_of(self, other: "SortedTerms"):
        """Column here of each of ``other``'s terms, -1 where absent."""
        return self._find(other.encoded)

    def _find(self, keys):
        import numpy as np

        if not len(keys) or not len(self.encoded):
            return np.full(len(keys), -1, dtype=np.int64)
        at = np.minimum(np.searchsorted(self.encoded, keys), len(self.encoded) - 1)
        return np.where(self.encoded[at] == keys, at, -1).astype(np.int64)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.get(term) is not None

    def __len__(self) -> int:
        return len(self.encoded)

    def __getitem__(self, column: int) -> str:
        return self.encoded[column].decode("utf-8")
