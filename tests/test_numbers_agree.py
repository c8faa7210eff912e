"""drafter never writes a sentence its own review disputes.

Every sentence template is filled for every sample area and every period the
sample figures hold, the sentences are put in a draft, and the draft is
reviewed: none of them may draw an unverified, arithmetic, direction or
stale-figure finding. The cases below reproduce disagreements fill and
review once had, each now settled by the one module of derived values and
the one module of periods they share.
"""

from __future__ import annotations

import pytest

from drafter import drafts
from drafter.figures import Period
from drafter.priorities import PRIORITY_IDS

DISPUTES = ("unverified-figure", "arithmetic", "direction", "stale-figure", "wrong-figure")


def _review_filled(workspace, area: str, period: str):
    """(sentences filled, findings disputing them) for one area and period."""
    draft = workspace.new_draft(area=area, period=period, date="2026-12")
    written = 0
    for priority in PRIORITY_IDS:
        for sentence in workspace.fill(priority, period, area).sentences:
            drafts.append_paragraph(draft, priority, sentence.text)
            written += 1
    if not written:
        return 0, []
    workspace.save_draft(draft)
    report = workspace.review(draft.id)
    return written, [f"{f.kind}: {f.message} | {f.evidence}" for f in report.findings if f.kind in DISPUTES]


@pytest.fixture(scope="module")
def every_period(_seeded_template, tmp_path_factory):
    import shutil

    import drafter

    root = tmp_path_factory.mktemp("agree") / "ws"
    shutil.copytree(_seeded_template, root)
    results = {}
    with drafter.open_workspace(root) as workspace:
        for area in workspace.figure_areas():
            periods = {figure.period for figure in workspace.list_figures(area=area)}
            for period in sorted(periods, key=lambda p: Period.parse(p).sort_key()):
                results[(area, period)] = _review_filled(workspace, area, period)
    return results


def test_every_filled_sentence_passes_review(every_period):
    disputed = {key: found for key, (_, found) in every_period.items() if found}
    assert not disputed, disputed
    written = sum(count for count, _ in every_period.values())
    areas = {area for area, _ in every_period}
    assert written >= 300 and {"Severnshire", "West Midlands"} <= areas


def test_quarters_years_and_financial_years_are_all_covered(every_period):
    kinds = {Period.parse(period).kind for (_, period), (count, _) in every_period.items() if count}
    assert {"year", "quarter", "financial"} <= kinds


# -- the disagreements once reproduced -------------------------------------------------------
def _numbers(report):
    return {(figure["text"], figure["paragraph"]): figure for figure in report.to_dict()["figures"]}


@pytest.fixture(scope="module")
def severnshire_2025(_seeded_template, tmp_path_factory):
    import shutil

    import drafter

    root = tmp_path_factory.mktemp("severn2025") / "ws"
    shutil.copytree(_seeded_template, root)
    with drafter.open_workspace(root) as workspace:
        draft = workspace.new_draft(area="Severnshire", period="2025", date="2026-03")
        for template in ("homicide/rate_compared", "homicide/small_numbers_caution",
                         "neighbourhood-crime/parts_by_change", "neighbourhood-crime/asb_incidents",
                         "cyber-crime/combined"):
            drafts.insert_template(workspace, draft, template.split("/")[0], template)
        workspace.save_draft(draft)
        yield workspace.review(draft.id)


def _finding_kinds(report, text: str) -> list[str]:
    return [f.kind for f in report.findings if text in f.evidence and f.kind in DISPUTES]


def test_last_years_rate_is_derived_not_unverified(severnshire_2025):
    sentence = "compared with 13.8 in 2024"
    assert not _finding_kinds(severnshire_2025, sentence)
    base = next(f for f in severnshire_2025.figures if f.text == "13.8")
    assert (base.status, base.measure, base.period) == ("verified", "homicides", "2024")


def test_numbers_are_paired_by_their_periods_not_their_order(severnshire_2025):
    assert not _finding_kinds(severnshire_2025, "from 17 in 2024 to 14 in 2025")
    change = next(f for f in severnshire_2025.figures if f.text == "17.6%")
    assert change.status == "verified"


def test_a_components_change_is_not_checked_against_the_total(severnshire_2025):
    assert not _finding_kinds(severnshire_2025, "robbery of personal property (a 5.6% fall)")
    part = next(f for f in severnshire_2025.figures if f.text == "5.6%")
    assert part.measure == "robbery_personal"


def test_comparison_bases_sums_and_shares_are_verified(severnshire_2025):
    by_text = {f.text: f for f in severnshire_2025.figures}
    assert (by_text["18,322"].status, by_text["18,322"].period) == ("verified", "2024")
    assert by_text["11,248"].status == "verified"
    assert by_text["11,248"].measure == "cyber_crime_reports + fraud_reports"
    assert by_text["18.3%"].status == "verified"


