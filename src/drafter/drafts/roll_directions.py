"""Direction words in a paragraph rolled forward ("rose", "an increase in",
"went up", "down from", "higher … than a year earlier"), turned round when the
figures they speak of now moved the other way.

Which way the figures moved is worked out by :mod:`drafter.figures.derived`,
as review reads the sentence: the two figures of the measure the sentence
quotes, the later against the earlier ("rose from 118 to 127", "212 …
compared with 190"), else the figure against the same period a year earlier.
A word with no opposite to write ("soared") keeps its place and is named for
the writer, with the words around it as they still read.
"""

from __future__ import annotations

import re

from drafter.claims.matching import sentence_context
from drafter.claims.measures import change_direction, measure_for
from drafter.claims.number_periods import compared_base
from drafter.claims.national_numbers import national_changes
from drafter.claims.number_roles import direction_word, in_change_context, moved_by
from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.figures.derived import CHANGE, FIGURE, NATIONAL, POINTS, RATE
from drafter.figures.figureset import FigureSet
from drafter.figures.periods import Period
from drafter.figures.period_text import keep_case
from drafter.fill.wording import article

_PAIRS = (
    ("increase", "decrease"), ("increases", "decreases"), ("increased", "decreased"),
    ("increasing", "decreasing"), ("rise", "fall"), ("rises", "falls"), ("rose", "fell"),
    ("risen", "fallen"), ("rising", "falling"), ("up", "down"), ("higher", "lower"),
    ("more", "fewer"), ("grew", "fell"), ("growth", "fall"), ("reduction", "increase"),
    ("reduced", "increased"), ("decline", "rise"), ("declined", "rose"), ("drop", "rise"),
    ("dropped", "rose"), ("jump", "drop"), ("jumped", "dropped"), ("climb", "fall"), ("climbs", "falls"),
    ("climbed", "fell"), ("climbing", "falling"), ("grows", "falls"), ("grown", "fallen"),
    ("growing", "falling"), ("declines", "rises"), ("declining", "rising"), ("drops", "rises"),
    ("dropping", "rising"), ("jumps", "drops"), ("reductions", "increases"), ("less", "more"),
)
# The first pair a word appears in gives its opposite ("fall" → "rise", not "growth").
_OPPOSITES: dict[str, str] = {}
for _up, _down in _PAIRS:
    _OPPOSITES.setdefault(_up, _down)
    _OPPOSITES.setdefault(_down, _up)
# "went up", "are down": a plain verb and its particle say which way a figure moved.
_PLAIN_VERBS = frozenset({"go", "be", "come"})
# "higher in 2026 (900) than a year earlier (1,000)", "more than the 190 a year earlier".
_COMPARATIVES = {"higher": "up", "more": "up", "lower": "down", "fewer": "down", "less": "down"}
_THAN_WITHIN = 12


def opposite(word: str) -> str:
    """The direction word that says the other way ("increase" → "decrease")."""
    return _OPPOSITES[word.lower()]


def sign(value) -> int:
    return (value > 0) - (value < 0)


class SharedDirections:
    """Direction words two changes share ("fell by 4.1% on the same quarter last
    year and by 1.3% on the previous quarter"): turned round once every change
    sharing one turned round; where some did and some did not, named for the
    writer, never turned for one change against the other."""

    def __init__(self, doc, numbers):
        self.users: dict[int, int] = {}
        self.turns: dict[int, tuple[object, list[bool]]] = {}
        self._words: dict[int, tuple[str, object] | None] = {}  # each change's direction word, by id
        if doc is None:
            return
        for mention in numbers:
            if mention.kind in ("percent", "points") and in_change_context(doc, mention):
                word = self._words[id(mention)] = direction_word(doc, mention)
                if word is not None:
                    self.users[word[1].i] = self.users.get(word[1].i, 0) + 1

    def word_of(self, doc, mention) -> tuple[str, object] | None:
        """The direction word of ``mention``'s change, as :func:`direction_word` gives it."""
        return self._words[id(mention)] if id(mention) in self._words else direction_word(doc, mention)

    def shares(self, word) -> bool:
        return self.users.get(word.i, 0) > 1

    def note(self, word, turned: bool) -> None:
        self.turns.setdefault(word.i, (word, []))[1].append(turned)

    def settle(self, doc, edits, result, period) -> None:
        for index, (word, turned) in self.turns.items():
            turned = turned + [False] * (self.users[index] - len(turned))  # one kept as written did not turn
            if all(turned):
                flip(doc, word, edits, result)
            elif any(turned):
                sentence = word.sent
                at = word.idx - sentence.start_char
                result.not_rolled.append({"text": quote_around(sentence.text, at, at + len(word.text)),
                                          "reason": f"'{word.text}' is said of two changes, which went different "
                                          f"ways in {period}: reword"})


