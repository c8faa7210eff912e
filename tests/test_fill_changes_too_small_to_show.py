"""A change too small to show at one decimal place is worded "a rise of less than
0.1%" (never "a less than 0.1% rise"), and review takes "less than 0.1%" for the
bound it is, where the check disputed fill's own sentences ("0.1% does not follow
from 2,217 and 2,216 quoted beside it")."""

from __future__ import annotations

import pytest

from drafter.fill import wording

FIGURES = ("area,measure,period,value,unit\n"
           "Warwickshire,drug_trafficking_offences,2024-Q2,2216,\n"
           "Warwickshire,drug_trafficking_offences,2025-Q2,2217,\n"
           "Warwickshire,victim_satisfaction,2024-Q2,74.12,percent\n"
           "Warwickshire,victim_satisfaction,2025-Q2,74.14,percent\n")


@pytest.fixture(scope="module")
def tiny_changes(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("tiny")
    source = root / "figures.csv"
    source.write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(source)
        yield workspace


def test_the_short_phrase_puts_the_bound_after_the_direction():
    assert wording.change_short(2217, 2216) == "a rise of less than 0.1%"
    assert wording.change_short(2216, 2217, threshold=1) == "little change (a fall of less than 0.1%)"
    assert wording.change_short(74.4, 72.1, unit="percent") == "a 2.3 percentage point rise"


def test_fill_writes_them_and_review_does_not_dispute_them(tiny_changes):
    context = tiny_changes.render_template("drugs-county-lines/trafficking_context", "2025-Q2", "Warwickshire")
    assert "so little change (a rise of less than 0.1%) in the second quarter of 2025" in context.text
    check = tiny_changes.check_templates(area="Warwickshire", period="2025-Q2")
    assert check.sentences == 3 and check.disputes == [] and check.broken == []
