"""Numbers given beside rank and national claims: the national figure
("against 11.0 nationally", "the national rate of 84.7"), checked against
England and Wales, or the figure for Wales ("the Welsh average of 84.8",
"10,469 across Wales"), checked against the sum of its four forces, and
the size of the group ("of the 43 forces"), which is not a figure at all."""

from __future__ import annotations

import re

from drafter.claims.ranks import gap_to_nation
from drafter.errors import MissingFigure
from drafter.figures.derived import GAP, Derived
from drafter.figures.figureset import FigureSet
from drafter.figures.national import WALES, national
from drafter.forces import ENGLAND_AND_WALES, forces_in_text
from drafter.statement import CELL_SEPARATOR

# Words between the nation and "rate" that make the rate another's: "in England and Wales with a rate of".
_NOT_THE_NATIONS = r"(?!(?:with|at|had|has|have|was|were|is|where|which|while|whilst|but|a|an|its|their)\b)"
# Words beside a number that make it the national figure ("11.0 nationally", "the national rate of 84.7").
# "The national knife crime rate was 66.0": the measure may sit between. A label's colon, "(England
# and Wales: 12.8 per 1,000)", and "Nationally, 61,500 …" give the nation's figure too.
# "Knife crime nationally stood at 93.9": the measure named before the nation.
NATIONAL_BEFORE = re.compile(r"(?:national|england\s+(?:and|&)\s+wales)(?:(?:\s+" + _NOT_THE_NATIONS +
                             r"[\w'-]+){0,4}?\s+(?:average|"
                             r"rate|figure|level|total))?(?:\s+(?:of|was|is|at|stood\s+at))?\s*:?\s*$|"
                             r"\bnationally\s+(?:stood\s+at|was|is|ran\s+at)\s*$", re.IGNORECASE)
# "Nationally, 61,500 knife offences were recorded": a count of crimes opening a sentence about the
# nation ("Nationally, 12 forces saw a rise" counts forces, no figure).
_NATION_FIRST = re.compile(r"(?:^|[.;(]\s*)(?:nationally|across\s+england\s+(?:and|&)\s+wales),?\s*$",
                           re.IGNORECASE)
_CRIMES_COUNTED = re.compile(r"^\s+(?:(?!(?:forces?|areas?|saw|had|have|were|was|in|of|and)\b)[a-z'-]+\s+){0,4}?"
                             r"(?:offences?|crimes?|incidents?|homicides?|murders?|"
                             r"burglar(?:y|ies)|robber(?:y|ies)|thefts?|lines|seizures|reports)\b", re.IGNORECASE)
# "Across England and Wales the residential burglary rate was 248.4", "Nationally, the knife
# offence rate was 69.8", "In England and Wales there were 46,165", "The England and Wales rate of
# knife offences was 69.8", "England and Wales recorded 60,770": the nation named first, the
# measure between; the period may be named before the verb ("the rate in the year ending March
# 2026 was 12.8"); "For England and Wales as a whole, the knife crime rate was", "The average
# rate across all 43 forces was", "The rate across England and Wales in 2025/26 was".
_EW = r"england\s+(?:and|&)\s+wales"
_DATED = r"(?:\s+(?:in|for|during|over)\s+(?:the\s+)?[\w ,/-]{1,45}?)?"
# "all 43 forces", "all the forces", "the 43 police forces": every force, so the nation.
_ALL_FORCES = r"(?:all\s+(?:the\s+)?(?:43\s+)?|the\s+43\s+)(?:police\s+)?forces"
# The nation named where its clause opens: "Kent had the lowest rate in England and Wales with a
# rate of 45.0" gives the force's own.
_CLAUSE_OPENS = r"(?:^\s*|[.;:(,]\s*|\b(?:while|whilst|whereas|and|but)\s+)"
# "Across England and Wales, the rate of knife crime was 101.2": the measure after "rate of".
_OF_MEASURE = r"(?:\s+of\s+(?!(?:the|a|an)\b)(?:[\w'-]+\s+){0,3}?[\w'-]+)?"
_NATIONAL_NAMED = (
    rf"(?:{_CLAUSE_OPENS}(?:(?:across|in|for)\s+(?:{_EW}|{_ALL_FORCES})(?:\s+as\s+a\s+whole)?|nationally),?\s+"
    rf"(?:there\s+(?:were|was)|(?:the\s+)?(?:[\w'-]+\s+){{0,4}}?"
    rf"(?:rate|average|figure|total|level){_OF_MEASURE}{_DATED}\s+(?:was|is|stood\s+at|of))"
    rf"|(?:^|(?<=[\s(]))(?:(?:the\s+)?(?:police\s+)?forces\s+(?:across|in)\s+)?{_EW}(?:\s+forces)?\s+"
    rf"(?:police\s+)?(?:recorded|saw|had|reported|logged)"
    rf"|(?:the\s+)?(?:national|{_EW})(?:\s+{_NOT_THE_NATIONS}[\w'-]+){{0,3}}?\s+(?:average|rate|figure|level|total)"
    rf"(?:\s+(?:of|for)\s+(?:[\w-]+\s+){{0,4}}?[\w-]+|{_DATED})\s+(?:was|is|stood\s+at)"
    rf"|(?:^|(?<=[\s(]))(?:across|in|for)\s+(?:{_EW}|{_ALL_FORCES})(?:\s+as\s+a\s+whole)?,?\s+"
    rf"(?:stood\s+at|was|is|totalled|reached|came\s+to)"
    rf"|(?:the\s+)?(?:[\w'-]+\s+){{0,3}}?(?:average|rate|figure|level|total)\s+(?:across|in|for)\s+"
    rf"(?:{_EW}|{_ALL_FORCES}){_DATED}\s+(?:was|is|stood\s+at))")
