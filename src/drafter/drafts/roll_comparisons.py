"""Comparisons with an earlier period rolled with the figure they are said of.

"Officers closed 8 county lines in the quarter, the same as a year earlier"
becomes false when 8 moves to 11 and a year earlier was 9. Each comparison
that quotes no earlier figure (read by :mod:`drafter.claims.comparisons`, as
review reads it) is worked out again for the figure's new period against the
period it now names, by the same functions review asks:

* still true: left as it is;
* now untrue: its comparative words are said again ("the same as" → "more
  than" or "fewer than" for a count, "higher than" or "lower than" for a rate;
  "up on" ↔ "down on"; "fewer than" → "the same as"); a count that was "the
  same as" a year earlier is given the change it now is, as fill words it
  ("an increase of 22.2% from a year earlier", "an increase of 22.2% on July
  to September 2025");
* a named period ("the same number as in April to June 2025") moves with the
  figure, as the statement does.

What cannot be worked out (the figure it is said of cannot be told, or has no
stored figure for the earlier period) is left as written and named for the
writer.

A percentage said of the two counts quoted beside it ("rose to 160, up from
139 in the previous quarter, a rise of 15.1%"), or points said of two
percentages ("81.7%, up from 73.9% in the previous quarter, an increase of
7.8 percentage points"), that is no stored change (the figures' changes are
on a year earlier) is read as the change between those two figures' periods
(:func:`changes_between_quoted`), so it moves with them, as review checks it
against them.

A number no figure explains, in a sentence whose other figures moved ("Burglary
rose by 1.7% compared with July to September 2024, to 1,087", where "burglary"
names no measure), is named for the writer (:func:`left_beside_moved`): it
cannot have stayed true.
"""

from __future__ import annotations

from drafter.claims.comparisons import (
    DOWN,
    MEASURED_FROM,
    SAME,
    UP,
    compared_figure,
    compared_with,
    earlier_value,
    find_comparisons,
    moved,
)
from drafter.claims.matching import in_change_context, nearest_measure, sentence_context
from drafter.claims.measures import measure_for
from drafter.claims.numbers import FIGURE_KINDS
from drafter.claims.points import measure_of_points
from drafter.claims.number_periods import compared_base
from drafter.claims.number_roles import changed_by
from drafter.drafts.restyle import restyle
from drafter.errors import MissingFigure
from drafter.figures import derived
from drafter.figures.derived import FIGURE, percent_change
from drafter.figures.exact import round_half_away
from drafter.figures.period_text import keep_case, rewrite
from drafter.fill.wording import article, percent

# The comparative words for each claim, in the family they were written in.
_THAN = {(UP, True): "more than", (DOWN, True): "fewer than", (UP, False): "higher than",
         (DOWN, False): "lower than", (SAME, True): "the same as", (SAME, False): "the same as"}
_ON = {UP: "up", DOWN: "down", SAME: "unchanged"}


def roll_comparisons(text: str, comparisons, doc, numbers, moved_figures: dict, figures, mover, edits, result,
                     moved_periods: dict, measure_mentions=()) -> None:
    """Rewrite or name each of ``comparisons`` (``find_comparisons(text)``;
    see the module notes).
    ``moved_figures`` maps ``id(mention)`` to ``(old, new)`` for each figure
    that moved; ``moved_periods`` (sentence → {period: new period}) gains the
    named periods that move with them."""
    if mover.target == mover.main or doc is None:
        return
    for comparison in comparisons:
        quoted = text[comparison.start:comparison.end]
        mention = compared_figure(doc, comparison, numbers)
        if mention is None:
            if _about_a_measure(doc, comparison, measure_mentions):
                result.not_rolled.append({"text": quoted, "reason": "compares figures with an earlier period, "
                                          f"but not a figure that moved: check it for {mover.target}"})
            continue
        if id(mention) not in moved_figures:
            continue  # kept as written (and named, if it should have moved), or still the latest
        old, new = moved_figures[id(mention)]
        before = comparison.against(old.period)
        if before is None:
            result.not_rolled.append({"text": quoted, "reason": f"its period cannot be read against "
                                      f"{old.period}: check it for {new.period}"})
            continue
        earlier = earlier_moved(comparison, quoted, before, mention, new, figures, mover, result, moved_periods)
        if earlier is None:
            continue
        now = moved(new.value, earlier.value, mention.decimals)
        start, end = comparison.start, comparison.words_end
        if now == comparison.claim:
            edits.add(start, end, text[start:end])  # as written; no other rule may turn these words
            continue
        count = old.kind == FIGURE and not old.percentage
        if comparison.claim == SAME and count and comparison.reference is not None:
            against = mover.move(before)
            change = derived.change(figures, new.measure, new.area, new.period, against)
            if change.percent is not None:
                phrase = f"{change.direction} of {percent(abs(change.percent))}"
                reference = comparison.reference
                earlier_words = f"from {reference.text}" if reference.relative \
                    else f"on the same quarter of {against.end.year}" if comparison.quarter_of \
                    else f"on {rewrite(reference, against)}"
                edits.add(start, comparison.end, keep_case(f"{article(phrase)} {phrase} {earlier_words}", quoted))
                continue
        edits.add(start, end, keep_case(_reworded(comparison.words, now, count), comparison.words))


