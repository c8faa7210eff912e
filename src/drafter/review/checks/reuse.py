"""How much of the text is carried over from past statements.

For each paragraph: the closest past paragraph of the same force's earlier
statements (dated before this one; candidates found through shared word runs
and shared rare words, then ranked by difflib's ratio over words) and the
share of the paragraph's words that lie in runs of at least ``RUN_WORDS`` (6)
consecutive words also found, in the same order, in that past paragraph. The
share of the whole text that is new writing counts words in no such run with
*any* of the force's past paragraphs. A paragraph with ``COPIED_SHARE`` (60%)
or more carried over gets a ``copied-paragraph`` finding, unless it is a line of
the closing sign-off (a name or role, the same every quarter by design).

Other forces' statements are searched the same way but reported apart: a
paragraph with ``COPIED_SHARE`` or more of its words as another force wrote
them (and not carried over from the force's own) gets an
``other-force-wording`` finding, "as written by Warwickshire in 2024-03". That
is worth knowing (a borrowed paragraph may carry another area's facts), and
is not the same thing as last quarter's text carried forward; another force's
paragraph naming the reviewed force quotes it, and is not its source; a paragraph closer
to one of the force's own than to any other force's is the force's wording. A paragraph of
fewer than ``OTHER_FORCE_MIN_WORDS`` (12) words, or one that only says how
often the statement is published or cites the Order it is published under (the
statutory opening drafter writes for a new draft), is wording every office uses
and gets no such finding.
"""

from __future__ import annotations

import difflib
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable

from drafter.forces import forces_in_text
from drafter.priorities import CLOSING
from drafter.review.document import ReviewDocument, ReviewParagraph
from drafter.review.findings import Finding, shortened
from drafter.review.tokens import keys, wording

RUN_WORDS = 6
COPIED_SHARE = 0.6
OTHER_FORCE_MIN_WORDS = 12
# A sign-off line: a name, a role and an office, never a sentence.
SIGN_OFF_MAX_WORDS = 14
_ENDS_SENTENCE = re.compile(r"[.!?][\"'”’)\]]*$")
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
    position: int | None = None  # 0 for the statement's first paragraph, sub-headings counted

    @property
    def label(self) -> str:
        if self.number is None:
            # Its place (p12) is what `corpus show` prints beside it and `draft edit --insert 7:p12` takes.
            place = f", p{self.place}" if self.place is not None else ""
            return f"an unnumbered paragraph of statement {self.statement_id}{place}"
        return f"statement {self.statement_id} ¶{self.number}"

    @property
    def place(self) -> int | None:
        return None if self.position is None else self.position + 1

    @property
    def origin(self) -> str:
        """Where it is from: "statement 4 ¶12 (Severnshire, 2025-06)"."""
        origin = ", ".join(x for x in (self.force, self.date) if x)
        return self.label + (f" ({origin})" if origin else "")

    def to_dict(self) -> dict:
        return {"statement_id": self.statement_id, "number": self.number, "place": self.place, "date": self.date,
                "title": self.title, "force": self.force}


@dataclass
class ParagraphReuse:
    paragraph: ReviewParagraph
    closest: PastParagraph | None  # of the same force's earlier statements
    similarity: float
    verbatim_share: float
    words: int
    carried_any: int  # words in a run shared with some past paragraph of the force
    elsewhere: PastParagraph | None = None  # the closest of other forces' statements
    elsewhere_similarity: float = 0.0
    elsewhere_share: float = 0.0

    def to_dict(self) -> dict:
        closest = elsewhere = None
        if self.closest is not None:
            closest = {**self.closest.to_dict(), "similarity": round(self.similarity, 3)}
        if self.elsewhere is not None:
            elsewhere = {**self.elsewhere.to_dict(), "similarity": round(self.elsewhere_similarity, 3),
                         "verbatim_share": round(self.elsewhere_share, 3)}
        return {"section": self.paragraph.section_label, "paragraph": self.paragraph.number,
                "index": self.paragraph.index, "closest": closest,
                "verbatim_share": round(self.verbatim_share, 3), "words": self.words,
                "elsewhere": elsewhere}


