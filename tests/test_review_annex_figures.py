"""An annex after the priorities holding the force's own figures ("Annex B:
Performance figures, April to June 2026") is checked as a priority
paragraph is: a wrong figure there is a wrong-figure error, a right one is
verified, and its numbers' measures are what the annex's own words name.
A glossary, a contents list, contact details and a table of figures by
district raise nothing; the district table is named in a note.

Ashmoor is one of the bundled fictional areas (April to June 2026: 2
homicides, 126 knife offences, 307 residential burglaries; April to June
2025: 1, 133 and 331)."""

from __future__ import annotations

import pytest

PRIORITIES = """\
# Ashmoor Police and Crime Commissioner: National Policing Priorities

14 November 2026

## Introduction

This statement covers April to June 2026. Every national priority applies in Ashmoor.

## Reduce murder and other homicide

The homicide prevention partnership met twice.

## Reduce serious violence

Officers held weapons awareness sessions in schools.

## Reduce neighbourhood crime

Burglary patrols in Ashford Vale continued every weekend through the summer months.

## Tackle cyber crime

The cyber protect team visited local businesses.

## Reporting frequency

This statement is published every quarter.
"""

GLOSSARY = """
## Annex A: Glossary

- Neighbourhood crime: burglary of homes, theft of and from vehicles, theft from the person and robbery.
- Section 60: a power to stop and search anyone in an area for up to 24 hours.
- 101: the number to call about a crime that is not an emergency.
"""

DISTRICTS = """
## Annex C: Neighbourhood crime by district, April to June 2026

| District | Neighbourhood crime | Residential burglary |
|---|---|---|
| Ashford Vale | 1,231 | 305 |
| Moorcombe | 947 | 201 |
"""


def statement(tmp_path, *annexes: str):
    path = tmp_path / "ashmoor-2026-11.md"
    path.write_text(PRIORITIES + "".join(annexes), encoding="utf-8")
    return path


def figure_findings(report) -> list[tuple[str, str, str]]:
    return [(f.section, f.kind, f.message) for f in report.findings
            if f.kind in ("wrong-figure", "stale-figure", "unverified-figure", "direction", "arithmetic")]


@pytest.mark.parametrize("heading", [
    "## Annex B: Performance figures, April to June 2026",
    "## Appendix 1 – Performance data",
    "## Annex B",
])
def test_a_wrong_figure_in_a_performance_annex_is_a_wrong_figure_error(seeded_workspace, tmp_path, heading):
    annex = f"\n{heading}\n\nHomicides numbered 7 in April to June 2026.\n"
    report = seeded_workspace.review(statement(tmp_path, annex))
    assert figure_findings(report) == [(heading.removeprefix("## "), "wrong-figure",
                                        "7 homicides in 2026-Q2: the figures give 2 for Ashmoor "
                                        "(Home Office police recorded crime)")]
    assert not [note for note in report.notes if "annex" in note]


def test_a_wrong_cell_of_an_annex_table_is_a_wrong_figure_error_and_right_ones_verified(seeded_workspace, tmp_path):
    annex = ("\n## Annex B: Performance figures\n\n| Measure | April to June 2025 | April to June 2026 |\n"
             "|---|---|---|\n| Homicides | 1 | 2 |\n| Knife or sharp instrument offences | 133 | 162 |\n"
             "| Residential burglary | 331 | 307 |\n")
    report = seeded_workspace.review(statement(tmp_path, annex))
    assert [(kind, message.split(":")[0]) for _, kind, message in figure_findings(report)] == [
        ("wrong-figure", "162 knife or sharp instrument offences in 2026-Q2")]
    annexed = {m.text: m.status for m in report.figures if m.paragraph.section_key is None
               and m.paragraph.section_label.startswith("Annex B") and m.status != "not-a-figure"}
    assert annexed == {"1": "verified", "2": "verified", "133": "verified", "162": "wrong",
                       "331": "verified", "307": "verified"}


def test_right_figures_in_an_annex_raise_nothing(seeded_workspace, tmp_path):
    annex = ("\n## Annex B: Performance figures, April to June 2026\n\nThere were 2 homicides in April to June "
             "2026, up from 1 a year earlier. Officers recorded 126 knife offences, down from 133.\n")
    report = seeded_workspace.review(statement(tmp_path, annex))
    assert figure_findings(report) == []
    assert sorted(m.text for m in report.figures if m.status == "verified"
                  and m.paragraph.section_label.startswith("Annex B")) == ["1", "126", "133", "2"]


def test_an_annex_number_takes_no_measure_from_the_priority_before_it(seeded_workspace, tmp_path):
    """Knife offences were 126: an annex's 140 meetings is not a knife offence count."""
    annex = "\n## Annex B: Partnership activity\n\nOfficers attended 140 meetings in April to June 2026.\n"
    report = seeded_workspace.review(statement(tmp_path, annex))
    assert not [f for f in figure_findings(report) if f[1] in ("wrong-figure", "stale-figure")]


def test_glossary_contents_and_contact_details_raise_nothing(seeded_workspace, tmp_path):
    contents = "\n## Appendix 2: Contents\n\nSummary tables ........ 3\nDistrict tables ........ 14\n"
    contact = ("\n## Annex D: Contact us\n\nOffice of the Police and Crime Commissioner, 12 Market Street, Ashford "
               "AS1 2PQ. Telephone: 01632 960 123. Email: pcc@ashmoor.example\n")
    within = ("\n## Annex B: Performance figures, April to June 2026\n\nThere were 2 homicides in April to June "
              "2026.\n\nSummary tables ........ 3\nDistrict tables ........ 5\n\nTelephone: 01632 960 124, open 9 to 5.\n")
    report = seeded_workspace.review(statement(tmp_path, GLOSSARY, within, contents, contact))
    assert figure_findings(report) == []
    assert not [note for note in report.notes if "annex" in note.lower() or "appendix" in note.lower()]


def test_a_district_table_is_not_checked_and_is_named_in_a_note(seeded_workspace, tmp_path):
    report = seeded_workspace.review(statement(tmp_path, GLOSSARY, DISTRICTS))
    assert figure_findings(report) == []
    assert [note for note in report.notes if "Annex" in note] == [
        "Annex C: Neighbourhood crime by district, April to June 2026 (a table) gives figures by place, not the "
        "force's, so review did not check them: check them against their source"]


def test_a_ward_table_inside_a_performance_annex_is_left_out_of_its_checks(seeded_workspace, tmp_path):
    annex = ("\n## Annex B: Performance figures, April to June 2026\n\nThere were 2 homicides in April to June "
             "2026.\n\n| Ward | Residential burglary |\n|---|---|\n| Moorcombe North | 41 |\n| Moorcombe South | 37 |\n")
    report = seeded_workspace.review(statement(tmp_path, annex))
    assert figure_findings(report) == []


def test_the_text_listing_names_an_annex_finding_by_its_annex(seeded_workspace, tmp_path, cli):
    path = statement(tmp_path, "\n## Annex B: Performance figures\n\nHomicides numbered 7 in April to June 2026.\n")
    printed = cli("review", path, workspace=seeded_workspace.path).stdout
    assert "Annex B: Performance figures\n  “Homicides numbered 7 in April…”  error    wrong-figure" in printed