def earlier_moved(comparison, quoted: str, before, mention, new, figures, mover, result, moved_periods: dict):
    """The stored figure a rolled comparison is now made with (its period
    ``before`` moved as the figure did); a period the sentence names moves
    with it. None, and the comparison named for the writer, when that figure
    is not stored."""
    against = mover.move(before)
    try:
        earlier = earlier_value(figures, new, against)
    except MissingFigure as gap:
        result.not_rolled.append({"text": quoted, "reason": f"no {gap.measure} figure for {gap.area} "
                                  f"{gap.period} to compare with: kept as written, check it"})
        return None
    if comparison.reference is not None and not comparison.reference.relative:
        moved_periods.setdefault(mention.sentence, {})[before] = against
    return earlier


def _reworded(words: str, claim: str, count: bool) -> str:
    """Comparative words saying ``claim``, in the family ``words`` is of:
    "unchanged on" and "up from" keep their preposition, the rest compare "than"."""
    lowered = " ".join(words.lower().split())
    last = lowered.split()[-1]
    if lowered.startswith(("up ", "down ", "unchanged ", "no change ")) and last in ("on", "from"):
        return f"{_ON[claim]} {last}"
    if lowered.startswith(("unchanged ", "no change ")):
        return f"{_ON[claim]} on"
    return _THAN[claim, count]


def _about_a_measure(doc, comparison, measure_mentions) -> bool:
    words = doc.char_span(comparison.start, comparison.words_end, alignment_mode="expand")
    return words is not None and measure_for(words[0], list(measure_mentions)) is not None


def read_by_their_comparison(text: str, doc, numbers, comparisons, figures, mover) -> dict:
    """Figures dated by the period of the comparison after them, not by their
    own: "Officers closed 8 county lines in the quarter, the same number as in
    April to June 2025" read as 2025-Q2's 8. Such a figure is the statement's
    own period's (``id(mention)`` → that figure, worked out again) when its
    value is that period's, else None: moving it on as the earlier period's
    would write a year-earlier figure in place of the current one."""
    found: dict = {}
    if doc is None:
        return found
    for comparison in comparisons:
        reference = comparison.reference
        if reference is None or reference.relative or reference.period is None:
            continue
        mention = compared_figure(doc, comparison, numbers)
        if mention is None or mention.matched.kind != FIGURE or mention.matched.period != reference.period:
            continue
        own = None
        if mover.main.months_long == reference.period.months_long and reference.period.before(mover.main):
            try:
                own = derived.figure(figures, mention.matched.measure, mention.matched.area, mover.main)
            except MissingFigure:
                own = None
        same = own is not None and round_half_away(own.value, mention.decimals) \
            == round_half_away(mention.matched.value, mention.decimals)
        found[id(mention)] = own if same else None
    return found


