"""A statement reviewed for another period than the one it says it covers
(`--period "April to June 2026"` on a July to September statement) gets a
note saying so, where the report's head said "figures Cheshire 2026-Q2"
while every number dated July to September was held to that quarter, and
nothing said why.

The figures are made up for the tests (tests/fixtures/panel-neighbours-figures.csv).
"""

from __future__ import annotations

import pytest
from panel_cheshire import head, with_figures

STATEMENT = head("Reduce serious violence") + "2. There were 124 knife or sharp instrument offences in July to September 2026.\n"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("period-asked")
    (root / "cheshire-2026-11.txt").write_text(STATEMENT, encoding="utf-8")
    with with_figures(root) as opened:
        yield opened, root / "cheshire-2026-11.txt"


def test_a_period_asked_other_than_the_statements_is_named_in_a_note(workspace):
    opened, path = workspace
    notes = opened.review(path, period="April to June 2026").notes
    assert "checked for 2026-Q2, as asked, though the statement says it covers 2026-Q3: a number its sentence " \
           "dates is still held to the period named" in notes


def test_the_statements_own_period_asked_needs_no_note(workspace):
    opened, path = workspace
    assert not [note for note in opened.review(path, period="2026-Q3").notes if "as asked" in note]
