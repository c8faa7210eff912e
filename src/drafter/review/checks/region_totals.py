"""A region's count ("Across the North West there were 2,916 knife
offences"), held to its forces' counts added up (:func:`drafter.figures.national.region_total`),
where it was left unverified as another area's: verified, or a
``wrong-figure`` giving the region's total. Only a count whose sentence
names one region and whose measure its words name is judged, and only
where every force of the region has the figure."""

from __future__ import annotations

from drafter.errors import DrafterError
from drafter.figures.derived import shown
from drafter.figures.national import region_total
from drafter.figures.periods import Period
from drafter.review.checks.counts import count_measure
from drafter.review.checks.elsewhere import regions_named
from drafter.review.findings import Finding


def check(read, figures_for, period: str | None, own_area: str | None) -> list[Finding]:
    found = []
    for paragraph, numbers, measure_mentions, _ in read:
        doc = paragraph.doc
        if doc is None:
            continue
        for mention in numbers:
            if mention.status != "unverified" or mention.kind not in ("count", "small") or mention.approximate:
                continue
            sentence = doc[mention.sentence[0]:mention.sentence[1]].text
            regions = regions_named(sentence)
            when = mention.period or period
            measure = count_measure(paragraph, mention, numbers, measure_mentions, own_area) \
                if len(regions) == 1 and when else None
            if measure is None:
                continue
            region = next(iter(regions))
            try:
                total = region_total(figures_for(Period.parse(when)), measure.measure, region, when)
            except DrafterError:
                continue  # a force of the region without the figure: left as another area's, unverified
            mention.measure, mention.derivation, mention.period = total.measure, total.derivation, str(total.period)
            if mention.matches(float(total.value)):
                mention.status, mention.matched = "verified", total
                continue
            mention.status = "wrong"
            parts = " + ".join(f"{figure.area} {shown(figure.value)}" for figure in total.figures)
            found.append(Finding("wrong-figure", paragraph.section_label, paragraph.number,
                                 f"{mention.text} {doc[measure.start:measure.end].text} in the {region} in "
                                 f"{total.period}: its forces' figures add up to {shown(total.value)} ({parts})",
                                 sentence, index=paragraph.index))
    return found
