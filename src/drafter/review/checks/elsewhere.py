"""Whose a number is: the area's under review, or another's — another force,
the nation, or one place within a force.

A sentence that names another force ("In Staffordshire, neighbourhood crime
rose by 6%"), the nation ("570 homicides in England and Wales"), or a place
("In Boston there were 300 burglaries", "In the East Lindsey district", "the
Borough of Ashcombe"; :mod:`drafter.review.places`), or a paragraph under a
sub-heading naming one place ("### Boston"), gives numbers the area's figures
cannot check: a place's count is part of a force's, never the force's, so it
is neither wrong nor verified against the force's figure. The force's own name
nearer to the number keeps it the force's ("6 homicides in Dyfed-Powys, the
lowest rate in Wales"). A place named as one part of the whole
("Lincolnshire, including Boston, recorded 3,100", "Kent and Medway", "from
Reading to Milton Keynes"), or another number's ("3,100 crimes (Boston
400)"), leaves the count the force's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafter.claims.numbers import NumberMention
from drafter.forces import CLAUSE_JOIN, FORCE_NAMES, FORCES, force_named, forces_in_text, named_as_a_person
from drafter.review.places import LISTED_WITH, cover_the_force, listed_as_part, place_name, places_in
from drafter.statement import SUBHEADING

# "Regional" names another area, but not in a unit's name ("the Regional Organised Crime Unit");
# "our region" and "across the region" are the force's own area, as "our (force) area" is.
_NATION = re.compile(r"\b(?:england|wales|national(?:ly)?|nationwide|the\s+country|"
                     r"(?:welsh|(?:most\s+)?similar\s+(?:group|forces?)|msg|peer\s+group)\s+(?:average|rate|figure|"
                     r"total|level)|average\s+(?:for|of|across)\s+(?:our|its|the)\s+(?:most\s+)?similar\s+"
                     r"(?:group|forces)|"
                     r"(?<!\bour\s)(?<!\bacross\sthe\s)regions?|"
                     r"regional(?!(?:\s+\w+){0,3}\s+units?\b))\b", re.IGNORECASE)
# "Across the North West there were 2,916 knife offences": a region of England, not the force, though the
# force is one of its forces; "the North West Regional Organised Crime Unit" names a unit, not the region.
_REGION = re.compile(r"\b(?i:the)\s+(?P<name>(?:North|South)\s+(?:East|West)|(?:East|West)\s+Midlands|East\s+of\s+England|"
                     r"Yorkshire\s+and\s+(?:the\s+)?Humber)\b(?!\s+(?:Regional|ROCU|Police|Ambulance|Fire|Counter|"
                     r"Special|Mayor|Combined|Violence|Region(?:al)?\s+Organised))")


def regions_named(text: str) -> set[str]:
    """The regions of England ``text`` names ("across the North West"), as the forces' list names them."""
    return {" ".join(m.group("name").split()).replace("Yorkshire and Humber", "Yorkshire and the Humber")
            for m in _REGION.finditer(text)}


# "In the East Lindsey district", "Westminster borough", "the Borough of Hackney": a named place
# within the force, whose figures are not the force's.
_PLACE_WITHIN = re.compile(r"\b(?!(?:Every|Each|All|Any|The|In|Our|This|That|Its|Their|One|Another|A|An|Each)\b)"
                           r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+"
                           r"(?i:district|borough|ward|local\s+policing\s+area)\b(?!\s+(?:council|commander)s?\b)"
                           r"|\b(?i:district|borough|ward)\s+of\s+[A-Z][\w'’-]*")
# Between a number and a place named after it, the start of another clause: "rose to 1,452, as
# officers made more stops in Newcastle", "300 burglaries; in Boston ...", "627 were residential
# burglaries and 9 were in Boston", "rose to 17,640, driven by thefts in Leeds city centre": the place
# is not the count's.
_CLAUSE_BREAK = re.compile(r";|,\s*(?:as|because|since|after|following|while|whereas|when|with|and|but|including|"
                           r"of\s+which|most|many|some|\d|driven|fuelled|caused|reflecting|due|owing|thanks|"
                           r"largely|mainly|mostly|partly|chiefly|particularly|especially|notably)\b|\b(?:as|because|while|whereas)\s|"
                           r"\b(?:and|but)\s+(?:another\s+|a\s+further\s+)?\d[\d,.]*\s+(?:of\s+(?:them|these|those)\s+)?"
                           r"(?:were|was|are|is|happened|occurred|took)\b", re.IGNORECASE)
