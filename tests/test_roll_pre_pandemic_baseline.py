"""A change measured from the last year before the pandemic ("Compared with
the year ending March 2020, before the pandemic, knife offences are 1.6%
lower", "the pre-pandemic year 2019/20") is still measured from it once
copied forward, where the baseline moved a year with the statement, to the
year ending March 2021, a pandemic year called "before the pandemic".

The statement and figures are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import drafter
from drafter.claims.baselines import fixed_bases
from drafter.figures.periods import Period

FIGURES = """\
area,measure,period,value
Lancashire,knife_offences,2019/20,1251
Lancashire,knife_offences,2020/21,1050
Lancashire,knife_offences,2024/25,1231
Lancashire,knife_offences,2025/26,1199
Lancashire,drug_trafficking_offences,2019/20,1134
Lancashire,drug_trafficking_offences,2020/21,838
Lancashire,drug_trafficking_offences,2024/25,1024
Lancashire,drug_trafficking_offences,2025/26,1027
"""

STATEMENT = """\
Lancashire Police and Crime Panel

30 June 2025

Title: Annual Statement on the National Policing Priorities 2024/25

Reduce serious violence

1. There were 1,231 knife offences in 2024/25. Compared with the year ending March 2020, before the pandemic, \
knife offences are 1.6% lower.

Disrupt drugs supply and county lines

2. The force recorded 1,024 drug trafficking offences in 2024/25, 9.7% fewer than in the pre-pandemic year 2019/20.
"""


def test_a_change_from_the_year_before_the_pandemic_keeps_its_baseline(tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    (tmp_path / "lancashire.txt").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        workspace.add_statements([tmp_path / "lancashire.txt"], force="Lancashire")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    assert draft.period == "2025/26"
    [knives] = draft.section("serious-violence").paragraphs
    assert knives.text == ("There were 1,199 knife offences in 2025/26. Compared with the year ending March 2020, "
                           "before the pandemic, knife offences are 4.2% lower.")
    [drugs] = draft.section("drugs-county-lines").paragraphs
    assert drugs.text == ("The force recorded 1,027 drug trafficking offences in 2025/26, 9.4% fewer than in the "
                          "pre-pandemic year 2019/20.")


def test_only_a_period_over_before_the_pandemic_is_a_fixed_baseline():
    assert fixed_bases("compared with 2019/20 (pre-Covid)") == {Period.parse("2019/20")}
    assert fixed_bases("compared with 2020/21, the first year after the pandemic began") == set()
    assert fixed_bases("Compared with 2021/22, before the pandemic ended") == set()
    assert fixed_bases("9.7% fewer than in 2019/20") == set()
