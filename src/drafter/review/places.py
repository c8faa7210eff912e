"""The places within the police force areas of England and Wales: the local
authority districts and principal areas, grouped by force, and the main towns
a statement names that are not a district's name (``places.toml``).

A count said of one of them ("In Boston there were 300 burglaries", "Across
Wakefield, knife crime fell to 120 offences") counts one place, not the whole
force, so review must not hold it to the force's figure. The list is read
once, when first asked for.

A name that is also an ordinary word or a person's name ("Reading the
figures", "Inspector Hart") is a place only where the words make it one: after
"in", "across", "within" and the like, with "'s", before "town centre" or
"area", as a sentence's subject that recorded or saw something, or listed after
another place ("in Bristol and Bath"). A name that is a force's own name or one
of its usual names (Durham, Dorset, Manchester, the Isle of Wight of
"Hampshire and Isle of Wight") is the force's, never a place within one.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from drafter.forces import FORCES, force_named


@dataclass(frozen=True)
class PlaceMention:
    name: str  # as the text gives it
    force: str  # the force area it lies in
    start: int
    end: int


_PLACE_WORDS = r"(?:in|across|within|throughout|around|covering|for|at|from)"
_BEFORE_IN_SHAPE = re.compile(
    rf"(?:\b{_PLACE_WORDS}\s+|\b(?:town|city|borough|district)\s+of\s+)"
    r"(?:the\s+(?:town|city|borough|district|area|county)\s+of\s+)?$", re.IGNORECASE)
_AFTER_IN_SHAPE = re.compile(
    r"^(?:['’]s?\b|\s*:\s*[\d£]|\s+(?:town|city|area|district|borough|ward|division|neighbourhoods?|"
    r"local\s+policing\s+area|policing\s+area|LPA|station|community\s+safety\s+partnership|CSP)\b)")
# "Rugby recorded 40 burglaries": a sentence's subject that counts something.
_SUBJECT_VERB = re.compile(r"^\s+(?:recorded|saw|had|reported|logged|experienced|accounted|registered|has\s+seen|"
                           r"has\s+had|has\s+recorded|also)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*)$")
# "Newcastle Central station", "Oxford Street", "Reading Festival": a longer name, not the place itself.
_LONGER_NAME = re.compile(r"^\s+(?!(?:Town|City|Area|District|Borough|Ward|Division|Neighbourhoods?|Local|Policing|"
                          r"LPA|Station|Community|CSP|Council|Police|And|Or)\b)[A-Z][a-z]")
# Between two places named together: "Bristol and Bath", "Boston, Skegness or Louth".
LISTED_WITH = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?$")
_FORCE_NAME_PARTS = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*")
_PERSON_TITLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Inspector|Sergeant|Sgt|Constable|PC|DC|DS|"
                           r"DI|DCI|Superintendent|Supt|Chief|Councillor|Cllr)\.?\s+$")
# "Annex C:", "Atodiad C:", "Annex C / Atodiad C:"
_ANNEX_WORD = r"(?:annexe?|appendix|atodiad)\s+[\w.]{1,4}"
_ANNEX_LABEL = re.compile(rf"^\s*{_ANNEX_WORD}(?:\s*/\s*{_ANNEX_WORD})?\s*[:.\-–—]?\s*", re.IGNORECASE)
_HEADING_NOUNS = re.compile(
    r"\s*(?:\b(?:town|city|area|district|borough|ward|local\s+policing\s+area|policing\s+area|LPA|"
    r"community\s+safety\s+partnership|CSP|council|figures|data|performance)\b\s*)+$", re.IGNORECASE)


@cache
def _data() -> dict:
    return tomllib.loads(files("drafter.review").joinpath("places.toml").read_text(encoding="utf-8"))


@cache
def places_by_force() -> dict[str, tuple[str, ...]]:
    """Each force's districts, towns and counties, in English and Welsh, as ``places.toml`` lists them."""
    data = _data()
    lists = (data["districts"], data["towns"], data["counties"], data["welsh_names"])
    return {force: tuple(dict.fromkeys(name for names in lists for name in names.get(force, ())))
            for force in dict.fromkeys(force for names in lists for force in names)}


@cache
def _common_words() -> frozenset[str]:
    return frozenset(_data()["common_words"]["names"])


@cache
def _force_of() -> dict[str, str]:
    """Each place's name → its force, without the names that are a force's; a district
    whose name is a part of its force's ("Manchester" of Greater Manchester) is the district."""
    return {name: force for force, names in places_by_force().items() for name in names
            if force_named(name) is None or name != force and re.search(rf"\b{re.escape(name)}\b", force)}