NATIONAL_SUBJECT = re.compile(_NATIONAL_NAMED + r"\s*$", re.IGNORECASE)
# "England and Wales recorded 60,770 knife offences in 2025/26, a rate of 101.2 per 100,000" (or the
# four Welsh forces together): the rate after the whole's count is the whole's too.
_THEN_RATE = r"\s*\d[\d,]*(?:\s+[^.;:()\d]{1,60}?(?:\s+(?:in|for|during)\s+[\w /-]{1,30}?)?)?,?\s*(?:(?:a|at\s+a|with\s+a|giving\s+a)\s+rate\s+of)\s*$"
_NATIONAL_THEN_RATE = re.compile(rf"(?:{_NATIONAL_NAMED}|(?:^|[.;(]\s*)(?:nationally|across\s+{_EW}),?)" + _THEN_RATE,
                                 re.IGNORECASE)
# "11.0 nationally", "920 were recorded in England and Wales", "920 homicides were recorded nationally",
# "Of the 145 homicides recorded in England and Wales", "5 of the 145 homicides in England and Wales".
_COUNTED = (r"(?:offences?|crimes?|incidents?|homicides?|murders?|burglar(?:y|ies)|robber(?:y|ies)|thefts?|lines"
            r"|seizures|reports)")
NATIONAL_AFTER = re.compile(r"^\s*(?:per\s+[\w,]+\s+(?:population\s+)?)?(?:(?:[a-z'-]+\s+){0,3}?(?:were|was)\s+"
                            r"(?:recorded|reported)\s+|(?:[a-z'-]+\s+){0,3}?" + _COUNTED +
                            r"\s+(?:(?:recorded|reported)\s+)?)?(?:nationally|across\s+england|"
                            r"in\s+england\s+(?:and|&)\s+wales|for\s+england\s+(?:and|&)\s+wales)\b",
                            re.IGNORECASE)
# "of the 43 forces", "among the 4 police forces": the size of the group, not a figure.
_GROUP_SIZE = re.compile(r"(?:(?:of|among|across|than)\s+(?:the|all)?(?:\s+other)?|\ball|\b(?:England|Wales)['’]s?)\s*$",
                         re.IGNORECASE)
# "Rank of 43" heading a table's column, "ranked 15th out of 43": the size of the group a rank is out of.
_RANK_OUT_OF = re.compile(r"\b(?:rank(?:ed|ing)?|position|placed?|\d+(?:st|nd|rd|th))\s+(?:out\s+)?of\s*$",
                          re.IGNORECASE)
_GROUP_NOUN = re.compile(r"^\s+(?:of\s+the\s+(?:other\s+)?\d+\s+)?(?:(?:other|territorial|police|English|Welsh)\s+)*"
                         r"(?:forces|force\s+areas)\b", re.IGNORECASE)


# "below the England and Wales rate (8.3 per 1,000)": the national figure alone in brackets after
# its name ("below the national rate (8.8 against 8.3)" sets the force's beside it: no national figure).
_NAMED_BEFORE_BRACKET = re.compile(r"(?:(?:national|england\s+(?:and|&)\s+wales)\s+(?:average|rate|figure|level|total)|"
                                   r"(?:average|rate|figure|level|total)\s+(?:for|across|in)\s+england\s+(?:and|&)\s+wales)"
                                   r"\s*\(\s*$", re.IGNORECASE)
