"""What a line of a statement looks like: a typed paragraph number, a bullet
mark, a heading's shape, the end of a sentence.

Readers use these to cut text into blocks and the segmenter uses them to
judge blocks, so every format is judged by the same shapes.
"""

from __future__ import annotations

import re

from drafter.figures.exact import SPACED_THOUSANDS
from drafter.priorities import MAX_HEADING_WORDS, PRIORITY_IDS, classify_heading, is_annex_heading

# "12. text", "12) text"; the space after the mark keeps "1.5 million" out.
_TYPED_NUMBER = re.compile(r"^\(?(\d{1,3})\s?[.)]\s+(?=\S)")
# "2.1 text", "2.1. text": a paragraph numbered within section 2.
_SECTION_PARAGRAPH_NUMBER = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)")
# "2 Reduce murder and other homicide": a heading's number typed without a dot.
_BARE_HEADING_NUMBER = re.compile(r"^(\d{1,2})\s+(?=[A-Z])")
# "• text", "- text", "– text", "* text", "▪ text", "o text" (Word's second-level bullet).
_BULLET = re.compile(r"^(?:[•●◦▪■‣∙·*\-–—]|o(?=\s))\s+(?=\S)")
# "Homicides – 7", "Drug trafficking offences - 118", "Knife offences: 95": a key
# figure set on a line of its own, its count after a dash or a colon ("Burglaries: 1 204" too).
_COUNT_AT_END = re.compile(rf"(?:\s[–—-]|:)\s*(\d{{1,3}}(?:,\d{{3}})+|{SPACED_THOUSANDS}|\d+)(?:\.\d+)?%?$")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
# A numbered section heading is short ("2. Specified Information Order").
MAX_NUMBERED_HEADING_WORDS = 8
# Small words a Title Case heading leaves in lower case.
_SMALL_WORDS = {"a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on",
                "or", "the", "to", "with", "&", "–", "-"}


def typed_number(text: str) -> tuple[int | None, str]:
    """(12, "rest") for text that starts with a typed paragraph number."""
    match = _TYPED_NUMBER.match(text)
    if match:
        return int(match.group(1)), text[match.end():]
    return None, text


def section_paragraph_number(text: str) -> tuple[str, str] | None:
    """("2.1", "There were…") for "2.1 There were…"; None when the text does
    not start with a number within a section (it may be "1.5 million…")."""
    match = _SECTION_PARAGRAPH_NUMBER.match(text)
    return (f"{int(match.group(1))}.{int(match.group(2))}", text[match.end():]) if match else None


def opens_numbered(text: str) -> bool:
    """Whether ``text`` opens with a paragraph number, "12." or "2.1"."""
    return typed_number(text)[0] is not None or section_paragraph_number(text) is not None


def section_opened_by(text: str) -> int | None:
    """2 for "2.1 There were…", a section's first paragraph: the number of the section it opens."""
    found = section_paragraph_number(text)
    if found is None or found[1][:1].islower() or not found[0].endswith(".1"):
        return None
    return int(found[0].split(".")[0])


def bare_numbered_heading(text: str) -> tuple[int, str] | None:
    """(2, "Reduce murder and other homicide") for "2 Reduce murder and other
    homicide", a heading whose number has no dot; None for other text. Only
    the "2.1" paragraph after it shows it is a heading, not "2 officers…"."""
    match = _BARE_HEADING_NUMBER.match(text)
    if match is None or not is_short_heading(text[match.end():]):
        return None
    return int(match.group(1)), text[match.end():]


def numbered_heading_over(line: str, following: str) -> bool:
    """Is ``line`` a heading numbered without a dot whose number ``following`` carries on
    ("2 Reduce murder and other homicide" over "2.1 There were…")?"""
    bare = bare_numbered_heading(line)
    return bare is not None and continues_numbering(f"{bare[0]}. {bare[1]}", following)


def continues_numbering(earlier: str | None, line: str) -> bool:
    """Does ``line`` carry on the numbering of ``earlier``, the last numbered
    line before it: "2.1 There were…" after "2. Reduce murder…", "2.2 …" after
    "2.1 …"? Such a line opens a paragraph even with no blank line before it;
    "1.5 million people…" wrapped onto a line of its own does not."""
    found = section_paragraph_number(line)
    if earlier is None or found is None or found[1][:1].islower():
        return False
    section, index = (int(part) for part in found[0].split("."))
    typed, _ = typed_number(earlier)
    bare = bare_numbered_heading(earlier)
    typed = bare[0] if typed is None and bare is not None else typed
    if typed is not None:
        return typed == section and index == 1
    before = section_paragraph_number(earlier)
    if before is None:
        return False
    return tuple(int(part) for part in before[0].split(".")) == (section, index - 1)