# The area under review said without its name: "the force recorded", "across the county".
_OWN_WORDS = re.compile(r"\bthe\s+force\b(?!['’])|\bforce[-\s]?wide\b|\bacross\s+the\s+county\b|"
                        r"\bcounty[-\s]?wide\b|\bthe\s+county\s+as\s+a\s+whole\b|\bthe\s+whole\s+county\b",
                        re.IGNORECASE)
# A sentence that opens on the place a count is said of: "In Boston, ...", "Across Boston and Skegness, ...".
_OPENS_ON_PLACE = re.compile(r"^\s*(?i:in|across|within|throughout|for|at|on)\s+(?:the\s+)?"
                             r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*,\s*|\s+and\s+|\s*&\s*)){0,6}$")
# Between a count and the area's own name after it, only its noun and a place word ("3,100 across").
_OWN_AFTER = re.compile(r"^(?:\s+[a-z][\w'’-]*){0,4}\s+(?:in|across|within|throughout|for)\s+(?:the\s+)?$")
# A number between a count and a place named after it is the place's ("3,100 crimes (Boston 400)",
# "210 offences, compared with 95 in Boston"); a year, a financial year or a day of a month is not.
_FIGURE_BETWEEN = re.compile(
    r"(?<![\w./-])(?!(?:19|20)\d\d\b)\d[\d,]*(?:\.\d+)?(?![\w/-])(?!\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|"
    r"Oct|Nov|Dec)[a-z]*\b)")


# "Eleven homicides were recorded in the force area, against a national total of 1,376", "1,406,
# compared with 1,580 in Essex", "a rate of 99.0 per 100,000, above the England and Wales rate": the
# nation or force named after a comparison is not what the count counts.
_COMPARED_WITH_IT = re.compile(r",?\s*\b(?:against|compared\s+(?:with|to)|than|versus|vs|above|below|"
                               r"(?:in\s+line|level|on\s+a\s+par)\s+with|close\s+to|similar\s+to|"
                               r"the\s+same\s+as)\b", re.IGNORECASE)


# Where the force or an office is based is not what a number counts: "Lincolnshire Police, headquartered in Lincoln".
_WHERE_BASED = re.compile(r"\b(?:headquartered|based|headquarters\s+(?:are|is))\s+(?:in|at)\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class OtherAreas:
    """What a sentence may name besides the area under review: ``forces``,
    the other forces and workspace areas; places within any force."""

    forces: re.Pattern | None
    own_area: str | None = None
    areas: tuple[str, ...] = ()  # the workspace's own areas: never a place within another
    heading_place: str | None = None  # the place a paragraph's sub-heading names ("### Boston")
    # Each number of a sentence asks about it again (a table's cells, one by one).
    _seen: dict = field(default_factory=dict, compare=False, hash=False, repr=False)

    def named(self, text: str) -> list[tuple[int, int, str | None]]:
        """(start, end, place) of each other area, nation or place ``text``
        names; ``place`` is the place's name, None for a force or the nation."""
        if text not in self._seen:
            self._seen[text] = self._find(text)
        return self._seen[text]

    def _find(self, text: str) -> list[tuple[int, int, str | None]]:
        # Places first: "Cheshire East" is the place, though "Cheshire" is a force.
        own = tuple(name for name in (self.own_area, *self.areas) if name)
        found = [(p.start, p.end, p.name) for p in places_in(text, extra_areas=own)]
        found += [(m.start(), m.end(), m.group()) for m in _PLACE_WITHIN.finditer(text)]
        found += [(m.start(), m.end(), None) for m in _NATION.finditer(text)]
        found += [(m.start("name"), m.end("name"), None) for m in _REGION.finditer(text)]
        if self.forces is not None:
            found += [(m.start(), m.end(), None) for m in self.forces.finditer(text)
                      if not named_as_a_person(text, m.start(), m.end())]  # "the Deputy Mayor, Sarah Kent,"
            # A force by another of its names: "GMP", "Devon & Cornwall Police", "WYP".
            found += [(m.start, m.end, None) for m in forces_in_text(text) if m.force != self.own_area
                      and not any(start < m.end and m.start < end for start, end, _ in found)]
        # The area's own name is none of them: "Wales" in "North Wales residents" is not the nation.
        own_spans = [match.span() for match in re.finditer(rf"\b{re.escape(self.own_area)}\b", text, re.IGNORECASE)
                     ] if self.own_area else []
        return [other for other in found
                if not any(start <= other[0] and other[1] <= end for start, end in own_spans)]


def other_areas(names, own_area: str | None, areas: tuple[str, ...] = ()) -> OtherAreas:
    """Any of ``names`` but the area under review, the nation, and places
    within forces, to be found in a sentence; ``areas`` are the workspace's own."""
    others = sorted({name for name in names if name and (own_area or "").casefold() != name.casefold()},
                    key=len, reverse=True)
    forces = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in others) + r")\b", re.IGNORECASE) \
        if others else None
    return OtherAreas(forces, own_area, tuple(areas))


