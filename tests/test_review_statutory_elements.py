"""A statement without its statutory opening (the Order it is published under)
or without saying how often it is published is named for the signing officer:
one ``missing-section`` warning each, saying what to add; a statement that has
them, in a section or a sentence, gets none."""

from __future__ import annotations

import pytest

HEADER = "Lancashire Police and Crime Panel\n2 December 2026\n\nNational Policing Priorities: July to September 2026\n\n"
OPENING = ("The Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021 requires the "
           "Commissioner to publish this statement.")
PRIORITIES = ("Reduce murder and other homicide\n\nThere were 6 homicides in July to September 2026.\n\n"
              "Reduce serious violence\n\nKnife crime work continued.\n\n")
FREQUENCY = "Reporting frequency\n\nThis statement is updated every quarter.\n"


def missing_sections(workspace, tmp_path, text: str) -> list[tuple[str, str]]:
    path = tmp_path / "lancashire-2026-12.txt"
    path.write_text(text, encoding="utf-8")
    report = workspace.review(path)
    assert [f.severity for f in report.findings if f.kind == "missing-section"] in ([], ["warning"],
                                                                                    ["warning", "warning"])
    return [(f.section, f.message) for f in report.findings if f.kind == "missing-section"]


@pytest.mark.parametrize("text", [
    HEADER + "Introduction\n\n" + OPENING + "\n\n" + PRIORITIES + FREQUENCY,
    HEADER + "Introduction\n\n" + OPENING + " It is updated quarterly.\n\n" + PRIORITIES,
    HEADER + "Introduction\n\n" + OPENING + "\n\n" + PRIORITIES + "The next update will be published in "
    "February 2027.\n",
    HEADER + "Introduction\n\n" + OPENING + " It is published twice a year.\n\n" + PRIORITIES,
    HEADER + "Introduction\n\n" + OPENING + " It is published annually, after the financial year closes.\n\n"
    + PRIORITIES,
])
def test_a_statement_with_its_opening_and_frequency_gets_no_such_warning(seeded_workspace, tmp_path, text):
    assert missing_sections(seeded_workspace, tmp_path, text) == []


def test_a_statement_without_the_order_or_its_frequency_is_told_what_to_add(seeded_workspace, tmp_path):
    text = HEADER + "Introduction\n\nThis report updates the Panel on the national priorities.\n\n" + PRIORITIES
    assert missing_sections(seeded_workspace, tmp_path, text) == [
        ("introduction", "the statement does not name the Order it is published under (the Elected Local "
                         "Policing Bodies (Specified Information) (Amendment) Order 2021): say so in the introduction"),
        ("closing", "the statement does not say how often it is published: add a 'Reporting frequency' section "
                    "(\"This statement is updated every quarter.\")")]
    report = seeded_workspace.review(tmp_path / "lancashire-2026-12.txt")
    assert report.to_dict()["coverage"]["statutory_opening"] is None


def test_the_html_report_lists_the_opening_and_the_frequency_found_or_missing(seeded_workspace, tmp_path):
    from drafter.review.output.html import render

    path = tmp_path / "lancashire-2026-12.txt"
    path.write_text(HEADER + "Introduction\n\n" + OPENING + "\n\n" + PRIORITIES, encoding="utf-8")
    page = render(seeded_workspace.review(path))
    around = page[page.index("<h3>Around the priorities</h3>"):]
    assert f"<td>Statutory opening (the Order it is published under)</td><td>{OPENING}</td>" in around
    assert "<td>How often it is published</td><td>missing</td>" in around