def flip(doc, word, edits, result) -> None:
    """``word`` said the other way round, with its article; a word with no
    opposite is named for the writer."""
    opposite = _OPPOSITES.get(word.lower_)
    if opposite is None:
        sentence = word.sent
        at = word.idx - sentence.start_char
        result.not_rolled.append({"text": quote_around(sentence.text, at, at + len(word.text)),
                                  "reason": f"'{word.text}' may now point the wrong way: check the direction"})
        return
    if edits.add(word.idx, word.idx + len(word.text), keep_case(opposite, word.text)):
        article_before(doc, word.i, opposite, edits)


def article_before(doc, index: int, word_text: str, edits) -> None:
    """Make the "a"/"an" before token ``index`` agree with what now follows it."""
    if index <= 0:
        return
    before = doc[index - 1]
    if before.lower_ in ("a", "an"):
        wanted = article(word_text)
        if wanted != before.lower_:
            edits.add(before.idx, before.idx + len(before.text), keep_case(wanted, before.text))


def turn_directions(doc, sentence, rolled, figures: FigureSet, measure_mentions, edits, result) -> None:
    """Turn round each direction word of ``sentence`` whose figures (``rolled``:
    (mention, old, new) of the figures that moved in it) now went the other way."""
    moved: dict[str, list] = {}
    changes: dict[str, list] = {}  # "a 10.8% fall on the previous quarter": what the sentence says moved
    for mention, old, new in rolled:
        if old.kind in (FIGURE, RATE):
            moved.setdefault(old.measure, []).append((mention, old, new))
        elif old.kind in (CHANGE, POINTS):
            changes.setdefault(old.measure, []).append((old.value, new.value))
    turned = _turn_national_changes(doc, rolled, edits, result)
    if not moved:
        return
    # "(an increase of 6.4%)": the word a change quoted with it is turned with that change's
    # sign, whichever measure is named nearer it ("…, and 311 cyber crime reports").
    of_changes = {word[1].i for mention, old, _ in rolled if old.kind in (CHANGE, POINTS)
                  and (word := direction_word(doc, mention)) is not None}
    for token in doc[sentence[0]:sentence[1]]:
        if token.i in of_changes or token.i in turned or edits.covered(token.idx, token.idx + len(token.text)):
            continue
        comparative = _comparative(token, moved)
        if not (comparative or _direction(token)):
            continue
        named = measure_for(token, measure_mentions)
        measure = named.measure if named is not None else \
            _offered_after(token, moved, comparative) or _taken(token, moved)
        if measure not in moved:
            continue
        stated = changes.get(measure, [])
        split = None if len(stated) == 1 else _ways_apart(figures, moved[measure])
        if split is not None:
            at = token.idx - token.sent.start_char
            result.not_rolled.append({"text": quote_around(token.sent.text, at, at + len(token.text)),
                                      "reason": f"{measure} is now {split}: one '{token.text}' no longer "
                                                "holds of both, reword"})
            continue
        change = stated[0] if len(stated) == 1 else _before_and_after(figures, moved[measure], doc, measure_mentions)
        if change is None:
            continue
        before, after = change
        if before is None:
            # The copied sentence's own change cannot be worked out (no figure a year before
            # it): the word says which way it went, and is held to the new figures as review is.
            said = comparative or _direction(token)
            before = 1 if said == "up" else -1 if said == "down" else 0
        if sign(before) and not sign(after):
            if _said_the_same(doc, token, moved[measure], edits):
                continue
            at = token.idx - token.sent.start_char
            result.not_rolled.append({"text": quote_around(token.sent.text, at, at + len(token.text)),
                                      "reason": f"{measure} did not change: '{token.text}' no longer holds, reword"})
        elif sign(before) and sign(after) != sign(before):
            flip(doc, token, edits, result)