_ALONE_IN_BRACKET = re.compile(r"^\s*(?:per\s+[\d,]+|per\s+(?:thousand|million))?(?:\s+(?:population|people|residents))?"
                               r"(?:\s+(?:in|for)\s+[\w /-]{1,30}?)?\s*\)", re.IGNORECASE)


# "The national rate fell from 11.0 to 10.5", "Nationally, the knife crime rate rose from 90.9 to
# 91.8 per 100,000": the nation's figure before and now.
_NATIONAL_CHANGE = (rf"(?:(?:the\s+)?(?:national|{_EW})(?:\s+[\w'-]+){{0,4}}?\s+(?:average|rate|figure|level|total)"
                    rf"|(?:nationally|across\s+{_EW}),?\s+(?:the\s+)?(?:[\w'-]+\s+){{0,4}}?"
                    r"(?:average|rate|figure|level|total))\s+(?:has\s+|had\s+)?"
                    r"(?P<verb>rose|risen|fell|fallen|increased|decreased|dropped|declined|grew|grown|went\s+(?:up|down))"
                    r"(?:\s+(?:slightly|sharply|marginally))?\s+from\s+")
_NATIONAL_FROM = re.compile(_NATIONAL_CHANGE + r"$", re.IGNORECASE)
_NATIONAL_TO = re.compile(_NATIONAL_CHANGE + r"\d[\d,]*(?:\.\d+)?%?(?:\s+per\s+[\d,]+)?(?:\s+(?:in|for)\s+[\w /-]{1,30}?)?"
                          r"\s+to\s+$", re.IGNORECASE)


# The words of a national change that say it went up ("rose", "went up", "a national increase"); the rest say down.
_UP = ("rose", "risen", "increased", "grew", "grown", "up", "increase", "rise", "more", "higher")


def national_changes(text: str, numbers) -> list[tuple[str, int, object, object]]:
    """Each change in the national figure both of whose figures are verified
    ("the national rate fell from 11.0 to 10.5"): its verb, where the verb's
    last word starts in ``text`` ("went up": "up"), the earlier and the later mention."""
    changes = []
    for earlier in numbers:
        offset = max(0, earlier.start - 140)
        said = earlier.status == "verified" and _NATIONAL_FROM.search(text[offset:earlier.start])
        later = said and next((m for m in numbers if m.sentence == earlier.sentence and m.start > earlier.end), None)
        if later and later.status == "verified" and _NATIONAL_TO.search(text[max(0, later.start - 160):later.start]):
            verb = said.group("verb")
            changes.append((verb, offset + said.end("verb") - len(verb.split()[-1]), earlier, later))
    return changes


def says_up(verb: str) -> bool:
    return verb.split()[-1].lower() in _UP


# Wales as a whole, never a force named for part of it ("North Wales") nor England and Wales.
_WALES = r"(?:(?<!north\s)(?<!south\s)(?<!and\s)(?<!&\s)\bwales|\bwelsh|\ball[-\s]wales)"
_WHOLE_OF_WALES = r"(?:(?:all\s+of\s+)?wales(?:\s+as\s+a\s+whole)?|the\s+(?:four|4)\s+welsh\s+(?:police\s+)?forces)"
# "the Welsh average of 84.8", "the all-Wales knife crime rate was 84.8".
_WALES_BEFORE = re.compile(_WALES + r"(?:\s+" + _NOT_THE_NATIONS + r"[\w'-]+){0,4}?\s+(?:average|rate|figure|level|total)"
                           r"(?:\s+(?:of|was|is|at|stood\s+at))?\s*:?\s*$", re.IGNORECASE)
# "Across Wales, the knife crime rate was 84.8", "The rate for Wales as a whole was 84.8", "The four
# Welsh forces together recorded 2,405".
_WALES_NAMED = (
    rf"(?:{_CLAUSE_OPENS}(?:across|in|for)\s+{_WHOLE_OF_WALES},?\s+(?:there\s+(?:were|was)|(?:the\s+)?(?:[\w'-]+\s+){{0,4}}?"
    rf"(?:rate|average|figure|total|level){_OF_MEASURE}{_DATED}\s+(?:was|is|stood\s+at|of))"
    rf"|(?:^|(?<=[\s(]))(?:(?:the\s+)?(?:(?:four|4|all)\s+)?welsh\s+(?:police\s+)?forces(?:\s+(?:together|combined|between"
    rf"\s+them))?|wales\s+as\s+a\s+whole),?\s+(?:recorded|saw|had|reported|logged)"
    rf"|(?:^|(?<=[\s(]))(?:across|in|for)\s+{_WHOLE_OF_WALES},?\s+(?:stood\s+at|was|is|totalled|reached|came\s+to)"
    rf"|(?:average|rate|figure|level|total)\s+(?:across|in|for)\s+{_WHOLE_OF_WALES}{_DATED}\s+(?:was|is|stood\s+at|of))")
