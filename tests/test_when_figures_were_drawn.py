"""When a statement's figures were drawn from their source ("data extracted
in July 2026", "Figures correct as at 30 June 2026") is no period of any
figure: copy forward moves the count beside it, where the count was held
back as "a count for 'in July 2026' alone", and names the date for the
writer, where it was kept as written unnamed; review warns of a date before
the period the statement covers ended, last quarter's note copied.

The statements are written for the project; the figures are made up.
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = ("area,measure,period,value\n"
           "Suffolk,vehicle_crime,2026-Q1,1204\n"
           "Suffolk,vehicle_crime,2026-Q2,1187\n"
           "Suffolk,vehicle_crime,2026-Q3,1231\n")
HEAD = ("Suffolk Police and Crime Commissioner\nStatement on the National Policing Priorities\n{date}\n\n"
        "Introduction\n\nThis statement covers {months} 2026.\n\nReduce neighbourhood crime\n\n")


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("drawn")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened, root


def _copied_forward(workspace, name: str, body: str):
    opened, root = workspace
    path = root / f"{name}.txt"
    path.write_text(HEAD.format(date="12 August 2026", months="April to June") + body, encoding="utf-8")
    opened.add_statements([path], force="Suffolk")
    draft = opened.new_draft(from_statement=max(s.id for s in opened.list_statements()))
    return [p for s in draft.sections if s.key == "neighbourhood-crime" for p in s.paragraphs]


def test_the_count_beside_an_extraction_month_moves_and_the_month_is_named(workspace):
    [paragraph] = _copied_forward(workspace, "suffolk-a", "In April to June 2026 there were 1,187 vehicle crimes "
                                  "(data extracted in July 2026).\n")
    assert paragraph.text == ("In July to September 2026 there were 1,231 vehicle crimes (data extracted in "
                              "July 2026).")
    assert [(left["text"], left["reason"]) for left in paragraph.origin.not_rolled] == [
        ("July 2026", "when the figures copied were drawn from their source: give when 2026-Q3's were")]


def test_an_extraction_date_in_a_paragraph_of_its_own_is_named(workspace):
    paragraphs = _copied_forward(workspace, "suffolk-b", "In April to June 2026 there were 1,187 vehicle crimes."
                                 "\n\nData extracted from police systems on 5 July 2026.\n")
    assert [left["text"] for left in paragraphs[1].origin.not_rolled] == ["5 July 2026"]


@pytest.mark.parametrize(("said", "warned"), [("data extracted on 5 July 2026", True),
                                              ("figures correct as at 30 June 2026", True),
                                              ("data extracted on 5 October 2026", False)])
def test_review_warns_of_figures_drawn_before_the_period_ended(workspace, said, warned):
    opened, root = workspace
    path = root / "suffolk-2026-11.txt"
    path.write_text(HEAD.format(date="11 November 2026", months="July to September")
                    + f"In July to September 2026 there were 1,231 vehicle crimes ({said}).\n", encoding="utf-8")
    report = opened.review(path)
    dates = [f.message for f in report.findings if f.kind == "stale-date"]
    assert bool(dates) == warned
    assert not warned or dates[0].endswith("is before 2026-Q3 ended, so they cannot be 2026-Q3's: give when "
                                           "this statement's were drawn")
    assert {m.text: m.status for m in report.figures}["1,231"] == "verified"