def _turn_national_changes(doc, rolled, edits, result) -> set[int]:
    """"The national rate rose from 90.9 to 91.8", both figures moved on: the
    verb turned round when the nation's figures now went the other way. The
    tokens of such verbs, which the force's own figures say nothing of."""
    national = {id(mention): (old, new) for mention, old, new in rolled if old.kind == NATIONAL}
    turned = set()
    for _, at, earlier, later in national_changes(doc.text, [mention for mention, _, _ in rolled]):
        token = next((t for t in doc if t.idx == at), None)
        if token is None or id(earlier) not in national or id(later) not in national:
            continue
        turned.add(token.i)
        (old_from, new_from), (old_to, new_to) = national[id(earlier)], national[id(later)]
        before, after = sign(old_to.value - old_from.value), sign(new_to.value - new_from.value)
        if before and not after:
            result.not_rolled.append({"text": quote_around(token.sent.text, at - token.sent.start_char,
                                                           at - token.sent.start_char + len(token.text)),
                                      "reason": f"the national figure did not change: '{token.text}' no longer "
                                                "holds, reword"})
        elif before and after != before:
            flip(doc, token, edits, result)
    return turned


def _said_the_same(doc, token, items, edits) -> bool:
    """"Seven county lines were closed, up from 2" whose count is now the same
    as a year earlier: "Five county lines were closed, the same as a year
    earlier". Only "up from" or "down from" with the year-earlier figure
    closing its clause is said again; other wording is named for the writer."""
    if token.lower_ not in ("up", "down") or token.i + 2 >= token.sent.end or doc[token.i + 1].lower_ != "from":
        return False
    latest = max((new.period for _, old, new in items if old.kind == FIGURE), key=lambda p: p.first, default=None)
    base = next((mention for mention, old, new in items if mention.token == token.i + 2 and old.kind == FIGURE
                 and latest is not None and new.period == latest.previous_year()), None)
    if base is None:
        return False
    after = doc[base.token + 1] if base.token + 1 < token.sent.end else None
    if after is not None and after.text not in (",", ".", ";"):
        return False
    return edits.widen(token.idx, base.end, "the same as a year earlier")


def _offered_after(token, moved: dict[str, list], comparative) -> str | None:
    """The measure of a figure just after a noun or comparative naming no measure
    ("a reduction on the 4,000", "more than the 190"); a verb naming none
    ("demand rose") may be about anything."""
    if not comparative and token.pos_ != "NOUN":
        return None
    return next((measure for measure, items in moved.items()
                 if any(0 < mention.token - token.i <= _THAN_WITHIN for mention, _, _ in items)), None)


def _taken(token, moved: dict[str, list]) -> str | None:
    """The measure of the figures a verb naming none moves between ("Satisfaction
    fell to 69.8% … from 73.0% …"), as review reads it."""
    mentions = {id(mention): measure for measure, items in moved.items() for mention, _, _ in items}
    taken = {mentions[id(m)] for m in moved_by(token, [m for items in moved.values() for m, _, _ in items])}
    return taken.pop() if len(taken) == 1 else None


def _direction(token) -> str | None:
    """Which way ``token`` says something moved, as review reads it, or a plain
    verb's particle ("went up", "are down")."""
    direction = change_direction(token)
    if direction:
        return direction
    if token.lower_ in ("up", "down") and token.dep_ in ("prt", "advmod", "acomp") \
            and token.head.lemma_.lower() in _PLAIN_VERBS:
        return token.lower_
    return None


