"""A police, fire and crime commissioner's statement speaks of fire and rescue's
work beside the force's ("Essex County Fire and Rescue Service attended 1,204
deliberate fires"). Where its sentence names no police measure, such a number
is fire and rescue's: never verified as a police figure it happens to equal,
nor rolled on as one, and review says why it cannot check it.

The sentences are written for the project; the figures are made up.
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """area,measure,period,value,unit,source
Essex,residential_burglary,2025-Q2,"1,251",count,made up
Essex,residential_burglary,2025-Q3,"1,270",count,made up
Essex,residential_burglary,2026-Q2,"1,188",count,made up
Essex,residential_burglary,2026-Q3,"1,204",count,made up
"""


def _statement(period_words: str, body: str) -> str:
    return ("Police, Fire and Crime Commissioner for Essex\nStatement on the National Policing Priorities\n"
            f"19 November 2026\n\nIntroduction\n\nThis statement covers {period_words}.\n\n"
            f"Reduce neighbourhood crime\n\n{body}\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("fire")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _review(workspace, body):
    opened, root = workspace
    path = root / "essex-2026-11.txt"
    path.write_text(_statement("July to September 2026", body), encoding="utf-8")
    report = opened.review(path)
    return {m.text: m.status for m in report.figures}, [f.message for f in report.findings
                                                         if f.kind == "unverified-figure"]


@pytest.mark.parametrize("sentence, number", [
    ("Deliberate fires numbered 1,204 in July to September 2026.", "1,204"),
    ("ECFRS crews attended 410 deliberate fires in July to September 2026, down 5.2% on the same quarter "
     "last year.", "5.2%"),
])
def test_a_fire_and_rescue_figure_is_not_taken_for_a_police_one(workspace, sentence, number):
    status, messages = _review(workspace, sentence)
    assert status[number] == "unverified"
    assert f"{number}: its sentence is about fire and rescue's work, which the police figures for Essex do not " \
           "hold; check it against its source" in messages


def test_a_police_figure_beside_fire_and_rescue_work_is_still_checked(workspace):
    status, messages = _review(workspace, "Residential burglary fell by 5.2% to 1,204 in July to September "
                                          "2026; firefighters fitted smoke alarms in 300 of the homes.")
    assert (status["5.2%"], status["1,204"], status["300"]) == ("verified", "verified", "unverified")


def test_copy_forward_leaves_a_fire_and_rescue_figure_as_written(workspace):
    opened, root = workspace
    path = root / "essex-2026-08.txt"
    path.write_text(_statement("April to June 2026", "Deliberate fires numbered 1,188 in April to June 2026.")
                    .replace("19 November 2026", "20 August 2026"), encoding="utf-8")
    opened.add_statements([path])
    [statement] = [s for s in opened.list_statements() if s.file == path.name]
    draft = opened.new_draft(from_statement=statement.id)
    [paragraph] = draft.section("neighbourhood-crime").paragraphs
    assert "1,188" in paragraph.text and "1,204" not in paragraph.text
