"""Dates that read as current but are older than the period under review.

A year (or ``2021/22``) whose period ends before the review period starts is
flagged when its sentence presents it as now:

* the sentence calls it recent: "recently", "latest" ("Recently, in 2019, …");
* the sentence says "now", "currently", "this year", "at present", "to date",
  "so far", "today" and the year does not belong to a past-tense verb ("the
  scheme, now in 2020 form, is…" but not "has now secured 1,000 homes since
  it started in 2021");
* or the year hangs on a present-tense verb ("In 2020 there are 300 officers").

Years that only mark a starting point or a comparison ("since 2017", "from
2019", "compared with 2020", "This compares with 198 in 2024/25") and years that are part of a name ("the Order
2021", "the 2019 Act") are left alone.
"""

from __future__ import annotations

import re

from drafter.claims.numbers import NumberMention
from drafter.errors import BadPeriod
from drafter.figures.period_text import data_drawn_dates, month_of_date
from drafter.figures.periods import Period
from drafter.review.findings import Finding

RECENT_MARKERS = ("recently", "recent", "latest")
CURRENT_MARKERS = ("this year", "currently", "current", "at present", "presently", "now",
                   "to date", "so far", "today", "this quarter", "at the moment")
_RECENT_RE = re.compile(r"\b(" + "|".join(RECENT_MARKERS) + r")\b", re.IGNORECASE)
_CURRENT_RE = re.compile(r"\b(" + "|".join(re.escape(m) for m in CURRENT_MARKERS) + r")\b",
                         re.IGNORECASE)
_STARTING_POINT_WORDS = frozenset({"since", "from", "between", "until", "till", "before",
                                   "after", "than", "compared", "versus", "vs", "against"})
_NAME_HEADS = frozenset({"act", "order", "regulations", "regulation", "strategy", "plan",
                         "review", "assessment", "report", "framework", "survey", "bill",
                         "guidance", "code", "programme", "policy"})


def check_paragraph(paragraph, numbers: list[NumberMention], review_period: str | None) -> list[Finding]:
    doc = paragraph.doc
    review = _period(review_period) if review_period else None
    if doc is None or review is None:
        return []
    findings: list[Finding] = []
    for mention in numbers:
        if mention.kind not in ("year", "period"):
            continue
        period = mention.text if mention.kind == "period" else str(int(mention.value))
        found = _period(period)
        if found is None or not found.before(review):
            continue
        token = doc[mention.token]
        if _starting_point(doc, token) or _part_of_name(token):
            continue
        sentence = token.sent
        reason = _reads_as_current(sentence, token)
        if reason:
            findings.append(Finding(
                "stale-date", paragraph.section_label, paragraph.number,
                f"{mention.text} is before the period under review ({review_period}) but reads "
                f"as current ({reason})", sentence.text, index=paragraph.index))
    return findings + _drawn_before_the_period_ended(paragraph, review, review_period)


def _drawn_before_the_period_ended(paragraph, review: Period, review_period: str) -> list[Finding]:
    """"data extracted on 5 July 2026" in a statement on July to September 2026: figures drawn
    before the last month of the period began cannot be its figures (last quarter's note, copied)."""
    findings = []
    for drawn in data_drawn_dates(paragraph.text):
        when = drawn.group("when")
        month = month_of_date(when)
        if month is not None and month < review.last:
            sentence = next(s for s in paragraph.doc.sents if s.start_char <= drawn.start() < s.end_char)
            findings.append(Finding("stale-date", paragraph.section_label, paragraph.number,
                                    f"{when}, when its figures were drawn, is before {review_period} ended, so they "
                                    f"cannot be {review_period}'s: give when this statement's were drawn",
                                    sentence.text, index=paragraph.index))
    return findings


def _period(text: str) -> Period | None:
    try:
        return Period.parse(text.replace("–", "-"))
    except BadPeriod:
        return None


