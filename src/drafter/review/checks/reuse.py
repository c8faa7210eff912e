"""How much of the text is carried over from past statements.

For each paragraph: the closest past paragraph in the corpus (statements dated
before this one; candidates found through shared word runs and shared rare
words, then ranked by difflib's ratio over words) and the share of the
paragraph's words that lie in runs of at least ``RUN_WORDS`` (6) consecutive
words also found, in the same order, in that past paragraph. The share of the
whole text that is new writing counts words in no such run with *any* past
paragraph. A paragraph with ``COPIED_SHARE`` (60%) or more carried over gets a
``copied-paragraph`` finding.
"""

from __future__ import annotations

import difflib
import math
from collections import Counter
from dataclasses import dataclass, field

from drafter.review.document import ReviewDocument, ReviewParagraph
from drafter.review.findings import Finding
from drafter.review.tokens import keys

RUN_WORDS = 6
COPIED_SHARE = 0.6
CANDIDATES = 8
_MIN_RARE_WORD = 4
_COMMON_SHARE = 0.05
_COMMON_AT_LEAST = 50


@dataclass
class PastParagraph:
    statement_id: int
    number: int | None
    text: str
    date: str | None
    title: str | None
    force: str | None
    words: list[str] = field(default_factory=list, repr=False)

    @property
    def label(self) -> str:
        if self.number is None:
            return f"an unnumbered paragraph of statement {self.statement_id}"
        return f"statement {self.statement_id} ¶{self.number}"

    def to_dict(self) -> dict:
        return {"statement_id": self.statement_id, "number": self.number, "date": self.date,
                "title": self.title, "force": self.force}


@dataclass
class ParagraphReuse:
    paragraph: ReviewParagraph
    closest: PastParagraph | None
    similarity: float
    verbatim_share: float
    words: int
    carried_any: int  # words in a run shared with some past paragraph

    def to_dict(self) -> dict:
        closest = None
        if self.closest is not None:
            closest = {**self.closest.to_dict(), "similarity": round(self.similarity, 3)}
        return {"section": self.paragraph.section_label, "paragraph": self.paragraph.number,
                "index": self.paragraph.index, "closest": closest,
                "verbatim_share": round(self.verbatim_share, 3), "words": self.words}


@dataclass
class ReuseReport:
    paragraphs: list[ParagraphReuse] = field(default_factory=list)
    compared_with: int = 0  # past statements searched
    note: str | None = None

    @property
    def new_writing_share(self) -> float:
        total = sum(p.words for p in self.paragraphs)
        if not total:
            return 1.0
        return 1 - sum(p.carried_any for p in self.paragraphs) / total

    def to_dict(self) -> dict:
        return {
            "new_writing_share": round(self.new_writing_share, 3),
            "compared_with_statements": self.compared_with,
            "run_words": RUN_WORDS,
            "copied_share": COPIED_SHARE,
            "note": self.note,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
        }


def past_paragraphs(rows: list[dict], *, before: str | None, exclude: set[int]) -> list[PastParagraph]:
    """Corpus rows (``corpus_paragraphs``) from statements dated before ``before``
    (all when it is None), leaving out the ``exclude`` statement ids."""
    cutoff = (before or "")[:7]
    found = []
    for row in rows:
        if row["statement_id"] in exclude:
            continue
        date = row.get("date")
        if cutoff and date and date[:7] >= cutoff:
            continue
        found.append(PastParagraph(row["statement_id"], row["number"], row["text"], date,
                                   row.get("title"), row.get("force"), keys(row["text"])))
    return found


def _runs(words: list[str]) -> list[tuple[str, ...]]:
    return [tuple(words[i:i + RUN_WORDS]) for i in range(len(words) - RUN_WORDS + 1)]


def _covered(words: list[str], shared: set[tuple[str, ...]]) -> int:
    covered = [False] * len(words)
    for i, run in enumerate(_runs(words)):
        if run in shared:
            for k in range(i, i + RUN_WORDS):
                covered[k] = True
    return sum(covered)