def _flexible(name: str) -> str:
    """A name's pattern: "Stoke-on-Trent" also as "Stoke on Trent", "Newcastle upon Tyne"
    as "Newcastle-upon-Tyne", "King's" also with ’, "St Albans" as "St. Albans"."""
    pattern = re.escape(name)
    pattern = pattern.replace(r"\-", r"[-\s]").replace(r"\ ", r"[-\s]+").replace("'", "['’]")
    return re.sub(r"\bSt(?=\[)", r"St\\.?", pattern)  # "St Helens" also as "St. Helens"


@cache
def _pattern() -> re.Pattern:
    names = sorted(_force_of(), key=len, reverse=True)
    return re.compile(r"(?<![\w'’-])(?=[A-Z])(?:" + "|".join(_flexible(name) for name in names) + r")(?![\w-])")


@cache
def _force_pattern(extra_areas: tuple[str, ...]) -> re.Pattern:
    names = sorted({name for force in FORCES for name in (force.name, *force.aliases) if name not in _force_of()}
                   | set(extra_areas), key=len, reverse=True)
    # "Devon & Cornwall", "Avon & Somerset": a force's "and" is often written "&".
    return re.compile(r"(?<![\w-])(?:" + "|".join(_flexible(name).replace(r"[-\s]+and[-\s]+", r"\s*(?:and|&)\s*")
                                                for name in names) + r")(?![\w-])", re.IGNORECASE)


def _key(text: str) -> str:
    return " ".join(re.sub(r"\bSt\.", "St", text).replace("’", "'").replace("-", " ").split()).casefold()


@cache
def _by_key() -> dict[str, str]:
    return {_key(name): name for name in _force_of()}


def _canonical(text: str) -> str | None:
    return _by_key().get(_key(text))


def places_in(text: str, *, extra_areas: tuple[str, ...] = ()) -> list[PlaceMention]:
    """The places ``text`` names as places, in order; none inside a force's
    name ("Avon and Somerset") or one of ``extra_areas`` (a workspace's own areas)."""
    forces = [(m.start(), m.end()) for m in _force_pattern(tuple(extra_areas)).finditer(text)]
    found: list[PlaceMention] = []
    for match in _pattern().finditer(text):
        start, end = match.span()
        if any(f_start <= start and end <= f_end for f_start, f_end in forces):
            continue
        name = _canonical(match.group())
        if name is None or _PERSON_TITLE.search(text[:start]) or _LONGER_NAME.match(text[end:]):
            continue
        if name in _common_words() and not _in_place_shape(text, start, end, found):
            continue
        found.append(PlaceMention(match.group(), _force_of()[name], start, end))
    return found


def _in_place_shape(text: str, start: int, end: int, found: list[PlaceMention]) -> bool:
    before, after = text[:start], text[end:]
    if _BEFORE_IN_SHAPE.search(before) or _AFTER_IN_SHAPE.match(after):
        return True
    if _SENTENCE_START.search(before) and _SUBJECT_VERB.match(after):
        return True
    return bool(found) and LISTED_WITH.match(text[found[-1].end:start]) is not None


# A list's joins: "Boston, Skegness and Lincoln", "Kent & Medway"; its items, capitalised names.
_JOIN_BEFORE = re.compile(r"(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)(?:the\s+)?$")
_JOIN_AFTER = re.compile(r"^(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+)(?:the\s+)?")
_NOT_ITEM = r"(?!(?:In|Across|Within|Throughout|For|At|From|On|Of|The|There|Officers)\b)"
_ITEM = _NOT_ITEM + r"[A-Z][\w'’.-]*(?:[\s-]+(?:(?:upon|on|under|in|of|le|y|ar)[\s-]+)?[A-Z][\w'’.-]*){0,4}"
_ITEM_BEFORE = re.compile(r"(?:^|(?<=[\s(]))" + _ITEM + "$")
_ITEM_AFTER = re.compile("^" + _ITEM)
# "including Boston", "which covers Lincoln, Boston and Grantham", "from Boston to Lincoln": parts of a whole.
# "The teams covering Boston" is the teams' count: covering needs "which" or a comma before it.
_PARTS_LEAD = re.compile(r"(?:\b(?:including|includes|include|incl\.|such\s+as)|(?:\b(?:which|that)\s+|,\s*)"
                         r"(?:covers|covering|spans|spanning|takes\s+in|taking\s+in)|"
                         r"\bfrom\s+(?:the\s+)?[A-Z][\w'’.-]*(?:[\s-]+[A-Z][\w'’.-]*){0,3}\s+to)\s+(?:the\s+)?$",
                         re.IGNORECASE)
