"""A count of something else in a sentence whose period the roll moved
("closed 12 county lines in April to June 2026 and safeguarded 23 children")
now says the new quarter's and is last quarter's: it is left for the writer,
where the draft said "9 figures rolled forward, 0 left for you" with the
23 children kept unremarked. A count of something else in a sentence whose
period did not move is still not listed.

Lancashire's figures and statement here are written for the project (the
force is real, its text and figures invented).
"""

from __future__ import annotations

FIGURES = """area,measure,period,value
Lancashire,county_lines_closed,2025-Q2,9
Lancashire,county_lines_closed,2026-Q2,12
Lancashire,county_lines_closed,2025-Q3,10
Lancashire,county_lines_closed,2026-Q3,14
"""
PAGE = """# National Policing Priorities – Lancashire PCC statement, June 2026

Published July 2026

## Disrupt drugs supply and county lines

Operation Warrior officers closed 12 county lines in April to June 2026 and safeguarded 23 children found running drugs for them.

Since the team was set up, its officers have trained 610 people in spotting exploitation.
"""


def test_a_count_dated_by_a_moved_period_is_left_for_the_writer(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "lancashire-2026-06.md").write_text(PAGE, encoding="utf-8")
    [added] = empty_workspace.add_statements([tmp_path / "lancashire-2026-06.md"], force="Lancashire").added
    draft = empty_workspace.new_draft(from_statement=added["id"], period="2026-Q3")
    lines, trained = [p for p in draft.section("drugs-county-lines").paragraphs if p.text]
    assert lines.text.startswith("Operation Warrior officers closed 14 county lines in July to September 2026 "
                                 "and safeguarded 23 children")
    assert [(left["text"], left["reason"]) for left in lines.origin.not_rolled] == [
        ("23", "counts children in a sentence now dated 2026-Q3, as last quarter's words gave it: "
               "check it for 2026-Q3")]
    assert trained.origin.not_rolled == []
