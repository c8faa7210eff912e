"""A force's rate given as a multiple of the national rate ("2.6 times the
England and Wales rate", "more than double the national average", "nearly
twice the Welsh rate"): review works the ratio out from the 43 forces'
figures, as fill and copy forward do, and holds the multiple to it; such
claims passed unchecked, a wrong "3.5 times" left as unverified, a wrong
"more than three times" not read at all.

The figures are made up (tests/all_forces.py); the sentences are written for the project.
"""

from __future__ import annotations

import csv

import all_forces
import pytest

import drafter
from drafter.forces import FORCE_NAMES

MEASURES = ("population", "knife_offences")
FORCE = "West Midlands"
HEADER = """West Midlands Police and Crime Panel

March 2023

Title: National Policing Priorities – West Midlands, 2022

Reduce serious violence

"""


def _ratio(force: str, year: str, forces=FORCE_NAMES) -> float:
    def rate(names):
        return sum(all_forces.made_up(f, "knife_offences", year) for f in names) / \
            sum(all_forces.made_up(f, "population", year) for f in names)
    return rate((force,)) / rate(forces)


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    root = tmp_path_factory.mktemp("west-midlands")
    with (root / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022", "2023"), measures=MEASURES))
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(root / "figures.csv")
        yield workspace, root


def _review(office, sentence: str):
    workspace, root = office
    path = root / "west-midlands-2023-03.txt"
    path.write_text(HEADER + sentence + "\n", encoding="utf-8")
    report = workspace.review(path, area=FORCE)
    return report, [f.message for f in report.findings if f.kind in ("wrong-rank", "unverified-rank")]


def test_a_multiple_in_figures_is_held_to_the_ratio(office):
    ratio = _ratio(FORCE, "2022")
    report, findings = _review(office, f"In 2022 the knife crime rate in the West Midlands was {ratio:.1f} times "
                                       "the national rate.")
    assert findings == []
    assert {m.text: m.status for m in report.figures}[f"{ratio:.1f}"] == "verified"


def test_a_wrong_multiple_is_an_error_giving_the_ratio(office):
    ratio = _ratio(FORCE, "2022")
    report, findings = _review(office, f"In 2022 the knife crime rate in the West Midlands was {ratio + 1:.1f} "
                                       "times the England and Wales rate.")
    assert len(findings) == 1
    assert findings[0].startswith(f"'{ratio + 1:.1f} times the England and Wales rate': the figures give "
                                  f"{ratio:.2f} times (knife_offences per 100,000 population, 2022: West Midlands")
    assert {m.text: m.status for m in report.figures}[f"{ratio + 1:.1f}"] == "wrong"


@pytest.mark.parametrize("words, holds", [("more than {below} times", True), ("more than {above} times", False),
                                          ("nearly {above} times", None), ("less than {below} times", False)])
def test_a_multiple_in_words_holds_as_its_words_say(office, words, holds):
    ratio = _ratio(FORCE, "2022")
    below, above = int(ratio), int(ratio) + 1
    if holds is None:  # "nearly": within 15% under it
        holds = above * 0.85 <= ratio < above
    said = words.format(below=below, above=above)
    _, findings = _review(office, f"The West Midlands' knife crime rate in 2022 was {said} the national average.")
    assert (findings == []) == holds, findings


def test_a_multiple_said_of_another_force_is_held_to_that_forces_ratio(office):
    # It was left alone, so "ten times" of a force below the national rate passed.
    report, findings = _review(office, "In 2022 the knife crime rate in Cleveland was ten times the national rate.")
    [finding] = findings
    assert f"the figures give {_ratio('Cleveland', '2022'):.2f} times" in finding
    assert "Cleveland" in finding
    ratio = _ratio("Cleveland", "2022")
    _, findings = _review(office, f"In 2022 the West Midlands' knife crime rate was {_ratio(FORCE, '2022'):.1f} "
                                  f"times the national rate, while Cleveland's was {ratio:.1f} times the national "
                                  "rate.")
    assert findings == []


def test_a_multiple_after_another_force_is_no_rate_of_that_force(office):
    report, findings = _review(office, "In 2022 the West Midlands' knife crime rate was 169.3 per 100,000, while "
                                       "Cleveland's rate was 3.5 times the national rate.")
    assert [f.kind for f in report.findings if "3.5" in f.message] == ["wrong-rank"]
    assert not [f for f in report.findings if f.kind == "wrong-figure"]


def test_fill_writes_the_multiple_and_review_agrees_with_it(office):
    workspace, _ = office
    workspace.templates_dir.mkdir(exist_ok=True)
    (workspace.templates_dir / "serious-violence.j2").write_text(
        "{# The knife offence rate as a multiple of the national rate. #}\n"
        "{% macro knife_times_national() %}\n"
        "In {{ period }} the rate of knife offences in {{ place }} was "
        "{{ national_ratio('knife_offences', per=100000) | decimal }} times the national rate.\n"
        "{% endmacro %}\n", encoding="utf-8")
    [filled] = [s for s in workspace.fill("serious-violence", "2022", FORCE).sentences
                if s.template.endswith("/knife_times_national")]
    assert filled.text == f"In 2022 the rate of knife offences in the West Midlands was {_ratio(FORCE, '2022'):.1f} " \
                          "times the national rate."
    _, findings = _review(office, filled.text)
    assert findings == []


def _rolled(workspace, root, sentence: str):
    path = root / "west-midlands-2023-03.txt"
    path.write_text(HEADER + "The West Midlands recorded 4,944 knife offences in 2022.\n\n" + sentence + "\n",
                    encoding="utf-8")
    workspace.add_statements([path], force=FORCE)
    draft = workspace.new_draft(from_statement=max(s.id for s in workspace.list_statements()))
    return next(p for s in draft.sections for p in s.paragraphs if "national" in p.text)


def test_copy_forward_works_the_multiple_out_for_the_next_year(office):
    workspace, root = office
    paragraph = _rolled(workspace, root, f"In 2022 the knife crime rate in the West Midlands was "
                                         f"{_ratio(FORCE, '2022'):.1f} times the national rate, nearly double it.")
    assert paragraph.text == (f"In 2023 the knife crime rate in the West Midlands was {_ratio(FORCE, '2023'):.1f} "
                              "times the national rate, nearly double it.")
    assert paragraph.origin.not_rolled == []


def test_copy_forward_names_a_multiple_in_words_that_no_longer_holds(tmp_path):
    with (tmp_path / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2022", "2023"), measures=MEASURES,
                                         values={(FORCE, "knife_offences", "2023"): 3_000}))
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        paragraph = _rolled(workspace, tmp_path, "In 2022 the knife crime rate in the West Midlands was nearly "
                                                 "double the national average.")
    [left] = [left for left in paragraph.origin.not_rolled if left["text"] == "nearly double the national average"]
    assert left["reason"].startswith("no longer holds for 2023: the figures give 1.")
