"""A change written as a fraction ("down by around a fifth", "rose by nearly
a third") is checked against the figures as its percentage would be, and
kept and named when the statement is rolled forward; a named period is
never made good by another period's figures.

Severnshire's sample homicides: 15 in 2022, 19 in 2023 (+26.7%), 17 in 2024.
"""

from __future__ import annotations

import pytest
from one_sentence import one_sentence_statement, review_sentence

from drafter.claims.fractions import fraction_value

def review(workspace, tmp_path, sentence: str):
    return review_sentence(workspace, tmp_path, sentence, month="February 2024", period="2023")


def checked(report):
    return [(m.text, m.status) for m in report.figures if m.status != "not-a-figure"]


@pytest.mark.parametrize("words, percent", [("half", 50.0), ("a half", 50.0), ("a third", 100 / 3),
                                            ("two thirds", 200 / 3), ("three quarters", 75.0),
                                            ("one fifth", 20.0), ("a tenth", 10.0)])
def test_fractions_read_as_percentages(words, percent):
    assert fraction_value(words) == pytest.approx(percent)


@pytest.mark.parametrize("words", ["three thirds", "two third", "a halves", "five quarters", "quarter", "third"])
def test_words_that_are_no_fraction_are_not_read(words):
    assert fraction_value(words) is None


def test_a_change_as_a_fraction_is_verified(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path, "Homicides in Severnshire rose by around a quarter in 2023 "
                                                "compared with 2022.")
    assert ("a quarter", "verified") in checked(report)


def test_a_fraction_the_figures_refute_is_an_arithmetic_finding(seeded_workspace, tmp_path):
    report = review(seeded_workspace, tmp_path, "Homicides in Severnshire rose by nearly a third in 2023 "
                                                "compared with 2022.")
    (finding,) = [f for f in report.findings if f.kind == "arithmetic"]
    assert finding.message.startswith("a third for homicides: the figures went from 15 in 2022 to 19 in 2023")


def test_a_named_period_is_not_made_good_by_another_periods_figures(seeded_workspace, tmp_path):
    # 33.3% is the change of some quarter's homicides (3 to 4), but not of 2023 against 2022.
    report = review(seeded_workspace, tmp_path, "Homicides in Severnshire rose by 33.3% in 2023 compared with 2022.")
    assert ("33.3%", "verified") not in checked(report)
    assert [f.kind for f in report.findings if f.paragraph == 1 and f.kind == "arithmetic"] == ["arithmetic"]


@pytest.mark.parametrize("sentence", [
    "The homicide review was supported by half of the neighbourhood officers in 2023.",
    "Homicides in 2023 are reported by quarter in the annex.",
])
def test_half_of_something_or_by_quarter_is_not_a_figure(seeded_workspace, tmp_path, sentence):
    assert checked(review(seeded_workspace, tmp_path, sentence)) == []


def test_a_fraction_is_kept_and_named_when_rolled_forward(seeded_workspace, tmp_path):
    statement = one_sentence_statement(tmp_path, "Severnshire recorded 17 homicides in 2024, down by around a "
                                                 "tenth on 2023.", month="February 2025")
    seeded_workspace.add_statements([statement])
    source = next(s for s in seeded_workspace.list_statements() if s.file.endswith("severnshire-2025-02.txt"))
    draft = seeded_workspace.new_draft(from_statement=source.id, period="2025")
    paragraph = draft.section("homicide").paragraphs[0]
    assert paragraph.text == "Severnshire recorded 14 homicides in 2025, down by around a tenth on 2023."
    (kept,) = paragraph.origin.not_rolled
    assert kept["text"] == "a tenth" and kept["reason"].startswith("a figure in words (homicides, 2023 → 2024")
    assert kept["reason"].endswith("kept as written, check it for 2025")


FIREARMS = """\
area,measure,period,value,unit
Staffordshire,firearms_offences,2025-Q3,14,
Staffordshire,firearms_offences,2026-Q3,10,
"""


@pytest.mark.parametrize("words, wrong", [
    ("by more than a quarter", False), ("by over a quarter", False), ("by just over a quarter", False),
    ("by a quarter", True), ("by more than a third", True), ("by nearly a quarter", True),
])
def test_more_than_a_fraction_reaches_up_twice_its_spread(empty_workspace, tmp_path, words, wrong):
    # 14 to 10 is a fall of 28.6%: more than a quarter, not a quarter give or take 2.5 points.
    (tmp_path / "figures.csv").write_text(FIREARMS, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "staffordshire.md"
    path.write_text("# Staffordshire Commissioner: National Policing Priorities, July to September 2026\n\n"
                    "Published November 2026\n\n## Reduce serious violence\n\n"
                    f"Firearms offences fell {words}, from 14 to 10, in July to September 2026 compared "
                    "with July to September 2025.\n", encoding="utf-8")
    report = empty_workspace.review(path, area="Staffordshire")
    assert bool([f for f in report.findings if f.kind == "arithmetic"]) == wrong
