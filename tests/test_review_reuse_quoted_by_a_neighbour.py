"""A force's own sentence that a neighbour quoted in its statement ("In North
Wales, 76.9% of victims were satisfied with the service in July to September
2026" in Cheshire's) is not "as written by Cheshire" when North Wales's
statement is reviewed, where the neighbour's quotation was named as the
source of North Wales's own words; a paragraph the neighbour wrote without
naming North Wales is still named as the neighbour's.

The statements are written for the project.
"""

from __future__ import annotations

import pytest

import drafter

HEAD = "{board}\n\nNovember 2026\n\nTitle: National Policing Priorities: July to September 2026\n\n" \
       "Improve victim satisfaction\n\n"
CHESHIRE = ("1. In North Wales, 76.9% of victims were satisfied with the service in July to September 2026.\n\n"
            "2. The Victims' Hub now contacts every victim of domestic abuse within 24 hours of a report to offer "
            "an independent adviser.\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("quoted")
    (root / "cheshire-2026-11.txt").write_text(HEAD.format(board="Cheshire Police and Crime Panel") + CHESHIRE,
                                               encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.add_statements([root / "cheshire-2026-11.txt"], force="Cheshire", date="2026-11")
        yield opened, root


def _other_force_wording(workspace, paragraph):
    opened, root = workspace
    path = root / "north-wales-2026-11.txt"
    path.write_text(HEAD.format(board="North Wales Police and Crime Panel") + paragraph + "\n", encoding="utf-8")
    findings = opened.review(path, area="North Wales").findings
    return [f.message for f in findings if f.kind == "other-force-wording"]


def test_the_forces_own_sentence_a_neighbour_quoted_is_not_the_neighbours_wording(workspace):
    assert _other_force_wording(
        workspace, "76.9% of victims were satisfied with the service in July to September 2026.") == []


def test_a_neighbours_own_paragraph_is_still_named_as_the_neighbours(workspace):
    [message] = _other_force_wording(
        workspace, "The Victims' Hub now contacts every victim of domestic abuse within 24 hours of a report to "
                   "offer an independent adviser.")
    assert "as written by Cheshire in 2026-11" in message
