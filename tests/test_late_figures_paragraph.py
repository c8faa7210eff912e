"""A paragraph that says a quarter's figures had not come in ("Victim survey
results for July to September 2026 had not been received …") and quotes the
quarter before's instead: review treats every figure it names alike, and roll
forward does not move it on to say figures drafter holds had not been received.

Cumbria's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import pytest

from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value,unit
Cumbria,population,2025,500000,
Cumbria,population,2026,500000,
Cumbria,drug_seizures,2025-Q2,140,
Cumbria,drug_seizures,2025-Q3,150,
Cumbria,drug_seizures,2026-Q2,158,
Cumbria,drug_seizures,2026-Q3,175,
Cumbria,drug_seizures,2026-Q4,181,
Cumbria,county_lines_closed,2026-Q3,5,
Cumbria,county_lines_closed,2026-Q4,6,
Cumbria,victim_satisfaction,2025-Q2,72.8,percent
Cumbria,victim_satisfaction,2025-Q3,73.9,percent
Cumbria,victim_satisfaction,2026-Q2,74.6,percent
Cumbria,domestic_abuse_satisfaction,2026-Q2,82.0,percent
"""

# Arrive after the statement was written.
LATE = """\
area,measure,period,value,unit
Cumbria,victim_satisfaction,2026-Q3,75.8,percent
Cumbria,domestic_abuse_satisfaction,2026-Q3,81.4,percent
Cumbria,victim_satisfaction,2026-Q4,77.1,percent
Cumbria,domestic_abuse_satisfaction,2026-Q4,83.0,percent
"""

STATEMENT = """\
Cumbria Police and Crime Panel

November 2026

Title: National Policing Priorities – Cumbria Police and Crime Commissioner Statement

This statement covers July to September 2026.

Disrupt drugs supply and county lines

Officers made 175 drug seizures and closed 5 county lines in July to September 2026.

Improve victim satisfaction

Victim survey results for July to September 2026 had not been received when this statement was written. \
In April to June 2026, overall victim satisfaction was 74.6%, up from 72.8% a year earlier, and satisfaction \
among victims of domestic abuse was 82.0%.
"""


@pytest.fixture
def cumbria(empty_workspace, tmp_path):
    (tmp_path / "cumbria.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "cumbria.csv")
    path = tmp_path / "cumbria-2026-11.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([path], force="Cumbria")
    return empty_workspace, path


def _satisfaction(report):
    return {f["text"]: f["status"] for f in report.to_dict()["figures"] if f["section"] == "victim-satisfaction"
            and f["status"] != "not-a-figure"}


def test_figures_of_the_quarter_before_are_quoted_as_such_while_the_late_ones_are_not_in(cumbria):
    workspace, path = cumbria
    report = workspace.review(path)
    assert _satisfaction(report) == {"74.6%": "verified", "72.8%": "verified", "82.0%": "verified"}
    assert not [f for f in report.findings if f.kind == "stale-figure"]


def test_once_the_late_figures_are_stored_both_levels_are_stale_and_say_why(cumbria, tmp_path):
    workspace, path = cumbria
    (tmp_path / "late.csv").write_text(LATE, encoding="utf-8")
    workspace.import_figures(tmp_path / "late.csv")
    report = workspace.review(path)
    assert _satisfaction(report) == {"74.6%": "stale", "72.8%": "verified", "82.0%": "stale"}
    stale = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert len(stale) == 2
    assert all(message.endswith("its paragraph says 2026-Q3's figures had not come in, and they are stored now: "
                                "give 2026-Q3's") for message in stale)


def test_roll_forward_keeps_the_paragraph_and_names_it_when_the_next_quarter_is_stored(cumbria, tmp_path):
    workspace, _ = cumbria
    (tmp_path / "late.csv").write_text(LATE, encoding="utf-8")
    workspace.import_figures(tmp_path / "late.csv")
    draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    assert draft.period == "2026-Q4"
    paragraph = [p for p in draft.section("victim-satisfaction").paragraphs if p.kind == PARAGRAPH][0]
    assert paragraph.text.startswith("Victim survey results for July to September 2026 had not been received")
    assert "In April to June 2026, overall victim satisfaction was 74.6%" in paragraph.text
    left = {entry["text"]: entry["reason"] for entry in paragraph.origin.not_rolled}
    assert left["July to September 2026"] == (
        "says these figures had not come in; victim_satisfaction and domestic_abuse_satisfaction for 2026-Q4 "
        "are stored now: rewrite the paragraph with 2026-Q4's figures")
    assert {"74.6%", "72.8%", "82.0%"} <= set(left)
    report = workspace.review(draft.id)
    assert not [f for f in report.findings if f.kind in ("stale-figure", "wrong-figure")
                and f.section == "victim-satisfaction"]


def test_roll_forward_moves_the_paragraph_on_while_the_next_quarter_is_still_late(cumbria):
    workspace, _ = cumbria
    draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id, period="2026-Q4")
    paragraph = [p for p in draft.section("victim-satisfaction").paragraphs if p.kind == PARAGRAPH][0]
    assert paragraph.text.startswith("Victim survey results for July to September 2026")
    assert not paragraph.origin.rolled


