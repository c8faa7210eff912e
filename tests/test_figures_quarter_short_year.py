"""A force's performance pack titling its columns by the financial year's
quarter with the year in two digits ("Q4 25/26", "25/26 Q4", "Q1 26-27") is
read as "Q4 2025/26" is, January to March 2026; the whole pack was refused
as "not a figures file".

The Gwent pack here is written for the project (the force is real, its
figures invented).
"""

from __future__ import annotations

import pytest

import drafter
from drafter.figures.periods import Period

PACK = """\
Gwent Police: quarterly performance summary,,,
"Source: Gwent Police Performance and Insight Team, provisional",,,
,,,
Measure,{titles}
Homicides [note 1],4,2,1
Victim satisfaction (%)¹,72.4,71.8,73.9
,,,
[note 1] Homicides are recorded when the offence is confirmed.,,,
¹ Survey of victims of crime.,,,
"""


@pytest.mark.parametrize("titles", ["Q3 25/26,Q4 25/26,Q1 26/27", "25/26 Q3,25/26 Q4,26/27 Q1",
                                    "Q3 25-26,Q4 25-26,Q1 26-27"])
def test_quarters_of_a_two_digit_financial_year_are_read(tmp_path, titles):
    pack = tmp_path / "gwent-pack.csv"
    pack.write_text(PACK.format(titles=titles), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(pack)
        stored = {(f.measure, str(f.period)): f.value for f in workspace.list_figures(area="Gwent")}
    assert stored == {("homicides", "2025-Q4"): 4, ("homicides", "2026-Q1"): 2, ("homicides", "2026-Q2"): 1,
                      ("victim_satisfaction", "2025-Q4"): 72.4, ("victim_satisfaction", "2026-Q1"): 71.8,
                      ("victim_satisfaction", "2026-Q2"): 73.9}


def test_a_two_digit_pair_alone_is_still_no_period():
    from drafter.figures.title_periods import take_title_period

    assert take_title_period("Calls 22/23")[1] is None
    assert take_title_period("Q4 25/26")[1] == Period.parse("2026-Q1")