def under_place_headings(sections) -> dict[int, str]:
    """id(paragraph) → the place its sub-heading names, for each paragraph
    under a sub-heading that is one place's name ("### Boston"), to the next
    sub-heading or the end of its section."""
    under: dict[int, str] = {}
    for section in sections:
        place = None
        for paragraph in section.paragraphs:
            if paragraph.kind == SUBHEADING:
                place = place_name(paragraph.text)
            elif place:
                under[id(paragraph)] = place
    return under


def about_elsewhere(sentence: str, elsewhere: OtherAreas | None, own_area: str | None = None) -> bool:
    """Whether a sentence names another area, the nation, or a place within
    a force, or stands under a place's sub-heading without naming the area
    itself, so that the area's figures cannot say what its numbers should be.
    The area's own name (``elsewhere``'s, else ``own_area``) is none of them."""
    if elsewhere is None:
        if own_area:
            sentence = re.sub(rf"\b{re.escape(own_area)}\b", lambda m: " " * len(m.group()), sentence,
                              flags=re.IGNORECASE)
        return bool(_NATION.search(sentence) or _PLACE_WITHIN.search(sentence))
    return bool(elsewhere.named(sentence)) or bool(elsewhere.heading_place) and not _own_named(
        sentence, elsewhere.own_area, [])


def _own_spans(sentence: str, own_area: str | None, others) -> list[tuple[int, int]]:
    """Where the area's own name, or one of its usual names ("Durham
    Constabulary"), stands in a sentence, but inside another name
    ("Lincolnshire" of "North East Lincolnshire")."""
    if not own_area:
        return []
    names = next(((force.name, *force.aliases) for force in FORCES if force.name == own_area), (own_area,))
    pattern = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return [match.span() for match in re.finditer(rf"\b(?:{pattern})\b", sentence, re.IGNORECASE)
            if not any(o_start <= match.start() < o_end for o_start, o_end, _ in others)]


def _own_named(sentence: str, own_area: str | None, others) -> list[int]:
    return [start for start, _ in _own_spans(sentence, own_area, others)]


def _not_the_counts(sentence: str, at: int, end: int, place: tuple, own: list[tuple[int, int]]) -> bool:
    """Whether a place the sentence names is not what the number at
    ``sentence[at:end]`` counts: one part of a whole ("Lincolnshire, including
    Boston, recorded 3,100"), another clause's, or another number's."""
    if listed_as_part(sentence, place[0], place[1], own) or _WHERE_BASED.search(sentence[:place[0]]):
        return True
    return place[0] > at and bool(_CLAUSE_BREAK.search(sentence[at:place[0]])
                                  or _FIGURE_BETWEEN.search(sentence, end, place[0]))


