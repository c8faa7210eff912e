"""A page that numbers its paragraphs as ordered lists: a board paper put on a
website, or a Markdown export rendered to HTML, sets each numbered paragraph as
an ``<li>`` of an ``<ol>`` whose ``start`` carries the numbering on after each
heading (``<ol start="7">``). The extractor keeps the lists but not their
numbers, so the numbers are written into the items' text first, as a board
paper types them ("7. Between April and June …"), for the segmenter to read as
printed numbers. A page whose lists all start at 1 numbers steps or points, not
its paragraphs: its lists stay bullets.
"""

from __future__ import annotations

import re

# A list item's text opening with the number written into it.
NUMBERED_ITEM = re.compile(r"^\d{1,3}\.\s")


def number_ordered_lists(page) -> None:
    """Write each item's number into its text, where one of the page's ordered lists carries the
    numbering on from an earlier one (a ``start`` above 1)."""
    lists = page.xpath("//ol")
    if not any(_start(listing) > 1 for listing in lists):
        return
    for listing in lists:
        for number, item in enumerate(listing.findall("li"), start=_start(listing)):
            # "<li><p>Between …</p></li>": the number goes where the words start.
            holder = item[0] if not (item.text or "").strip() and len(item) and item[0].tag == "p" else item
            holder.text = f"{number}. {(holder.text or '').lstrip()}"


def _start(listing) -> int:
    start = (listing.get("start") or "").strip()
    return int(start) if start.isdigit() else 1
