"""What a line of a statement looks like: a typed paragraph number, a bullet
mark, a heading's shape, the end of a sentence.

Readers use these to cut text into blocks and the segmenter uses them to
judge blocks, so every format is judged by the same shapes.
"""

from __future__ import annotations

import re

from drafter.priorities import MAX_HEADING_WORDS

# "12. text", "12) text"; the space after the mark keeps "1.5 million" out.
_TYPED_NUMBER = re.compile(r"^\(?(\d{1,3})\s?[.)]\s+(?=\S)")
# "• text", "- text", "– text", "* text", "▪ text", "o text" (Word's second-level bullet).
_BULLET = re.compile(r"^(?:[•●◦▪■‣∙·*\-–—]|o(?=\s))\s+(?=\S)")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
# Small words a Title Case heading leaves in lower case.
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on",
                "or", "the", "to", "with", "&", "–", "-"}


def typed_number(text: str) -> tuple[int | None, str]:
    """(12, "rest") for text that starts with a typed paragraph number."""
    match = _TYPED_NUMBER.match(text)
    if match:
        return int(match.group(1)), text[match.end():]
    return None, text


def bullet_text(text: str) -> str | None:
    """The words of a line typed as a bullet ("• Fewer burglaries" → "Fewer
    burglaries"); None when the line has no bullet mark."""
    match = _BULLET.match(text)
    return text[match.end():] if match else None


def ends_sentence(text: str) -> bool:
    return bool(_SENTENCE_END.search(text.rstrip()))


def looks_like_heading(text: str) -> bool:
    """Short, capitalised, no full stop, not numbered: how statements set headings."""
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS:
        return False
    first = text.lstrip("\"'‘“(")[:1]
    if not first.isalpha() or not first.isupper():
        return False
    return not text.rstrip().endswith((".", ",", ";")) and typed_number(text)[0] is None


def is_title_case(text: str) -> bool:
    """Most words capitalised, as in "Statement of Contribution" (not "Burglary fell")."""
    words = [word.strip("()\"'‘’“”:.,") for word in text.split()]
    words = [word for word in words if word and word.lower() not in _SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or word[:1].isdigit())
    return capitalised * 10 >= len(words) * 7