def without_section_number(text: str, section: int | None) -> tuple[str, str | None]:
    """"2.1 West Yorkshire recorded…" under "2. Reduce murder…" without its
    "2.1" (the draft numbers paragraphs itself), and the "2.1" review names it
    by; "1.5 million…" stays."""
    found = section_paragraph_number(text)
    if section is None or found is None or int(found[0].split(".")[0]) != section:
        return text, None
    return found[1], found[0]


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
    return not text.rstrip().endswith((".", ",", ";")) and typed_number(text)[0] is None \
        and not is_key_figure_line(text) and not _COUNTS_AFTER_LEAD.search(text)


# "At a glance: 3 homicides and 208 knife offences in April to June 2026": counts after a
# lead-in, not a heading ("Update: July to September 2025", "Key dates: 14 November" are).
_COUNTS_AFTER_LEAD = re.compile(r":\s.*?(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?%?\s+[a-z]")


def is_key_figure_line(text: str) -> bool:
    """"Homicides – 7", "Victim satisfaction: 71.5%", "Knife offences 396": a
    measure and its count, not a heading, though short and capitalised. A year
    after the dash ("Performance – 2026"), an annex's number ("Appendix – 2")
    and a number after words naming nothing counted ("Priority 2") are a heading's."""
    text = text.rstrip()
    match = _COUNT_AT_END.search(text)
    if match is None:
        match = _COUNT_AFTER_A_SPACE.search(text)
        if match is None or not _COUNTED_WORDS.intersection(re.findall(r"[a-z]+", text[:match.start()].lower())):
            return False
    if is_annex_heading(text[:match.start()]):
        return False
    number = match.group(1)
    return not (len(number) == 4 and number[:2] in ("19", "20") and match.group(0).rstrip()[-1].isdigit())


# "Knife offences 396", "Neighbourhood crime 1,760": a key figure set without a dash or colon,
# known from a heading ending in a number by the words before it naming what is counted.
_COUNT_AFTER_A_SPACE = re.compile(r"\s(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?$")
_COUNTED_WORDS = frozenset({
    "offences", "offence", "crimes", "crime", "homicides", "homicide", "murders", "burglaries", "burglary",
    "robberies", "robbery", "thefts", "theft", "satisfaction", "arrests", "seizures", "victims", "reports",
    "incidents", "fraud", "closures", "closed", "stabbings", "injuries", "deaths", "referrals"})


def is_short_heading(words: str) -> bool:
    """The words after a typed number are short and shaped like a heading."""
    return len(words.split()) <= MAX_NUMBERED_HEADING_WORDS and not ends_sentence(words) \
        and looks_like_heading(words.rstrip().removesuffix("."))


def reads_as_numbered_heading(words: str) -> bool:
    """The words after a typed number are a heading's: "Specified Information
    Order", or a priority's name in any case ("Reduce murder and other homicide")."""
    bare = words.rstrip().removesuffix(".")
    return is_short_heading(bare) and (is_title_case(bare) or not ends_sentence(words)
                                       and classify_heading(bare) is not None)


def is_title_case(text: str) -> bool:
    """Most words capitalised, as in "Statement of Contribution" (not "Burglary fell")."""
    words = [word.strip("()\"'‘’“”:.,") for word in text.split()]
    words = [word for word in words if word and word.lower() not in _SMALL_WORDS]
    if not words:
        return False
    capitalised = sum(1 for word in words if word[:1].isupper() or word[:1].isdigit())
    return capitalised * 10 >= len(words) * 7


def heads_the_next_line(first: str, second: str) -> bool:
    """Is ``first``, the line before a line break in a paragraph (Word's
    Shift+Enter, a page's ``<br>``), a heading over ``second`` and what
    follows, as if a new paragraph began after it? So it is when it names a
    priority ("Tackle cyber crime", "2. Reduce murder and other homicide") or
    is a numbered heading whose number the next line carries on ("1.
    Introduction" over "1.1 This statement…"); a list of numbered lines is
    a list."""
    number, words = typed_number(first)
    bare = words.rstrip().removesuffix(".") if number is not None else words
    if not looks_like_heading(bare) or ends_sentence(words):
        return False
    if number is None:
        return classify_heading(bare) in PRIORITY_IDS
    if len(bare.split()) > MAX_NUMBERED_HEADING_WORDS or typed_number(second)[0] is not None:
        return False
    return classify_heading(bare) in PRIORITY_IDS or continues_numbering(first, second)
