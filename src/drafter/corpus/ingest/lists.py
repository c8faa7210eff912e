"""Lines the segmenter would take for headings that belong to a list: the
priorities listed one after another, and the line leading into a list of
bullets. ``items`` are the segmenter's items (``heading``, ``priority``,
``number``, ``bullet``, ``text``, ``block``); both passes change them in place.
"""

from __future__ import annotations

from drafter.corpus.ingest.shapes import ends_sentence
from drafter.priorities import MAX_HEADING_WORDS, PRIORITY_IDS, classify_heading


def priority_lists(items: list) -> None:
    """Lines naming priorities one after another ("1. Reduce murder…", "2.
    Reduce serious violence…") are a list of the priorities, not headings of
    empty sections: when numbered, or after a lead-in ending in ":". Headings
    the source styled as headings stay headings."""
    index = 0
    while index < len(items):
        end = index
        while end < len(items) and _names_a_priority(items[end]):
            end += 1
        run = items[index:end]
        after_lead_in = index > 0 and items[index - 1].text.rstrip().endswith(":")
        numbered = all(item.number is not None or item.numbered_heading for item in run)
        if len(run) >= 2 and (numbered or after_lead_in):
            for item in run:
                item.make_bullet()
        index = max(end, index + 1)


def _names_a_priority(item) -> bool:
    if item.heading:
        styled = item.styled and not item.numbered_heading
        return not styled and item.priority in PRIORITY_IDS
    if item.number is None or not item.block.is_single_line or ends_sentence(item.text):
        return False
    return len(item.text.split()) <= MAX_HEADING_WORDS and classify_heading(item.text) in PRIORITY_IDS


def lead_ins(items: list) -> None:
    """"Partners in the county lines taskforce:" over bullets, inside the section on drugs and
    county lines, leads into them: a paragraph of that section (numbered, when a number was
    typed before it), not a second section of the same priority that its wording names.
    A line the source set as a heading, or one naming another priority, stays a heading."""
    priority = None
    for item, following in zip(items, items[1:]):
        if not item.heading:
            continue
        if item.priority is not None and item.priority == priority and not item.styled \
                and item.text.rstrip().endswith(":") and following.bullet:
            item.heading, item.priority = False, None
            if item.numbered_heading:
                item.number, item.heading_number, item.numbered_heading = item.heading_number, None, False
        elif item.priority is not None:
            priority = item.priority
