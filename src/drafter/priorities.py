"""The domain's vocabulary: the six national priorities, the introduction and the
closing section, with the heading wordings forces use for them.

Everything that needs to know what a section *is* asks this module, so a new
heading variant is taught to drafter in one place.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

INTRODUCTION = "introduction"
CLOSING = "closing"


@dataclass(frozen=True)
class Priority:
    id: str
    title: str
    # Word stems that identify the priority in a heading; every group must match
    # (any one alternative of a group is enough).
    required: tuple[tuple[str, ...], ...]


# Welsh stems stand beside the English ones, so a Welsh-only heading ("Troseddau
# Cymdogaeth", "Trosedd Seiber") is named as its English half would be. A Welsh
# word's first letter changes after some words (cyffuriau → gyffuriau,
# twyll → dwyll), so a stem leaves it out or both forms are listed.
PRIORITIES: tuple[Priority, ...] = (
    Priority("homicide", "Reduce Murder and other Homicide",
             (("murder", "homicid", "llofrudd", "lofrudd", "dynladd"),)),
    Priority("serious-violence", "Reduce Serious Violence",
             (("serious", "difrifol"), ("violen", "trais", "drais"))),
    Priority("drugs-county-lines", "Drug Supply and County Lines",
             (("drug", "county line", "yffuriau", "llinellau sirol", "linellau sirol"),)),
    Priority("neighbourhood-crime", "Reduce Neighbourhood Crime",
             (("neighbourhood", "neighborhood", "ymdogaeth"),)),
    Priority("victim-satisfaction", "Improve Victim Satisfaction",
             (("victim", "dioddefw"), ("satisf", "oddhad"))),
    Priority("cyber-crime", "Tackle Fraud and Cybercrime",
             (("cyber", "fraud", "seiber", "twyll", "dwyll", "thwyll"),)),
)

PRIORITY_IDS: tuple[str, ...] = tuple(p.id for p in PRIORITIES)
SECTION_KEYS: tuple[str, ...] = (INTRODUCTION, *PRIORITY_IDS, CLOSING)

INTRODUCTION_TITLE = "Introduction"
CLOSING_TITLE = "Reporting frequency"

_CLOSING_WORDS = ("reporting frequency", "frequency of reporting", "future reporting",
                  "next report", "publication of this statement", "publishing this statement",
                  "frequency of publication", "publication frequency", "amlder adrodd",
                  # a web page's last heading: "Next update", "Our next statement"
                  "next update", "next statement", "next publication", "future updates")
# "How often this statement is published", "How often we publish this statement",
# "How often we will report": the section saying when the next statement comes
# ("How often victims report" is about something else).
_HOW_OFTEN = re.compile(r"^how often\b.*\b(?:statement|publish\w*|we (?:will )?(?:report|update))\b")
# The Order under which a statement is published, which its introduction names.
ORDER_NAME = "Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021"
# A statement published every six months says so: "Half-Year Statement", "twice a year".
PUBLISHED_HALF_YEARLY = re.compile(r"\bhalf[\s-]year(?:ly)?\b|\btwice\s+a\s+year\b|\bevery\s+six\s+months\b"
                                   r"|\bsix[\s-]monthly\b", re.IGNORECASE)
_INTRO_WORDS = ("introduction", "purpose of report", "purpose of the report", "background",
                "about this statement", "about this report", "about this update",
                "cyflwyniad", "gyflwyniad", "am y datganiad hwn")

# A bilingual statement's "Atodiad" (annex) and "Geirfa" (glossary) too.
_ANNEX = re.compile(r"^(?:annexe?|appendix|glossary|atodiad(?:au)?|geirfa)(?: [a-z0-9]{1,3})?(?: |$)")

# Whole headings some forces give a priority's section without its words: "Victims", "Online crime".
_WHOLE_HEADINGS = {"victims": "victim-satisfaction", "supporting victims": "victim-satisfaction",
                   "support for victims": "victim-satisfaction", "victims and witnesses": "victim-satisfaction",
                   "victim services": "victim-satisfaction", "victim care": "victim-satisfaction",
                   "online crime": "cyber-crime", "economic crime": "cyber-crime"}

# A heading is short; prose that happens to mention "violence" is not a heading.
MAX_HEADING_WORDS = 16


def by_id(priority_id: str) -> Priority:
    from drafter.errors import UnknownPriority

    for priority in PRIORITIES:
        if priority.id == priority_id:
            return priority
    raise UnknownPriority(priority_id)


def check_priority(priority_id: str | None) -> str | None:
    """The priority's id however its case and hyphens are typed ("Serious-Violence",
    "serious violence"), or raise UnknownPriority naming the valid ids (and
    the one meant, for a word of one or a slip: never taken for it unasked)."""
    return None if priority_id is None else _checked(priority_id, PRIORITY_IDS)


def check_section(section_key: str | None) -> str | None:
    """Like :func:`check_priority`, also accepting ``introduction`` and
    ``closing``: the sections a past paragraph can be searched under."""
    return None if section_key is None else _checked(section_key, SECTION_KEYS)


def _checked(typed: str, keys) -> str:
    from drafter.errors import UnknownPriority

    key = _as_key(typed, keys)
    if key in keys:
        return key
    raise UnknownPriority(typed, keys)


def _as_key(typed: str, keys) -> str:
    """A section key as typed in another case, with spaces or underscores for
    its hyphens; else as typed."""
    plain = re.sub(r"[\s_-]+", "-", typed.strip().casefold())
    return plain if plain in keys else typed


def default_heading(section_key: str) -> str:
    if section_key == INTRODUCTION:
        return INTRODUCTION_TITLE
    if section_key == CLOSING:
        return CLOSING_TITLE
    return by_id(section_key).title


def _normalise(heading: str) -> str:
    text = heading.lower().replace("&", " and ")
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def classify_heading(heading: str) -> str | None:
    """Map a section heading to a priority id, ``introduction`` or ``closing``.

    Returns None for headings drafter does not recognise; callers keep those
    sections with their own heading rather than dropping them.
    """
    found = _classify(heading)
    if found is None and re.search(r"\s[/|]\s", heading):
        # A bilingual heading ("Cyflwyniad / Introduction") is named by either half.
        found = next(filter(None, map(_classify, re.split(r"\s[/|]\s", heading))), None)
    return found


def stands_in_for_a_priority(heading: str) -> bool:
    """Whether a heading names its priority only as a whole heading some forces use ("Victims",
    "Online crime"), which elsewhere is a sub-heading under any priority."""
    text = _normalise(heading)
    return text in _WHOLE_HEADINGS and _classify(heading) == _WHOLE_HEADINGS[text] and not any(
        all(any(stem in text for stem in group) for group in priority.required) for priority in PRIORITIES)


def is_annex_heading(heading: str) -> bool:
    """"Annex B: Neighbourhood crime by district", "Appendix 1", "Glossary": reference
    matter set after a statement, never a priority's section whatever it names."""
    return bool(_ANNEX.match(_normalise(heading)))


def _classify(heading: str) -> str | None:
    text = _normalise(heading)
    if not text or len(text.split()) > MAX_HEADING_WORDS or _ANNEX.match(text):
        return None
    if any(text.startswith(word) or text == word for word in _INTRO_WORDS):
        return INTRODUCTION
    if any(word in text for word in _CLOSING_WORDS) or _HOW_OFTEN.match(text):
        return CLOSING
    for priority in PRIORITIES:
        if all(any(stem in text for stem in group) for group in priority.required):
            return priority.id
    return _WHOLE_HEADINGS.get(text)


def section_title(section_key: str | None, heading: str | None = None) -> str:
    """The heading to show: the statement's own wording if it had one."""
    if heading:
        return heading
    return default_heading(section_key) if section_key else ""
