"""The force's own sentence carried on with this quarter's figures ("75.1% of
victims were satisfied with the overall service in July to September 2026, up
from 73.6% a year earlier", after last quarter's "74.5% … in April to June
2026, up from 72.9% …") is the force's wording, not "as written by North
Wales", whose sentence of the same quarter shares the quarter's name (its
figures and month names aside, the force's own is the closer); a
neighbour's sentence taken whole is still named as that force's.

The statements are written for the project.
"""

from __future__ import annotations

import pytest

import drafter

HEAD = "{board}\n\n{month}\n\nTitle: National Policing Priorities: {period}\n\nImprove victim satisfaction\n\n"
CHESHIRE_AUGUST = ("1. 74.5% of victims were satisfied with the overall service in April to June 2026, up from "
                   "72.9% a year earlier.\n")
CHESHIRE_FEBRUARY = ("1. 74.2% of victims were satisfied with the overall service in October to December 2025, up "
                     "from 72.4% a year earlier.\n")
STAFFORDSHIRE = "72.8% of victims were satisfied with the overall service in April to June 2026.\n"
NORTH_WALES = ("76.9% of victims were satisfied with the service in July to September 2026.\n\n"
               "The Victim Help Centre now calls every victim of a burglary within two days to offer a visit "
               "from a trained volunteer and a free door chain.\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("own-wording")
    (root / "cheshire-2026-08.txt").write_text(
        HEAD.format(board="Cheshire Police and Crime Panel", month="August 2026", period="April to June 2026")
        + CHESHIRE_AUGUST, encoding="utf-8")
    (root / "north-wales-2026-11.txt").write_text(
        HEAD.format(board="North Wales Police and Crime Panel", month="November 2026",
                    period="July to September 2026") + NORTH_WALES, encoding="utf-8")
    (root / "cheshire-2026-02.txt").write_text(
        HEAD.format(board="Cheshire Police and Crime Panel", month="February 2026", period="October to December 2025")
        + CHESHIRE_FEBRUARY, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.add_statements([root / "cheshire-2026-02.txt"], force="Cheshire", date="2026-02")
        opened.add_statements([root / "cheshire-2026-08.txt"], force="Cheshire", date="2026-08")
        opened.add_statements([root / "north-wales-2026-11.txt"], force="North Wales", date="2026-11")
        (root / "staffordshire-2026-08.txt").write_text(
            HEAD.format(board="Staffordshire Police, Fire and Crime Panel", month="August 2026",
                        period="April to June 2026") + STAFFORDSHIRE, encoding="utf-8")
        opened.add_statements([root / "staffordshire-2026-08.txt"], force="Staffordshire", date="2026-08")
        yield opened, root


def _findings(workspace, body):
    opened, root = workspace
    path = root / "cheshire-2026-11.txt"
    path.write_text(HEAD.format(board="Cheshire Police and Crime Panel", month="November 2026",
                                period="July to September 2026") + body, encoding="utf-8")
    return opened.review(path, area="Cheshire").findings


def test_the_forces_own_sentence_with_new_figures_is_not_another_forces_wording(workspace):
    findings = _findings(workspace, "1. 75.1% of victims were satisfied with the overall service in July to "
                                    "September 2026, up from 73.6% a year earlier.\n")
    assert not [f for f in findings if f.kind == "other-force-wording"]


def test_the_forces_sentence_of_an_earlier_year_is_its_own_though_a_neighbours_shares_the_quarter(workspace):
    # Staffordshire's sentence of April to June 2026 shares more words with it than Cheshire's of
    # October to December 2025; without figures and month names Cheshire's own is the closer.
    opened, root = workspace
    path = root / "cheshire-2026-08-draft.txt"
    path.write_text(HEAD.format(board="Cheshire Police and Crime Panel", month="August 2026",
                                period="April to June 2026")
                    + "1. 74.5% of victims were satisfied with the overall service in April to June 2026, up from "
                      "72.9% a year earlier.\n", encoding="utf-8")
    findings = opened.review(path, area="Cheshire", against=1).findings
    assert not [f for f in findings if f.kind == "other-force-wording"]


def test_a_neighbours_paragraph_taken_whole_is_still_named_as_the_neighbours(workspace):
    findings = _findings(workspace, "1. The Victim Help Centre now calls every victim of a burglary within two "
                                    "days to offer a visit from a trained volunteer and a free door chain.\n")
    [message] = [f.message for f in findings if f.kind == "other-force-wording"]
    assert "as written by North Wales in 2026-11" in message


def test_the_html_reuse_table_names_another_force_only_where_the_review_does(workspace):
    from drafter.review.output.html import render

    opened, root = workspace
    path = root / "cheshire-2026-11-html.txt"
    path.write_text(HEAD.format(board="Cheshire Police and Crime Panel", month="November 2026",
                                period="July to September 2026")
                    + "1. 75.1% of victims were satisfied with the overall service in July to September 2026, up "
                      "from 73.6% a year earlier.\n\n2. The Victim Help Centre now calls every victim of a burglary "
                      "within two days to offer a visit from a trained volunteer and a free door chain.\n",
                    encoding="utf-8")
    page = render(opened.review(path, area="Cheshire"))
    rows = [row for row in page.split("<tr>") if row.startswith("<td>victim-satisfaction")]
    assert len(rows) == 2
    own, borrowed = rows
    assert "North Wales" not in own and "Staffordshire" not in own
    assert "North Wales" in borrowed and "verbatim" in borrowed
