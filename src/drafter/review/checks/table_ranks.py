"""A place in a table's rank column ("18th" under "Rank of 43 forces") checked
as a rank claim against every force's figures (:mod:`drafter.claims.table_ranks`
reads it): ``wrong-rank`` when it holds from neither end, of neither the count
nor the rate, naming where the force stands; ``unverified-rank`` when the
figures cannot check it (a most similar group, a row naming no measure, not
every force's figures for the period). Every place is listed with the
review's other rank claims."""

from __future__ import annotations

from drafter.claims.ranks import UNVERIFIABLE, WRONG, NAMES_NO_MEASURE
from drafter.claims.table_ranks import NO_GROUP_NAMED, rank_claims
from drafter.review.checks.ranks import RankCheck, finding_for
from drafter.review.findings import Finding

_ROW_NAMES_NO_MEASURE = ("its row names no measure drafter has figures for: name the measure in the row to have "
                         "it checked")


def check_paragraph(paragraph, rank_check: RankCheck) -> list[Finding]:
    if paragraph.kind != "table":
        return []
    found = []
    for read in rank_claims(paragraph.text, paragraph.doc, rank_check.measures, rank_check.area,
                            rank_check.period):
        claim = read.claim
        claim.paragraph = paragraph
        rank_check.judge(claim)
        if claim.reason == NAMES_NO_MEASURE:
            claim.reason = _ROW_NAMES_NO_MEASURE
        if claim.status == WRONG and not read.group_named:
            claim.status, claim.reason = UNVERIFIABLE, f"{NO_GROUP_NAMED}; among the 43, {claim.reason}"
        rank_check.claims.append(claim)
        if claim.status in (WRONG, UNVERIFIABLE):
            found.append(finding_for(claim, paragraph))
    return found
