"""A change worked out on the later figure ("162 knife offences …, 8.6% fewer
than in July to September 2025 (176)", where 14 is 8.0% of 176 and 8.6% of
162) is an arithmetic error saying so, where the two counts taken the other
way round were held to give it and the wrong percentage passed unverified.

The figures are made up for the tests (tests/fixtures/panel-neighbours-figures.csv).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter

FIXTURE = Path(__file__).parent / "fixtures" / "panel-neighbours-figures.csv"
HEAD = """Staffordshire Police, Fire and Crime Panel

November 2026

Title: National Policing Priorities, July to September 2026

Reduce serious violence

"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("wrong-base")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(FIXTURE)
        yield opened, root


def _arithmetic(workspace, sentence):
    opened, root = workspace
    path = root / "staffordshire-2026-11.txt"
    path.write_text(HEAD + f"1. {sentence}\n", encoding="utf-8")
    return [f.message for f in opened.review(path, area="Staffordshire").findings if f.kind == "arithmetic"]


@pytest.mark.parametrize("sentence", [
    "There were 162 knife offences in July to September 2026, 8.6% fewer than in July to September 2025 (176).",
    "There were 162 knife offences in July to September 2026, down 8.6% from 176 a year earlier.",
])
def test_a_change_worked_out_on_the_later_figure_is_wrong(workspace, sentence):
    assert _arithmetic(workspace, sentence) == [
        "8.6% does not follow from 162 and 176 quoted beside it: that change is -8.0%; 8.6% is the gap as a "
        "share of 162, not of 176"]


def test_the_change_worked_out_on_the_earlier_figure_is_right(workspace):
    assert _arithmetic(workspace, "There were 162 knife offences in July to September 2026, 8.0% fewer than in "
                                  "July to September 2025 (176).") == []