def changes_between_quoted(numbers, figures) -> dict:
    """Changes no stored figure explains that are the change between two
    figures of one measure quoted in their sentence, both read as stored
    figures of two periods: a percentage between two counts ("a decrease of
    6.9% on the previous quarter (131)"), or points between two percentages
    ("80.0% in the quarter, down 3.9 percentage points on July to September
    (83.9%)"): ``id(mention)`` → that change, worked out from the figures. A
    change two pairs of figures could give is left out (which one it is said
    of cannot be told)."""
    found: dict = {}
    for mention in numbers:
        if mention.kind not in ("percent", "points") or mention.matched is not None \
                or mention.status != "unverified":
            continue
        in_points = mention.kind == "points"
        quoted = [n.matched for n in numbers if n.sentence == mention.sentence and n is not mention
                  and n.status in ("verified", "stale") and n.matched is not None
                  and n.matched.kind == FIGURE and n.matched.percentage == in_points]
        pairs = {(later.measure, later.area, later.period, earlier.period) for later in quoted for earlier in quoted
                 if later.measure == earlier.measure and later.area == earlier.area
                 and earlier.period.before(later.period)
                 and (change := later.value - earlier.value if in_points
                      else percent_change(later.value, earlier.value)) is not None
                 and mention.matches(float(change))}
        if len(pairs) != 1:
            continue
        measure, area, period, against = pairs.pop()
        try:
            change = derived.change(figures, measure, area, period, against).as_derived()
        except MissingFigure:
            continue
        if change is not None:
            found[id(mention)] = change
    return found


def changes_on_named_period(doc, numbers, figures, measure_mentions, levels_before=(), area=None,
                            main=None) -> dict:
    """Percentages no stored figure explains that are the change of the figure
    beside them on an earlier period their sentence names, other than a year
    earlier ("fell to 2,577 in January to March 2026, a 10.8% fall on the
    previous quarter"), as review checks them: ``id(mention)`` → that change,
    worked out from the figures, so it moves with its figure. A sentence
    quoting no figure of its measure points back to the last one quoted
    before it ("74.0% … in January to March 2026. That is 0.9 percentage
    points higher than the previous quarter"), in its paragraph or, for one
    opening its paragraph, in ``levels_before``; one quoting none at all
    ("Residential burglary fell by 1.3% on the previous quarter") is the change
    of ``area``'s figure for ``main``, the period of the statement copied, as
    review reads it."""
    found: dict = {}
    if doc is None:
        return found
    for mention in numbers:
        # "an improvement of 9.6 percentage points on the previous quarter": points, as review reads them
        if mention.kind not in ("percent", "points") or mention.matched is not None \
                or mention.status != "unverified" or mention.kind == "percent" and not in_change_context(doc, mention):
            continue
        if mention.kind == "points":
            measure = measure_of_points(doc, mention, numbers, measure_mentions)
        else:
            named = nearest_measure(doc, mention, list(measure_mentions))
            measure = named.measure if named is not None else None
        if measure is None:
            continue
        levels = [n for n in numbers if n.status in ("verified", "stale") and n.matched is not None
                  and n.matched.kind == FIGURE and n.matched.measure == measure]
        quoted = [n.matched for n in levels if n.sentence == mention.sentence]
        if not quoted:
            earlier = [n.matched for n in levels if n.end <= mention.start] \
                or [found for found in levels_before if found.kind == FIGURE and found.measure == measure]
            quoted = earlier[-1:]
        if quoted:
            figure = max(quoted, key=lambda found: found.period.first)  # "…, to 1,674": the later figure
            of_area, period = figure.area, figure.period
        elif area and main is not None:
            of_area, period = area, main
        else:
            continue
        periods = sentence_context(doc, mention, list(measure_mentions), str(period)).periods
        base = compared_base(str(period), periods)
        if not base:  # a year earlier's change is a stored one; another period's is not read
            continue
        try:
            change = derived.change(figures, measure, of_area, period, base).as_derived()
        except MissingFigure:
            continue
        if change is not None and mention.matches(float(change.value)):
            found[id(mention)] = change
    return found