def _starting_point(doc, token) -> bool:
    previous = [t.lower_ for t in doc[max(token.sent.start, token.i - 5):token.i]]
    return bool(previous) and (previous[-1] in _STARTING_POINT_WORDS
                               or any(w in ("since", "compared", "compares", "compare", "comparison", "than")
                                      for w in previous))


def _past_tense_verb(token) -> bool:
    """The year belongs to a verb in the past tense ("started in 2021", "had opened in 2019")."""
    verb = token
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.tag_ == "VBD":
        return True
    return verb.tag_ == "VBN" and any(c.lower_ == "had" for c in verb.children)


def _part_of_name(token) -> bool:
    head = token.head
    if token.dep_ in ("nummod", "compound", "appos", "npadvmod") and head is not token:
        if head.pos_ == "PROPN" or head.lower_ in _NAME_HEADS:
            return True
    return token.i > 0 and token.doc[token.i - 1].is_title and \
        token.doc[token.i - 1].lower_ in _NAME_HEADS


def _reads_as_current(sentence, token) -> str | None:
    marker = _RECENT_RE.search(sentence.text)
    if marker:
        return f"'{marker.group(1)}'"
    marker = _CURRENT_RE.search(sentence.text)
    if marker and not _past_tense_verb(token):
        return f"'{marker.group(1)}'"
    head = token.head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "during", "for", "as of", "at"):
        verb = head.head
        # "In 2020 there are ..." but not "In 2020 we have recruited ..." (the head is then the participle).
        if verb.tag_ in ("VBZ", "VBP"):
            return f"present tense '{verb.text}'"
    return None


def outdated_statement_period(document, review_period: str | None) -> list[Finding]:
    """A ``stale-date`` warning for an opening sentence saying the statement
    covers an earlier period than the one it is for, of the same length ("This
    paper gives the position for April to June 2026" in a statement on July to
    September 2026, as its title or its draft says): the quarter before's
    words, copied forward."""
    from drafter.review.document import declaring_phrase, titled_period

    declared = declaring_phrase(document, in_the_text=True)
    review = _period(review_period) if review_period else None
    if declared is None or review is None:
        return []
    phrase, paragraph = declared
    if phrase.period.kind != review.kind or not phrase.period.before(review):
        return []
    titled = titled_period(document)
    source = "as its title says" if titled == str(review) else "the period its figures are checked for"
    return [Finding(
        "stale-date", paragraph.section_label, paragraph.number,
        f"{phrase.text} is the period this paragraph says the statement covers, but the statement is for "
        f"{review} ({source}): give it the statement's period", _sentence_around(paragraph.text, phrase.start),
        index=paragraph.index)]


def _sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` that holds offset ``at`` (before the paragraph is parsed)."""
    before, end = text.rfind(". ", 0, at), text.find(". ", at)
    start = before + 2 if before >= 0 else 0
    return text[start:end + 1 if end >= 0 else len(text)].strip()


_FIGURES_OUT_AFTER = 2
"""Months after a period ends by which a statement could quote its figures."""


def later_period_note(document, evidence, asked: str | None) -> str | None:
    """A note when the statement reports a period whose next one (a quarter on for a quarter)
    had ended by the statement's date and is among the area's figures: a December statement
    reporting April to June while July to September's figures are stored (ended two months
    before it, when figures could be out) reads as last
    quarter's statement copied whole. Not for a period asked for (``--period``)."""
    review = _period(document.period) if document.period and not asked else None
    published = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?$", document.date or "")
    if review is None or published is None or evidence.empty:
        return None
    later = review.following()
    # Figures take a month or two to come out: a statement two months after the later period is late for it.
    ended = later.last + 1  # its last month as year × 12 + month, as the date is counted below
    if later == review or ended + _FIGURES_OUT_AFTER >= int(published.group(1)) * 12 + int(published.group(2)):
        return None
    if not evidence.figures.of(area=evidence.area, period=later):
        return None
    return (f"the statement reports {review}, though {evidence.area}'s figures for {later}, which ended before "
            f"its date ({document.date}), are stored: is it the statement before, copied? "
            f"(drafter review FILE --period {later} holds it to them)")