_RANGE_TO = re.compile(r"^\s+to\s+(?:the\s+)?[A-Z]")
_FROM = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
_FRONTED = re.compile(r"\b(?:in|across|within|throughout|for)\s+(?:the\s+)?$", re.IGNORECASE)


def _joins(join: re.Match) -> bool:
    """Whether a list's join says "and" (a bare comma may only set off a phrase)."""
    return "and" in join.group() or "&" in join.group()


def listed_as_part(text: str, start: int, end: int, own: list[tuple[int, int]]) -> bool:
    """Whether the place at ``text[start:end]`` is named as one part of a
    larger whole, not as what a count counts: after "including", "such as",
    "which covers", within "from Boston to Lincoln", or listed with the area
    itself ("Kent and Medway", "Essex, Southend and Thurrock", with ``own``
    the spans where the area's own name stands)."""
    first, joined = start, False
    while (join := _JOIN_BEFORE.search(text, 0, first)) and (item := _ITEM_BEFORE.search(text, 0, join.start())):
        if not _joins(join) and _FRONTED.search(text, 0, item.start()):
            break  # "In Lincolnshire, Boston and Skegness recorded ...": the area frames the list
        joined, first = joined or _joins(join), item.start()
    if _PARTS_LEAD.search(text, 0, first) or _FROM.search(text, 0, first) and _RANGE_TO.match(text[end:]):
        return True
    last = end
    while (join := _JOIN_AFTER.match(text[last:])) and (item := _ITEM_AFTER.match(text[last + join.end():])):
        joined, last = joined or _joins(join), last + join.end() + item.end()
    return joined and any(first <= o_start and o_end <= last for o_start, o_end in own)


_HEADING_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s&\s|\s+and\s+|\s*/\s*)\s*", re.IGNORECASE)


def heading_place(heading: str) -> PlaceMention | None:
    """The place a heading is about when it names one alone: "Sheffield",
    "Annex C: Boston district", "READING" (a heading's common word is a place),
    or places only: "Boston and Skegness", "Cardiff / Caerdydd"."""
    text = _ANNEX_LABEL.sub("", heading or "")
    text = _HEADING_NOUNS.sub("", re.sub(r"\([^)]*\)", "", text)).strip(" \t:.-–—")
    name = _canonical(text)
    if name is None and len(parts := _HEADING_LIST.split(text)) >= 2:
        # "Boston and Skegness", "Cardiff / Caerdydd": places all, and not the force's own names.
        names = [_canonical(_HEADING_NOUNS.sub("", part)) for part in parts]
        if all(names) and not any(force_named(part) for part in parts):
            return PlaceMention(text, _force_of()[names[0]], 0, len(heading))
    if name is None or force_named(text) is not None:
        return None
    return PlaceMention(name, _force_of()[name], 0, len(heading))


def cover_the_force(names: list[str], force: str | None) -> bool:
    """Whether places named together are the whole of ``force``'s area, so
    that what they count is the force's: every one of its districts ("Boston,
    East Lindsey, …, South Kesteven and West Lindsey" for Lincolnshire), or
    each place the force's name joins ("Devon, Cornwall and the Isles of
    Scilly" for Devon and Cornwall)."""
    if not force or len(names) < 2:
        return False
    named = {_key(name) for name in names}
    districts = _data()["districts"].get(force, ())
    if len(districts) >= 2 and all(_key(district) in named for district in districts):
        return True
    parts = _FORCE_NAME_PARTS.split(force)
    return len(parts) >= 2 and all(_key(part) in named for part in parts)


def place_name(text: str) -> str | None:
    """The place a table cell or heading names and nothing else, or None."""
    place = heading_place(text)
    return place.name if place else None


def force_of_place(text: str, own_area: str | None = None) -> str | None:
    """The force area a place named by ``text`` lies in, or None: ``own_area``
    where two forces have a place of that name and it is one of them
    (Richmond, North Yorkshire, and Richmond upon Thames)."""
    name = _canonical(text)
    if name and own_area and name in places_by_force().get(own_area, ()):
        return own_area
    return _force_of()[name] if name else None
