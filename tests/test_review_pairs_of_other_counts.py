"""A change is never worked out between two counts of different things:
"Officers recorded 329 drug trafficking offences in January to March 2026,
10.0% more than a year earlier, and closed 13 county lines" gave "10.0% does
not follow from 329 and 13 … +2430.8%" where no figures named county lines
(and where none named either count).

The figures are invented for Northumbria.
"""

from __future__ import annotations

import pytest

SENTENCE = ("Officers recorded 329 drug trafficking offences in January to March 2026, {change} more than a year "
            "earlier, and closed 13 county lines.")
HEADER = """Northumbria Police and Crime Panel

May 2026

National Policing Priorities: the Commissioner's statement for January to March 2026

Disrupt drugs supply and county lines

"""


@pytest.mark.parametrize("figures", ["", "Northumbria,drug_trafficking_offences,2025-Q1,299\n"
                                         "Northumbria,drug_trafficking_offences,2026-Q1,329\n"])
def test_a_change_is_not_worked_out_against_a_count_of_something_else(empty_workspace, tmp_path, figures):
    (tmp_path / "figures.csv").write_text("area,measure,period,value\nNorthumbria,homicides,2026-Q1,2\n" + figures,
                                          encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "northumbria-2026-05.txt"
    path.write_text(HEADER + SENTENCE.format(change="10.0%") + "\n", encoding="utf-8")
    report = empty_workspace.review(str(path), area="Northumbria")
    assert [f.message for f in report.findings if f.kind in ("arithmetic", "direction")] == []
    if figures:  # 299 to 329 is 10.0%: the change holds, worked out from the stored figures
        assert {m.text: m.status for m in report.figures if m.is_figure}["10.0%"] == "verified"