def _comparative(token, moved: dict[str, list]) -> str | None:
    """A comparative whose "than" offers the earlier of two figures that moved
    ("more than the 190 a year earlier"), not a bound ("more than 1,600")."""
    direction = _COMPARATIVES.get(token.lower_)
    if direction is None:
        return None
    sentence_end = token.sent.end
    than = next((t for t in token.doc[token.i + 1:min(sentence_end, token.i + _THAN_WITHIN)]
                 if t.lower_ == "than"), None)
    if than is None:
        return None
    for items in moved.values():
        earliest = min(old.period.first for _, old, _ in items)
        if any(old.period.first == earliest and mention.start > than.idx for mention, old, _ in items) \
                and any(old.period.first > earliest for _, old, _ in items):
            return direction
    return None


def _ways_apart(figures: FigureSet, items) -> str | None:
    """"72.7%, up from 69.1% in October to December and 69.4% a year earlier",
    moved on to a level between its two earlier ones: where it now is against
    each ("up on 2024-Q2 and down on 2025-Q1", "level with 2025-Q3"), when one
    word cannot say both; None when it went the same way from every earlier figure quoted."""
    counts = [item for item in items if item[1].kind == FIGURE]
    if len({old.period for _, old, _ in counts}) < 3:
        return None
    _, _, latest = max(counts, key=lambda item: item[1].period.first)
    ways = {}
    try:
        for _, _, new in counts:
            if new.period != latest.period:
                way = sign(derived.change(figures, latest.measure, latest.area, latest.period, new.period).absolute)
                ways[str(new.period)] = "up on" if way > 0 else "down on" if way < 0 else "level with"
    except MissingFigure:
        return None
    if len(set(ways.values())) < 2:
        return None
    return " and ".join(f"{way} {period}" for period, way in sorted(ways.items()))


def _before_and_after(figures: FigureSet, items, doc, measure_mentions) -> tuple | None:
    """How the measure's figures moved in the copied sentence and how they move
    now: the later of two quoted figures against the earlier, else the figure
    against the earlier period its sentence compares it with ("fell by 11 on the
    previous quarter to 220"), else against the same period a year earlier (the
    same change review checks). The first is None when the copied sentence's
    figures cannot say how they moved."""
    counts = [item for item in items if item[1].kind == FIGURE] or items
    latest = max(counts, key=lambda item: item[1].period.first)
    earliest = min(counts, key=lambda item: item[1].period.first)
    _, old, new = latest
    if earliest[1].period != old.period:
        base_old, base_new = earliest[1].period, earliest[2].period
    else:
        base_old = _compared_in_sentence(doc, latest[0], old, measure_mentions)
        base_new = new.period.shifted(base_old.first - old.period.first) if base_old is not None else None
    try:
        after = derived.change(figures, new.measure, new.area, new.period, base_new).absolute
    except MissingFigure:
        return None
    try:
        return derived.change(figures, old.measure, old.area, old.period, base_old).absolute, after
    except MissingFigure:
        return None, after


def _compared_in_sentence(doc, mention, old, measure_mentions) -> Period | None:
    """The one earlier period as long as the figure's that its sentence compares
    it with in words that move on with it ("on the previous quarter"), as review
    reads it; None for a year earlier, a period named as such (it may be kept as
    written), or a comparison review leaves alone."""
    context = sentence_context(doc, mention, list(measure_mentions), str(old.period))
    base = compared_base(str(old.period), context.periods)
    relative = any(phrase.relative and str(phrase.resolve(context.own_period)) == base for phrase in context.phrases)
    return Period.parse(base) if base and relative else None


def quote_around(text: str, start: int, end: int) -> str:
    """The words at ``start:end`` with a few either side, stopping at any number
    (numbers change when rolled; the quote must still be found in the new text)."""
    window = text[max(0, start - 40):start]
    before = re.split(r"[\d(),;:]", window)[-1]
    cut = len(window) - len(before)  # where the words before start in the window
    if (cut and window[cut - 1].isdigit() or not cut and start > 40 and text[start - 41].isalnum()) \
            and before[:1].isalnum():
        before = before.split(" ", 1)[1] if " " in before else ""  # "30th highest": not "th highest"
    after = re.split(r"[\d(),;:.]", text[end:end + 40])[0]
    if end + 40 < len(text) and text[end + 40].isalnum() and after == text[end:end + 40]:
        after = after.rsplit(" ", 1)[0]  # no word cut short at the window's end
    return (before.lstrip() + text[start:end] + after.rstrip()).strip()