def roll_changed_by(doc, numbers, moved_figures: dict, figures, edits, result) -> None:
    """"Residential burglaries fell by 36 to 806 …, compared with the same quarter
    a year earlier": the change given as a count, worked out again for the count
    it moved to, on the year before that one, or on the period as far before it
    as the sentence's ("… on the previous quarter") (the verb is turned with the
    figures, as any is). One on another period, one the figures copied do not
    give, or no change at all, is left to :func:`left_beside_moved` to name; one
    worked out is no longer named as a number no figure matches."""
    for mention in numbers:
        if mention.kind not in ("count", "small") or mention.in_words or changed_by(doc, mention) is None:
            continue
        counts = [n for n in numbers if n.sentence == mention.sentence and n is not mention
                  and id(n) in moved_figures and moved_figures[id(n)][0].kind == FIGURE]
        if len(counts) != 1:
            continue
        old, new = moved_figures[id(counts[0])]
        end = doc[mention.sentence[1] - 1].idx + len(doc[mention.sentence[1] - 1])
        measured = MEASURED_FROM.search(doc.text, mention.end, end)
        rest = doc.text[measured.end():end] if measured is not None else ""
        base = compared_with(rest, old.period) if measured is not None else None
        # A year earlier, or the quarter before in words that move on with the figure ("fell by 11 on
        # the previous quarter to 220": they name another period for another figure); a period named
        # as such may be kept as written.
        said_of_any = base is not None and compared_with(rest, old.period.shifted(12)) != base
        if base is None or base != old.period.previous_year() and not (
                said_of_any and base.months_long == old.period.months_long and base.before(old.period)):
            continue
        try:
            was = derived.change(figures, old.measure, old.area, old.period, base).absolute
            now = derived.change(figures, new.measure, new.area, new.period,
                                 new.period.shifted(base.first - old.period.first)).absolute
        except MissingFigure:
            continue
        written = restyle(mention, abs(now)) if now else None  # "more than 500" stays true: "more than 2,500"
        if written and mention.matches(abs(float(was))) and edits.add(mention.start, mention.end, written):
            result.not_rolled[:] = [left for left in result.not_rolled if left.get("text") != mention.text
                                    or not left["reason"].startswith("no stored figure matches it")]


def left_beside_moved(doc, numbers, moved_sentences, listed: set[str], skipped, mover, covered,
                      moved_periods: dict | None = None) -> list[dict]:
    """What to name for the writer: each number of a sentence in ``moved_sentences``
    that no figure explains and nothing else names or rewrote (``listed``;
    ``skipped``: the spans of differences worked out again; ``covered(start, end)``:
    whether the roll rewrote a span). A count of something else ("23 children") is
    named only where its sentence names a period the roll moved ("closed 12 county
    lines in July to September 2026 and safeguarded 23 children"): it now says
    the new quarter's, and is last quarter's."""
    from drafter.claims.measures import counted_noun

    left = []
    for mention in numbers:
        # "Vehicle crime fell by 234 on the previous quarter.", after the count that moved: the copied quarter's change.
        copied_change = bool(moved_sentences) and mention.status in ("verified", "unverified") \
            and mention.role == "difference" and mention.kind in ("count", "small") and changed_by(doc, mention)
        if mention.sentence not in moved_sentences and not copied_change or mention.kind not in (*FIGURE_KINDS, "small") \
                or mention.in_words or mention.text in listed or any(start <= mention.start < end for start, end in skipped) \
                or covered(mention.start, mention.end):
            continue
        if mention.kind in ("count", "small") and changed_by(doc, mention) is not None:
            # "fell by 5 to 192 …, compared with the same quarter a year earlier": a change as a count,
            # however small, of the figures copied, which nothing here works out for the ones they moved to.
            left.append({"text": mention.text, "reason": f"a change given as a count, of the figures copied: "
                         f"the figures beside it moved to {mover.target}, work it out again"})
            continue
        if mention.status != "unverified" or mention.role == "difference" or not mention.is_figure:
            continue
        if mention.kind in ("count", "small") and (noun := counted_noun(doc[mention.token])) is not None:
            if _dated_by_a_moved_period(doc, mention, moved_periods or {}):
                left.append({"text": mention.text, "reason": f"counts {noun.text} in a sentence now dated "
                             f"{mover.target}, as last quarter's words gave it: check it for {mover.target}"})
            continue  # "610 people" in a sentence naming no period moved: not a figure the roll could move
        left.append({"text": mention.text, "reason": f"no stored figure matches it, and the figures beside it "
                     f"moved to {mover.target}: kept as written, check it for {mover.target}"})
    return left


def _dated_by_a_moved_period(doc, mention, moved_periods: dict) -> bool:
    """Whether the number's sentence names one of the periods the roll moved in it."""
    from drafter.figures.period_text import find_periods

    moved = moved_periods.get(mention.sentence)
    if not moved:
        return False
    sentence = doc[mention.sentence[0]:mention.sentence[1]].text
    return any(phrase.period in moved for phrase in find_periods(sentence) if phrase.period is not None)
