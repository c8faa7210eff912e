"""The desk's Figures pane ("Beside every force") gives a place from the nearer
end, as the filled sentence beside it does: "joint lowest of 43 forces", where it
said "joint 40th highest" next to a sentence saying "the joint lowest rate"."""

from __future__ import annotations

import all_forces

NONE_AT_THE_FOOT = {(force, "homicides", "2022"): 0
                    for force in ("Warwickshire", "Bedfordshire", "City of London", "South Wales")}


def test_the_comparison_and_the_sentence_give_the_same_place(empty_workspace, tmp_path):
    all_forces.import_all(empty_workspace, tmp_path, values=NONE_AT_THE_FOOT)
    [homicides] = empty_workspace.national_comparisons("2022", ["homicides"], area="Warwickshire")
    assert homicides.describe().startswith("0.0 per million · joint lowest of 43 forces · England and Wales ")
    sentence = empty_workspace.render_template("homicide/rate_rank", "2022", "Warwickshire").text
    assert sentence.startswith("Warwickshire had the joint lowest rate of homicide of the 43 forces")
    assert homicides.rank.standing.describe() == "joint 40th highest of 43 forces"  # as review's reasons count
