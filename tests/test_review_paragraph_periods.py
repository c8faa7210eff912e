"""Review reads a number its sentence does not date by the period its
paragraph named before it: looked for there first, and never verified as
another period of that length ("Full-year figures for 2025 are now
available. The force recorded 15 homicides over the year" does not quote
2025/26's 15). A number dated earlier than another of its kind in its
sentence, or the one a change is measured "on the", is what the sentence
compares with, not a stale figure.

Kestrel Vale is fictional; its figures are chosen to tell the periods apart.
"""

from __future__ import annotations

import pytest

from drafter import drafts

FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,population,2024,1000000,
Kestrel Vale,population,2025,1000000,
Kestrel Vale,homicides,2024,44,
Kestrel Vale,homicides,2025,40,
Kestrel Vale,homicides,2024-Q2,11,
Kestrel Vale,homicides,2024-Q3,11,
Kestrel Vale,homicides,2024-Q4,11,
Kestrel Vale,homicides,2025-Q1,9,
Kestrel Vale,homicides,2025-Q2,11,
Kestrel Vale,homicides,2025-Q3,10,
Kestrel Vale,homicides,2025-Q4,10,
Kestrel Vale,homicides,2026-Q1,10,
Kestrel Vale,victim_satisfaction,2024/25,73.0,percent
Kestrel Vale,victim_satisfaction,2025/26,75.0,percent
Kestrel Vale,knife_offences,2024,820,
Kestrel Vale,knife_offences,2025,800,
Kestrel Vale,knife_offences,2025-Q4,190,
Kestrel Vale,knife_offences,2026-Q1,180,
"""


@pytest.fixture
def reviewed(empty_workspace, tmp_path):
    """Review of a draft for 2026-Q1 holding ``paragraphs`` under Homicide: each number's (status, period)."""
    (tmp_path / "kestrel.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "kestrel.csv")

    def review(*paragraphs: str) -> dict[str, tuple[str, str | None]]:
        draft = empty_workspace.new_draft(area="Kestrel Vale", period="2026-Q1", date="2026-06")
        for paragraph in paragraphs:
            drafts.append_paragraph(draft, "homicide", paragraph)
        empty_workspace.save_draft(draft)
        return {n["text"]: (n["status"], n["period"])
                for n in empty_workspace.review(draft.id).to_dict()["figures"]}

    return review


def test_a_figure_for_another_year_than_its_paragraph_names_is_not_verified(reviewed):
    # 41 is 2025/26's homicides (2025-Q2 to 2026-Q1); 2025's is 40. The count its paragraph dates
    # to 2025 is held to 2025's figure.
    figures = reviewed("Full-year figures for 2025 are now available. Kestrel Vale recorded 41 homicides "
                       "over the year.")
    assert figures["41"] == ("wrong", "2025")


def test_a_figure_for_a_part_of_the_year_its_paragraph_names_is_still_found(reviewed):
    figures = reviewed("In 2025 there were 800 knife offences. In the final quarter of the year there were "
                       "190 knife offences.")
    assert figures["190"] == ("stale", "2025-Q4")


def test_the_year_its_paragraph_names_is_read_before_the_review_period(reviewed):
    figures = reviewed("Full-year figures for 2025 are now available. Kestrel Vale recorded 40 homicides "
                       "over the year.")
    assert figures["40"] == ("verified", "2025")


def test_a_figure_dated_earlier_than_one_its_paragraph_dates_is_a_comparison(reviewed):
    figures = reviewed("Full-year figures for 2025 are now available. Kestrel Vale recorded 40 homicides "
                       "over the year; in 2024 there were 44.")
    assert figures["44"] == ("verified", "2024")


def test_the_number_a_change_is_measured_on_the_is_a_comparison(reviewed):
    figures = reviewed("Knife offences in 2025 totalled 800, a decrease of 2.4% on the 820 recorded in 2024.")
    assert figures["820"] == ("verified", "2024")
