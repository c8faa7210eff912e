"""A claim that the force's change was the largest of any force ("Neighbourhood
crime fell by 8.7% …, the largest fall of any force in the North West"),
held to the same measure's change in every force of the group it names: the
43 forces, England's, Wales's or a region's.

The measure is the one its sentence names before the claim; the periods are
those of the change the paragraph quotes and the figures bear out, else the
period under review against a year earlier. The claim holds when the force
rose (or fell) most by percentage or by count; one that does not is a
``wrong-rank`` error naming the force that did. Without every force's
figures for both periods nothing is said.
"""

from __future__ import annotations

import re

from drafter.claims.rank_groups import region_named
from drafter.figures.figureset import FigureSet
from drafter.figures.largest_change import changes_across_forces
from drafter.figures.periods import Period
from drafter.forces import ENGLAND, FORCE_NAMES, WALES, forces_in_country, forces_in_region, forces_in_text
from drafter.review.checks.largest_change import FALLS, RISES, measure_claimed, periods_quoted
from drafter.review.findings import Finding

CLAIM = re.compile(
    r"\b(?:largest|biggest|greatest|sharpest|steepest)\s+(?:percentage\s+)?"
    rf"(?:(?P<rise>{RISES})|(?P<fall>{FALLS}))(?:\s+in\s+[\w\s-]{{3,40}}?)?\s+of\s+(?:any|all)(?:\s+other)?"
    r"\s+(?:police\s+)?forces?(?P<group>\s+(?:in|across)\s+(?:the\s+)?[\w\s,&-]{3,40}?)?(?=[.,;)]|$)",
    re.IGNORECASE)
_SHOWN = 3  # forces named beside the claim's own: the largest changes


def check_paragraph(evidence, paragraph, numbers, measure_mentions, figures_for) -> list[Finding]:
    doc = paragraph.doc
    if doc is None or not evidence.area or not measure_mentions:
        return []
    found = []
    for claim in CLAIM.finditer(paragraph.text):
        words = doc.char_span(claim.start(), claim.end(), alignment_mode="expand")
        sentence = words[0].sent if words is not None else None
        if sentence is None or {m.force for m in forces_in_text(paragraph.text[sentence.start_char:claim.start()])
                                } - {evidence.area}:
            continue  # another force's change
        measure = measure_claimed(sentence, words, measure_mentions)
        group, forces = _group(claim.group("group") or "", evidence.area)
        if measure is None or evidence.area not in forces:
            continue
        period, against = periods_quoted(evidence, numbers)
        earlier = Period.parse(against) if against else Period.parse(period).previous_year()
        figures = FigureSet([*figures_for(Period.parse(period)).figures, *figures_for(earlier).figures])
        compared = changes_across_forces(figures, measure, forces, period, earlier)
        rising = bool(claim.group("rise"))
        if compared is None or compared.holds(evidence.area, rising):
            continue
        most = compared.extreme(rising)
        way = "rise" if rising else "fall"
        shown = sorted(compared.changes, key=lambda f: compared.changes[f].percent or 0, reverse=rising)[:_SHOWN]
        listed = "; ".join(compared.described(force) for force in dict.fromkeys([*shown, evidence.area]))
        by_count = compared.extreme(rising, by_count=True)
        verdict = (f"the largest {way} was {most}'s" if most else f"no force's {measure.replace('_', ' ')} "
                   f"{'rose' if rising else 'fell'}") + (f" (by count {by_count}'s)" if by_count != most else "")
        found.append(Finding("wrong-rank", paragraph.section_label, paragraph.number,
                             f"'{claim.group(0).strip()}': of the {len(forces)} forces in {group}, {verdict} "
                             f"({measure.replace('_', ' ')}, {compared.against} → {compared.period}: {listed})",
                             sentence.text, index=paragraph.index))
    return found


def _group(words: str, area: str) -> tuple[str, tuple[str, ...]]:
    """The forces a claim's group words name: a region, England, Wales, or all 43."""
    in_region, region = region_named(words, area)
    if region in (ENGLAND, WALES):
        return region, forces_in_country(region)
    if in_region and region:
        return f"the {region}" if region != "London" else region, forces_in_region(region)
    return "England and Wales", FORCE_NAMES
