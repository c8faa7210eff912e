"""What rolling forward did to a draft, as the desk shows it (no terminal needed).

Copy forward rolls each copied paragraph's figures on to the draft's period
(``drafter.drafts.roll``); the paragraph's origin keeps the words as copied
(``copied``), each number moved (``rolled``: old, new, measure, area, periods,
source) and what was left for the writer (``not_rolled``: text and reason).
Here: where those numbers and words sit in the text now, which paragraphs
still have something left, the summary for the status line, and the two
versions of a paragraph set side by side.

Something left counts until it is dealt with: while its words are still in
the paragraph, or the paragraph is as the roll left it (a flagged sentence
quotes the words as copied, before its numbers moved).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from rich.text import Text

from drafter.tui.suggestions import words

ROLLED, LEFT = "rolled", "left"


def left_for_writer(paragraph) -> list[dict]:
    """The paragraph's not_rolled entries that are still to be dealt with."""
    origin = paragraph.origin
    if not origin.was_rolled:
        return []
    current = words(paragraph.text)
    return [entry for entry in origin.not_rolled
            if not origin.edited or words(entry.get("text")) in current]


def roll_counts(draft) -> tuple[int, int]:
    """(figures rolled forward, things still left for the writer) across the draft."""
    rolled = left = 0
    for section in draft.sections:
        for paragraph in section.paragraphs:
            rolled += len(paragraph.origin.rolled)
            left += len(left_for_writer(paragraph))
    return rolled, left


def was_rolled(draft) -> bool:
    return any(p.origin.was_rolled for s in draft.sections for p in s.paragraphs)


def roll_summary(draft, *, short: bool = False) -> str:
    """``34 figures rolled forward, 5 left for you`` (``34 rolled · 5 left`` when short)."""
    rolled, left = roll_counts(draft)
    if not rolled and (draft.next_period_missing or draft.rolled_from is None):
        # Nothing could move: the next period's figures are not in yet, or none are stored for the
        # area. Said so, not as "0 figures rolled forward", which reads as a failure.
        if short:
            return f"as copied · {left} left"
        if draft.next_period_missing:
            return f"figures as copied, for {draft.period} · {left} left for you"
        return f"text as copied, no figures to roll · {left} left for you"
    if short:
        return f"{rolled} rolled · {left} left"
    return f"{rolled} figure{'s' if rolled != 1 else ''} rolled forward, {left} left for you"


def next_left(draft, section_key: str, index: int | None) -> tuple[str, int] | None:
    """The next paragraph after (section, index) with something left, wrapping round
    to the start of the draft; None when nothing is left anywhere."""
    places = [(section.key, position) for section in draft.sections
              for position, paragraph in enumerate(section.paragraphs) if left_for_writer(paragraph)]
    if not places:
        return None
    keys = [section.key for section in draft.sections]
    here = (keys.index(section_key) if section_key in keys else -1, -1 if index is None else index)
    for key, position in places:
        if (keys.index(key), position) > here:
            return key, position
    return places[0]


@dataclass(frozen=True)
class Marks:
    """Words to pick out in a paragraph: the numbers the roll wrote, in order,
    and the words it left for the writer."""

    rolled: tuple[str, ...] = ()
    left: tuple[str, ...] = ()

    @classmethod
    def of(cls, paragraph) -> "Marks | None":
        origin = paragraph.origin
        if not origin.was_rolled or not (origin.rolled or origin.not_rolled):
            return None
        return cls(tuple(entry["new"] for entry in origin.rolled if entry.get("new")),
                   tuple(words(entry["text"]) for entry in left_for_writer(paragraph)
                         if entry.get("text")))

    def spans(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, kind) of each mark in ``text``. Rolled numbers are found in
        the order the roll wrote them, each as a whole number (``3`` is not the
        3 in ``2023``)."""
        found: list[tuple[int, int, str]] = []
        taken: list[tuple[int, int]] = []
        position = 0
        for new in self.rolled:
            pattern = re.compile(rf"(?<![\w.,]){re.escape(new)}(?![\w]|[.,]\d)")
            match = _free(pattern, text, position, taken) or _free(pattern, text, 0, taken)
            if match is not None:
                found.append((match.start(), match.end(), ROLLED))
                taken.append(match.span())
                position = match.end()
        for left in self.left:
            pattern = re.compile(r"\s+".join(map(re.escape, left.split())))
            match = pattern.search(text)
            if match is not None:
                found.append((match.start(), match.end(), LEFT))
        return sorted(found)


def _free(pattern: re.Pattern, text: str, start: int, taken: list[tuple[int, int]]):
    for match in pattern.finditer(text, start):
        if not any(a < match.end() and match.start() < b for a, b in taken):
            return match
    return None


_TOKENS = re.compile(r"\S+|\s+")


def side_by_side(copied: str, current: str) -> tuple[Text, Text]:
    """The words as copied and as they are now, what differs struck out on the
    left and picked out on the right."""
    before_tokens, after_tokens = _TOKENS.findall(copied), _TOKENS.findall(current)
    before, after = Text(), Text()
    matcher = difflib.SequenceMatcher(None, before_tokens, after_tokens, autojunk=False)
    for operation, a1, a2, b1, b2 in matcher.get_opcodes():
        old, new = "".join(before_tokens[a1:a2]), "".join(after_tokens[b1:b2])
        if operation == "equal":
            before.append(old)
            after.append(new)
            continue
        before.append(old, style="red strike")
        after.append(new, style="bold green")
    return before, after
