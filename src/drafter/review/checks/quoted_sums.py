"""Sums between numbers a sentence or a table row quotes side by side: a
change in points between two percentages, a difference between two counts
("16 fewer than the 214"), a change in a row of period columns. Each is the
arithmetic of :mod:`drafter.figures.derived` on the numbers as quoted."""

from __future__ import annotations

import re

from drafter.claims.number_roles import MOVED_BY, changed_by, in_change_context, signed
from drafter.claims.numbers import NumberMention
from drafter.claims.tables import compared_cells
from drafter.figures.derived import CHANGE, percent_change, shown
from drafter.figures.periods import Period
from drafter.nlp import text_of

_QUOTED_KINDS = ("count", "small", "money")
# "(an increase of 3.5%) and almost unchanged on a year earlier (554)": 554 is not the 3.5%'s base.
_CLAUSE_BREAK = re.compile(r"[);]|\b(?:and|but|while|whereas)\b")


def sentence_counts(numbers: list[NumberMention], sentence: tuple[int, int]) -> list[NumberMention]:
    return [n for n in numbers if n.sentence == sentence and n.kind in _QUOTED_KINDS]


def quoted_pair(numbers: list[NumberMention], sentence: tuple[int, int],
                anchor: int, text: str = "") -> tuple[NumberMention, NumberMention] | None:
    """(current, base) counts quoted in one sentence for the claim at token
    ``anchor``: the base is the count offered for comparison nearest the claim
    ("from 55,219", "compared with 2,649", "17 in 2024 to 14 in 2025"), the
    current one a later-dated count, else the count just before the base."""
    counts = sentence_counts(numbers, sentence)
    if len(counts) < 2:
        return None
    bases = [c for c in counts if c.role == "base"]
    if not bases:
        return None
    # "1.8% fewer than in the previous quarter (659) but 5.7% more than in January to
    # March 2023 (612)": the base after a change, before the next one, is that change's.
    # "rose slightly to 10, one more than in the previous quarter, but there were fewer than in
    # January to March 2023 (15)": a difference is a change too, and 15 is the "fewer"'s.
    changes = [n.token for n in numbers if n.sentence == sentence
               and (n.kind in ("percent", "points") or n.role == "difference")]
    at = next((n.end for n in numbers if n.token == anchor), None)
    # "rose by 11.1% on the previous quarter to 291, and was 13.7% higher than in April to
    # June 2023 (256)": 256 is the 13.7%'s, with no base of the 11.1% quoted.
    bases = [c for c in bases if not any(min(anchor, c.token) < t < max(anchor, c.token) for t in changes)]
    if not bases:
        return None
    following = [c for c in bases if c.token > anchor and at is not None
                 and not _CLAUSE_BREAK.search(text, at, c.start)]
    base = min(following or bases, key=lambda c: abs(c.token - anchor))
    others = [c for c in counts if c is not base and c.role not in ("base", "difference")
              and (c.kind == "money") == (base.kind == "money")]
    if not others:
        return None
    later = [c for c in others if c.period_named and base.period_named
             and Period.parse(c.period).first > Period.parse(base.period).first]
    if later:
        return min(later, key=lambda c: abs(c.token - base.token)), base
    current = min(others, key=lambda c: (c.token > base.token, abs(c.token - base.token)))
    return current, base



def change_between(current: NumberMention, base: NumberMention) -> float | None:
    moved = percent_change(current.value, base.value)
    return None if moved is None else float(moved)


def another_pair_gives(mention: NumberMention, counts: list[NumberMention], pair: tuple) -> bool:
    """Some other ordered pair of the sentence's counts than ``pair`` gives the stated
    change: ``pair`` the other way round is the usual slip, never an excuse."""
    return any(a is not b and {id(a), id(b)} != {id(c) for c in pair}
               and (moved := percent_change(a.value, b.value)) is not None
               and mention.matches(float(moved)) for a in counts for b in counts)


def on_the_wrong_base(mention: NumberMention, current: NumberMention, base: NumberMention) -> str:
    """"; 8.6% is the gap as a share of 162, not of 176": a change worked out on the later figure."""
    moved = percent_change(base.value, current.value)
    if moved is None or not mention.matches(float(moved)):
        return ""
    return f"; {mention.text} is the gap as a share of {current.text}, not of {base.text}"


FEWER, MORE = frozenset({"fewer", "less", "lower", "below"}), frozenset({"more", "higher", "above"})




