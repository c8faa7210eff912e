"""A place in a table's rank column ("18th" under "Rank of 43 forces"), named
for checking as an ``unverified-rank``: review reads rank claims from
sentences, which say which end they count from; a table's column does not
(:mod:`drafter.claims.table_ranks`)."""

from __future__ import annotations

from drafter.claims.table_ranks import places_in_table
from drafter.review.findings import Finding


def check_paragraph(paragraph) -> list[Finding]:
    if paragraph.kind != "table":
        return []
    return [Finding("unverified-rank", paragraph.section_label, paragraph.number,
                    f"{place.described()}: a place in a table's rank column, which does not say whether its "
                    "1st is the highest or the lowest, so review does not check it; check it against its source",
                    place.text, index=paragraph.index)
            for place in places_in_table(paragraph.text)]