class PastIndex:
    """What the past paragraphs share with the text under review.

    Built in one pass over the past paragraphs but keeping only what concerns
    the reviewed text (its word runs and its words), so memory stays small
    however large the corpus is.
    """

    def __init__(self, past: list[PastParagraph], words_under_review: list[list[str]]):
        self.past = past
        wanted_runs = {run for words in words_under_review for run in _runs(words)}
        wanted_words = {w for words in words_under_review for w in words if len(w) >= _MIN_RARE_WORD}
        self.runs: dict[tuple[str, ...], list[int]] = {}
        self.by_word: dict[str, list[int]] = {}
        document_frequency: Counter = Counter()
        run_starts = {run[0] for run in wanted_runs}
        for index, paragraph in enumerate(past):
            words = paragraph.words
            # Only positions that can begin a wanted run are turned into runs.
            limit = len(words) - RUN_WORDS + 1
            found = {tuple(words[i:i + RUN_WORDS]) for i in range(max(0, limit)) if words[i] in run_starts}
            for run in found & wanted_runs:
                self.runs.setdefault(run, []).append(index)
            shared = {w for w in paragraph.words if len(w) >= _MIN_RARE_WORD} & wanted_words
            document_frequency.update(shared)
            for word in shared:
                self.by_word.setdefault(word, []).append(index)
        total = max(1, len(past))
        # Words in many paragraphs say little about which one is closest and cost the most.
        common = max(_COMMON_AT_LEAST, int(total * _COMMON_SHARE))
        for word, count in document_frequency.items():
            if count > common:
                del self.by_word[word]
        self.weight = {w: math.log((1 + total) / (1 + n)) for w, n in document_frequency.items()}

    def candidates(self, words: list[str]) -> list[int]:
        by_runs: Counter = Counter()
        for run in set(_runs(words)):
            for index in self.runs.get(run, ()):
                by_runs[index] += 1
        by_words: Counter = Counter()
        for word in {w for w in words if len(w) >= _MIN_RARE_WORD}:
            weight = self.weight.get(word, 0.0)
            for index in self.by_word.get(word, ()):
                by_words[index] += weight
        chosen = [i for i, _ in by_runs.most_common(CANDIDATES)]
        chosen += [i for i, _ in by_words.most_common(CANDIDATES) if i not in chosen]
        return chosen


def analyse(document: ReviewDocument, past: list[PastParagraph]) -> ReuseReport:
    statements = {p.statement_id for p in past}
    report = ReuseReport(compared_with=len(statements))
    if not past:
        report.note = "no earlier statements in the corpus to compare with"
    paragraphs = document.paragraphs()
    all_words = [keys(p.text) for p in paragraphs]
    index = PastIndex(past, all_words) if past else None
    for paragraph, words in zip(paragraphs, all_words):
        if index is None or not words:
            report.paragraphs.append(ParagraphReuse(paragraph, None, 0.0, 0.0, len(words), 0))
            continue
        best, best_ratio = None, 0.0
        for candidate in index.candidates(words):
            other = past[candidate]
            ratio = difflib.SequenceMatcher(None, other.words, words, autojunk=False).ratio()
            if ratio > best_ratio or (ratio == best_ratio and best is not None
                                      and (other.date or "") > (best.date or "")):
                best, best_ratio = other, ratio
        own_runs = set(_runs(words))
        verbatim = 0.0
        if best is not None:
            verbatim = _covered(words, own_runs & set(_runs(best.words))) / len(words)
        carried = _covered(words, {run for run in own_runs if run in index.runs})
        report.paragraphs.append(ParagraphReuse(paragraph, best, best_ratio, verbatim, len(words), carried))
    return report


def findings(report: ReuseReport) -> list[Finding]:
    found = []
    for item in report.paragraphs:
        if item.closest is None or item.verbatim_share < COPIED_SHARE:
            continue
        past = item.closest
        origin = ", ".join(x for x in (past.force, past.date) if x)
        paragraph = item.paragraph
        found.append(Finding(
            "copied-paragraph", paragraph.section_label, paragraph.number,
            f"{item.verbatim_share:.0%} carried over verbatim from {past.label}"
            + (f" ({origin})" if origin else ""),
            _short(past.text), index=paragraph.index))
    return found


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