def quoted_levels(doc, numbers: list[NumberMention],
                  sentence: tuple[int, int]) -> tuple[NumberMention, NumberMention] | None:
    """(current, base): the two levels of a percentage a sentence quotes,
    "73.9% in July to September 2026, up from 77.2% a year earlier", the
    base offered after the current one; None unless there are just those two."""
    levels = [n for n in numbers if n.sentence == sentence and n.kind == "percent"
              and not in_change_context(doc, n)]
    if len(levels) != 2:
        return None
    current, base = levels
    return (current, base) if current.role == "current" and base.role == "base" else None


def check_moved_by(doc, numbers: list[NumberMention], finding) -> None:
    """"356 …, up from 339 a year earlier, a rise of 17", "rose by 86 offences to 3,391 …, from
    3,305 …": a change given as a count must be the gap between the two counts its sentence quotes."""
    for mention in numbers:
        if mention.kind not in ("count", "small") or mention.status in ("verified", "wrong") or mention.token < 2:
            continue
        word, joiner = doc[mention.token - 2].lower_, doc[mention.token - 1].lower_
        way = MOVED_BY.get(word) if joiner in ("of", "by") else None
        if way is None and (found := changed_by(doc, mention)) is not None:
            way, verb = found
            said = f"{verb.text} by {mention.text}"
        else:
            said = f"a {word} of {mention.text}"
        if way is None:
            continue
        quoted = [n for n in numbers if n.sentence == mention.sentence and n is not mention and n.role != "difference"
                  and n.kind in ("count", "small") and n.status != "not-a-figure"]
        bases = [n for n in quoted if n.role == "base"]
        if len(quoted) != 2 or not (quoted[1].token < mention.token or len(bases) == 1):
            continue
        # The one offered for comparison, wherever it is: "341 …, a reduction of 25 … on the previous
        # quarter (366)", "fell from 842 to 806, a fall of 36"; else, both before it, the later what
        # the earlier moved from.
        current, base = (next(n for n in quoted if n is not bases[0]), bases[0]) if len(bases) == 1 else quoted
        gap = current.value - base.value
        mention.derivation = f"{current.text} − {base.text} = {gap:+,.0f}"
        if mention.matches(gap) and (gap < 0) == (way == "down"):
            mention.status, mention.role = "verified", "difference"
            continue
        mention.status = "wrong"
        finding("arithmetic", mention,
                f"'{said}' does not follow from {base.text} and {current.text} quoted "
                f"{'before' if max(current.token, base.token) < mention.token else 'beside'} it: "
                f"that is {'a fall' if gap < 0 else 'a rise'} of {abs(gap):,.0f}")


def check_differences(doc, numbers: list[NumberMention], finding) -> None:
    """"208 …, 16 fewer than the 214 recorded a year earlier": a difference
    must be the gap between the count before it and the one it is measured
    from, and point the same way."""
    for mention in numbers:
        if mention.kind not in ("count", "small") or mention.status in ("verified", "wrong"):
            continue
        words = [t.lower_ for t in doc[mention.token + 1:min(mention.sentence[1], mention.token + 4)]]
        if len(words) < 2 or words[0] not in FEWER | MORE or words[1] != "than":
            continue
        offset = 4 if len(words) > 2 and words[2] == "the" else 3
        base = next((n for n in numbers if n.token == mention.token + offset and n.kind in ("count", "small")), None)
        current = max((n for n in numbers if n.sentence == mention.sentence and n.token < mention.token
                       and n.kind in ("count", "small")), key=lambda n: n.token, default=None)
        if base is None or current is None:
            continue
        gap = current.value - base.value
        mention.derivation = f"{current.text} − {base.text} = {gap:+,.0f}"
        if mention.matches(gap) and (gap < 0) == (words[0] in FEWER):
            mention.status, mention.role = "verified", "difference"
            continue
        mention.status = "wrong"
        said = f"{mention.text} {words[0]}"
        finding("arithmetic", mention,
                f"'{said} than {base.text}' does not follow from {current.text}: {current.text} is "
                f"{abs(gap):,.0f} {'fewer' if gap < 0 else 'more'} than {base.text}")