def _nearest_other(doc, mention: NumberMention, elsewhere: OtherAreas | None,
                   own_area: str | None) -> tuple[int, int, str | None] | None:
    """The other area, nation or place the number is said of: the one its
    sentence names nearest to it, unless the area's own name is nearer."""
    start, end = mention.sentence
    sentence = doc[start:end].text
    others = elsewhere.named(sentence) if elsewhere is not None else \
        [(m.start(), m.end(), None) for m in _NATION.finditer(sentence)] + \
        [(m.start(), m.end(), m.group()) for m in _PLACE_WITHIN.finditer(sentence)]
    at, end_at = mention.start - doc[start].idx, mention.end - doc[start].idx
    spans = _own_spans(sentence, own_area, others)
    others = [other for other in others if (not _not_the_counts(sentence, at, end_at, other, spans)
                                            if other[2] is not None else
                                            not _COMPARED_WITH_IT.search(sentence[end_at:max(end_at, other[0])]))]
    if any(other[0] < at for other in others):
        # "Leeds District accounted for 844 and Bradford District for 702": a place after the number
        # with a number of its own is that number's, where one is named before.
        others = [other for other in others if not (other[0] > at and other[2] is not None
                                                    and _FIGURE_BETWEEN.search(sentence, other[1]))]
    # "Surrey's rate was 40.0, lower than Kent's 83.5": the area named after a comparison is what the number
    # is set against, not what it is of.
    own = [span_start for span_start, _ in spans
           if not (span_start > end_at and _COMPARED_WITH_IT.search(sentence, end_at, span_start))]
    if not others:
        heading = elsewhere.heading_place if elsewhere is not None else None
        return (0, 0, heading) if heading and not own else None
    # "153.5 in London, 127.6 in West Midlands": an area named right after the number is the one it is
    # said of, however near the one before it.
    said_after = [other for other in others if other[0] > at and _SAID_OF_AFTER.match(sentence, end_at, other[0])]
    nearest = min(said_after) if said_after else min(others, key=lambda other: abs(other[0] - at))
    # "After a pilot in Boston, the force recorded 3,100": the force, named nearer, is what it counts;
    # but not where the sentence opens on the place ("In Boston, the force recorded 300").
    if nearest[2] is not None and not _OPENS_ON_PLACE.match(sentence[:nearest[0]]):
        own += [match.start() for match in _OWN_WORDS.finditer(sentence)]
    if not said_after and own and min(abs(place - at) for place in own) < abs(nearest[0] - at):
        return None
    if nearest[2] is not None and elsewhere is not None and \
            cover_the_force([place[2] for place in _listed_together(sentence, elsewhere, nearest)], own_area):
        return None  # "Across Devon, Cornwall and the Isles of Scilly": the force's whole area
    # "400 crimes in Boston and 3,100 across Lincolnshire": the area named in the count's own words.
    if nearest[2] is not None and nearest[0] < at and not _OPENS_ON_PLACE.match(sentence[:nearest[0]]) and any(
            _OWN_AFTER.match(sentence[end_at:start]) and not re.match(r"['’]s\b", sentence[end:])
            for start, end in spans if start > end_at):
        return None
    return nearest


def number_about_elsewhere(doc, mention: NumberMention, elsewhere: OtherAreas | None,
                           own_area: str | None) -> bool:
    """Whether a number is another area's, the nation's or a place's: its
    sentence names one, and does not name the area under review nearer to
    the number. "6 homicides in Dyfed-Powys, a rate of 11.6 per million, the
    lowest rate in Wales" gives Dyfed-Powys's own count and rate; "570
    homicides in England and Wales" is the nation's count."""
    return _nearest_other(doc, mention, elsewhere, own_area) is not None


def place_counted(doc, mention: NumberMention, elsewhere: OtherAreas | None, own_area: str | None) -> str | None:
    """The one place within a force a number counts ("In Boston there were
    300 burglaries": Boston), or None."""
    if doc is None:
        return None
    nearest = _nearest_other(doc, mention, elsewhere, own_area)
    return nearest[2] if nearest is not None else None


def places_counted(doc, mention: NumberMention, elsewhere: OtherAreas | None, own_area: str | None) -> list[str]:
    """The places a number counts: :func:`place_counted`'s, with the places
    listed beside it ("22 venues across Blaenau Gwent and Torfaen": both)."""
    nearest = _nearest_other(doc, mention, elsewhere, own_area) if doc is not None else None
    if nearest is None or nearest[2] is None:
        return []
    if elsewhere is None or nearest[1] == 0:
        return [nearest[2]]
    sentence = doc[mention.sentence[0]:mention.sentence[1]].text
    return list(dict.fromkeys(place[2] for place in _listed_together(sentence, elsewhere, nearest)))