@dataclass
class ReuseReport:
    paragraphs: list[ParagraphReuse] = field(default_factory=list)
    compared_with: int = 0  # the force's own past statements searched
    other_forces: int = 0  # other forces' past statements searched
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
            "other_force_statements": self.other_forces,
            "run_words": RUN_WORDS,
            "copied_share": COPIED_SHARE,
            "note": self.note,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
        }


def past_paragraphs(rows: list[dict], *, before: str | None, exclude: set[int],
                    same_month: Callable[[str | None], bool] = lambda force: False) -> list[PastParagraph]:
    """Corpus rows (``corpus_paragraphs``) from statements dated before ``before``
    (all when it is None), leaving out the ``exclude`` statement ids. A
    statement of the same month counts when ``same_month(force)`` holds:
    neighbouring offices publish in the same month, and wording one took
    from another is worth knowing whichever was out first."""
    cutoff = (before or "")[:7]
    found = []
    for row in rows:
        if row["statement_id"] in exclude:
            continue
        date = row.get("date")
        if cutoff and date and (date[:7] > cutoff or date[:7] == cutoff and not same_month(row.get("force"))):
            continue
        found.append(PastParagraph(row["statement_id"], row["number"], row["text"], date,
                                   row.get("title"), row.get("force"), keys(row["text"]), row.get("position")))
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
        # A paragraph carried word for word through many statements ties with every copy of
        # itself: the newest copies are the nearest, so they are the ones kept.
        newest_first = sorted(range(len(past)), key=lambda i: past[i].date or "", reverse=True)
        self.recency = {index: rank for rank, index in enumerate(newest_first)}

    def candidates(self, words: list[str], group: list[bool]) -> list[int]:
        """The past paragraphs most like ``words``: the best few of each side of
        ``group`` (the force's own statements, other forces'), so neither side
        crowds the other out."""
        by_runs: Counter = Counter()
        for run in set(_runs(words)):
            for index in self.runs.get(run, ()):
                by_runs[index] += 1
        by_words: Counter = Counter()
        for word in sorted({w for w in words if len(w) >= _MIN_RARE_WORD}):
            weight = self.weight.get(word, 0.0)
            for index in self.by_word.get(word, ()):
                by_words[index] += weight
        chosen: list[int] = []
        for side in (True, False):
            for ranking in (by_runs, by_words):
                # Ties are cut by date, newest first, then by position, not by the order words
                # were met (which follows string hashing, and so changes from run to run).
                side_of = sorted((i for i in ranking if group[i] == side),
                                 key=lambda i: (-ranking[i], self.recency[i], i))
                best = side_of[:CANDIDATES]
                chosen += [i for i in best if i not in chosen]
        return chosen