_WALES_SUBJECT = re.compile(_WALES_NAMED + r"\s*$", re.IGNORECASE)
_WALES_THEN_RATE = re.compile(_WALES_NAMED + _THEN_RATE, re.IGNORECASE)
# "10,469 knife offences across Wales", "84.8 per 100,000 for Wales as a whole", "… and 66.3 for Wales".
_WALES_AFTER = re.compile(r"^\s*(?:per\s+[\w,]+\s+(?:population\s+)?)?(?:(?:[a-z'-]+\s+){0,3}?(?:offences?|crimes?|"
                          r"incidents?|homicides?|burglar(?:y|ies)|robber(?:y|ies)|thefts?)\s+)?(?:(?:were|was)\s+"
                          r"(?:recorded|reported)\s+)?(?:across\s+(?:all\s+of\s+)?wales|"
                          r"(?:for|in)\s+wales(?:\s+as\s+a\s+whole)?(?![\w'’-])|"
                          r"across\s+the\s+(?:four|4)\s+welsh\s+(?:police\s+)?forces)\b", re.IGNORECASE)


# "below the Welsh average (84.8)", "the rate for Wales (84.8 per 100,000)".
_WALES_BEFORE_BRACKET = re.compile(rf"(?:{_WALES}\s+(?:average|rate|figure|level|total)|(?:average|rate|figure|level|"
                                   rf"total)\s+(?:for|across|in)\s+{_WHOLE_OF_WALES})\s*\(\s*$", re.IGNORECASE)


def whole_named(text: str, start: int, end: int) -> str:
    """The whole a number given as such a figure is for: Wales, when its words say so, else England and Wales."""
    before = text[max(0, start - 60):start]
    welsh = (_WALES_BEFORE.search(before) or _WALES_SUBJECT.search(text[max(0, start - 140):start])
             or _WALES_THEN_RATE.search(text[max(0, start - 220):start])
             or _WALES_AFTER.match(text[end:end + 90])
             or _WALES_BEFORE_BRACKET.search(before) and _ALONE_IN_BRACKET.match(text[end:end + 50]))
    return WALES if welsh else ENGLAND_AND_WALES


