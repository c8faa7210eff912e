"""A rate its sentence dates before it ("In the year ending June 2026 Cheshire
recorded 45.2 knife offences per 1,000 residents") is held to that period's
rate, and one written on the wrong base says which base it is the rate on,
where it was held to the quarter under review (0.1 for the quarter) with no
word of the base slipped.

The figures are made up for the tests (tests/fixtures/panel-neighbours-figures.csv):
Cheshire's 513 knife offences in the year ending June 2026 are 45.2 per 100,000.
"""

from __future__ import annotations

import pytest
from panel_cheshire import head, with_figures

HEAD = head("Reduce serious violence")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("rate-base")
    with with_figures(root) as opened:
        yield opened, root


def _review(workspace, body):
    opened, root = workspace
    path = root / "cheshire-2026-11.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return opened.review(path, area="Cheshire")


def test_a_rate_on_the_wrong_base_is_held_to_its_sentences_period_and_names_its_base(workspace):
    report = _review(workspace, "2. In the year ending June 2026 Cheshire recorded 45.2 knife offences per 1,000 residents.")
    [message] = [f.message for f in report.findings if f.kind == "arithmetic"]
    assert "YE2026-06" in message and "2026-Q3" not in message
    assert "the figures give 0.45" in message
    assert message.endswith("45.2 is the rate per 100,000")


def test_the_right_rate_for_the_period_its_sentence_names_is_no_error(workspace):
    report = _review(workspace, "2. In the year ending June 2026 Cheshire recorded 0.45 knife offences per 1,000 residents.")
    assert not [f for f in report.findings if f.kind == "arithmetic"]
