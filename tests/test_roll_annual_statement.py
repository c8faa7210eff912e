"""An annual statement ("Annual Statement … 2024/25", "This statement covers
the financial year April 2024 to March 2025") quoting the year's last quarter
beside the year is copied forward a year on, to the next financial year and
the meeting a year after, where its quarter made it a quarterly statement and
it was rolled a quarter ("the final quarter of the year (April to June 2025)").

The statements and figures are written for the project (the force is real,
its figures invented; the quarters add up to their years).
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value
Lancashire,knife_offences,2025-Q1,313
Lancashire,knife_offences,2025-Q2,288
Lancashire,knife_offences,2026-Q1,291
Lancashire,knife_offences,2023/24,1268
Lancashire,knife_offences,2024/25,1231
Lancashire,knife_offences,2025/26,1199
"""

BODY = ("Reduce serious violence\n\n"
        "2. There were 1,231 knife offences in 2024/25, 2.9% fewer than in 2023/24.\n"
        "3. In the final quarter of the year (January to March 2025) there were 313 knife offences.\n")
TITLED = ("Lancashire Police and Crime Panel\n\n30 June 2025\n\n"
          "Title: Annual Statement on the National Policing Priorities 2024/25\n\n"
          "Introduction\n\n1. The Commissioner publishes this statement once a year.\n\n" + BODY)
COVERING = ("Lancashire Police and Crime Panel\n\n28 July 2025\n\n"
            "Title: Statement on the National Policing Priorities\n\nIntroduction\n\n"
            "1. This statement covers the financial year April 2024 to March 2025.\n\n" + BODY)


@pytest.fixture(scope="module")
def lancashire(tmp_path_factory):
    folder = tmp_path_factory.mktemp("annual")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    for name, text in (("titled.txt", TITLED), ("covering.txt", COVERING)):
        (folder / name).write_text(text, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        workspace.add_statements([folder / "titled.txt", folder / "covering.txt"], force="Lancashire")
        ids = {s.file: s.id for s in workspace.list_statements()}
        yield workspace, ids


def _texts(draft, key):
    return [p.text for p in draft.section(key).paragraphs]


def test_an_annual_statement_by_its_title_is_copied_a_year_on(lancashire):
    workspace, ids = lancashire
    draft = workspace.new_draft(from_statement=ids["titled.txt"])
    assert (draft.period, draft.date) == ("2025/26", "2026-06")
    assert draft.title == "Annual Statement on the National Policing Priorities 2025/26"
    assert _texts(draft, "serious-violence") == [
        "There were 1,199 knife offences in 2025/26, 2.6% fewer than in 2024/25.",
        "In the final quarter of the year (January to March 2026) there were 291 knife offences."]


def test_a_statement_saying_it_covers_a_financial_year_is_copied_a_year_on(lancashire):
    workspace, ids = lancashire
    draft = workspace.new_draft(from_statement=ids["covering.txt"])
    assert (draft.period, draft.date) == ("2025/26", "2026-07")
    assert _texts(draft, "introduction") == ["This statement covers the financial year April 2025 to March 2026."]


def test_an_annual_statement_kept_as_copied_is_for_the_next_year(lancashire):
    workspace, ids = lancashire
    draft = workspace.new_draft(from_statement=ids["titled.txt"], roll=False)
    assert (draft.period, draft.date) == ("2025/26", "2026-06")
