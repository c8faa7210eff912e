"""Words a PDF or its text export hyphenated at a line's end, joined again.

"Firearms of-" over "fences fell to 24" is one word, "offences"; "county-"
over "lines" is a compound that keeps its hyphen. The document itself is
the best witness (the word written whole elsewhere, or the compound written
with its hyphen or apart); failing that, a hyphen after a word that usually
opens a compound, or before one that usually closes it, is kept, and any
other is a line-break hyphen.
"""

from __future__ import annotations

import re

from drafter.corpus.ingest.blocks import Block

_HEAD = re.compile(r"(?<![\w-])([A-Za-z]+)-$")
_TAIL = re.compile(r"^([a-z]+)")
_BREAK = re.compile(r"(?<=[a-z])-[ \t]*\n[ \t]*(?=[a-z])")
_BROKEN = "¦"
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")

# Words that open compounds far more often than a line-break hyphen leaves
# them ("part-" is left out: "part-" over "nership" is one word).
COMPOUND_HEADS = frozenset((
    "anti", "non", "cross", "self", "multi", "semi", "counter", "well", "long", "short", "full",
    "first", "second", "third", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    "ten", "twelve", "year", "night", "day", "knife", "drug", "gun", "county", "cyber", "front", "e",
))
# Words that close compounds ("drug-related", "multi-agency", "anti-social").
COMPOUND_TAILS = frozenset((
    "based", "led", "related", "level", "term", "wide", "scale", "free", "focused", "funded", "year",
    "old", "social", "agency", "border", "lines", "line", "enabled", "harm", "risk", "crime", "owned",
    "run", "making", "solving", "being", "specific", "centred", "informed", "sharing", "up", "incident",
    "offending", "hour", "week", "month", "facing", "scooters",
))
# Endings that make a word of any stem ("cross-" over "ing" is "crossing").
WORD_ENDINGS = frozenset(("ing", "ings", "ed", "er", "ers", "est", "ly", "es", "ness", "ment", "ments",
                          "ful", "less", "ship", "ships"))


def rejoin_broken_words(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each word split by a line-break hyphen made whole on
    the line it started on; compounds are left for ``join_lines``, which
    keeps their hyphen."""
    # A line-break hyphen stands between its halves as a mark, so neither half
    # witnesses a compound ("of- fences" is not "of fences").
    text = _BREAK.sub(f" {_BROKEN} ", "\n".join("\n".join(block.lines) for block in blocks
                                                if block.cells is None).lower())
    words = set(_WORD.findall(text))
    plain = {part for word in words for part in word.split("-")}
    spaced = f" {' '.join(re.findall(f'[a-z]+|{_BROKEN}', text))} "
    for block in blocks:
        lines = block.lines
        for at in range(len(lines) - 1):
            head, tail = _HEAD.search(lines[at].rstrip()), _TAIL.match(lines[at + 1].lstrip())
            if head is None or tail is None:
                continue
            if is_line_break_hyphen(head.group(1), tail.group(1), words, plain, spaced):
                moved = lines[at + 1].split(maxsplit=1)
                lines[at] = lines[at].rstrip()[:-1] + moved[0]
                lines[at + 1] = moved[1] if len(moved) > 1 else ""
        block.lines = [line for line in lines if line.strip()]
    return blocks


def is_line_break_hyphen(head: str, tail: str, words: set[str], plain: set[str], spaced: str) -> bool:
    """Is "head-" at a line's end over "tail" one word broken in two?"""
    head_low = head.lower()
    if f"{head_low}-{tail}" in words or f" {head_low} {tail} " in spaced:
        return False
    if head_low + tail in plain or tail in WORD_ENDINGS:
        return True
    return head_low not in COMPOUND_HEADS and tail not in COMPOUND_TAILS
