"""A total for the calendar year so far ("82 homicides so far in 2026", "since
January 2026") is held to the year's quarters added up, and copy forward moves
it a quarter on within the year; a total "so far in 2026/27" written after its
count is read so too. Before, the year after the count dated it as the whole
year's figure, which none matched ("no matching figure"), and it stayed as
written.

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

import drafter

_FIGURES = "area,measure,period,value\n" + "".join(
    f"Northumbria,homicides,{period},{value}\n"
    for period, value in (("2025-Q4", 5), ("2026-Q1", 4), ("2026-Q2", 6), ("2026-Q3", 3), ("2026-Q4", 2)))

_STATEMENT = """Northumbria Police and Crime Commissioner

12 August 2026

Introduction

This statement on the national policing priorities covers April to June 2026.

Reduce murder and other homicide

In April to June 2026 there were 6 homicides. {sentence}

Reduce serious violence

Partnership work continues in every district.

Reduce neighbourhood crime

Patrols continue in every town.

Improve victim satisfaction

A new survey of victims began in May.
"""


@pytest.fixture(scope="module")
def northumbria(tmp_path_factory):
    folder = tmp_path_factory.mktemp("northumbria")
    (folder / "figures.csv").write_text(_FIGURES, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        yield workspace, folder


def _review(northumbria, sentence: str) -> dict:
    workspace, folder = northumbria
    path = folder / "statement.txt"
    path.write_text(_STATEMENT.format(sentence=sentence), encoding="utf-8")
    return workspace.review(path, area="Northumbria").to_dict()


@pytest.mark.parametrize("sentence, derivation", [
    ("There have been 10 homicides in Northumbria so far in 2026.", "2026-Q1 + 2026-Q2: 4 + 6 = 10"),
    ("Since January 2026 there have been 10 homicides.", "2026-Q1 + 2026-Q2: 4 + 6 = 10"),
    ("So far in 2026 there have been 10 homicides.", "2026-Q1 + 2026-Q2: 4 + 6 = 10"),
    ("There have been 6 homicides in Northumbria so far in 2026/27.", "2026-Q2: 6 = 6"),
])
def test_a_total_for_the_year_so_far_is_its_quarters_added_up(northumbria, sentence, derivation):
    report = _review(northumbria, sentence)
    [total] = [n for n in report["figures"] if "'" in (n["derivation"] or "")]  # dated by its words
    assert total["status"] == "verified" and derivation in total["derivation"]
    assert not [f for f in report["findings"] if f["kind"] in ("unverified-figure", "wrong-figure", "stale-figure")]


def test_a_wrong_total_for_the_calendar_year_names_its_quarters(northumbria):
    report = _review(northumbria, "There have been 12 homicides in Northumbria so far in 2026.")
    [finding] = [f for f in report["findings"] if f["kind"] == "wrong-figure"]
    assert "the figures give 10" in finding["message"] and "4 in 2026-Q1 and 6 in 2026-Q2" in finding["message"]


def test_copy_forward_moves_a_calendar_total_a_quarter_on(northumbria):
    workspace, folder = northumbria
    path = folder / "to-copy.txt"
    path.write_text(_STATEMENT.format(sentence="There have been 10 homicides in Northumbria so far in 2026."),
                    encoding="utf-8")
    [added] = workspace.add_statements([path], force="Northumbria").added
    draft = workspace.new_draft(from_statement=added["id"])
    text = " ".join(p.text for p in draft.section("homicide").paragraphs)
    assert "There have been 13 homicides in Northumbria so far in 2026." in text


def test_a_calendar_total_crossing_into_the_next_year_is_kept_and_named(tmp_path):
    figures = _FIGURES + "Northumbria,homicides,2027-Q1,3\n"
    (tmp_path / "figures.csv").write_text(figures, encoding="utf-8")
    path = tmp_path / "northumbria-2027-02.txt"
    path.write_text(_STATEMENT.format(sentence="There have been 15 homicides in Northumbria so far in 2026.")
                    .replace("there were 6 homicides", "there were 2 homicides")
                    .replace("April to June 2026", "October to December 2026")
                    .replace("12 August 2026", "12 February 2027"), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        [added] = workspace.add_statements([path], force="Northumbria").added
        draft = workspace.new_draft(from_statement=added["id"])
    [paragraph] = draft.section("homicide").paragraphs
    assert paragraph.text == ("In January to March 2027 there were 3 homicides. There have been 15 homicides in "
                              "Northumbria so far in 2026.")
    [(text, reason)] = [(entry["text"], entry["reason"]) for entry in paragraph.origin.not_rolled]
    assert text == "15" and "so far in 2026" in reason


def test_so_far_in_an_earlier_year_is_that_year_s_whole_total(northumbria):
    report = _review(northumbria, "There have been 15 homicides in Northumbria so far in 2025.")
    [total] = [n for n in report["figures"] if n["text"] == "15"]
    assert total["status"] != "not-a-figure"
