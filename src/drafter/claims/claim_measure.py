"""The measure a rank or national claim is about when its paragraph names none.

"This was above the England and Wales average of 12.8 per 1,000 population",
"The rate was 34.5% below the national rate" and "The national rate was 45.0
per 100,000 population" are often paragraphs of their own, about what the
writer spoke of just before. Such a claim is about, in this order:

* the measure of a figure of the force's that review matched in the same
  paragraph ("Lincolnshire's rate of 6.5 per 1,000 compares with 12.8 per
  1,000 across England and Wales");
* the measure its section last named (the paragraph before, or a claim
  before that was read this way);
* the measure its section's priority stands for ("Reduce Neighbourhood
  Crime": neighbourhood crime).

A measure whose usual base is not the one the paragraph quotes ("per 1,000"
beside knife crime, usually per 100,000), and that the figures hold no rate of
at that base, is not taken: the claim is then listed as naming no measure.
"""

from __future__ import annotations

from drafter.claims.measures import base_measure
from drafter.claims.national_numbers import national_number
from drafter.claims.ranks import PER_BASES, PER_QUOTED
from drafter.figures.derived import PER_100K
from drafter.figures.model import POPULATION
from drafter.figures.national import USUAL_PER

# The one measure a priority's section speaks of when it names none (serious
# violence has several: knife crime, firearms, homicide).
PRIORITY_MEASURES = {"homicide": "homicides", "neighbourhood-crime": "neighbourhood_crime",
                     "victim-satisfaction": "victim_satisfaction"}


class SectionMeasures:
    """The measure each section last spoke of, kept as paragraphs are read in order."""

    def __init__(self, known: tuple[str, ...]):
        self.known = {base_measure(m)[0] for m in known} - {POPULATION}
        # "vehicle_crime_per_1000": a rate the figures publish per 1,000, so quoted per 1,000 it agrees
        self.published = {base_measure(m) for m in known if base_measure(m)[1] is not None}
        self._last: dict[str, str] = {}

    def for_paragraph(self, paragraph, numbers) -> str | None:
        """The measure a claim in ``paragraph`` naming none is about, or None."""
        quoted = _per_quoted(paragraph.text)
        for candidate in (_matched_here(paragraph.text, numbers), self._last.get(_key(paragraph)),
                          PRIORITY_MEASURES.get(paragraph.section_key or "")):
            if candidate in self.known and (_base_agrees(candidate, quoted) or (candidate, quoted) in self.published):
                return candidate
        return None

    def remember(self, paragraph, named: list[str], used: str | None) -> None:
        """What the paragraph spoke of last: the last measure it names, else the one it was read as."""
        named = [base_measure(m)[0] for m in named if m != POPULATION]
        last = named[-1] if named else used
        if last:
            self._last[_key(paragraph)] = last


def _key(paragraph) -> str:
    return paragraph.section_key or paragraph.section_label or ""


def _matched_here(text: str, numbers) -> str | None:
    """The measure of the force's own figure matched in the paragraph (not one given as the nation's)."""
    for mention in numbers:
        if mention.status == "verified" and mention.measure and "+" not in mention.measure \
                and not national_number(text, mention.start, mention.end):
            measure = base_measure(mention.measure)[0]
            if measure != POPULATION:
                return measure
    return None


def _per_quoted(text: str) -> int | None:
    found = PER_QUOTED.search(text)
    return PER_BASES[found.group(1).lower()] if found else None


def _base_agrees(measure: str, quoted: int | None) -> bool:
    return quoted is None or USUAL_PER.get(measure, PER_100K) == quoted


def dated_beside(claims, numbers) -> None:
    """Date each claim whose sentence names no period by the force's figure of
    its measure matched beside it, when they are all one period's: "In the
    financial year to date there have been 3,616 residential burglaries, 344.2
    per 100,000 residents, the 36th highest rate of the 43 forces" ranks
    2023/24's rate, not the quarter's under review."""
    from drafter.figures.periods import Period

    for claim in claims:
        if claim.period_style is not None or claim.measure is None:
            continue
        periods = {n.period for n in numbers if n.sentence == claim.tokens and n.status == "verified"
                   and n.role == "current" and n.measure and n.period
                   and base_measure(n.measure)[0] == claim.measure}
        if len(periods) == 1:
            claim.period = Period.parse(periods.pop())