def check_table_changes(doc, numbers: list[NumberMention], finding) -> None:
    """A change in a row of a table whose columns are periods ("| Cyber crime
    reports | 495 | 511 | +15.0% |") must follow from the row's two cells (in a
    key-figures row of three periods, the two its column's heading names)."""
    rows: dict[tuple[int, int], list[NumberMention]] = {}
    for mention in numbers:
        rows.setdefault(mention.sentence, []).append(mention)
    for row in rows.values():
        cells = [m for m in row if m.table_cell and m.period and m.kind in ("count", "small")]
        changes = [m for m in row if not m.table_cell and m.kind == "percent"]
        pair = compared_cells(text_of(doc), changes[0].start, cells, changes[0]) if len(changes) == 1 else None
        if pair is None:
            continue
        earlier, later = pair
        expected = change_between(later, earlier)
        change = changes[0]
        signed = change.text.lstrip()[:1] in "+-−"
        wrong_sign = signed and (change.text.lstrip()[:1] == "+") != (expected is not None and expected > 0)
        if expected is None or (change.matches(expected) and not wrong_sign):
            continue
        own = change.matched if change.status == "verified" else None
        if own is not None and own.kind == CHANGE:
            previous, now = own.figures[1], own.figures[0]
            finding("arithmetic", change,
                    f"{earlier.text} to {later.text} in its row is {expected:+.1f}%, but {change.text} is the "
                    f"figures' change ({shown(previous.value)} in {previous.period} to {shown(now.value)} in "
                    f"{now.period}): check the row's figures, not the percentage")
            continue
        change.status = "wrong"
        change.derivation = f"{later.text} / {earlier.text} − 1 = {expected:+.2f}%"
        finding("arithmetic", change,
                f"{change.text} does not follow from {earlier.text} ({earlier.period}) and {later.text} "
                f"({later.period}) in its row: that change is {expected:+.1f}%")


def check_table_count_changes(doc, numbers: list[NumberMention], finding) -> None:
    """A signed count in a row of a table whose columns are periods ("|
    Homicides | 1 | 2 | +1 |") is the gap between the row's two cells."""
    for change in numbers:
        if change.role != "difference" or change.table_cell or change.status in ("verified", "wrong") \
                or not signed(doc.text, change.start):
            continue
        cells = [m for m in numbers if m.sentence == change.sentence and m.table_cell and m.period
                 and m.kind in ("count", "small")]
        pair = compared_cells(doc.text, change.start, cells, change)
        if pair is None:
            continue
        earlier, later = pair
        gap = later.value - earlier.value
        written = doc.text[change.start - 1:change.end]
        change.derivation = f"{later.text} − {earlier.text} = {gap:+,.0f}"
        if change.matches(gap) and (written[0] == "+") == (gap > 0) or gap == 0 == change.value:
            change.status = "verified"
            continue
        change.status = "wrong"
        finding("arithmetic", change,
                f"{written} does not follow from {earlier.text} ({earlier.period}) and {later.text} "
                f"({later.period}) in its row: that change is {gap:+,.0f}")


def check_points(mention: NumberMention, numbers: list[NumberMention], finding, text: str = "") -> None:
    """A change in points beside the two percentages it is between ("74.8%,
    up 4.8 percentage points from 72.0%", or a table row's two period
    columns) must be their difference."""
    if mention.status in ("verified", "stale"):
        return
    quoted = [n for n in numbers if n.sentence == mention.sentence and n.kind == "percent"
              and not n.table_cell and n.status != "not-a-figure"]
    if not quoted:  # "| 72.0% | 74.8% | +2.8 points": a table row's cells in two period columns
        cells = [n for n in numbers if n.sentence == mention.sentence and n.kind == "percent" and n.table_cell]
        quoted = list(compared_cells(text, mention.start, cells, mention) or ()) if len(cells) > 2 else cells
    if len(quoted) != 2:
        return
    low, high = sorted(n.token for n in quoted)
    if not low < mention.token < high and any(
            n is not mention and n.sentence == mention.sentence and n.kind == "points" and low < n.token < high
            for n in numbers):
        return  # "77.4%, up 0.9 points on the previous quarter (76.5%) and 5.0 points higher than a year earlier"
    dated = all(n.period for n in quoted) and quoted[0].period != quoted[1].period
    if dated:  # the later period's figure is the one it moved to
        base, current = sorted(quoted, key=lambda n: Period.parse(n.period).sort_key())
    elif quoted[0].token < mention.token < quoted[1].token:  # "74.8%, up 4.8 points from 72.0%"
        current, base = quoted
    else:
        return
    expected = current.value - base.value
    if mention.matches(expected):
        return
    mention.status = "wrong"
    mention.derivation = f"{current.text} − {base.text} = {expected:+.1f} points"
    finding("arithmetic", mention,
            f"{mention.text} does not follow from {current.text} and {base.text} quoted beside it: "
            f"the difference is {expected:+.1f} percentage points")
