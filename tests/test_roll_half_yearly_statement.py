"""A half-yearly statement ("Half-Year Statement …: Quarters 3 and 4 of
2025/26", published "twice a year") is copied forward half a year on, to the
meeting six months later, its half-year words moved with it ("Quarters 1 and
2 of 2026/27", "the first half of the financial year, April 2026 to September
2026", "the twelve months to 30 September 2026"), where it was moved a
quarter like a quarterly statement ("the twelve months to 30 June 2026",
"Quarter 1 (April to June 2026) … against 287 in Quarter 4") and its half
year left as it was. A half year dating a count that cannot move stays
beside it, the count named for the writer.

The statement and figures are written for the project (the force is real,
its figures invented; the quarters add up to their years).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.drafts.roll_half_years import half_years_moved
from drafter.figures.periods import Period

FIGURES = """\
area,measure,period,value
Northumbria,knife_offences,2025-Q4,285
Northumbria,knife_offences,2026-Q1,287
Northumbria,knife_offences,2026-Q2,256
Northumbria,knife_offences,2026-Q3,274
Northumbria,knife_offences,2025/26,1138
Northumbria,knife_offences,YE2026-09,1102
Northumbria,homicides,2025/26,17
Northumbria,homicides,YE2026-09,16
"""

STATEMENT = """\
Northumbria Police and Crime Panel

19 May 2026

Title: Half-Year Statement on the National Policing Priorities: Quarters 3 and 4 of 2025/26

Introduction

1. The Commissioner publishes this statement twice a year. This statement covers the second half of the \
financial year, October 2025 to March 2026, and gives the twelve months to 31 March 2026 for context.

Reduce murder and other homicide

2. In Quarters 3 and 4 of 2025/26 there were 8 homicides in Northumbria.

Reduce serious violence

3. In Quarter 4 (January to March 2026) there were 287 knife offences, against 285 in Quarter 3. In the twelve \
months to 31 March 2026 there were 1,138.

Reporting frequency

4. The next half-year statement, covering Quarters 1 and 2 of 2026/27, will be presented to the Panel in \
November 2026.
"""


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    folder = tmp_path_factory.mktemp("half-yearly")
    (folder / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (folder / "northumbria.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        workspace.add_statements([folder / "northumbria.txt"], force="Northumbria")
        yield workspace.new_draft(from_statement=workspace.list_statements()[0].id)


def _text(draft, key):
    [paragraph] = draft.section(key).paragraphs
    return paragraph


def test_a_half_yearly_statement_is_copied_six_months_on(draft):
    assert (draft.period, draft.date) == ("2026-Q3", "2026-11")
    assert draft.title == "Half-Year Statement on the National Policing Priorities: Quarters 1 and 2 of 2026/27"
    assert _text(draft, "introduction").text == (
        "The Commissioner publishes this statement twice a year. This statement covers the first half of the "
        "financial year, April 2026 to September 2026, and gives the twelve months to 30 September 2026 for context.")
    assert _text(draft, "serious-violence").text == (
        "In Quarter 2 (July to September 2026) there were 274 knife offences, against 256 in Quarter 1. In the "
        "twelve months to 30 September 2026 there were 1,102.")
    assert _text(draft, "closing").text == (
        "The next half-year statement, covering Quarters 3 and 4 of 2026/27, will be presented to the Panel in "
        "November 2026.")


def test_a_half_year_dating_a_count_kept_as_written_stays_beside_it(draft):
    homicides = _text(draft, "homicide")
    assert homicides.text == "In Quarters 3 and 4 of 2025/26 there were 8 homicides in Northumbria."
    assert [left["text"] for left in homicides.origin.not_rolled] == ["8"]


@pytest.mark.parametrize("words, moved", [
    ("the first half of 2026/27", "the second half of 2026/27"),
    ("the second half of 2025/26", "the first half of 2026/27"),
    ("H2 2025-26", "H1 2026-27"),
    ("Q3-Q4 2025/26", "Q1-Q2 2026/27"),
    ("the six months to 31 March 2026", "the six months to 30 September 2026"),
    ("the same half of 2024/25", "the same half of 2025/26"),
])
def test_half_a_year_six_months_on(words, moved):
    [(start, end, new)] = half_years_moved(words, Period.parse("2026-Q1"), Period.parse("2026-Q3"))
    assert words[:start] + new + words[end:] == moved


# The quarters of each half add up to it, and four quarters to their years (2025/26: 17; the twelve
# months to September 2026: 17).
QUARTERLY_HOMICIDES = FIGURES.replace("Northumbria,homicides,YE2026-09,16", "Northumbria,homicides,YE2026-09,17") + """\
Northumbria,homicides,2025-Q2,5
Northumbria,homicides,2025-Q3,4
Northumbria,homicides,2025-Q4,4
Northumbria,homicides,2026-Q1,4
Northumbria,homicides,2026-Q2,4
Northumbria,homicides,2026-Q3,5
"""


@pytest.fixture(scope="module")
def quarterly(tmp_path_factory):
    folder = tmp_path_factory.mktemp("half-yearly-quarters")
    (folder / "figures.csv").write_text(QUARTERLY_HOMICIDES, encoding="utf-8")
    (folder / "northumbria.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as workspace:
        workspace.import_figures(folder / "figures.csv")
        workspace.add_statements([folder / "northumbria.txt"], force="Northumbria")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
        workspace.save_draft(draft)
        yield draft, workspace.review(draft.id, area="Northumbria").to_dict()


def test_a_half_years_count_moves_to_the_next_halfs_quarters_added_up_with_its_words(quarterly):
    draft, _ = quarterly
    homicides = _text(draft, "homicide")
    assert homicides.text == "In Quarters 1 and 2 of 2026/27 there were 9 homicides in Northumbria."
    assert homicides.origin.not_rolled == []
    [moved] = homicides.origin.rolled
    assert (moved["old"], moved["new"], moved["from_period"], moved["to_period"]) == (
        "8", "9", "2025-Q4 + 2026-Q1", "2026-Q2 + 2026-Q3")


def test_the_moved_half_years_count_is_one_its_review_verifies(quarterly):
    _, review = quarterly
    [nine] = [n for n in review["figures"] if n["text"] == "9"]
    assert nine["status"] == "verified"
    assert not [f for f in review["findings"] if f["kind"] in ("wrong-figure", "stale-figure")]
