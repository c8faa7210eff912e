"""Forces named as their offices and neighbours write them: "Devon & Cornwall",
"Avon & Somerset", "Avon&Somerset", "D&C", "WYP", "GMP". A statement's own force with "&" is the
force, not the place its name ends on ("Cornwall"); another force named so is
that force, its figure held to that force's figures, never to the figures of
the force under review.

The sentences are written for the project; the figures are made up.
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """area,measure,period,value,unit,source
Devon and Cornwall,knife_offences,YE2026-09,604,count,made up
Avon and Somerset,knife_offences,YE2026-09,"1,102",count,made up
West Yorkshire,knife_offences,YE2026-09,"2,331",count,made up
Greater Manchester,knife_offences,YE2026-09,"3,412",count,made up
Metropolitan Police,knife_offences,YE2026-09,"13,731",count,made up
"""


def _statement(office: str, body: str) -> str:
    return f"{office}\nStatement on the National Policing Priorities\n13 November 2026\n\nReduce serious violence\n\n{body}\n"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("shortened")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _review(workspace, office, body):
    opened, root = workspace
    path = root / "statement-2026-11.txt"
    path.write_text(_statement(office, body), encoding="utf-8")
    report = opened.review(path, period="YE2026-09")
    return {m.text: m for m in report.figures}, report


def test_the_forces_own_name_with_an_ampersand_is_the_force_not_a_place_in_it(workspace):
    figures, report = _review(workspace, "Police and Crime Commissioner for Devon, Cornwall and the Isles of Scilly",
                              "In the year ending September 2026 Devon & Cornwall Police recorded 604 knife "
                              "offences.")
    assert report.area == "Devon and Cornwall"
    assert figures["604"].status == "verified"
    assert not [f for f in report.findings if f.kind == "unverified-figure"]


MOPAC = "Mayor's Office for Policing and Crime"


@pytest.mark.parametrize("named, count, force", [
    ("GMP", "3,412", "Greater Manchester"),
    ("WYP", "2,331", "West Yorkshire"),
    ("D&C", "604", "Devon and Cornwall"),
    ("Avon & Somerset", "1,102", "Avon and Somerset"),
    ("Avon&Somerset", "1,102", "Avon and Somerset"),
    ("Devon&Cornwall Police", "604", "Devon and Cornwall"),
])
def test_another_force_by_a_shortened_name_is_held_to_its_own_figures(workspace, named, count, force):
    figures, report = _review(workspace, MOPAC, f"In the year ending September 2026 {named} recorded {count} knife "
                                                "offences.")
    assert (figures[count].status, figures[count].derivation.split(":")[0]) == ("verified", force)
    assert not [f for f in report.findings if f.kind == "wrong-figure"]


def test_another_forces_wrong_count_by_a_shortened_name_names_that_force(workspace):
    _, report = _review(workspace, MOPAC, "In the year ending September 2026 GMP recorded 3,999 knife offences.")
    [message] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert message.startswith("3,999 is given as Greater Manchester's knife offences for YE2026-09")


def test_the_city_a_forces_name_holds_is_one_place_within_it(workspace):
    figures, report = _review(workspace, "Greater Manchester Combined Authority",
                              "In the year ending September 2026 Greater Manchester Police recorded 3,412 knife "
                              "offences. In Manchester, 1,210 knife offences were recorded in the same year.")
    assert (figures["3,412"].status, figures["1,210"].status) == ("verified", "unverified")
    [message] = [f.message for f in report.findings if f.kind == "unverified-figure"]
    assert message.startswith("1,210: counts one place, Manchester, not the whole of Greater Manchester")


def test_each_of_two_places_counted_in_turn_is_named_for_its_own_number(workspace):
    _, report = _review(workspace, "West Yorkshire Combined Authority",
                        "In the year ending September 2026 WYP recorded 2,331 knife offences. Leeds District "
                        "accounted for 844 of them and Bradford District for 702.")
    messages = [f.message for f in report.findings if f.kind == "unverified-figure"]
    assert [m.split(" not the whole")[0] for m in messages] == ["844: counts one place, Leeds,",
                                                                "702: counts one place, Bradford,"]
