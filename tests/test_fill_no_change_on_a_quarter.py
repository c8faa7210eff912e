"""A quarter's figure that did not change on the same quarter a year earlier is
worded "unchanged on the same quarter a year earlier", never "the same as the
same quarter a year earlier"; review reads the wording and holds it to the figures."""

from __future__ import annotations

import pytest

from drafter.fill import wording

FIGURES = ("area,measure,period,value,unit\n"
           "Warwickshire,knife_offences,2024-Q3,137,\n"
           "Warwickshire,knife_offences,2025-Q3,137,\n"
           "Warwickshire,victim_satisfaction,2024-Q3,74.1,percent\n"
           "Warwickshire,victim_satisfaction,2025-Q3,74.1,percent\n")


@pytest.fixture(scope="module")
def warwickshire(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("unchanged")
    source = root / "figures.csv"
    source.write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(source)
        yield workspace


def test_the_phrase_does_not_say_the_same_twice():
    assert wording.change_phrase(137, 137, compared_with="the same quarter a year earlier") == \
        "unchanged on the same quarter a year earlier"
    assert wording.change_phrase(45, 45) == "the same as the previous year"


def test_filled_sentences_for_an_unchanged_quarter(warwickshire):
    knife = warwickshire.fill("serious-violence", "2025-Q3", "Warwickshire")
    assert next(s.text for s in knife.sentences if s.template == "serious-violence/knife_change") == (
        "There were 137 knife or sharp-instrument offences in Warwickshire in the third quarter of 2025, "
        "unchanged on the same quarter a year earlier.")
    victims = warwickshire.fill("victim-satisfaction", "2025-Q3", "Warwickshire")
    assert next(s.text for s in victims.sentences if s.template == "victim-satisfaction/overall").endswith(
        "said they were satisfied with the service they received from the police, "
        "unchanged on the same quarter a year earlier.")


def test_review_does_not_dispute_them(warwickshire):
    report = warwickshire.check_templates(area="Warwickshire", period="2025-Q3")
    assert report.sentences > 0 and report.disputes == [] and report.broken == []
