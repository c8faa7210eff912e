"""A percentage measure dated by "in the quarter" ("Victim satisfaction was
74.5% in the quarter", last quarter's figure left in) is held to the quarter
its paragraph is about, an error naming the right figure and the quarter the
number is from, where it was left unverified as "not matched to a measure and
period its sentence gives", and a plainly wrong one (70.5%) only as "no
matching figure". After a paragraph naming another quarter, "the quarter"
may be that one, and the percentage is not called wrong.

The figures are made up for the tests (tests/fixtures/panel-neighbours-figures.csv):
Cheshire's victim satisfaction was 74.5% in April to June 2026 and 75.1% in
July to September 2026.
"""

from __future__ import annotations

import pytest
from panel_cheshire import head, with_figures

HEAD = head("Improve victim satisfaction")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("in-the-quarter")
    with with_figures(root) as opened:
        yield opened, root


def _review(workspace, paragraph):
    opened, root = workspace
    path = root / "cheshire-2026-11.txt"
    path.write_text(HEAD + f"2. {paragraph}\n", encoding="utf-8")
    report = opened.review(path, area="Cheshire")
    return {m.text: m.status for m in report.figures}, [f.message for f in report.findings if f.kind == "wrong-figure"]


@pytest.mark.parametrize("paragraph", [
    "Victim satisfaction was 74.5% in the quarter.",
    "74.5% of victims were satisfied with the overall service in the quarter.",
    "Victim satisfaction was 74.5% in the quarter, up 1.5 percentage points on a year earlier.",
])
def test_last_quarters_percentage_in_the_quarter_is_wrong_naming_its_quarter(workspace, paragraph):
    status, [message] = _review(workspace, paragraph)
    assert status["74.5%"] == "wrong"
    assert message == ("74.5% victim satisfaction in 2026-Q3: the figures give 75.1% for Cheshire "
                       "(Invented for tests); 74.5% is the figure for 2026-Q2")


def test_the_quarter_after_another_named_in_the_paragraph_is_not_held_to_the_statements(workspace):
    status, wrong = _review(workspace, "Victim satisfaction was 75.1% in July to September 2026. Survey results "
                                       "for April to June 2026 came late. Victim satisfaction was 74.5% in the "
                                       "quarter.")
    assert status["75.1%"] == "verified" and status["74.5%"] != "wrong" and not wrong


def test_the_right_percentage_in_the_quarter_is_verified(workspace):
    status, wrong = _review(workspace, "Victim satisfaction was 75.1% in the quarter, up from 73.6% in the same "
                                       "quarter of 2025.")
    assert status["75.1%"] == status["73.6%"] == "verified" and not wrong
