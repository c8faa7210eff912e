"""A mayor's, deputy mayor's or commissioner's name that ends on a force's ("the
Deputy Mayor, Sarah Kent,", "Commissioner Tom Durham") names no force: the count
in the sentence is the office's own force's, held to its figures, where it was
held to Kent's, or left unverified as another area's.

The people and sentences are made up for the project; so are the figures.
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """area,measure,period,value,unit,source
Metropolitan Police,knife_offences,YE2026-09,"13,731",count,made up
Kent,knife_offences,YE2026-09,"1,221",count,made up
Durham,knife_offences,YE2026-09,262,count,made up
"""
HEAD = """Mayor's Office for Policing and Crime
Statement on the National Policing Priorities
12 November 2026

Reduce serious violence

"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("person")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _figures(workspace, body):
    opened, root = workspace
    path = root / "mopac-2026-11.txt"
    path.write_text(HEAD + body + "\n", encoding="utf-8")
    return {m.text: (m.status, m.derivation) for m in opened.review(path, period="YE2026-09").figures}


@pytest.mark.parametrize("sentence", [
    "In the year ending September 2026 the Deputy Mayor, Sarah Kent, said the Met recorded {count} knife offences.",
    "Sarah Kent, the Deputy Mayor for Policing and Crime, said the Met recorded {count} knife offences in the "
    "year ending September 2026.",
    "Commissioner Tom Durham noted {count} knife offences in the year ending September 2026.",
])
@pytest.mark.parametrize("count, status", [("13,731", "verified"), ("13,999", "wrong")])
def test_a_persons_name_ending_on_a_forces_is_no_force(workspace, sentence, count, status):
    figures = _figures(workspace, sentence.format(count=count))
    assert figures[count][0] == status
    assert not figures[count][1].startswith(("Kent", "Durham"))


def test_the_force_itself_is_still_named(workspace):
    figures = _figures(workspace, "In the year ending September 2026 Kent recorded 1,221 knife offences.")
    assert figures["1,221"] == ("verified", "Kent: knife_offences, YE2026-09 = 1,221")