def test_a_number_presented_as_current_from_last_year_is_stale(seeded_workspace):
    draft = seeded_workspace.new_draft(area="Severnshire", period="2025", date="2026-03")
    drafts.append_paragraph(draft, "homicide", "Severnshire recorded 17 homicides this year.")
    drafts.append_paragraph(draft, "homicide", "Homicides fell to 14 in 2025, down from 17 in 2024.")
    seeded_workspace.save_draft(draft)
    report = seeded_workspace.review(draft.id)
    stale = [f for f in report.findings if f.kind == "stale-figure"]
    assert len(stale) == 1 and "this year" in stale[0].evidence


def test_points_that_point_the_wrong_way_are_a_direction_error_but_a_gap_is_not(seeded_workspace):
    draft = seeded_workspace.new_draft(area="Severnshire", period="2024/25", date="2025-06")
    drafts.append_paragraph(draft, "victim-satisfaction",
                            "In 2024/25, 73.5% of victims were satisfied, a fall of 1.9 percentage points "
                            "from the previous financial year.")
    drafts.append_paragraph(draft, "victim-satisfaction",
                            "Satisfaction among victims of domestic abuse was 7.4 percentage points higher "
                            "than among victims overall in 2024/25 (80.9% against 73.5%).")
    seeded_workspace.save_draft(draft)
    report = seeded_workspace.review(draft.id)
    directions = [f for f in report.findings if f.kind == "direction"]
    assert len(directions) == 1 and "fall" in directions[0].message
    assert directions[0].paragraph == 1 or "1.9" in directions[0].evidence


def test_figures_in_a_table_are_read_row_by_row(seeded_workspace):
    ashmoor = next(s for s in seeded_workspace.list_statements()
                   if s.force == "Ashmoor" and s.date == "2026-03")
    report = seeded_workspace.review(seeded_workspace.get_statement(ashmoor.id), area="Ashmoor")
    in_tables = [f for f in report.figures if f.paragraph is not None and f.paragraph.kind == "table"
                 and f.kind in ("count", "percent", "small")]
    assert in_tables and all(f.status == "verified" for f in in_tables)
    assert {f.measure for f in in_tables} >= {"knife_offences", "neighbourhood_crime", "fraud_reports"}


# -- ranks and national comparisons ---------------------------------------------------------
RANK_DISPUTES = DISPUTES + ("wrong-rank", "unverified-rank")


@pytest.fixture(scope="module")
def every_force(_seeded_template, tmp_path_factory):
    """Every template filled for forces across the table, with figures for all
    43 forces loaded, and reviewed."""
    import shutil

    import all_forces

    import drafter

    root = tmp_path_factory.mktemp("agree-national")
    shutil.copytree(_seeded_template, root / "ws")
    results = {}
    with drafter.open_workspace(root / "ws") as workspace:
        all_forces.import_all(workspace, root, periods=("2021", "2022"), national=True)
        for area in ("West Midlands", "West Mercia", "City of London", "Dyfed-Powys"):
            draft = workspace.new_draft(area=area, period="2022", date="2023-09")
            written = []
            for priority in PRIORITY_IDS:
                for sentence in workspace.fill(priority, "2022", area).sentences:
                    drafts.append_paragraph(draft, priority, sentence.text)
                    written.append(sentence.template)
            workspace.save_draft(draft)
            report = workspace.review(draft.id)
            results[area] = (written, report)
    return results


def test_filled_rank_sentences_pass_review(every_force):
    for area, (written, report) in every_force.items():
        assert {"serious-violence/firearms_rank", "serious-violence/knife_national",
                "homicide/rate_rank"} <= set(written), area
        disputed = [f"{f.kind}: {f.message}" for f in report.findings if f.kind in RANK_DISPUTES]
        assert not disputed, (area, disputed)
        assert report.ranks and all(claim.status == "verified" for claim in report.ranks), area


def test_a_count_in_brackets_after_this_years_is_last_years_not_a_stale_one(seeded_workspace):
    draft = seeded_workspace.new_draft(area="Severnshire", period="2026-Q2", date="2026-09")
    drafts.append_paragraph(draft, "neighbourhood-crime", (
        "Within this total there were 672 residential burglaries (694 a year earlier), 1,385 vehicle "
        "offences (1,421), 364 thefts from the person (372) and 155 personal robberies (162)."))
    seeded_workspace.save_draft(draft)
    report = seeded_workspace.review(draft.id)
    assert not [f.message for f in report.findings if f.kind == "stale-figure"]
    statuses = {n["text"]: n["status"] for n in report.to_dict()["figures"]}
    assert statuses["162"] == statuses["1,421"] == "verified"
