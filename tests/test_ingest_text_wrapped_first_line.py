"""A statement pasted from a PDF keeps the PDF's line breaks: a paragraph's
first line, capitalised, with no full stop and as wide as the text is set in,
is the start of a sentence, not a heading (the text is invented for these
tests)."""

from __future__ import annotations

from pathlib import Path

from drafter.corpus import read_statement

PASTED = """Thanet and Medway Police and Crime Panel
Date: 8 July 2026
Subject: National Policing Priorities – Kent Police and Crime
Commissioner's statement, year ending March 2026

Introduction
This statement sets out how Kent Police contributes to the National
Policing Priorities, as the Specified Information Order requires.

Reduce serious violence
Knife or sharp instrument offences fell by 8.5% to 1,570 in the year ending
March 2026. Kent had the 6th highest rate of knife crime of the 43 forces,
at 83.5 offences per 100,000 population.

Reduce neighbourhood crime
Neighbourhood crime fell by 8.0% to 20,087 offences in the year ending March
2026. Residential burglary remains the force's focus in Medway and Thanet.

Tackle cyber crime
Cyber crime reported by businesses in Kent remains the focus of the team in
Maidstone, which gave 38 talks to local firms over the winter months.

Reporting frequency
This statement is published every quarter.
"""


def _sections(tmp_path: Path) -> dict[str, list]:
    path = tmp_path / "kent-2026-07.txt"
    path.write_text(PASTED, encoding="utf-8")
    statement = read_statement(path)
    return {section.priority: section for section in statement.sections}


def test_a_wrapped_first_line_stays_with_its_sentence(tmp_path):
    violence = _sections(tmp_path)["serious-violence"]
    assert violence.heading == "Reduce serious violence"
    assert [p.kind for p in violence.paragraphs] == ["paragraph"]
    assert violence.paragraphs[0].text.startswith(
        "Knife or sharp instrument offences fell by 8.5% to 1,570 in the year ending March 2026. Kent had")


def test_a_wrapped_line_naming_a_priority_is_not_its_heading(tmp_path):
    sections = _sections(tmp_path)
    neighbourhood = sections["neighbourhood-crime"]
    assert neighbourhood.heading == "Reduce neighbourhood crime"
    assert [p.text for p in neighbourhood.paragraphs] == [
        "Neighbourhood crime fell by 8.0% to 20,087 offences in the year ending March 2026. "
        "Residential burglary remains the force's focus in Medway and Thanet."]


def test_a_wrapped_introduction_stays_in_the_introduction(tmp_path):
    introduction = _sections(tmp_path)["introduction"]
    assert introduction.heading == "Introduction"
    assert introduction.paragraphs[0].text.startswith(
        "This statement sets out how Kent Police contributes to the National Policing Priorities, as")


def test_a_wrapped_line_naming_a_priority_and_breaking_off_mid_sentence_is_not_a_heading(tmp_path):
    cyber = _sections(tmp_path)["cyber-crime"]
    assert cyber.heading == "Tackle cyber crime"
    assert [p.text for p in cyber.paragraphs] == [
        "Cyber crime reported by businesses in Kent remains the focus of the team in Maidstone, which gave 38 "
        "talks to local firms over the winter months."]