def analyse(document: ReviewDocument, past: list[PastParagraph],
            own: Callable[[str | None], bool] = lambda force: True,
            force: str | None = None) -> ReuseReport:
    """Reuse of ``past`` paragraphs; ``own(force)`` says whether a past
    statement's force is the reviewed text's own (``force``, for the note)."""
    mine = [own(p.force) for p in past]
    report = ReuseReport(compared_with=len({p.statement_id for p, m in zip(past, mine) if m}),
                         other_forces=len({p.statement_id for p, m in zip(past, mine) if not m}))
    if not past:
        report.note = "no earlier statements in the corpus to compare with"
    elif not report.compared_with:
        report.note = (f"no earlier statements by {force or 'this force'} in the corpus: all the text "
                       "counts as new writing; wording other forces used is listed apart")
    paragraphs = document.paragraphs()
    all_words = [keys(p.text) for p in paragraphs]
    index = PastIndex(past, all_words) if past else None
    own_runs_all = {run for run, holders in index.runs.items() if any(mine[i] for i in holders)} \
        if index else set()
    named_in_past: dict[int, set[str]] = {}  # the forces a past paragraph names, read once
    recorded_sources = _by_address(past, mine)
    for paragraph, words in zip(paragraphs, all_words):
        if index is None or not words:
            report.paragraphs.append(ParagraphReuse(paragraph, None, 0.0, 0.0, len(words), 0))
            continue
        best: dict[bool, tuple[PastParagraph | None, float]] = {True: (None, 0.0), False: (None, 0.0)}
        named_here: set[str] | None = None
        for candidate in index.candidates(words, mine):
            other = past[candidate]
            if not mine[candidate] and force is not None and other.force is not None:
                if candidate not in named_in_past:
                    named_in_past[candidate] = _forces_named(other.text)
                if force in named_in_past[candidate]:
                    named_here = _forces_named(paragraph.text) if named_here is None else named_here
                    if other.force not in named_here:
                        # Another force's paragraph naming the reviewed force ("In North Wales, 76.9% of
                        # victims were satisfied …" in Cheshire's statement) quotes the reviewed force,
                        # whose own words these are, where the reviewed paragraph does not name it.
                        continue
            ratio = difflib.SequenceMatcher(None, other.words, words, autojunk=False).ratio()
            held, held_ratio = best[mine[candidate]]
            if ratio > held_ratio or (ratio == held_ratio and held is not None
                                      and (other.date or "") > (held.date or "")):
                best[mine[candidate]] = (other, ratio)
        recorded = _recorded_source(paragraph.origin, recorded_sources)
        if recorded is not None:
            # The draft took it from this one: another statement the roll's new period words or a
            # paragraph said the same in every quarter happen to match as well is not where it came from,
            # unless the writer's own edits made it closer to that other one.
            ratio = difflib.SequenceMatcher(None, recorded.words, words, autojunk=False).ratio()
            if not paragraph.origin.get("edited") or ratio >= best[True][1]:
                best[True] = (recorded, ratio)
        runs = set(_runs(words))
        closest, similarity = best[True]
        elsewhere, elsewhere_similarity = best[False]
        carried = _covered(words, runs & own_runs_all)
        report.paragraphs.append(ParagraphReuse(
            paragraph, closest, similarity, _verbatim(words, runs, closest), len(words), carried,
            elsewhere, elsewhere_similarity, _verbatim(words, runs, elsewhere)))
    return report


def _by_address(past: list[PastParagraph], mine: list[bool]) -> dict[tuple, PastParagraph]:
    """The force's own past paragraphs by the addresses a draft's origin gives:
    (statement, printed number) and (statement, "p", place in the statement's order)."""
    found: dict[tuple, PastParagraph] = {}
    for paragraph, own in zip(past, mine):
        if not own:
            continue
        if paragraph.number is not None:
            found[(paragraph.statement_id, paragraph.number)] = paragraph
        if paragraph.place is not None:
            found[(paragraph.statement_id, "p", paragraph.place)] = paragraph
    return found


def _recorded_source(origin: dict | None, by_address: dict[tuple, PastParagraph]) -> PastParagraph | None:
    """The past paragraph a draft's paragraph records it was inserted or copied
    forward from, when it is one of the force's earlier statements' paragraphs."""
    if not origin or origin.get("kind") != "corpus" or origin.get("statement_id") is None:
        return None
    statement = origin["statement_id"]
    if origin.get("number") is not None:
        return by_address.get((statement, origin["number"]))
    if origin.get("place") is not None:
        return by_address.get((statement, "p", origin["place"]))
    return None


def _forces_named(text: str) -> set[str]:
    return {mention.force for mention in forces_in_text(text)}


def _verbatim(words: list[str], runs: set[tuple[str, ...]], past: PastParagraph | None) -> float:
    """The share of ``words`` in runs also in ``past``."""
    if past is None:
        return 0.0
    return _covered(words, runs & set(_runs(past.words))) / len(words)


def carried_over(report: ReuseReport) -> dict[tuple[str, int], PastParagraph]:
    """The past paragraph of the force's earlier statements each paragraph
    mostly carried over comes from, by its section and place in it."""
    return {(item.paragraph.section_label, item.paragraph.index): item.closest
            for item in report.paragraphs if _carried_over(item)}


