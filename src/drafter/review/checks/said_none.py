"""A count said in words to be nothing (:mod:`drafter.claims.said_none`),
"Cheshire recorded no firearms offences in July to September 2026", held to
the figure as a count in digits is, in a sentence about the area itself.

The period is the one the sentence names for it (not one it is compared
with), else the one the statement covers; a sentence naming two is left.
A stored count above nought makes it a ``wrong-figure`` error naming the
count; a count not stored, or stored as nought, leaves it as it is (it was
never a number to list as unverified).
"""

from __future__ import annotations

from drafter.claims.measures import MeasureMention
from drafter.claims.said_none import counts_said_none
from drafter.fill.wording import stored_value
from drafter.review.checks.elsewhere import about_elsewhere
from drafter.review.findings import Finding


def check_paragraph(evidence, paragraph, measure_mentions: list[MeasureMention], elsewhere,
                    stated_period: str | None = None) -> list[Finding]:
    if evidence.empty:
        return []
    found = []
    for said in counts_said_none(paragraph.doc, measure_mentions, evidence.is_percentage):
        if about_elsewhere(said.sentence, elsewhere, evidence.area):
            continue
        if len(said.periods) > 1:
            continue
        period = said.periods[0] if said.periods else stated_period or evidence.period
        figure = evidence.get(said.measure, period) if period else None
        if figure is None or not figure.value:
            continue
        found.append(Finding(
            "wrong-figure", paragraph.section_label, paragraph.number,
            f"'{said.words}' in {period}: the figures give {stored_value(figure.value, figure.unit)} "
            f"{said.measure.replace('_', ' ')} for {evidence.area}", said.sentence, index=paragraph.index))
    return found
