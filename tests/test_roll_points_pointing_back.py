"""A bullet that points back to the level in the bullet before it ("That is
0.9 percentage points higher than the previous quarter …") is worked out
again for the new quarter, on the level it moved to, its direction word
turned with it (and so is a change alone, "8.4% lower than the previous
quarter", "Down 8.4% on …", which review now holds to that level too): copy forward kept it as written and named it for the
writer, so the draft said satisfaction of 72.6% was 0.9 points higher than
the quarter before when it was 1.4 points lower. The same in one paragraph,
a sentence after the one giving the level. Review then agrees with it.

The statement and figures are written for these tests.
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Cumbria,victim_satisfaction,2025-Q1,71.2,percent
Cumbria,victim_satisfaction,2025-Q2,72.5,percent
Cumbria,victim_satisfaction,2025-Q4,73.1,percent
Cumbria,victim_satisfaction,2026-Q1,74.0,percent
Cumbria,victim_satisfaction,2026-Q2,72.6,percent
Cumbria,neighbourhood_crime,2025-Q4,632,count
Cumbria,neighbourhood_crime,2026-Q1,579,count
Cumbria,neighbourhood_crime,2026-Q2,601,count
"""

LEVEL = "74.0% of victims were satisfied with the service they received in January to March 2026."
POINTS = ("That is 0.9 percentage points higher than the previous quarter and 2.8 percentage points higher than "
          "the same quarter last year.")
CRIME = "579 neighbourhood crimes were recorded in January to March 2026."
CHANGE = "That is 8.4% lower than the previous quarter."


def _page(items: list[str]) -> str:
    bullets = "\n".join(f"<li>{item}</li>" for item in items)
    return f"""<html><head><title>National Policing Priorities: January to March 2026</title></head><body>
<nav><a href="/">Home</a></nav><main>
<h1>National Policing Priorities: January to March 2026</h1>
<p>Published 20 May 2026</p>
<p>This update sets out Cumbria Constabulary's part in the national priorities for January to March 2026.</p>
<h2>Reduce neighbourhood crime</h2>
<ul>{bullets if CRIME in bullets else ""}</ul>
<h2>Improve victim satisfaction</h2>
<ul>{bullets if LEVEL in bullets else ""}</ul>
</main></body></html>
"""


def _copied(workspace, tmp_path, items):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "cumbria-2026-05.html").write_text(_page(items), encoding="utf-8")
    workspace.add_statements([tmp_path / "cumbria-2026-05.html"], force="Cumbria")
    draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    return draft, workspace.review(draft.id)


_ABOUT_NUMBERS = ("arithmetic", "direction", "wrong-figure", "stale-figure", "unverified-figure", "not-rolled",
                  "degree-word")


def _disputed(report) -> list[str]:
    return [f.message for f in report.findings if f.kind in _ABOUT_NUMBERS]


def test_a_points_bullet_after_the_level_moves_with_it(empty_workspace, tmp_path):
    draft, report = _copied(empty_workspace, tmp_path, [LEVEL, POINTS])
    texts = [p.text for p in draft.section("victim-satisfaction").paragraphs]
    assert texts == ["72.6% of victims were satisfied with the service they received in April to June 2026.",
                     "That is 1.4 percentage points lower than the previous quarter and 0.1 percentage points "
                     "higher than the same quarter last year."]
    assert draft.section("victim-satisfaction").paragraphs[1].origin.not_rolled == []
    assert _disputed(report) == []


def test_the_same_sentences_in_one_paragraph_move_alike(empty_workspace, tmp_path):
    draft, report = _copied(empty_workspace, tmp_path, [f"{LEVEL} {POINTS}"])
    [paragraph] = draft.section("victim-satisfaction").paragraphs
    assert "That is 1.4 percentage points lower than the previous quarter" in paragraph.text
    assert paragraph.origin.not_rolled == []
    assert _disputed(report) == []


@pytest.mark.parametrize("items, rolled", [
    ([CRIME, CHANGE], "That is 3.8% higher than the previous quarter."),
    ([f"{CRIME} {CHANGE}"], "That is 3.8% higher than the previous quarter."),
    ([CRIME, "8.4% lower than the previous quarter."], "3.8% higher than the previous quarter."),
    ([CRIME, "Down 8.4% on the previous quarter."], "Up 3.8% on the previous quarter."),
], ids=["bullets", "one paragraph", "a change alone", "down on"])
def test_a_percentage_change_pointing_back_moves_with_its_count(empty_workspace, tmp_path, items, rolled):
    draft, report = _copied(empty_workspace, tmp_path, items)
    text = " ".join(p.text for p in draft.section("neighbourhood-crime").paragraphs)
    assert "601 neighbourhood crimes were recorded in April to June 2026." in text
    assert rolled in text
    assert _disputed(report) == []


def test_review_holds_a_change_alone_to_the_bullet_before(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "cumbria-2026-05.html").write_text(_page([CRIME, "9.4% lower than the previous quarter."]),
                                                   encoding="utf-8")
    report = empty_workspace.review(tmp_path / "cumbria-2026-05.html", area="Cumbria", period="2026-Q1")
    [message] = [f.message for f in report.findings if f.kind == "arithmetic"]
    assert "8.4%" in message
