"""A column titled by a year's end with the year in two digits ("Year ending
Mar 26", "12 months to Jun-26") is read as the year ending that month, as "YE
Mar 26" already was; it was named as "naming no period drafter reads" and
its figures left out.

The Gwent pack here is written for the project (the force is real, its
figures invented).
"""

from __future__ import annotations

import pytest

import drafter

PACK = """\
Gwent Police: quarterly performance summary,,
,,
Measure,{first},{second}
Homicides,10,9
Knife crime,402,411
"""


@pytest.mark.parametrize("first, second", [("Year ending Mar 26", "Year ending Jun 26"),
                                           ("12 months to Mar-26", "12 months to Jun-26")])
def test_a_year_ending_with_a_two_digit_year_is_read(tmp_path, first, second):
    pack = tmp_path / "gwent-pack.csv"
    pack.write_text(PACK.format(first=first, second=second), encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(pack)
        stored = {(f.measure, str(f.period)): f.value for f in workspace.list_figures(area="Gwent")}
    assert stored == {("homicides", "2025/26"): 10, ("homicides", "YE2026-06"): 9,
                      ("knife_offences", "2025/26"): 402, ("knife_offences", "YE2026-06"): 411}