def national_number(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` of ``text`` is given as the national
    figure (or the figure for Wales: :func:`whole_named`)."""
    return _said_national(text, start, end) or _bracketed_after_national(text, start, end) \
        or national_before(text, start) or _in_national_column(text, start)


# A table's column headed by the nation: "Measure | Gwent | England and Wales".
_NATION_HEADING = re.compile(r"^\s*(?:england\s+(?:and|&)\s+wales|national(?:ly)?|national\s+(?:average|rate|figure))"
                             r"(?:\s+(?:average|rate|figure|total))?\s*$", re.IGNORECASE)


def _in_national_column(text: str, start: int) -> bool:
    """Whether the number at ``start`` is alone in a table cell under a heading naming the nation."""
    if CELL_SEPARATOR not in text:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    header = text.split("\n", 1)[0]
    if line_start == 0:
        return False
    column = text.count(CELL_SEPARATOR, line_start, start)
    headings = header.split(CELL_SEPARATOR)
    return column < len(headings) and bool(_NATION_HEADING.match(headings[column]))


def national_before(text: str, start: int) -> bool:
    """Whether the number at ``start`` is the national figure a change is from
    ("the national rate fell from 11.0 to 10.5": 11.0)."""
    return bool(_NATIONAL_FROM.search(text[max(0, start - 140):start]))


def _bracketed_after_national(text: str, start: int, end: int) -> bool:
    """"above the national average (8.3 per 1,000)": the national figure, unless it is the
    force's own ("Gwent's rate was above the national average (8.8 per 1,000)")."""
    return bool(_NAMED_BEFORE_BRACKET.search(text[max(0, start - 45):start])
                and _ALONE_IN_BRACKET.match(text[end:end + 50]))


def _said_national(text: str, start: int, end: int) -> bool:
    return bool(NATIONAL_BEFORE.search(text[max(0, start - 45):start])
                or NATIONAL_SUBJECT.search(text[max(0, start - 140):start])
                or _NATIONAL_THEN_RATE.search(text[max(0, start - 220):start])
                or whole_named(text, start, end) == WALES
                or _NATIONAL_TO.search(text[max(0, start - 160):start])
                or NATIONAL_AFTER.search(text[end:end + 90])
                or _NATION_FIRST.search(text[max(0, start - 40):start]) and _CRIMES_COUNTED.match(text[end:end + 80]))


# "The England and Wales rate was 10.5 per 1,000 in 2025/26, compared with 11.0 in 2024/25": a
# figure set against the national one, or joined to it, for a period of its own, is the nation's too.
# "…, against 90.9 nationally in 2024/25 and 91.8 in 2025/26": the next period's, joined on.
_COMPARED = re.compile(r",?\s*(?:compared\s+(?:with|to)|against|up\s+from|down\s+from|\band)\s+$", re.IGNORECASE)
_OWN_AFTER = re.compile(r"\b(?:locally|here|our|the\s+force|the\s+county|force[-\s]?wide)\b", re.IGNORECASE)


def _compared_with_national(text: str, mention, numbers) -> bool:
    """Whether ``mention`` is set against the national figure given before it
    in its sentence ("…, compared with 11.0 in 2024/25")."""
    if _COMPARED.search(text, max(0, mention.start - 40), mention.start) is None \
            or _OWN_AFTER.search(text[mention.end:mention.end + 80].split(".")[0]) or forces_in_text(
                text[mention.end:mention.end + 80].split(".")[0]):
        return False  # "…, against 6.4 in Gwent in 2024/25": the force's own
    before = [m for m in numbers if m.sentence == mention.sentence and m.end <= mention.start
              and m.is_figure and m.status != "not-a-figure"]
    return bool(before) and _said_national(text, before[-1].start, before[-1].end)


def mark_group_sizes(text: str, numbers) -> None:
    """"Of the 43 forces", "all 43 police forces", "29 of the other 42 forces": how many forces
    there are, not a figure."""
    for mention in numbers:
        if _GROUP_SIZE.search(text[max(0, mention.start - 20):mention.start]) and \
                _GROUP_NOUN.match(text[mention.end:mention.end + 30]) \
                or _RANK_OUT_OF.search(text[max(0, mention.start - 20):mention.start]) and mention.value in (43, 4):
            mention.status = "not-a-figure"


def match_national_numbers(text: str, numbers, claims: list, figures_for, anchor=None) -> list:
    """Numbers given as the national figure beside a claim ("against 11.0
    nationally") matched to England and Wales (``figures_for(period)`` gives
    every area's figures): verified, or wrong and returned with the national
    value. In a sentence without a claim, ``anchor(mention)`` (a national
    claim read around the number, or None) says what it is about; a
    percentage there is left alone (a national change or share is not a
    national figure this checks). "The 43 forces" (the size of the group) is
    not a figure."""
    wrong = []
    mark_group_sizes(text, numbers)
    for mention in numbers:
        gap = _gap_claim(text, mention, claims)
        if gap is not None:
            wrong += _match_gap(mention, gap, figures_for)
            continue
        if mention.status == "not-a-figure" or not mention.is_figure or not (
                national_number(text, mention.start, mention.end)
                or mention.period_named and _compared_with_national(text, mention, numbers)):
            continue
        if mention.status == "verified" and not _said_national(text, mention.start, mention.end):
            continue  # the force's own rate in brackets after the national average it is above
        beside = [c for c in claims if c.tokens == mention.sentence and c.period is not None and c.measure]
        if not beside and anchor is not None and mention.kind in ("count", "rate"):
            beside = [c for c in (anchor(mention),) if c is not None and c.period is not None]
        if not beside:
            continue
        claim = max((c for c in beside if c.start <= mention.start), key=lambda c: c.start, default=beside[0])
        per = int(mention.per) if mention.per else claim.per
        if mention.kind == "count" and not mention.per and _CRIMES_COUNTED.match(text[mention.end:mention.end + 80]):
            per = None  # "(England and Wales: 51,234 knife offences)" beside a rate: the count
        # "(England and Wales: 16,189 in 2025/26)" beside a quarter's count: the period named beside it.
        named = mention.period_named and mention.period
        period = mention.period if named else claim.period
        value = _national_value(figures_for(period), claim.measure, period, per,
                                whole_named(text, mention.start, mention.end))
        if value is None:
            continue  # not every force's figures: the claim itself says it cannot be checked
        if not named and national_before(text, mention.start):
            # "fell from 11.0 to 10.5": 11.0 is an earlier period's, which the sentence does not name
            value = earlier_national(mention, value, figures_for)
            if value is None:
                continue  # left, as a force's own "up from 1,090" is, for its source to settle
        if not named:
            mention.period_style = claim.period_style  # moved forward as the claim's words name it
        mention.measure, mention.period, mention.derivation = value.measure, str(value.period), value.derivation
        if mention.matches(float(value.value)):
            mention.status, mention.source, mention.matched = "verified", value.sources, value
        else:
            # Never the force's own figure it happens to equal ("The national rate was 45.0").
            mention.status, mention.source, mention.matched = "wrong", None, None
            wrong.append((mention, value))
    return wrong


def earlier_national(mention, value: Derived, figures_for) -> Derived | None:
    """The earlier national figure a wrong one is (the previous statement's or
    last year's, left in a copied sentence): a quarter, a year or two years
    before; else None. A gap to the national figure is not one."""
    if value.kind == GAP:
        return None
    year_before = value.period.previous_year()
    for period in dict.fromkeys(p for p in (value.period.shifted(-3), year_before, year_before.previous_year()) if p):
        earlier = _national_value(figures_for(period), value.measure, period, value.per, value.area)
        if earlier is not None and mention.matches(float(earlier.value)):
            return earlier
    return None


def _national_value(figures: FigureSet, measure: str, period, per: int | None,
                    whole: str = ENGLAND_AND_WALES) -> Derived | None:
    try:
        return national(figures, measure, period, per, whole)
    except (MissingFigure, ValueError):
        return None


# "6.3 per 1,000 below the national rate", "1.8 crimes per 1,000 residents lower than …": a gap
# in the rate's own units.
_IN_UNITS = re.compile(r"\s*(?:(?:crimes?|offences?|incidents?)\s+)?(?:per\s+\d[\d,]*\d|per\s+(?:thousand|million))?"
                       r"(?:\s+(?:population|people|residents))?\s*",
                       re.IGNORECASE)


def _gap_claim(text: str, mention, claims: list):
    """The national claim a number gives the size of: "7.6% below the
    national rate", "12 per cent higher than the England and Wales average"
    (a rate's gap as a share of the national rate; a percentage measure's in
    points: "4 percentage points below the national figure"), "6.3 per 1,000
    below the national rate" (a rate's gap in its own units)."""
    if mention.kind in ("percent", "points"):
        return next((c for c in claims if c.kind == "national" and c.tokens == mention.sentence
                     and c.period is not None and c.measure and c.start >= mention.end
                     and not text[mention.end:c.start].strip()), None)
    if mention.kind not in ("rate", "count") or mention.status == "verified":
        return None  # "fell to 66.0 per 100,000, below the national average": the force's own rate
    return next((c for c in claims if c.kind == "national" and c.tokens == mention.sentence
                 and c.period is not None and c.measure and c.per and (not mention.per or int(mention.per) == c.per)
                 and c.start >= mention.end and _IN_UNITS.fullmatch(text, mention.end, c.start)), None)


def _match_gap(mention, claim, figures_for) -> list:
    """The percentage beside a national claim against the gap worked out from
    every force's figures: verified, or wrong (returned with the gap)."""
    percent = mention.kind == "percent"
    try:
        value = gap_to_nation(figures_for(claim.period), claim, percent=percent)
    except (MissingFigure, ValueError):
        return []  # not every force's figures: the claim itself says it cannot be checked
    if percent and not claim.per:
        return []  # a percentage measure's gap is in points: "12%" of it says nothing this checks
    mention.measure, mention.period, mention.derivation = value.measure, str(value.period), value.derivation
    written = value.comparison.percent if percent and value.comparison is not None else None
    # Worked out from the rates as published ("6.5 per 1,000 … 12.8 … 49.2% below") is right too.
    if mention.matches(float(value.value)) or written is not None and mention.matches(float(written)):
        mention.status, mention.source, mention.matched = "verified", value.sources, value
        if not mention.matches(float(value.value)):
            mention.derivation += (f"; {value.comparison.area_value} against {value.comparison.national_value} "
                                   f"as written: {float(written):+.2f}%")
        return []
    mention.status, mention.source, mention.matched = "wrong", None, None
    return [(mention, value)]

