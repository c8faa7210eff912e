"""A bullet gives a count's change on the previous quarter: "Residential
burglary fell by 11 on the previous quarter to 220." Copy forward turned the
verb by the change on a year earlier (220 was up on 212 a year before, 187 is
down on 198) and wrote "rose by 11 … to 187", a sentence its own review calls
wrong twice. The verb and the count now follow the change on the quarter
before, as review reads the sentence.

The statement and figures are written for these tests.
"""

from __future__ import annotations

import pytest

STATEMENT = """\
# National Policing Priorities: January to March 2026

Published 21 May 2026

This update from the Cumbria Police, Fire and Crime Commissioner covers January to March 2026.

## Reduce neighbourhood crime

- {bullet}
"""


def _figures(april_to_june: int) -> str:
    rows = {"2025-Q1": 212, "2025-Q2": 198, "2025-Q4": 231, "2026-Q1": 220, "2026-Q2": april_to_june}
    return "area,measure,period,value\n" + "".join(
        f"Cumbria,residential_burglary,{period},{value}\n" for period, value in rows.items())


@pytest.mark.parametrize("bullet, april_to_june, rolled", [
    ("Residential burglary fell by 11 on the previous quarter to 220.", 187,
     "Residential burglary fell by 33 on the previous quarter to 187."),
    ("Residential burglary fell by 11 on the previous quarter to 220.", 240,
     "Residential burglary rose by 20 on the previous quarter to 240."),
    ("Residential burglary fell on the previous quarter, to 220.", 187,
     "Residential burglary fell on the previous quarter, to 187."),
])
def test_a_change_on_the_previous_quarter_rolls_on_the_quarter_before(empty_workspace, tmp_path, bullet,
                                                                      april_to_june, rolled):
    (tmp_path / "figures.csv").write_text(_figures(april_to_june), encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "cumbria-2026-05.md").write_text(STATEMENT.format(bullet=bullet), encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "cumbria-2026-05.md"], force="Cumbria")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    (paragraph,) = draft.section("neighbourhood-crime").paragraphs
    assert paragraph.text == rolled
    assert paragraph.origin.not_rolled == []
    report = empty_workspace.review(draft.id)
    assert not [f for f in report.findings if f.kind in ("arithmetic", "direction")]
