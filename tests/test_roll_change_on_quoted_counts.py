"""Roll forward works out again a change that is said of the two counts
quoted beside it ("rose to 160, up from 139 in the previous quarter, a rise
of 15.1%", "a decrease of 6.9% on the previous quarter (131)"): when the
counts move on a quarter, the percentage is the change between the new ones,
its direction word turned with it, and review finds no arithmetic error in
the draft. It had kept the old percentage beside the new counts and turned
only the word ("137 …, an increase of 6.9% on the previous quarter (122)",
where 122 to 137 is +12.3%).

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Gwent,knife_offences,2025-Q4,131,
Gwent,knife_offences,2026-Q1,122,
Gwent,knife_offences,2026-Q2,137,
Gwent,drug_trafficking_offences,2025-Q4,139,
Gwent,drug_trafficking_offences,2026-Q1,160,
Gwent,drug_trafficking_offences,2026-Q2,171,
Gwent,county_lines_closed,2025-Q4,6,
Gwent,county_lines_closed,2026-Q1,11,
Gwent,county_lines_closed,2026-Q2,8,
"""

STATEMENT = """\
# Police and Crime Commissioner for Gwent: National Crime and Policing Measures, January to March 2026

Published April 2026

## Reduce serious violence

{violence}

## Disrupt drugs supply and county lines

{drugs}
"""


@pytest.mark.parametrize("violence, drugs, rolled_violence, rolled_drugs", [
    ("Gwent Police recorded 122 knife and sharp instrument offences in January to March 2026, a decrease "
     "of 6.9% on the previous quarter (131).",
     "Drug trafficking offences rose to 160 in January to March 2026, up from 139 in the previous quarter, "
     "a rise of 15.1%. The force closed 11 county lines, against 6 in October to December 2025.",
     "Gwent Police recorded 137 knife and sharp instrument offences in April to June 2026, an increase "
     "of 12.3% on the previous quarter (122).",
     "Drug trafficking offences rose to 171 in April to June 2026, up from 160 in the previous quarter, "
     "a rise of 6.9%. The force closed 8 county lines, against 11 in January to March 2026."),
    ("There were 122 knife offences in January to March 2026, 6.9% fewer than the 131 in October to "
     "December 2025.",
     "Drug trafficking offences numbered 160 in January to March 2026 compared with 139 in October to "
     "December 2025 (+15.1%).",
     "There were 137 knife offences in April to June 2026, 12.3% more than the 122 in January to "
     "March 2026.",
     "Drug trafficking offences numbered 171 in April to June 2026 compared with 160 in January to "
     "March 2026 (+6.9%)."),
])
def test_a_change_between_quoted_counts_is_worked_out_again(empty_workspace, tmp_path, violence, drugs,
                                                           rolled_violence, rolled_drugs):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "gwent.csv")
    path = tmp_path / "gwent-2026-q1.md"
    path.write_text(STATEMENT.format(violence=violence, drugs=drugs), encoding="utf-8")
    empty_workspace.add_statements([path], force="Gwent")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    assert draft.period == "2026-Q2"
    [knife] = draft.section("serious-violence").paragraphs
    [drugs_paragraph] = draft.section("drugs-county-lines").paragraphs
    assert knife.text == rolled_violence
    assert drugs_paragraph.text == rolled_drugs
    assert not [left for p in (knife, drugs_paragraph) for left in p.origin.not_rolled if "%" in left["text"]]
    report = empty_workspace.review(draft.id)
    assert not [f for f in report.findings if f.kind in ("arithmetic", "direction", "wrong-figure")]


def test_a_percentage_two_pairs_could_give_is_left_for_the_writer(empty_workspace, tmp_path):
    """A percentage that is no stored change and that the sentence's counts do
    not give is still kept as written and named."""
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "gwent.csv")
    path = tmp_path / "gwent-2026-q1.md"
    path.write_text(STATEMENT.format(
        violence="Gwent Police recorded 122 knife offences in January to March 2026, 40% of them in Newport.",
        drugs="Drug trafficking offences rose to 160 in January to March 2026."), encoding="utf-8")
    empty_workspace.add_statements([path], force="Gwent")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    [knife] = draft.section("serious-violence").paragraphs
    assert knife.text.startswith("Gwent Police recorded 137 knife offences in April to June 2026, 40% of them")
