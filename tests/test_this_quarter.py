"""A number said of "this quarter" ("from nine in July to September 2025 to
six this quarter") is the statement's quarter's: review checks it, and the
number it is compared with, against those quarters' figures; copy forward
moves both and turns the verb when the figures now go the other way.

The figures are invented for Cumbria.
"""

from __future__ import annotations

import pytest

import drafter

_SERIES = {"county_lines_closed": {"2025-Q3": 9, "2025-Q4": 7, "2026-Q3": 6, "2026-Q4": 8},
           "homicides": {"2025-Q3": 3, "2025-Q4": 1, "2026-Q3": 2, "2026-Q4": 2},
           "neighbourhood_crime": {"2025-Q3": 1905, "2025-Q4": 1950, "2026-Q3": 1840, "2026-Q4": 1700}}
FIGURES = "area,measure,period,value\n" + "".join(
    f"Cumbria,{measure},{period},{value}\n" for measure, series in _SERIES.items() for period, value in series.items())

HEADER = """\
Cumbria Police and Crime Panel

November 2026

National Policing Priorities: the Commissioner's statement for July to September 2026

Reduce murder and other homicides

"""


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    root = tmp_path_factory.mktemp("cumbria")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(root / "figures.csv")
        yield workspace, root


def _review(office, *paragraphs: str):
    workspace, root = office
    path = root / "cumbria-2026-q3.txt"
    path.write_text(HEADER + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return workspace.review(path, area="Cumbria")


def _numbers(report) -> dict[str, tuple[str, str | None]]:
    return {n["text"]: (n["status"], n["period"]) for n in report.to_dict()["figures"]
            if n["status"] != "not-a-figure"}


def _about_figures(report) -> list[str]:
    return [f"{f.kind}: {f.message}" for f in report.findings
            if f.kind in ("wrong-figure", "stale-figure", "arithmetic", "unverified-figure", "direction")]


def test_both_numbers_of_a_change_to_this_quarter_are_checked_for_their_quarters(office):
    report = _review(office, "County lines closures fell from nine in July to September 2025 to six this quarter.",
                     "Homicides fell from three in July to September 2025 to two this quarter.")
    assert _about_figures(report) == []
    numbers = _numbers(report)
    assert numbers["nine"] == ("verified", "2025-Q3")
    assert numbers["six"] == ("verified", "2026-Q3")
    assert numbers["three"] == ("verified", "2025-Q3")
    assert numbers["two"] == ("verified", "2026-Q3")


def test_a_wrong_number_compared_with_this_quarter_is_called_wrong(office):
    report = _review(office, "County lines closures fell from eight in July to September 2025 to six this quarter.")
    [finding] = _about_figures(report)
    assert finding.startswith("wrong-figure: eight county lines closures in 2025-Q3: the figures give 9 for Cumbria")


def test_a_year_earlier_count_listed_before_this_quarter_s_is_not_stale(office):
    report = _review(office, "Officers closed 9 county lines in July to September 2025 and 6 this quarter.")
    assert _about_figures(report) == []
    assert _numbers(report)["6"] == ("verified", "2026-Q3")


def test_copy_forward_moves_both_numbers_and_turns_the_verb(office):
    workspace, root = office
    path = root / "cumbria-2026-q3-corpus.txt"
    path.write_text(HEADER + "Homicides fell from three in July to September 2025 to two this quarter.\n\n"
                    "Neighbourhood crime fell from 1,905 in July to September 2025 to 1,840 this quarter.\n",
                    encoding="utf-8")
    workspace.add_statements([path], force="Cumbria")
    statement_id = max(statement.id for statement in workspace.list_statements())
    draft = workspace.new_draft(from_statement=statement_id)
    workspace.save_draft(draft)
    texts = [p.text for s in draft.sections for p in s.paragraphs]
    assert "Homicides rose from one in October to December 2025 to two this quarter." in texts
    assert "Neighbourhood crime fell from 1,950 in October to December 2025 to 1,700 this quarter." in texts
    assert _about_figures(workspace.review(draft.id)) == []
