"""A rank claim when a national table withholds one force's figure ("[c]"):
wrong when no place the force could hold makes it true, verified when every
place does, else unverified with the places the other forces' figures allow,
where every such claim was unverified for want of the one figure.

The figures are made up (tests/all_forces.py); Dorset's knife offences for
2022 are withheld. Among the 42 others Lancashire has the 27th highest count
(1,140) and the 8th highest rate (118.0 per 100,000), so of the 43 it is
27th or 28th, and 8th or 9th."""

from __future__ import annotations

import csv

import all_forces
import pytest

import drafter

STATEMENT = """\
# Lancashire Police and Crime Commissioner
## Statement on the National Policing Priorities, 2022

## Reduce serious violence

1. In 2022 Lancashire recorded the 18th highest number of knife offences of the 43 forces.

2. In 2022 Lancashire recorded the 28th highest number of knife offences of the 43 forces.

3. In 2022 Lancashire's rate of knife offences per 100,000 was in the top ten of the 43 forces.

4. In 2022 Lancashire's rate of knife offences per 100,000 was in the top five of the 43 forces.

5. In 2022 Lancashire was ranked 18th of the 43 forces for knife offences, up 2 places from 20th in 2021.
"""


@pytest.fixture(scope="module")
def ranks(tmp_path_factory):
    folder = tmp_path_factory.mktemp("withheld")
    with (folder / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(all_forces.rows(("2021", "2022"), values={("Dorset", "knife_offences", "2022"): None}))
    (folder / "lancashire-2022.md").write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(folder / "ws", seed=False) as opened:
        opened.import_figures(folder / "figures.csv")
        report = opened.review(folder / "lancashire-2022.md", area="Lancashire", period="2022")
    return {claim.text: claim for claim in report.ranks}, report


def test_a_place_none_of_the_places_it_could_hold_makes_true_is_wrong(ranks):
    claims, report = ranks
    wrong = claims["18th highest"]
    assert wrong.status == "wrong"
    assert wrong.reason.startswith("wherever the forces without figures stand (Dorset), Lancashire is between the "
                                   "27th highest and the 28th highest of 43 for knife_offences in 2022, not 18th "
                                   "highest")
    assert claims["in the top five"].status == "wrong"
    assert claims["ranked 18th"].status == "wrong"
    assert sum(f.kind == "wrong-rank" for f in report.findings) == 3


def test_a_claim_every_place_it_could_hold_makes_true_is_verified(ranks):
    claims, _ = ranks
    assert claims["in the top ten"].status == "verified"
    assert "holds wherever the forces without figures stand (Dorset)" in claims["in the top ten"].reason


def test_a_place_the_withheld_figure_decides_is_left_unverified_with_the_places_allowed(ranks):
    claims, _ = ranks
    open_claim = claims["28th highest"]
    assert open_claim.status == "unverifiable"
    assert open_claim.reason == ("needs every force's figures: no knife_offences for Dorset in 2022; by the others' "
                                 "figures Lancashire is between the 27th highest and the 28th highest of 43")
