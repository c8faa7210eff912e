"""An annex after the priorities ("Annex A: Glossary", "Annex B: Neighbourhood
crime by district") is reference matter: never a priority's section, never
stored as text to reuse, and its district figures are not reviewed as the force's."""

from __future__ import annotations

from pathlib import Path

from drafter.corpus import read_statement
from drafter.priorities import classify_heading, is_annex_heading

STATEMENT = """\
# Ashmoor Police and Crime Commissioner: National Policing Priorities

14 November 2026

## Introduction

This statement covers April to June 2026. Every national priority applies in Ashmoor.

## Reduce neighbourhood crime

Burglary patrols in Ashford Vale continued every weekend through the summer months.

## Reporting frequency

This statement is published every quarter.

## Annex A: Glossary

- Neighbourhood crime: burglary of homes, theft of and from vehicles, theft from the person and robbery.
- County lines: networks moving drugs from cities into market towns by a dedicated phone line.

## Annex B: Neighbourhood crime by district, April to June 2026

| District | Neighbourhood crime | Residential burglary |
|---|---|---|
| Ashford Vale | 1,231 | 305 |
| Moorcombe | 947 | 201 |

[1] Figures are for crimes recorded by the force.
"""


def test_an_annex_heading_names_no_priority():
    assert classify_heading("Annex B: Neighbourhood crime by district") is None
    assert classify_heading("Appendix 2 – Serious violence data") is None
    assert is_annex_heading("Glossary of terms") and is_annex_heading("Annexe A")
    assert not is_annex_heading("Annexed land at Moorcombe") and not is_annex_heading("Reduce neighbourhood crime")


def test_annexes_after_the_priorities_are_left_out_of_the_statement():
    statement = read_statement(Path("ashmoor-2026-11.md"), STATEMENT.encode())
    assert [(s.heading, s.priority) for s in statement.sections] == [
        ("Introduction", "introduction"), ("Reduce neighbourhood crime", "neighbourhood-crime"),
        ("Reporting frequency", "closing")]
    every = " ".join(p.text for s in statement.sections for p in s.paragraphs)
    assert "dedicated phone line" not in every and "1,231" not in every and "[1]" not in every


def test_a_section_after_an_annex_that_drafter_recognises_is_kept():
    text = STATEMENT.replace("## Reporting frequency\n\nThis statement is published every quarter.\n\n", "")
    text += "\n## Reporting frequency\n\nThis statement is published every quarter.\n"
    sections = read_statement(Path("ashmoor-2026-11.md"), text.encode()).sections
    assert [s.priority for s in sections] == ["introduction", "neighbourhood-crime", "closing"]


def test_an_annex_before_any_priority_is_kept_as_it_stands():
    text = ("# Ashmoor: National Policing Priorities statement\n\n14 November 2026\n\n## Introduction\n\nEvery national priority applies in Ashmoor.\n\n## Appendix A\n\nThe Commissioner's letter to the Panel.\n\n"
            "## Reduce neighbourhood crime\n\nBurglary patrols continued every weekend over the summer.\n")
    sections = read_statement(Path("ashmoor-2026-11.md"), text.encode()).sections
    assert [(s.heading, s.priority) for s in sections][1] == ("Appendix A", None)


def test_review_raises_nothing_about_an_annexs_district_figures(cli, tmp_path):
    path = tmp_path / "ashmoor-2026-11.md"
    path.write_text(STATEMENT, encoding="utf-8")
    result = cli("review", path, "--json")
    assert result.exit_code == 0, result.stderr
    messages = " ".join(finding["message"] for finding in result.json()["findings"])
    assert "1,231" not in messages and "appears twice" not in messages


PERFORMANCE_ANNEX = """
## Annex B: Performance figures, April to June 2026

Homicides numbered 7 in April to June 2026.

| Measure | April to June 2025 | April to June 2026 |
|---|---|---|
| Homicides | 4 | 7 |
"""


def test_review_checks_the_figures_of_an_annex_holding_the_forces_own(cli, tmp_path):
    """Ashmoor's bundled figures give 2 homicides for April to June 2026."""
    text = STATEMENT.split("## Annex B")[0] + PERFORMANCE_ANNEX
    path = tmp_path / "ashmoor-2026-11.md"
    path.write_text(text, encoding="utf-8")
    statement = read_statement(path, text.encode())
    assert [s.priority for s in statement.sections] == ["introduction", "neighbourhood-crime", "closing"]
    assert "Homicides numbered 7" not in " ".join(p.text for s in statement.sections for p in s.paragraphs)
    result = cli("review", path, "--json")
    assert result.exit_code == 0, result.stderr
    assert not [note for note in result.json()["notes"] if "annex" in note]
    wrong = [(f["section"], f["message"].split(":")[0]) for f in result.json()["findings"]
             if f["kind"] == "wrong-figure"]
    annex = "Annex B: Performance figures, April to June 2026"
    assert sorted(wrong) == [(annex, "4 homicides in 2025-Q2"), (annex, "7 homicides in 2026-Q2"),
                             (annex, "7 homicides in 2026-Q2")]


def test_review_names_an_annex_of_district_figures_it_did_not_check(cli, tmp_path):
    path = tmp_path / "ashmoor-2026-11.md"
    path.write_text(STATEMENT, encoding="utf-8")
    result = cli("review", path, "--json")
    assert [note for note in result.json()["notes"] if "annex" in note.lower()] == [
        "Annex B: Neighbourhood crime by district, April to June 2026 (a table) gives figures by place, not the "
        "force's, so review did not check them: check them against their source"]


def test_a_glossary_left_out_raises_no_note(cli, tmp_path):
    path = tmp_path / "ashmoor-2026-11.md"
    path.write_text(STATEMENT.split("## Annex B")[0], encoding="utf-8")
    result = cli("review", path, "--json")
    assert result.exit_code == 0, result.stderr
    assert not [note for note in result.json()["notes"] if "annex" in note]