def findings(report: ReuseReport) -> list[Finding]:
    found = []
    for item in report.paragraphs:
        paragraph = item.paragraph
        if _carried_over(item):
            found.append(Finding(
                "copied-paragraph", paragraph.section_label, paragraph.number,
                f"{item.verbatim_share:.0%} carried over verbatim from {item.closest.origin}",
                shortened(item.closest.text), index=paragraph.index))
        elif reads_as_another_forces(item):
            past = item.elsewhere
            by = f"by {past.force}" if past.force else "in a statement of unknown force"
            when = f" in {past.date[:7]}" if past.date else ""
            found.append(Finding(
                "other-force-wording", paragraph.section_label, paragraph.number,
                f"{item.elsewhere_share:.0%} as written {by}{when} ({past.label})",
                shortened(past.text), index=paragraph.index))
    return found


def reads_as_another_forces(item: ParagraphReuse) -> bool:
    """Whether a paragraph not carried over from the force's own reads as another
    force wrote it: an ``other-force-wording`` finding."""
    return not _carried_over(item) and item.elsewhere is not None and item.elsewhere_share >= COPIED_SHARE \
        and not _everyones_wording(item.paragraph.text, item.words) and not _own_wording_updated(item)


def _carried_over(item: ParagraphReuse) -> bool:
    """Whether a paragraph is mostly carried over from the force's own earlier statement."""
    return item.closest is not None and item.verbatim_share >= COPIED_SHARE and not _signs_off(item.paragraph)


def _own_wording_updated(item: ParagraphReuse) -> bool:
    """The force's own past paragraph with new figures and a new quarter ("75.1% of
    victims were satisfied … in July to September 2026" after last quarter's "74.5%
    … in April to June 2026"): closer to it than to any other force's, it is the
    force's wording, though another force's shares more runs with the new quarter's name."""
    if item.closest is None:
        return False
    if item.similarity >= item.elsewhere_similarity:
        return True
    # Last year's sentence with this year's figures: its figures and period words say nothing of whose it is.
    words = wording(keys(item.paragraph.text))
    own = difflib.SequenceMatcher(None, wording(item.closest.words), words, autojunk=False).ratio()
    return own >= difflib.SequenceMatcher(None, wording(item.elsewhere.words), words, autojunk=False).ratio()


def _signs_off(paragraph: ReviewParagraph) -> bool:
    """A line of the sign-off closing the statement (the signatory's name or
    role, "Chief Executive, Office of the Police and Crime Commissioner"): the
    same every quarter by design, so not text carried over."""
    text = paragraph.text.strip()
    return paragraph.section_key == CLOSING and paragraph.kind in ("paragraph", "bullet") \
        and len(text.split()) <= SIGN_OFF_MAX_WORDS and not _ENDS_SENTENCE.search(text)


# How often the statement is published, as every office says it; a capital after
# the opening words would name something (the "Ashmoor PCC website") that is not stock.
_STOCK_SENTENCE = re.compile(
    r"^(?:This|The|Our)\s+statement\s+(?:is|will\s+be)\s+(?:updated|published|reviewed|refreshed)\s+"
    r"(?:every|each|once\s+a)\s+(?:quarter|three\s+months)\b[^A-Z]*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
# A sentence citing the Order the statement is published under: the statutory opening or closing,
# worded from the Order by every office (and by drafter for a new draft), whoever wrote it first.
_CITES_THE_ORDER = re.compile(r"\(Specified\s+Information\)\s+\(Amendment\)\s+Order\b", re.IGNORECASE)


def _everyones_wording(text: str, words: int) -> bool:
    """Too short to say whose it is, or only how often the statement is
    published, or why (the Order it cites): as another force wrote it, it says nothing borrowed."""
    if words < OTHER_FORCE_MIN_WORDS:
        return True
    sentences = [sentence for sentence in _SENTENCE_END.split(text.strip()) if sentence]
    return bool(sentences) and all(_STOCK_SENTENCE.match(sentence) or _CITES_THE_ORDER.search(sentence)
                                   for sentence in sentences)
