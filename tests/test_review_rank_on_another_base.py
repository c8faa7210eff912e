"""A rank given with a rate per 1,000 ("the 38th highest rate of knife crime of
the 43 forces, at 0.45 offences per 1,000 residents") is checked on the rates
published per 100,000, since a force's place is the same on either base, where
it was left unverifiable for want of every force's population. The England
and Wales rate per 1,000 is the rate published per 100,000 scaled (87.7 is
0.88), where it was left unverified as a figure Cheshire's cannot check.

The figures are made up for the tests (tests/fixtures/panel-neighbours-figures.csv):
every force's knife offences per 100,000 in the year ending June 2026, Cheshire
the 38th highest at 45.2.
"""

from __future__ import annotations

import pytest
from panel_cheshire import head, with_figures

HEAD = head("Reduce serious violence", introduction=False)


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("rank-base")
    with with_figures(root) as opened:
        yield opened, root


def _ranks(workspace, rank):
    opened, root = workspace
    path = root / "cheshire-2026-11.txt"
    path.write_text(HEAD + f"1. In the year ending June 2026 Cheshire had the {rank} highest rate of knife crime "
                    "of the 43 forces, at 0.45 offences per 1,000 residents.\n", encoding="utf-8")
    report = opened.review(path, area="Cheshire")
    return report, report.to_dict()["ranks"]


def test_a_right_rank_per_1000_is_verified_on_the_rates_published_per_100000(workspace):
    report, [rank] = _ranks(workspace, "38th")
    assert rank["status"] == "verified"
    assert not [f for f in report.findings if f.kind == "unverified-rank"]


def test_a_rank_per_1000_off_by_one_is_wrong(workspace):
    report, [rank] = _ranks(workspace, "37th")
    assert rank["status"] == "wrong"
    [message] = [f.message for f in report.findings if f.kind == "wrong-rank"]
    assert "38th highest of 43 forces" in message


def _national(workspace, sentence):
    opened, root = workspace
    path = root / "cheshire-2026-11.txt"
    path.write_text(HEAD + f"1. {sentence}\n", encoding="utf-8")
    report = opened.review(path, area="Cheshire")
    return report, report.to_dict()["ranks"]


def test_the_national_rate_per_1000_is_the_one_published_per_100000_scaled(workspace):
    report, _ = _national(workspace, "Across England and Wales the knife crime rate in the year ending "
                                     "June 2026 was 0.88 per 1,000 population.")
    assert {m.text: m.status for m in report.figures}["0.88"] == "verified"
    assert not [f for f in report.findings if f.kind in ("unverified-figure", "wrong-rank")]


def test_a_national_rate_per_100000_given_per_1000_is_wrong(workspace):
    report, _ = _national(workspace, "Across England and Wales the knife crime rate in the year ending "
                                     "June 2026 was 87.7 per 1,000 population.")
    [message] = [f.message for f in report.findings if f.kind == "wrong-rank"]
    assert message.startswith("87.7 is given as the national figure")
    assert message.endswith("(published for England and Wales per 100,000) × 1,000 / 100,000 = 0.88")
