"""What copy forward says of what it leaves for the writer, in words a writer can act on.

Seen on a Hertfordshire-style statement for October to December: "Year to
date (April to December 2025), 558 knife offences" was left with "a quarter
on they are 'July to March 2026'" (a total to date runs on from April), and
its count as matching no stored figure; "In the financial year to date there
have been 3,616" was named "a total 'financial year to date there have'"; and
a claim to check was quoted from the middle of "30th" ("th highest of the").

The statement is written for the project; the figures are made up.
"""

from __future__ import annotations

FIGURES = """\
area,measure,period,value,unit
Cumbria,knife_offences,2024-Q4,152,
Cumbria,knife_offences,2025-Q1,172,
Cumbria,knife_offences,2025-Q4,200,
Cumbria,knife_offences,2026-Q1,187,
Cumbria,residential_burglary,2025-Q4,811,
Cumbria,residential_burglary,2026-Q1,974,
"""

STATEMENT = """\
Cumbria Police and Crime Panel

February 2026

Title: National Policing Priorities – Cumbria Police and Crime Commissioner Statement

This statement covers October to December 2025.

Reduce serious violence

1. There were 200 knife or sharp instrument offences in October to December 2025.

2. Year to date (April to December 2025), 558 knife or sharp instrument offences have been recorded.

Reduce neighbourhood crime

3. In the financial year to date there have been 3,616 residential burglaries.

4. There were 811 residential burglaries in October to December 2025, the highest quarterly figure since 2019.
"""


def test_what_is_left_is_named_in_words_the_writer_can_act_on(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "cumbria-2026-02.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([path], force="Cumbria")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    left = {entry["text"]: entry["reason"] for s in draft.sections for p in s.paragraphs
            for entry in p.origin.not_rolled}
    assert left["558"] == ("a total 'Year to date', not one period's figure: kept as written, give its total to the "
                           "end of 2026-Q1")
    assert left["April to December 2025"] == ("names the months of a total to date: a quarter on they are "
                                              "'April 2025 to March 2026'; update them with the total")
    assert left["3,616"].startswith("a total 'financial year to date', not one period's figure")
    assert left["the highest quarterly figure since"] == ("'highest' may no longer hold with the new figures: "
                                                         "check the claim")


def test_a_claim_is_quoted_from_a_whole_word():
    from drafter.drafts.roll_directions import quote_around

    text = "Its rate was 89.0 per 100,000 in the year ending June 2026, the 30th highest of the 43 forces."
    at = text.index("highest")
    assert quote_around(text, at, at + len("highest")) == "highest of the"