_RECEIVED = "Victim survey results for July to September 2026 had not been received when this statement was written."


def _said_late_otherwise(workspace, path, words: str, statement: str = STATEMENT):
    path.write_text(statement.replace(_RECEIVED, words), encoding="utf-8")
    for stored in workspace.list_statements():
        workspace.remove_statement(stored.id)
    workspace.add_statements([path], force="Cumbria")
    return workspace.list_statements()[0].id


@pytest.mark.parametrize("words, named", [
    ("Victim survey results for July to September 2026 have been delayed; the latest available results "
     "are given below.", "July to September 2026"),
    ("The victim survey for July to September 2026 has been delayed by the provider.", "July to September 2026"),
    ("Victim survey results for this quarter are not yet available.", "this quarter"),
    ("Results of the victim survey for July to September 2026 are not expected until January.",
     "July to September 2026"),
    ("The July to September 2026 survey results will not be available until the next meeting.",
     "July to September 2026"),
    ("Survey results for July to September 2026 arrived too late for this statement.", "July to September 2026"),
])
def test_late_figures_said_in_other_words_are_read_alike(cumbria, tmp_path, words, named):
    workspace, path = cumbria
    statement = _said_late_otherwise(workspace, path, words)
    assert _satisfaction(workspace.review(path)) == {"74.6%": "verified", "72.8%": "verified", "82.0%": "verified"}
    (tmp_path / "late.csv").write_text(LATE, encoding="utf-8")
    workspace.import_figures(tmp_path / "late.csv")
    draft = workspace.new_draft(from_statement=statement)
    paragraph = [p for p in draft.section("victim-satisfaction").paragraphs if p.kind == PARAGRAPH][0]
    assert paragraph.text.startswith(words)
    assert "In April to June 2026, overall victim satisfaction was 74.6%" in paragraph.text
    left = {entry["text"]: entry["reason"] for entry in paragraph.origin.not_rolled}
    assert left[named].startswith("says these figures had not come in")


def test_a_delay_said_of_something_other_than_results_leaves_the_figures_to_roll(cumbria):
    workspace, path = cumbria
    hearings = STATEMENT.replace("closed 5 county lines in July to September 2026.",
                                 "closed 5 county lines in July to September 2026. "
                                 "Hearings listed for July to September 2026 have been delayed.")
    statement = _said_late_otherwise(workspace, path, _RECEIVED, hearings)
    draft = workspace.new_draft(from_statement=statement)
    [paragraph] = [p for p in draft.section("drugs-county-lines").paragraphs if p.kind == PARAGRAPH]
    assert "181 drug seizures" in paragraph.text and "6 county lines" in paragraph.text
