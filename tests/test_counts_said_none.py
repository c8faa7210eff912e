"""A count said in words to be nothing, "There were no homicides …",
"recorded no firearms offences": review holds it to the figures, and copy
forward never carries it into a quarter whose figures say otherwise."""

from __future__ import annotations

import pytest

import drafter

FIGURES = "area,measure,period,value\n" + "".join(
    f"Testshire,homicides,{period},{homicides}\nTestshire,knife_offences,{period},{knives}\n"
    for period, homicides, knives in [("2025-Q1", 0, 120), ("2025-Q2", 2, 131), ("2025-Q3", 0, 118)])

STATEMENT = """Testshire Police and Crime Panel

National Policing Priorities: quarterly statement, {month} 2025

Reduce murder and other homicide

1. There were no homicides in Testshire between {quarter} 2025, and {knives} knife offences.

2. No homicides were recorded in the quarter.

3. {homicides} homicides were recorded in the year so far, compared with no homicides in the same quarter last year, and there is no evidence of gang involvement.

4. Merseyside recorded no homicides between {quarter} 2025, and the force no longer runs the old scheme.
"""


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    folder = tmp_path_factory.mktemp("said-none")
    (folder / "testshire.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "testshire.csv")
        yield workspace, folder


def _statement(folder, name: str, month: str, quarter: str, knives: int, homicides: str) -> str:
    path = folder / name
    path.write_text(STATEMENT.format(month=month, quarter=quarter, knives=knives, homicides=homicides),
                    encoding="utf-8")
    return str(path)


def _wrong(report) -> list[str]:
    return [f.message for f in report.findings if f.kind == "wrong-figure"]


def test_none_said_of_a_quarter_with_homicides_is_a_wrong_figure(office):
    workspace, folder = office
    report = workspace.review(_statement(folder, "april.txt", "July", "April and June", 131, "Two"))
    assert _wrong(report) == ["'no homicides' in 2025-Q2: the figures give 2 homicides for Testshire",
                              "'No homicides' in 2025-Q2: the figures give 2 homicides for Testshire"]


def test_none_said_of_a_quarter_with_none_passes_as_do_comparisons_and_other_forces(office):
    workspace, folder = office
    report = workspace.review(_statement(folder, "january.txt", "April", "January and March", 120, "No"))
    assert _wrong(report) == []


def test_copy_forward_names_a_count_said_to_be_none_that_the_new_quarter_is_not(office):
    workspace, folder = office
    [added] = workspace.add_statements([_statement(folder, "testshire-2025-04.txt", "April", "January and March",
                                                   120, "No")], force="Testshire").added
    draft = workspace.new_draft(from_statement=added["id"])
    assert draft.period == "2025-Q2"
    texts = [p.text for p in draft.section("homicide").paragraphs]
    assert texts[0] == "There were no homicides in Testshire between January and March 2025, and 120 knife offences."
    left = [line for p in draft.section("homicide").paragraphs for line in p.origin.not_rolled or []]
    assert {"text": "no homicides", "reason": "homicides are 2 in 2025-Q2, not none: kept as written, reword it"} in left
    assert {"text": "No homicides", "reason": "homicides are 2 in 2025-Q2, not none: kept as written, reword it"} in left
    reviewed = workspace.review(draft.id)
    assert "'no homicides' in 2025-Q2" not in " ".join(_wrong(reviewed)), "the kept sentence still names its quarter"


def test_a_count_of_none_that_is_still_none_moves_with_its_quarter(office):
    workspace, folder = office
    [added] = workspace.add_statements([_statement(folder, "testshire-2025-10.txt", "October", "July and September",
                                                   118, "No")], force="Testshire").added
    draft = workspace.new_draft(from_statement=added["id"], period="2025-Q1")
    texts = [p.text for p in draft.section("homicide").paragraphs]
    assert texts[0] == "There were no homicides in Testshire between January and March 2025, and 120 knife offences."