def _listed_together(sentence: str, elsewhere: OtherAreas, nearest: tuple) -> list[tuple]:
    """The places named in one list with ``nearest``: "Blaenau Gwent and Torfaen", "Boston, Skegness or Louth"."""
    places = sorted({other for other in elsewhere.named(sentence) if other[2] is not None})
    if nearest not in places:
        return [nearest]
    first = last = places.index(nearest)
    while first > 0 and LISTED_WITH.match(sentence[places[first - 1][1]:places[first][0]]):
        first -= 1
    while last + 1 < len(places) and LISTED_WITH.match(sentence[places[last][1]:places[last + 1][0]]):
        last += 1
    return places[first:last + 1]


def set_aside_places(doc, numbers: list[NumberMention], elsewhere: OtherAreas | None,
                     own_area: str | None) -> None:
    """A number matched to the force's figure that counts one place, or is said of
    another force ("Staffordshire Police recorded 124 knife offences"), matched by
    chance: it is left unverified, as the force's figures cannot check it (another
    force's own figures may: :mod:`other_forces`)."""
    for mention in numbers:
        if mention.status in ("verified", "stale") and (place_counted(doc, mention, elsewhere, own_area)
                                                        or force_counted(doc, mention, elsewhere, own_area)):
            set_aside(mention)


def set_aside(mention: NumberMention) -> None:
    """Leave a number matched to the force's figure unverified: it counts one place."""
    mention.status = "unverified"
    mention.measure = mention.derivation = mention.source = mention.presented_for = mention.matched = None


# Between a number and the force it is said of after it: a rate's base and the measure's own words, never a
# comparison ("12% fewer than in Essex" is not Essex's 12%).
_SAID_OF_AFTER = re.compile(r"(?:\s+per\s+[\d,]+(?:\s+(?:residents|people|population))?)?"
                            r"(?:\s+(?!than\b|more\b|fewer\b|less\b|higher\b|lower\b)[a-z][\w'’-]*){0,4}"
                            r"\s+(?:in|for|across)\s+(?:the\s+)?$")


def force_named_after(doc, mention: NumberMention, elsewhere: OtherAreas | None, own_area: str | None) -> str | None:
    """The other police force named right after a number, nearest to it, as
    what it is said of: "against 48.0 in Essex", "compared with 900 knife
    offences in Kent"."""
    nearest = None if doc is None or elsewhere is None else _nearest_other(doc, mention, elsewhere, own_area)
    return _named_after(doc, mention, nearest, own_area)


def _named_after(doc, mention: NumberMention, nearest, own_area: str | None) -> str | None:
    """:func:`force_named_after`, given the area its sentence names nearest the number."""
    if nearest is None or nearest[2] is not None:
        return None
    start, end = mention.sentence
    sentence = doc[start:end].text
    if not _SAID_OF_AFTER.match(sentence, mention.end - doc[start].idx, nearest[0]):
        return None
    named = force_named(sentence[nearest[0]:nearest[1]])
    return named if named in FORCE_NAMES and named != own_area else None


# A clause joined on after a number ("…, and Greater Manchester recorded 1,992") is about what it names.
def force_counted(doc, mention: NumberMention, elsewhere: OtherAreas | None, own_area: str | None) -> str | None:
    """The one other police force a number is said of, by its canonical
    name: the last area its clause names before it ("The Metropolitan Police
    recorded 14,029 knife offences, a rate of 156.7 per 100,000, and Greater
    Manchester recorded 1,992": the Met's 14,029 and 156.7, Greater
    Manchester's 1,992); None for the nation, a place within a force, the
    area itself, or a number its sentence says of no other area."""
    nearest = None if doc is None or elsewhere is None else _nearest_other(doc, mention, elsewhere, own_area)
    if nearest is None:
        return None
    after = _named_after(doc, mention, nearest, own_area)
    if after is not None:
        return after
    start, end = mention.sentence
    sentence = doc[start:end].text
    at = mention.start - doc[start].idx
    # In the order written: "in the West Midlands region" ends on the region, not the force.
    before = sorted((other for other in elsewhere.named(sentence) if other[1] <= at), key=lambda other: other[1])
    own = [span_start for span_start, _ in _own_spans(sentence, own_area, before)]
    if not before or before[-1][2] is not None or any(before[-1][1] <= place < at for place in own) \
            or CLAUSE_JOIN.search(sentence, before[-1][1], at):
        return None
    named = force_named(sentence[before[-1][0]:before[-1][1]])
    return named if named in FORCE_NAMES and named != own_area else None
