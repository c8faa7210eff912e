"""Reviewing the real West Midlands statement (September 2023) against the
West Midlands figures for 2022, the way a reviewer would before publication."""

from __future__ import annotations

import pytest
from test_review_support import (  # noqa: F401  (fixtures)
    REFERENCE,
    figure,
    findings_of,
    reference_report,
    west_midlands_root,
)

import drafter


def test_the_period_is_the_year_before_the_statement_and_the_area_its_force(reference_report):
    assert reference_report.period == "2022"
    assert reference_report.area == "West Midlands"
    assert reference_report.figures_area == "West Midlands"


def test_homicides_and_the_rate_per_million_are_verified(reference_report):
    homicides = figure(reference_report, "45", 3)
    assert (homicides.status, homicides.kind, homicides.measure, homicides.period) == \
        ("verified", "count", "homicides", "2022")
    assert homicides.source == "Home Office homicide index"
    rate = figure(reference_report, "15.4", 3)
    assert (rate.status, rate.kind, rate.per) == ("verified", "rate", 1_000_000)
    assert "per million" in rate.derivation and "2,920,000" in rate.derivation


def test_rates_per_100000_are_verified(reference_report):
    for text, measure in (("34.9", "firearms_offences"), ("169.3", "knife_offences")):
        rate = figure(reference_report, text, 10)
        assert (rate.status, rate.kind, rate.per, rate.measure) == ("verified", "rate", 100_000, measure)
    # "per 100,000" is the unit of those rates, not a figure of its own
    assert not [m for m in reference_report.figures if m.text == "100,000"]


def test_neighbourhood_crime_count_base_and_change_are_verified(reference_report):
    current = figure(reference_report, "65,450", 22)
    assert (current.status, current.period) == ("verified", "2022")
    base = figure(reference_report, "55,219", 22)
    assert (base.status, base.period) == ("verified", "2021")  # quoted as the comparison base
    change = figure(reference_report, "18.5%", 22)
    assert (change.status, change.kind, change.measure) == ("verified", "percent", "neighbourhood_crime")
    assert "55,219 → 65,450" in change.derivation
    for text, measure in (("39.6%", "theft_from_person"), ("23.4%", "vehicle_crime"),
                          ("8.7%", "residential_burglary"), ("7.7%", "robbery_personal")):
        part = figure(reference_report, text, 22)
        assert (part.status, part.measure) == ("verified", measure)


def test_money_and_figures_not_in_the_data_are_unverified(reference_report):
    for text, paragraph in (("£2 million", 11), ("£989,000", 12), ("£135 million", 18),
                            ("£400,000", 21), ("£1 million", 24)):
        amount = figure(reference_report, text, paragraph)
        assert (amount.kind, amount.status) == ("money", "unverified")
    for text, paragraph in (("36.8%", 4), ("328", 24), ("4,500", 31)):
        assert figure(reference_report, text, paragraph).status == "unverified"
    # "all 43 police forces" is how many forces there are, not a figure to check.
    assert figure(reference_report, "43", 3).status == "not-a-figure"
    unverified = {(f.paragraph, f.message.split(":")[0]) for f in findings_of(reference_report, "unverified-figure")}
    assert (11, "£2 million") in unverified and (24, "328") in unverified
    assert all(f.severity == "warning" for f in findings_of(reference_report, "unverified-figure"))


def test_years_durations_and_labels_are_not_figures(reference_report):
    assert figure(reference_report, "2021", 1).kind == "year"          # the Order 2021
    assert figure(reference_report, "2017", 5).kind == "year"          # since 2017
    assert figure(reference_report, "2000", 15).kind == "count"        # around 2000 weapons
    assert figure(reference_report, "2000", 15).approximate
    labels = [m for m in reference_report.figures if m.paragraph.number == 27 and m.kind == "label"]
    assert [m.text for m in labels] == ["1", "2", "3", "1", "2", "3"]  # Priority 1, 2 and 3
    assert figure(reference_report, "24", 23).kind == "duration"       # 24 hours
    flagged = {f.message.split(":")[0] for f in findings_of(reference_report, "unverified-figure")}
    assert not flagged & {"2021", "2022", "2017", "2003", "2023", "1", "2", "3", "24"}
    assert all(m.status == "not-a-figure" for m in reference_report.figures
               if m.kind in ("year", "duration", "label"))


def test_no_arithmetic_direction_or_stale_findings(reference_report):
    for kind in ("arithmetic", "direction", "stale-figure", "stale-date"):
        assert findings_of(reference_report, kind) == [], kind


