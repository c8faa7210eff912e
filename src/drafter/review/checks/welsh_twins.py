"""A Welsh paragraph's numbers held to its English paragraph's.

A bilingual statement gives each paragraph in English and in Welsh, either
paragraph by paragraph or the English section followed by the Welsh. Review
reads English grammar, so a Welsh number is verified only where its
sentence names the measure in Welsh words (``claims.welsh``), and a small
count or a mistyped one would pass unread. The English paragraph says what
each Welsh number should be: in a section with as many Welsh paragraphs as
English ones (or as many that give figures), the n-th Welsh paragraph is the
n-th English one's, and their figures are the same figures. Tables are paired
so too, with the section's tables alone ("Mesur | Y chwarter hwn" with
"Measure | This quarter"), never with a paragraph.

* A Welsh number equal to its English twin, which the figures verify, is
  verified as the same figure.
* A Welsh number that differs from a verified twin is wrong: the figures and
  the English text agree on another value.
* One that differs from a twin the figures do not check keeps its warning,
  which names the English number.
* One whose twin counts one place ("In Cardiff there were 330") counts that
  place too, though its Welsh words ("Yng Nghaerdydd") matched the force's
  figure by chance: it is unverified, as the English one is.

Two paragraphs are taken as twins only when they give as many figures,
and, for a paragraph of more than one, at least half of them the same (a
summary in one language and a full account in the other are not twins).
Figures of the same value are one another's wherever each language puts
them; the rest differ only as a mistyping would: the same kind, and the
same number of digits, in the same order.
"""

from __future__ import annotations

from drafter.claims.numbers import NumberMention
from drafter.claims.welsh import in_welsh
from drafter.review.checks.elsewhere import place_counted, set_aside
from drafter.review.findings import Finding


def check(read: list[tuple]) -> list[Finding]:
    """Pair each Welsh paragraph of ``read`` ((paragraph, numbers, ...)
    in document order) with its English twin, set what the twin settles,
    and return a ``wrong-figure`` finding for each Welsh number a verified
    English one contradicts."""
    found: list[Finding] = []
    for welsh, english in _twins(read):
        pairs = _paired_figures(welsh[1], english[1])
        for mine, theirs in pairs:
            mine.twin = theirs
            if _counts_a_place(theirs, english) and mine.status in ("verified", "stale"):
                set_aside(mine)  # "Yng Nghaerdydd cofnodwyd 330": Cardiff's, as the English says
                continue
            if mine.status in ("verified", "stale", "wrong") or theirs.status != "verified":
                continue
            if _same(mine, theirs):
                _verify_as(mine, theirs)
                continue
            mine.status, mine.measure, mine.period = "wrong", theirs.measure, theirs.period
            paragraph = welsh[0]
            found.append(Finding(
                "wrong-figure", paragraph.section_label, paragraph.number,
                f"{mine.text}: its English paragraph gives {theirs.text} in its place, which the figures "
                f"verify ({theirs.derivation}); the Welsh should give the same",
                _sentence(paragraph, mine), index=paragraph.index))
    return found


def _twins(read: list[tuple]) -> list[tuple[tuple, tuple]]:
    """(Welsh, English) pairs of ``read``'s entries, section by section: all
    its paragraphs, or, where the languages give unlike numbers of those, the
    ones that give figures ("Source: ...", a line one language alone gives,
    has no twin to count)."""
    sections: dict[tuple[str, bool], tuple[list, list]] = {}
    for entry in read:
        # a table's twin is a table, a paragraph's a paragraph: each kind is paired on its own
        key = (entry[0].section_label, getattr(entry[0], "kind", None) == "table")
        welsh, english = sections.setdefault(key, ([], []))
        (welsh if in_welsh(entry[0].text) else english).append(entry)
    pairs = []
    for welsh, english in sections.values():
        if len(welsh) != len(english):
            welsh, english = ([entry for entry in side if _figures(entry[1])] for side in (welsh, english))
        if welsh and len(welsh) == len(english):
            pairs += zip(welsh, english)
    return pairs


def _figures(numbers: list[NumberMention]) -> list[NumberMention]:
    """The numbers both languages give as figures: a small count the Welsh
    words could not place too, but neither a rate's base nor a number of forces."""
    return [mention for mention in numbers
            if mention.checked and (mention.status != "not-a-figure" or mention.kind == "small")]


def _paired_figures(welsh: list[NumberMention], english: list[NumberMention]) -> list[tuple]:
    """(Welsh, English) figure pairs of twin paragraphs. Welsh may give a
    sentence's figures in another order ("i lawr o 5,427 (4%)" for "down 4%
    from 5,427"), so each Welsh figure is first paired with an English one of
    the same value wherever it stands; only those left, in the same order and
    as many on each side, are paired by their place, as a mistyping is."""
    mine, theirs = _figures(welsh), _figures(english)
    if not mine or len(mine) != len(theirs):
        return []
    pairs, left_mine, left_theirs = [], [], list(theirs)
    for one in mine:
        other = next((other for other in left_theirs if _same(one, other)), None)
        if other is None:
            left_mine.append(one)
        else:
            left_theirs.remove(other)
            pairs.append((one, other))
    if 2 * len(pairs) < len(mine) and len(mine) > 1:
        return []
    unlike = list(zip(left_mine, left_theirs))
    if all(one.kind == other.kind and _digits(one) == _digits(other) for one, other in unlike):
        pairs += unlike
    return pairs


def _same(one: NumberMention, other: NumberMention) -> bool:
    return one.kind == other.kind and one.value == other.value


def _digits(mention: NumberMention) -> int:
    return sum(character.isdigit() for character in mention.text)


def _counts_a_place(theirs: NumberMention, english: tuple) -> bool:
    """Whether the English number counts one place ("In Cardiff there were
    330"), which the Welsh names in words review does not read ("Yng Nghaerdydd")."""
    paragraph, elsewhere = english[0], english[3] if len(english) > 3 else None
    return theirs.status == "unverified" and elsewhere is not None and place_counted(
        paragraph.doc, theirs, elsewhere, elsewhere.own_area) is not None


def _verify_as(mine: NumberMention, theirs: NumberMention) -> None:
    mine.status, mine.measure, mine.period, mine.source = "verified", theirs.measure, theirs.period, theirs.source
    mine.derivation = f"{theirs.derivation} (as its English paragraph gives it)"
    mine.matched, mine.role = theirs.matched, theirs.role


def _sentence(paragraph, mention: NumberMention) -> str:
    doc = paragraph.doc
    return doc[mention.sentence[0]:mention.sentence[1]].text if doc is not None else paragraph.text
