"""Which priority a paragraph is about, learned from the labelled paragraphs.

Sections whose heading drafter recognises label their paragraphs (one of the
six priorities, ``introduction`` or ``closing``); a multinomial logistic
regression on the same TF-IDF vectors the retriever uses learns from them, and
predicts a section key with a probability for paragraphs whose heading was not
recognised. Like the retriever it is fitted with scikit-learn and applied with
numpy alone (weights saved as ``.npy``), so classifying needs no scikit-learn
import.
"""

from __future__ import annotations

import json
from pathlib import Path

from drafter.files import make_folder
from drafter.search.tfidf import LightEstimator


class NotEnoughLabels(ValueError):
    """Fewer than two different labels to learn from."""


class PriorityClassifier(LightEstimator):
    """Logistic regression over TF-IDF rows.

    Parameters
    ----------
    C:
        Inverse regularisation strength.
    class_weight:
        ``"balanced"`` keeps a priority with few paragraphs from being drowned
        by the ones with many.
    max_samples:
        Learn from at most this many rows, a fixed random sample of them:
        beyond some thousands of paragraphs more add little but time (at
        100k paragraphs the fit took longer than the rest of a rebuild).
    """

    def __init__(self, C: float = 10.0, class_weight: str | None = "balanced",
                 max_samples: int = 20_000):
        self.C = C
        self.class_weight = class_weight
        self.max_samples = max_samples

    _fitted_attribute = "coef_"

    def fit(self, X, y) -> "PriorityClassifier":
        """Fit on a sparse matrix of TF-IDF rows and their section keys."""
        import numpy as np
        from sklearn.linear_model import LogisticRegression

        labels = sorted(set(y))
        if len(labels) < 2:
            raise NotEnoughLabels("the corpus needs labelled paragraphs of at least two priorities")
        y = list(y)
        if X.shape[0] > self.max_samples:
            chosen = np.sort(np.random.default_rng(0).choice(X.shape[0], self.max_samples, replace=False))
            X, y = X[chosen], [y[i] for i in chosen]
        model = LogisticRegression(C=self.C, class_weight=self.class_weight, max_iter=1000)
        model.fit(X, y)
        self.classes_ = [str(c) for c in model.classes_]
        coef = model.coef_.astype(np.float32)
        intercept = model.intercept_.astype(np.float32)
        if len(self.classes_) == 2:  # binary: scikit-learn keeps one row for the second class
            coef = np.vstack([-coef[0] / 2, coef[0] / 2])
            intercept = np.array([-intercept[0] / 2, intercept[0] / 2], dtype=np.float32)
        self.coef_ = np.ascontiguousarray(coef.T)  # terms × classes: a query gathers rows
        self.intercept_ = intercept
        return self

    def predict_proba(self, X):
        """Class probabilities for each row of a sparse matrix (columns as in fit)."""
        import numpy as np

        self._check_fitted()
        logits = np.asarray(X @ self.coef_) + self.intercept_
        return _softmax(logits)

    def proba_vector(self, columns, weights):
        """Class probabilities for one query given as (columns, weights)."""
        import numpy as np

        self._check_fitted()
        logits = weights @ self.coef_[columns] + self.intercept_ if len(columns) else self.intercept_.copy()
        return _softmax(np.asarray(logits, dtype=np.float64)[None, :])[0]

    def to_disk(self, path: Path | str) -> None:
        import numpy as np

        self._check_fitted()
        path = Path(path)
        make_folder(path)
        np.save(path / "coef.npy", self.coef_)
        np.save(path / "intercept.npy", self.intercept_)
        (path / "classifier.json").write_text(
            json.dumps({"params": self.get_params(), "classes": self.classes_}), encoding="utf-8")

    @classmethod
    def from_disk(cls, path: Path | str) -> "PriorityClassifier":
        import numpy as np

        path = Path(path)
        saved = json.loads((path / "classifier.json").read_text(encoding="utf-8"))
        classifier = cls(**saved["params"])
        classifier.classes_ = saved["classes"]
        classifier.coef_ = np.load(path / "coef.npy")
        classifier.intercept_ = np.load(path / "intercept.npy")
        return classifier


def _softmax(logits):
    import numpy as np

    logits = logits - logits.max(axis=1, keepdims=True)
    exp = np.exp(logits)
    return exp / exp.sum(axis=1, keepdims=True)