def test_dcpp_variants_are_inconsistent(reference_report):
    inconsistent = findings_of(reference_report, "inconsistent-acronym")
    assert {(f.paragraph, f.message.split()[0]) for f in inconsistent} == {(10, "DCPD"), (22, "DCP")}
    assert all("DCPP" in f.message and "Digital Crime and Performance Pack" in f.message
               for f in inconsistent)
    assert inconsistent[0].section == "serious-violence"


def test_undefined_acronyms_and_allow_list(reference_report):
    undefined = {f.message.split()[0]: f.paragraph for f in findings_of(reference_report, "undefined-acronym")}
    assert undefined == {"HMPPS": 6}
    summary = reference_report.acronyms
    # "the 'DECCA' team … DECCA is the Drug Education and Confidential Advice Service"
    assert summary["defined"]["DECCA"] == "Drug Education and Confidential Advice Service"
    assert summary["defined"]["WMP"] == "West Midlands Police"
    assert summary["defined"]["CARA"] == "Cautioning and Relationship Abuse"  # "LN (Long Name)"
    assert {"HMICFRS", "PCC", "NHS", "UK"} <= set(summary["allowed"])


def test_every_priority_is_covered_but_local_applicability_is_not_stated(reference_report):
    coverage = reference_report.coverage
    assert coverage["missing"] == []
    assert all(info["present"] for info in coverage["priorities"].values())
    missing = findings_of(reference_report, "missing-applicability")
    assert len(missing) == 1 and missing[0].section == "introduction" and missing[0].paragraph == 1
    assert findings_of(reference_report, "missing-priority") == []


def test_plain_english_findings_name_long_sentences(reference_report):
    long_ones = [f for f in findings_of(reference_report, "plain-english") if "long sentence" in f.message]
    assert any(f.paragraph == 18 and "63 words" in f.message for f in long_ones)
    assert reference_report.plain_english["reading_ease"]["homicide"] > 0


def test_with_no_earlier_statement_changes_and_reuse_say_so(reference_report):
    assert reference_report.against is None
    assert "no earlier statement" in reference_report.changes.note
    assert "no earlier statements" in reference_report.reuse.note
    assert reference_report.reuse.new_writing_share == 1.0
    data = reference_report.to_dict()
    assert data["changes"]["note"] and data["reuse"]["note"]


def test_json_shape(reference_report):
    data = reference_report.to_dict()
    assert {"findings", "figures", "reuse", "coverage"} <= set(data)
    finding = data["findings"][0]
    assert set(finding) == {"kind", "severity", "section", "paragraph", "index", "message", "evidence"}
    kinds = {f["kind"] for f in data["findings"]}
    assert kinds <= set(drafter.review.KINDS)
    entry = next(f for f in data["figures"] if f["text"] == "15.4")
    assert entry["status"] == "verified" and entry["source"] and entry["paragraph"] == 3


def test_ingested_reference_is_not_compared_with_itself(west_midlands_root, tmp_path):
    if not REFERENCE.exists():
        pytest.skip("reference statement not present")
    import shutil

    root = tmp_path / "ws"
    shutil.copytree(west_midlands_root, root)
    with drafter.open_workspace(root, seed=False) as workspace:
        added = workspace.add_statements([REFERENCE])
        assert added.added and added.added[0]["force"] == "West Midlands"
        report = workspace.review(str(REFERENCE))
        assert report.document.statement_id == added.added[0]["id"]
        assert report.against is None
        assert report.reuse.new_writing_share == 1.0
        assert findings_of(report, "copied-paragraph") == []


def test_a_homicide_count_changed_in_the_reference_is_an_error_naming_the_stored_count(west_midlands_root,
                                                                                       tmp_path):
    if not REFERENCE.exists():
        pytest.skip(f"reference statement not present at {REFERENCE}")
    text = REFERENCE.read_text(encoding="utf-8")
    assert text.count("45 homicides") == 1
    changed = tmp_path / REFERENCE.name
    changed.write_text(text.replace("45 homicides", "47 homicides"), encoding="utf-8")
    with drafter.open_workspace(west_midlands_root, seed=False) as workspace:
        report = workspace.review(str(changed))
    (wrong,) = findings_of(report, "wrong-figure")
    assert (wrong.paragraph, wrong.severity) == (3, "error")
    assert wrong.message == ("47 homicides in 2022: the figures give 45 for West Midlands "
                             "(Home Office homicide index)")
    assert figure(report, "47", 3).status == "wrong"
