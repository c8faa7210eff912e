"""The 43 territorial police forces of England and Wales, the names people and
spreadsheets give them, and the region each belongs to.

Every part of drafter that meets a force's name (a statement's header, a
spreadsheet row, a review's "same force" test) goes through :func:`force_named`,
so "Devon & Cornwall Police", "London, City of" and "the Commissioner for
Sussex" all become one canonical name. England and Wales as a whole is an
area of its own (national totals and rates); so are the areas a workspace's
settings name (the fictional sample forces, or a partnership area).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.errors import closest_names

ENGLAND_AND_WALES = "England and Wales"


@dataclass(frozen=True)
class Force:
    name: str
    region: str
    aliases: tuple[str, ...] = ()


FORCES: tuple[Force, ...] = (
    Force("Cleveland", "North East"),
    Force("Durham", "North East", ("County Durham", "Durham Constabulary")),
    Force("Northumbria", "North East"),
    Force("Cheshire", "North West"),
    Force("Cumbria", "North West"),
    Force("Greater Manchester", "North West", ("GMP", "Manchester")),
    Force("Lancashire", "North West", ("Lancs",)),
    Force("Merseyside", "North West"),
    Force("Humberside", "Yorkshire and the Humber"),
    Force("North Yorkshire", "Yorkshire and the Humber", ("York and North Yorkshire", "NYP")),
    Force("South Yorkshire", "Yorkshire and the Humber", ("SYP",)),
    Force("West Yorkshire", "Yorkshire and the Humber", ("WYP",)),
    Force("Derbyshire", "East Midlands", ("Derbys",)),
    Force("Leicestershire", "East Midlands", ("Leics",)),
    Force("Lincolnshire", "East Midlands", ("Lincs",)),
    Force("Northamptonshire", "East Midlands", ("Northants",)),
    Force("Nottinghamshire", "East Midlands", ("Notts",)),
    Force("Staffordshire", "West Midlands", ("Staffs",)),
    Force("Warwickshire", "West Midlands", ("Warks",)),
    Force("West Mercia", "West Midlands", ("Safer West Mercia",)),
    Force("West Midlands", "West Midlands", ("WMP",)),
    Force("Bedfordshire", "East of England", ("Beds",)),
    Force("Cambridgeshire", "East of England", ("Cambs", "Cambridgeshire and Peterborough")),
    Force("Essex", "East of England"),
    Force("Hertfordshire", "East of England", ("Herts",)),
    Force("Norfolk", "East of England"),
    Force("Suffolk", "East of England"),
    Force("City of London", "London", ("London, City of", "City of London Police")),
    # The Mayor's Office for Policing And Crime is the Met's policing body (its PCC).
    Force("Metropolitan Police", "London", ("Metropolitan", "Met Police", "The Met", "London",
                                            "Metropolitan Police Service", "MPS", "MOPAC",
                                            "Mayor's Office for Policing and Crime",
                                            "Mayor’s Office for Policing and Crime")),
    Force("Hampshire", "South East", ("Hampshire and Isle of Wight", "Hampshire & Isle of Wight",
                                      "Hampshire and the Isle of Wight", "Hampshire and IOW", "Hants")),
    Force("Kent", "South East"),
    Force("Surrey", "South East"),
    Force("Sussex", "South East"),
    Force("Thames Valley", "South East", ("TVP",)),
    Force("Avon and Somerset", "South West"),
    Force("Devon and Cornwall", "South West", ("Devon, Cornwall and the Isles of Scilly",
                                               "Devon, Cornwall and Isles of Scilly", "D&C")),
    Force("Dorset", "South West"),
    Force("Gloucestershire", "South West", ("Glos",)),
    Force("Wiltshire", "South West", ("Wiltshire and Swindon", "Wilts")),
    Force("Dyfed-Powys", "Wales", ("Dyfed Powys",)),
    Force("Gwent", "Wales"),
    Force("North Wales", "Wales"),
    Force("South Wales", "Wales"),
)

FORCE_NAMES: tuple[str, ...] = tuple(force.name for force in FORCES)
_BY_NAME = {force.name: force for force in FORCES}

# What surrounds a force's name without changing which force it is.
_SUFFIX = re.compile(
    r"\s+(police(\s+(service|force|and\s+crime\s+(commissioner|panel)))?|constabulary|"
    r"pcc|opcc|office\s+of\s+the\s+police.*|police\s+area|force\s+area|area)$", re.IGNORECASE)
_PREFIX = re.compile(r"^(the\s+)?((police(,?\s+fire)?(\s+and\s+crime)?\s+)?commissioner\s+"
                     r"(for|of)\s+(the\s+)?)?", re.IGNORECASE)
_NOTE_MARK = re.compile(r"\s*(\[[^\]]*\]|\([^)]*\bnote\b[^)]*\)|\d+$|\*+$)", re.IGNORECASE)
_NATIONAL = {"england and wales", "england & wales", "total england and wales",
             "england and wales total", "national", "all forces"}


def _key(text: str) -> str:
    text = text.replace("&", " and ").replace("’", "'")
    text = re.sub(r"[^\w\s,'-]", " ", text)
    return " ".join(text.lower().replace("-", " ").split())


_ALIASES: dict[str, str] = {}
for _force in FORCES:
    for _alias in (_force.name, *_force.aliases):
        _ALIASES[_key(_alias)] = _force.name
# Names a force goes by that are also everyday words ("the board met"): a whole
# name (a spreadsheet's row, a header) only, never looked for in running text.
_ALIASES.update({"met": "Metropolitan Police"})


def clean_name(text: str) -> str:
    """A name as a spreadsheet or heading gives it, without footnote marks
    ("West Midlands [note 3]", "Kent 2", "Essex*") and extra spaces."""
    previous = None
    text = " ".join(str(text).split())
    while previous != text:
        previous = text
        text = _NOTE_MARK.sub("", text).strip()
    return text


def force_named(text: str | None, extra_areas: tuple[str, ...] = ()) -> str | None:
    """The canonical name of the force (or England and Wales, or one of
    ``extra_areas``) that ``text`` names, or None.

    "Devon & Cornwall Police" → "Devon and Cornwall"; "London, City of" →
    "City of London"; "Lancashire Constabulary" → "Lancashire"; "the
    Commissioner for Sussex" → "Sussex"; "West Midlands [note 3]" →
    "West Midlands".
    """
    if not text or not str(text).strip():
        return None
    name = clean_name(text)
    key = _key(name)
    if key in _NATIONAL:
        return ENGLAND_AND_WALES
    for area in extra_areas:
        if _key(area) == key:
            return area
    for _ in range(3):
        if key in _ALIASES:
            return _ALIASES[key]
        stripped = _key(_SUFFIX.sub("", _PREFIX.sub("", name)).strip())
        if stripped == key:
            break
        key, name = stripped, stripped
    for area in extra_areas:
        if _key(area) == key:
            return area
    if key not in _ALIASES and len(halves := re.split(r"\s[/|]\s", clean_name(text))) == 2:
        # In Welsh and English: "Heddlu De Cymru / South Wales Police", by either half.
        return force_named(halves[0], extra_areas) or force_named(halves[1], extra_areas)
    return _ALIASES.get(key)


def force_in_list(tokens: list[str]) -> str | None:
    """The force a list of places (words, as after "Commissioner for") names: "Devon,
    Cornwall and the Isles of Scilly" (the force by its whole name),
    "Leicester, Leicestershire and Rutland" (the one place that is a force)."""
    words: list[str] = []
    for token in tokens[:12]:
        word = token.strip("()[];:.")
        if not word or not (word[0].isupper() or word.lower() in ("and", "the", "of", "&")):
            break
        words.append(word)
        if token[-1] in ";:.)":
            break
    listed = " ".join(words)
    places = [part.strip() for part in re.split(r",|\s+(?:and|&)\s+", listed) if part.strip()]
    for candidate in (listed, *places):
        named = force_named(candidate)
        if named:
            return named
    return None


# Short names that could be any of several forces: what a user typing one most likely means.
_SHORTENED = {"yorks": ("north yorkshire", "south yorkshire", "west yorkshire"),
              "worcs": ("west mercia",), "gtr manchester": ("greater manchester",)}


def closest_forces(text: str, count: int = 3, extra_areas: tuple[str, ...] = ()) -> list[str]:
    """The known names most like ``text``, best first (for "did you mean")."""
    names = [*FORCE_NAMES, ENGLAND_AND_WALES, *extra_areas]
    by_key = {_key(name): name for name in names}
    # A force is as close as the closest of its other names ("London; City of"
    # is one mark from "London, City of", and far from "City of London").
    by_key.update((alias, name) for alias, name in _ALIASES.items() if alias not in by_key)
    key = _key(clean_name(text))
    # A name that holds a known one as words ("Kent and Medway") is most likely
    # that area under a longer name, however unlike the whole they look.
    within = sorted((known for known in by_key if re.search(rf"(?<!\w){re.escape(known)}(?!\w)", key)),
                    key=len, reverse=True)
    # And one the name is part of, as words ("Avon" of "Avon and Somerset").
    holding = [known for known in by_key if len(key) >= 3 and re.search(rf"(?<!\w){re.escape(key)}(?!\w)", known)]
    alike = [*_SHORTENED.get(key, ()), *closest_names(key, list(by_key), count)]
    # A near spelling of a name comes first: "London; City of" holds "London"
    # as words, but is the City's other name with one mark changed.
    return list(dict.fromkeys(by_key[known] for known in [*alike, *within, *holding]))[:count]


def unknown_name(text: str, what: str, extra_areas: tuple[str, ...] = (), *, national: bool = True) -> str:
    """Why ``text`` (given as a ``what``: "area", "force") names none of the 43
    forces nor ``extra_areas``, with the closest known names (England and
    Wales among them when ``national``)."""
    cleaned = clean_name(text)
    if len(cleaned) > LONGEST_NAME:
        return too_long_for_a_name(cleaned, what)
    closest = [name for name in closest_forces(cleaned, extra_areas=extra_areas)
               if national or name != ENGLAND_AND_WALES]
    hint = f" (closest: {', '.join(closest)})" if closest else ""
    return (f"unknown {what} {cleaned!r}{hint}: not one of the 43 police forces of England and "
            "Wales; a local area must be listed in the workspace's settings (areas = [...])")


# No force's or local area's name is this long: text past it is something else, quoted in part.
LONGEST_NAME = 100


def too_long_for_a_name(text: str, what: str = "area") -> str:
    """Why ``text``, far longer than any name, is no ``what``: quoted in part, on one line."""
    start = " ".join(text.split())[:60].rstrip()
    return (f"unknown {what}: {len(text):,} characters ('{start}…') where a name belongs, longer than any "
            "force's or area's name")


def region_of(force: str) -> str | None:
    """The region a force belongs to ("West Mercia" → "West Midlands"), or None."""
    known = _BY_NAME.get(force)
    return known.region if known else None


def forces_in_region(region: str) -> tuple[str, ...]:
    return tuple(force.name for force in FORCES if force.region.casefold() == region.casefold())


ENGLAND, WALES = "England", "Wales"
# Where a clause ends within a sentence ("; ", ", while", ", and", ". "): a force named before it
# does not reach a number after it.
CLAUSE_JOIN = re.compile(r";|,\s+(?:and|while|whilst|but|whereas)\b|\.\s", re.IGNORECASE)


def country_of(force: str) -> str | None:
    """``Wales`` for the four Welsh forces, ``England`` for the other 39; None for no force."""
    region = region_of(force)
    return None if region is None else WALES if region == WALES else ENGLAND


def forces_in_country(country: str) -> tuple[str, ...]:
    return tuple(force.name for force in FORCES if country_of(force.name) == country)


@dataclass(frozen=True)
class ForceMention:
    force: str
    start: int
    end: int


# A force's acronym in running text ("the MPS", "GMP officers") counts only
# written in capitals: "Mps" or "gmp" are not the force.
_ACRONYMS = frozenset(alias for force in FORCES for alias in force.aliases if alias.isupper() and len(alias) >= 3)


def _text_pattern() -> re.Pattern:
    # A short other name ("Beds") is too like a word to count; a force's own name ("Kent") always does.
    spellings = sorted({alias for force in FORCES for alias in (force.name, *force.aliases)
                        if (len(alias) > 4 or alias in _ACRONYMS or alias == force.name)
                        and alias not in ("London", "Manchester")},
                       key=len, reverse=True)
    words = "|".join(re.escape(s).replace(r"\ and\ ", r"(?:\s+and\s+|\s*&\s*)").replace(r"\ ", r"\s+")
                     .replace(r"\-", r"[\-\s]") for s in spellings)
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


_TEXT_PATTERN = _text_pattern()


# A person's name ending on a force's ("the Deputy Mayor, Sarah Kent,", "Commissioner Tom Durham"):
# a capitalised word before it that is no part of a place's name, within its sentence or opening it
# before the person's role.
_GIVEN_NAME = re.compile(r"(?P<opening>^|[.!?;:]\s+|\n\s*)?\b(?!(?:Greater|North|South|East|West|Mid|Central|"
                         r"Heddlu|Safer|Royal|Operation|Project|County|Gogledd|De)\b)[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+$")
_ROLE_AFTER = re.compile(r",\s+(?:the\s+)?(?:deputy\s+mayor|mayor|(?:police,\s+fire\s+and\s+crime\s+|police\s+and\s+"
                         r"crime\s+)?commissioner|chief\s+constable|councillor)\b", re.IGNORECASE)


def named_as_a_person(text: str, start: int, end: int) -> bool:
    """Whether a force's name at ``start:end`` of ``text`` ends a person's name ("Sarah Kent,
    the Deputy Mayor", "the Deputy Mayor, Sarah Kent,"), and so names no force."""
    given = _GIVEN_NAME.search(text, max(0, start - 40), start)
    if given is None:
        return False
    return given.group("opening") is None and given.start() > 0 or _ROLE_AFTER.match(text, end) is not None


def forces_in_text(text: str) -> list[ForceMention]:
    """Every place ``text`` names a force, in order. Only a name as written
    with its capitals counts ("Kent", not "kent"), and a region named as a
    region ("the West Midlands region") is left out."""
    found: list[ForceMention] = []
    for match in _TEXT_PATTERN.finditer(text):
        written = match.group()
        # "the Met" is written with a small "the" in running text; the name itself has its capitals.
        name = written[4:] if written[:4].lower() == "the " else written
        if not name[:1].isupper() or (name.upper() in _ACRONYMS and name != name.upper()):
            continue
        following = text[match.end():match.end() + 8].lower()
        if following.strip().startswith(("region", "office")):  # "the West Midlands region", "the Met Office"
            continue
        force = force_named(written)
        if force and not named_as_a_person(text, match.start(), match.end()):
            found.append(ForceMention(force, match.start(), match.end()))
    return found
