"""Reviewing a draft built to trip every check, against a past statement in the
corpus and a small figures file (Kestrel Vale, fictional)."""

from __future__ import annotations

from test_review_support import (  # noqa: F401  (fixtures)
    KESTREL_DRAFT,
    build_kestrel_draft,
    figure,
    findings_of,
    kestrel_report,
    kestrel_root,
    kestrel_workspace,
)


def at(report, kind: str, paragraph: int):
    found = [f for f in findings_of(report, kind) if f.paragraph == paragraph]
    assert found, f"no {kind} finding at ¶{paragraph}: {[(f.kind, f.paragraph) for f in report.findings]}"
    return found


def test_defaults_come_from_the_draft(kestrel_report):
    assert (kestrel_report.period, kestrel_report.area) == ("2022", "Kestrel Vale")
    assert kestrel_report.against["statement_id"] == 1  # the September statement of the same force
    assert kestrel_report.document.kind == "draft" and kestrel_report.document.draft_id == 1


def test_change_stated_beside_two_counts_is_rechecked(kestrel_report):
    # "up 25% from 20,000": 23,700 / 20,000 - 1 is 18.5%
    finding = at(kestrel_report, "arithmetic", 12)[0]
    assert finding.severity == "error"
    assert "23,700" in finding.message and "20,000" in finding.message and "+18.5%" in finding.message
    assert figure(kestrel_report, "25%", 12).status == "wrong"
    assert figure(kestrel_report, "20,000", 12).status == "verified"  # the comparison base


def test_change_without_counts_is_checked_against_the_figures(kestrel_report):
    # "Neighbourhood crime rose by 25%": the figures give +18.5%
    finding = at(kestrel_report, "arithmetic", 11)[0]
    assert "neighbourhood crime" in finding.message and "+18.5%" in finding.message
    assert figure(kestrel_report, "23,700", 11).status == "verified"


def test_an_increase_that_was_a_fall_is_a_direction_error(kestrel_report):
    quoted = at(kestrel_report, "direction", 4)[0]      # "an increase from 36": 36 -> 30
    assert quoted.severity == "error" and "went up" in quoted.message and "36 to 30" in quoted.message
    from_figures = at(kestrel_report, "direction", 5)[0]  # "Homicides rose": 36 -> 30
    assert "2021" in from_figures.message and "-16.7%" in from_figures.message
    assert figure(kestrel_report, "36", 4).status == "verified"


def test_earlier_figure_presented_as_current_is_stale(kestrel_report):
    finding = at(kestrel_report, "stale-figure", 13)[0]
    assert finding.severity == "warning"
    assert "2021" in finding.message and "7,200" in finding.message
    assert figure(kestrel_report, "8,000", 13).status == "stale"


def test_rate_and_count_are_verified_and_others_unverified(kestrel_report):
    assert figure(kestrel_report, "125.0", 6).status == "verified"
    assert figure(kestrel_report, "1,250", 6).status == "verified"
    messages = [f.message for f in at(kestrel_report, "unverified-figure", 8)]
    assert any(m.startswith("£250,000") for m in messages)
    assert any(m.startswith("14:") for m in messages)


def test_old_years_read_as_current_are_stale_dates(kestrel_report):
    recently = at(kestrel_report, "stale-date", 18)[0]
    assert "2019" in recently.message and "Recently" in recently.message
    present = at(kestrel_report, "stale-date", 19)[0]
    assert "2020" in present.message and "'are'" in present.message
    assert all(f.paragraph in (18, 19) for f in findings_of(kestrel_report, "stale-date"))


def test_acronyms(kestrel_report):
    near = at(kestrel_report, "inconsistent-acronym", 7)[0]
    assert near.message.startswith("SVB") and "SVDB" in near.message
    twice = at(kestrel_report, "inconsistent-acronym", 10)[0]
    assert twice.message.startswith("YOT is defined again")
    undefined = at(kestrel_report, "undefined-acronym", 7)[0]
    assert undefined.message.startswith("KVCP")


def test_empty_priority_is_missing_and_applicability_is_asked_for(kestrel_report):
    missing = findings_of(kestrel_report, "missing-priority")
    # About the whole statement; its evidence names the priority to open.
    assert [(f.section, f.severity, f.evidence) for f in missing] == [(None, "error", "cyber-crime")]
    assert kestrel_report.coverage["missing"] == ["cyber-crime"]
    assert findings_of(kestrel_report, "missing-applicability")[0].section == "introduction"


