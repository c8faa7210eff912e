"""What a highest or lowest is among: the 43 forces, a region's forces, a
most similar group, or the force's own earlier periods.

* **A region**, named as one ("in the region", "regionally", "in the North
  West region") or by its own name after the rank ("the 3rd highest in the
  North West", "in the north-west", "across Yorkshire and the Humber", "of
  the East Midlands forces", "in Wales", "among the Welsh forces", "of any
  Welsh force") or before it in its sentence ("Of the five forces in the
  North West, Cheshire had the 3rd highest ...", "Of the four Welsh forces,
  ..."), unless the rank's own clause names the 43 ("the lowest in Wales,
  and the fifth lowest in England and Wales"). A name written without its capitals is a region
  only at the end of its clause or before "forces" or "region", and a name
  followed by "of" a place ("the north west of the county") never is. A region's name that is
  also the name of the force ranked ("the West Midlands" said of West
  Midlands Police, "London" of the Metropolitan Police) names the force's
  own area, not a group: a force cannot rank within itself, so "the 3rd
  highest in the West Midlands" said in West Midlands Police's statement
  ranks a place within its area, not the force, unless the sentence names
  other forces too.
* **A most similar group** ("its most similar group", "peer forces"), which
  drafter has no list of.
* **The force's own past** ("the lowest annual figure the force has
  recorded", "its lowest ever", "the lowest in the force's history", "the
  lowest on record", "the highest since 2019", "the lowest for five
  years"): a comparison with its earlier periods, not with other forces
  (:mod:`drafter.claims.records`). Wording that also names other forces
  ("the highest rate of any force since 2019") is neither.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from drafter.figures.period_patterns import MONTH_WORDS
from drafter.figures.period_text import MONTH_NUMBERS, find_periods
from drafter.figures.periods import Period
from drafter.figures.national import region_phrase
from drafter.forces import ENGLAND, FORCES, force_named, forces_in_text

REGIONS = tuple(dict.fromkeys(force.region for force in FORCES))

# "26th of the 43 forces", "2nd of the four Welsh forces": a place that names its group.
OF_THE_FORCES = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+)?(?:all\s+)?(?:43|forty[\s-]three|(?P<four>4|four))"
                           r"\s+(?:welsh\s+)?(?:police\s+)?forces\b", re.I)


def _key(name: str) -> str:
    return " ".join(re.sub(r"\bthe\b", " ", name.lower().replace("&", "and").replace("-", " ")).split())


_REGION_BY_KEY = {_key(region): region for region in REGIONS}
_REGION_WORDS = re.compile(r"\b(?:in|of|across)\s+(?:the\s+|its\s+|our\s+)?(?:\w+\s+){0,3}region\b|\bregionally\b",
                           re.IGNORECASE)
# The Welsh forces as a group: "of the four Welsh forces", "among all Welsh forces", "of any Welsh force".
_WELSH_FORCES = re.compile(r"\bWelsh\s+(?:police\s+)?forces\b|\b(?:any|every|each)\s+(?:other\s+)?Welsh\s+"
                           r"(?:police\s+)?force\b|\bWales['’]s?\s+(?:(?:4|four)\s+)?(?:police\s+)?forces\b",
                           re.IGNORECASE)
WALES = "Wales"
# England's 39 forces as a group: "the lowest rate of any force in England", "of the English forces".
_ENGLISH_FORCES = re.compile(r"\b(?:in|across)\s+England\b(?!\s+(?:and|&)\s+Wales)|\bEnglish\s+(?:police\s+)?forces\b|"
                             r"\b(?:any|every|each)\s+(?:other\s+)?English\s+(?:police\s+)?force\b|"
                             r"\bEngland['’]s\s+(?:(?:39|thirty-nine)\s+)?(?:police\s+)?forces\b", re.IGNORECASE)
# A region by its name: "in the North West", "across the north-west", "of the North West forces".
_REGION_NAME = re.compile(
    r"\b(?:in|across|within|among|of)\s+(?:the\s+)?(?P<name>North[\s-]+East|North[\s-]+West|"
    r"Yorkshire\s+(?:and|&)\s+(?:the\s+)?Humber|East\s+Midlands|West\s+Midlands|East\s+of\s+England|London|"
    r"South[\s-]+East|South[\s-]+West|Wales)\b(?!\s+(?:police|constabulary)\b)", re.IGNORECASE)
# "The north west of the county", "the North West of Cheshire": a part of a place, not a region.
_PART_OF_A_PLACE = re.compile(r"\s+of\s+(?!England\b)", re.IGNORECASE)
# Written without its capitals, a name is a region only where a group is meant: at the end of its
# clause ("the 3rd highest in the north west.") or before "forces" or "region".
_GROUP_AFTER = re.compile(r"\s*(?:[.,;:)]|$)|\s+(?:police\s+)?(?:forces|region)\b", re.IGNORECASE)
# A group named outright before it ("of the 43 forces, mostly in the north west") is the one meant.
_NATIONAL_GROUP = re.compile(r"\bof\s+the\s+43\b|\bof\s+all\s+(?:police\s+)?forces\b|england\s+(?:and|&)\s+wales|"
                             r"\bnationally\b|\bin\s+the\s+country\b", re.IGNORECASE)
SIMILAR_WORDS = re.compile(r"\b(?:most\s+)?similar\s+(?:group|forces)\b|\bMSG\b|\bpeer\s+(?:group|forces)\b|"
                           r"\bfamily\s+(?:group\s+)?of\s+forces\b", re.IGNORECASE)


# "Excluding the City of London, …", "leaving aside the City of London, whose resident population is small":
# forces a rank is said without.
_LEAVING_OUT = re.compile(r"\b(?:excluding|leaving\s+(?:aside|out)|setting\s+aside|apart\s+from|other\s+than|outside|"
                          r"except(?:\s+for)?|with\s+the\s+exception\s+of|bar)\s+(?P<named>[^,;:.()]{2,80})",
                          re.IGNORECASE)


def forces_left_out(words: str, force: str | None) -> tuple[str, ...]:
    """The forces ``words`` (a rank's sentence up to the end of its clause) rank the force
    without: "Excluding the City of London, the Met had the highest rate" ranks it among the other 42."""
    return tuple(dict.fromkeys(mention.force for match in _LEAVING_OUT.finditer(words)
                               for mention in forces_in_text(match.group("named")) if mention.force != force))


def in_similar_group(words: str, start: int, following: int) -> bool:
    """Whether the rank phrase at ``start`` of ``words`` (its sentence; the
    next claim at ``following``) ranks in the most similar group: named in
    its own clause, or before it unless its own clause names the 43 ("the 5th
    lowest of the 43 forces, and the lowest of its most similar group")."""
    clause = words[start:following]
    return bool(SIMILAR_WORDS.search(clause)
                or SIMILAR_WORDS.search(words, 0, start) and not _NATIONAL_GROUP.search(clause))


# Words that set a force among others, whatever else the sentence says.
OTHER_FORCES = re.compile(r"\bforces\b|\bof\s+the\s+43\b|\b(?:any|every)\s+(?:other\s+)?force\b|"
                          r"england\s+(?:and|&)\s+wales|\bnationally\b|\bin\s+the\s+country\b|\bregion(?:ally)?\b|"
                          r"\bsimilar\b", re.IGNORECASE)


# A rank phrase without an ordinal ("the highest rate") is a rank among forces only
# when its sentence compares forces; an ordinal one ("the 8th highest") unless it is
# about time ("the second highest since 2010").
FORCE_CONTEXT = re.compile(r"\bforces?\b|\bof\s+the\s+43\b|england\s+(?:and|&)\s+wales|\bnationally\b|"
                           r"\bin\s+the\s+country\b|\bregion(?:ally)?\b|\bin\s+Wales\b", re.IGNORECASE)
ABOUT_TIME = re.compile(r"^\W*(?:\w+\W+){0,6}?(?:since|ever|on\s+record|for\s+(?:a\s+)?(?:decade|\d+\s+years))\b",
                        re.IGNORECASE)
ABOUT_CHANGE = re.compile(r"^\s+(?:\w+\s+)?(?:increases?|rises?|falls?|decreases?|reductions?|drops?|changes?|"
                          r"growth)\b", re.IGNORECASE)


def compares_forces(match, words: str, following: int, force: str | None) -> bool:
    """Whether a rank phrase (``match``, of ``drafter.claims.ranks.RANK_PHRASE``,
    in its sentence's ``words``) ranks forces, not the force's own past or a change."""
    if not (match.group("order") or match.group("vague_order") or match.group("n_order")):
        return True  # "the leading police force", "top for", "ranked 5th", "in the top 10", "most forces"
    after = words[match.end():]
    if ABOUT_TIME.match(after) or ABOUT_CHANGE.match(after) or OWN_PAST_AFTER.match(words, match.end()) \
            or own_past(words, match.start(), match.end()) is not None:
        return False
    clause = words[match.start():following]
    if forces_left_out(words[:following], force):
        return True  # "the highest rate outside the City of London": among the other forces
    if own_area_named(clause, force) and not OTHER_FORCES.search(words):
        return False  # "the 3rd highest in the West Midlands" of West Midlands Police: a place within its area
    return bool(match.group("place") or FORCE_CONTEXT.search(words) or region_named(clause, force)[0]
                or region_named_before(words[:match.start()], force))


def region_named(words: str, force: str | None) -> tuple[bool, str | None]:
    """Whether ``words`` (a rank phrase and what follows it in its clause)
    rank in a region, and the region they name by name (None for "in the
    region", "regionally"); a region's name that is ``force``'s own is its area."""
    for match in _region_names(words):
        if force is not None and force_named(match.group("name")) == force:
            continue
        return True, _REGION_BY_KEY[_key(match.group("name"))]
    if _WELSH_FORCES.search(words):
        return True, WALES
    if _ENGLISH_FORCES.search(words):
        return True, ENGLAND
    return bool(_REGION_WORDS.search(words)), None


def not_ranked_in(area: str, region: str) -> str:
    """Why a rank in ``region`` is not checked: ``area`` is not one of its forces."""
    return (f"ranks {area} in {region_phrase(region)}, which it is not a force of: check it against that region's "
            "figures")


def region_named_before(words: str, force: str | None, clause: str = "") -> str | None:
    """The region a sentence sets its group in before its rank phrase
    (``words``, up to the phrase): "Of the five forces in the North West,
    Cheshire had the 3rd highest ..."; "Of the four Welsh forces, ..."; "in
    the North West" must close its clause or come before "forces" or
    "region". None when the rank phrase's own ``clause`` names the 43 forces
    ("..., and the fifth lowest in England and Wales"): the region before is
    an earlier rank's."""
    if _NATIONAL_GROUP.search(clause):
        return None
    if _WELSH_FORCES.search(words):
        return WALES
    if _ENGLISH_FORCES.search(words):
        return ENGLAND
    for match in _region_names(words):
        if _GROUP_AFTER.match(words, match.end()) and not (force is not None
                                                            and force_named(match.group("name")) == force):
            return _REGION_BY_KEY[_key(match.group("name"))]
    return None


def _region_names(words: str):
    """Each region's name in ``words`` that names the region, not a part of a place."""
    for match in _REGION_NAME.finditer(words):
        if _PART_OF_A_PLACE.match(words, match.end()):
            continue
        name = match.group("name")
        if not _capitalised(name) and (not _GROUP_AFTER.match(words, match.end())
                                       or _NATIONAL_GROUP.search(words, 0, match.start())):
            continue
        yield match


def _capitalised(name: str) -> bool:
    return all(word[0].isupper() for word in re.split(r"[\s-]+", name) if word.lower() not in ("and", "the", "of"))


def own_area_named(words: str, force: str | None) -> bool:
    """Whether ``words`` name, as a region's name, the force's own area."""
    return force is not None and any(force_named(m.group("name")) == force for m in _region_names(words))


# -- the force's own past ---------------------------------------------------------------------
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
           "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_STRETCH = (r"(?:for|in)\s+(?:(?:over|more\s+than|almost|nearly|at\s+least)\s+)?"
            r"(?:(?P<a>a|an)\s+(?=decade)|(?P<count>\d{1,2}|" + "|".join(_COUNTS) + r")\s+)"
            r"(?P<unit>years?|decades?|quarters?)\b")
OWN_PAST_AFTER = re.compile(
    r"[\s,]*(?:[\w'’&-]+\s+){0,8}?(?P<cue>(?P<since>since)\b|ever\b|on\s+record\b|"
    r"(?:has|have|had)\s+(?:ever\s+)?recorded\b|recorded(?=\s*(?:[.,;:)]|$))|"
    r"in\s+(?:the\s+force['’]s|its|our|their|[A-Z][\w-]*['’]s)\s+history\b|" + _STRETCH + ")",
    re.IGNORECASE)
OWN_PAST_BEFORE = re.compile(r"\b(?:its|our|their|the\s+force['’]s)\s+(?:own\s+)?$", re.IGNORECASE)
# "Since records began", "since the current survey began": as far back as there are figures.
_RECORDS_BEGAN = re.compile(r"^\s*(?:[\w'’-]+\s+){1,5}?(?:began|started|was\s+(?:introduced|launched|set\s+up)|"
                            r"came\s+in)\b", re.IGNORECASE)
_SINCE_NEXT = re.compile(r"\s+since\b", re.IGNORECASE)
_BEGAN_IN = re.compile(r"\s+in\s+", re.IGNORECASE)
# "Since April 2020": a month is no reporting period; counted from its quarter on, the stretch is never too long.
_MONTH_YEAR = re.compile(rf"^\s*(?P<m>{MONTH_WORDS})\.?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE)


@dataclass(frozen=True)
class OwnPast:
    """How far back an own-past claim reaches: ``since`` a period, over
    ``months``, or (both None) as far as the force has records; ``begin`` and
    ``end`` are where its words start ("its lowest") and end ("lowest since
    2019") in the sentence; ``unreadable`` when "since" names nothing drafter
    can read as a period."""

    begin: int
    end: int
    since: Period | None = None
    months: int | None = None
    unreadable: str = ""


def own_past(words: str, start: int, end: int) -> OwnPast | None:
    """The own-past reading of the rank phrase at ``start:end`` of ``words``
    (its sentence), or None when it does not compare the force with its past."""
    if OTHER_FORCES.search(words) or SIMILAR_WORDS.search(words) or region_named(words[start:], None)[0]:
        return None
    cue = OWN_PAST_AFTER.match(words, end)
    if cue is None:
        possessive = OWN_PAST_BEFORE.search(words[:start])
        return OwnPast(possessive.start(), end) if possessive else None
    finish = cue.end()
    # "the highest figure the force has recorded since the survey began in July to
    # September 2022": the "since" after "recorded" says where the stretch starts.
    since_next = None if cue.group("since") else _SINCE_NEXT.match(words, finish)
    if since_next is not None:
        finish = since_next.end()
    if cue.group("since") or since_next is not None:
        rest = words[finish:]
        month = _MONTH_YEAR.match(rest)
        if month:
            number = MONTH_NUMBERS[month.group("m").lower()]
            quarter = Period.of_months(int(month.group("y")), number - (number - 1) % 3, 3)
            return OwnPast(start, finish + month.end(), since=quarter)
        named = next((p for p in find_periods(rest[:60]) if not re.sub(r"\bthe\b", "", rest[:p.start]).strip()), None)
        began = _RECORDS_BEGAN.match(rest)
        if (named is None or named.period is None) and began:
            # "since the survey began in July to September 2022": from that period on
            when = _BEGAN_IN.match(rest, began.end())
            started = next((p for p in find_periods(rest[when.end():when.end() + 60]) if p.start == 0), None) \
                if when else None
            if started is not None and started.period is not None:  # counted from that period itself
                began_at = started.period.shifted(-started.period.months_long) or started.period
                return OwnPast(start, finish + when.end() + started.end, since=began_at)
            return OwnPast(start, finish + began.end())
        if named is None or named.period is None:
            said = " ".join(rest.split()[:3]).rstrip(".,;")
            return OwnPast(start, finish, unreadable=f"'since {said}' names no period drafter can count from")
        return OwnPast(start, finish + named.end, since=named.period)
    if cue.group("unit"):
        count = 1 if cue.group("a") else _COUNTS.get(cue.group("count").lower()) or int(cue.group("count"))
        unit = cue.group("unit").lower()
        return OwnPast(start, finish, months=count * (3 if unit.startswith("quarter") else
                                               120 if unit.startswith("decade") else 12))
    return OwnPast(start, finish)