def test_plain_english(kestrel_report):
    long_sentence = at(kestrel_report, "plain-english", 16)[0]
    assert "long sentence" in long_sentence.message and long_sentence.severity == "info"
    passive = at(kestrel_report, "plain-english", 17)[0]
    assert "passive voice in 3 of 3" in passive.message


def test_changes_against_the_past_statement(kestrel_report):
    rows = {(s.label, r.new.number if r.new else None, r.old.number if r.old else None): r
            for s in kestrel_report.changes.sections for r in s.rows}
    edited = rows[("homicide", 3, 3)]
    assert edited.status == "changed"
    assert any(op["op"] == "insert" and "Thursday" in op["new"] for op in edited.ops)
    assert rows[("homicide", 2, 2)].status == "unchanged"
    moved_section = rows[("drugs-county-lines", 9, 4)]
    assert (moved_section.status, moved_section.moved, moved_section.moved_from) == \
        ("unchanged", "section", "serious-violence")
    reordered = [r for key, r in rows.items() if key[0] == "neighbourhood-crime" and r.old is not None]
    assert {r.old.number for r in reordered if r.moved == "position"} in ({6}, {7})
    removed = rows[("serious-violence", None, 5)]
    assert removed.status == "removed"
    assert rows[("homicide", 4, None)].status == "added"
    messages = [f.message for f in findings_of(kestrel_report, "changed-paragraph")]
    assert any("moved from section serious-violence" in m for m in messages)
    assert any(m.startswith("removed: ¶5 of statement 1") for m in messages)
    assert all(f.severity == "info" for f in findings_of(kestrel_report, "changed-paragraph"))


def test_reuse_names_the_source_and_the_share_of_new_writing(kestrel_report):
    by_number = {p.paragraph.number: p for p in kestrel_report.reuse.paragraphs}
    copied = by_number[2]
    assert copied.closest.statement_id == 1 and copied.closest.number == 2
    assert copied.verbatim_share == 1.0
    edited = by_number[3]
    assert 0.6 < edited.verbatim_share < 1.0
    assert by_number[4].verbatim_share == 0.0
    copied_findings = {f.paragraph for f in findings_of(kestrel_report, "copied-paragraph")}
    assert {2, 3, 9, 14, 15} <= copied_findings and 4 not in copied_findings
    share = kestrel_report.reuse.new_writing_share
    words = sum(len(t.split()) for texts in KESTREL_DRAFT.values() for t in texts)
    assert 0.5 < share < 0.9 and words > 0


def test_findings_carry_section_and_paragraph_for_jumping(kestrel_report):
    document = kestrel_report.document
    for finding in kestrel_report.findings:
        if finding.index is None:
            continue
        section = next(s for s in document.sections if s.label == finding.section)
        assert section.paragraphs[finding.index].number == finding.paragraph
    # reading order: sections as in the draft
    order = [s.label for s in document.sections]
    positions = [order.index(f.section) for f in kestrel_report.findings if f.section in order]
    assert positions == sorted(positions)


def test_applicability_in_the_introduction_covers_every_priority(kestrel_workspace):
    build_kestrel_draft(
        kestrel_workspace,
        sections={"cyber-crime": ["Reports of fraud went to the regional unit."]},
        introduction="All six national priorities are applicable locally: each is a local "
                     "priority in the Police and Crime Plan because residents named them.")
    report = kestrel_workspace.review(2)
    assert findings_of(report, "missing-applicability") == []
    assert report.coverage["priorities"]["cyber-crime"]["applicability"]


def test_applicability_per_section(kestrel_workspace):
    build_kestrel_draft(kestrel_workspace, sections={
        "homicide": ["Homicide is a local priority because of two recent cases."],
        "cyber-crime": ["Fraud against older residents is relevant to our area."],
    })
    report = kestrel_workspace.review(2)
    lacking = {f.section for f in findings_of(report, "missing-applicability")}
    assert "homicide" not in lacking and "cyber-crime" not in lacking
    assert "serious-violence" not in lacking  # empty: a missing priority, not missing wording
    [missing] = findings_of(report, "missing-priority")
    assert "serious-violence" in missing.evidence.split()


def test_against_a_chosen_statement_and_a_chosen_period(kestrel_workspace):
    report = kestrel_workspace.review(1, against=1, period="2021")
    assert report.period == "2021" and report.against["statement_id"] == 1
    # with 2021 under review, 8,000 burglaries is current; a later figure is never stale
    assert figure(report, "8,000", 13).status == "verified"
    assert findings_of(report, "stale-figure") == []
    assert (figure(report, "30", 4).status, figure(report, "30", 4).period) == ("verified", "2022")
