"""A count dated "the same quarter of 2025" is that quarter's, not the
year's: "up from 151 in the same quarter of 2025" was called wrong against
the whole of 2025 (602), "an increase of 13.9% on the same quarter of 2025
(151)" left unverified, and copy forward moved the percentage but kept the
count beside it, so the draft's review found an arithmetic error. The count
is now the figure's quarter in the year named, checked as such and rolled
with its year (into 2026 when the quarter after is January to March).

Staffordshire's figures and statement here are written for the project (the
force is real, its figures invented).
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Staffordshire,drug_trafficking_offences,2024-Q4,139,
Staffordshire,drug_trafficking_offences,2025-Q1,142,
Staffordshire,drug_trafficking_offences,2025-Q2,151,
Staffordshire,drug_trafficking_offences,2025-Q3,160,
Staffordshire,drug_trafficking_offences,2025-Q4,149,
Staffordshire,drug_trafficking_offences,2026-Q1,166,
Staffordshire,drug_trafficking_offences,2026-Q2,172,
Staffordshire,drug_trafficking_offences,2026-Q3,181,
"""

STATEMENT = """\
# Staffordshire Commissioner: statement on the National Policing Priorities, {quarter}

Published {published}

## Disrupt drugs supply and county lines

{text}
"""


@pytest.fixture
def staffordshire(empty_workspace, tmp_path):
    (tmp_path / "staffordshire.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "staffordshire.csv")
    return empty_workspace


def statement(workspace, tmp_path, quarter: str, published: str, text: str):
    path = tmp_path / "staffordshire-statement.md"
    path.write_text(STATEMENT.format(quarter=quarter, published=published, text=text), encoding="utf-8")
    return path


def figure_findings(report) -> list:
    return [f for f in report.findings
            if f.kind in ("arithmetic", "wrong-figure", "unverified-figure", "stale-figure")]


@pytest.mark.parametrize("sentence", [
    "172 drug trafficking offences were recorded in April to June 2026, an increase of 13.9% on the "
    "same quarter of 2025 (151).",
    "172 drug trafficking offences were recorded in April to June 2026, up from 151 in the same quarter "
    "of 2025.",
    "172 drug trafficking offences were recorded in April to June 2026, compared with 151 in the same "
    "quarter in 2025.",
])
def test_a_count_in_the_same_quarter_of_a_year_is_that_quarters(staffordshire, tmp_path, sentence):
    path = statement(staffordshire, tmp_path, "April to June 2026", "13 August 2026", sentence)
    report = staffordshire.review(path, area="Staffordshire")
    assert figure_findings(report) == []


def test_a_wrong_count_for_the_same_quarter_of_a_year_names_that_quarter(staffordshire, tmp_path):
    path = statement(staffordshire, tmp_path, "April to June 2026", "13 August 2026",
                     "172 drug trafficking offences were recorded in April to June 2026, up from 150 in "
                     "the same quarter of 2025.")
    [wrong] = [f for f in staffordshire.review(path, area="Staffordshire").findings if f.kind == "wrong-figure"]
    assert "150" in wrong.message and "2025-Q2" in wrong.message and "151" in wrong.message


@pytest.mark.parametrize("quarter, published, text, rolled", [
    ("April to June 2026", "13 August 2026",
     "172 drug trafficking offences were recorded in April to June 2026, an increase of 13.9% on the "
     "same quarter of 2025 (151).",
     "181 drug trafficking offences were recorded in July to September 2026, an increase of 13.1% on the "
     "same quarter of 2025 (160)."),
    ("October to December 2025", "12 February 2026",
     "149 drug trafficking offences were recorded in October to December 2025, an increase of 7.2% on the "
     "same quarter of 2024 (139).",
     "166 drug trafficking offences were recorded in January to March 2026, an increase of 16.9% on the "
     "same quarter of 2025 (142)."),
])
def test_copy_forward_moves_the_count_with_its_quarter(staffordshire, tmp_path, quarter, published, text,
                                                      rolled):
    path = statement(staffordshire, tmp_path, quarter, published, text)
    staffordshire.add_statements([path], force="Staffordshire")
    draft = staffordshire.new_draft(from_statement=staffordshire.list_statements()[0].id)
    [paragraph] = draft.section("drugs-county-lines").paragraphs
    assert paragraph.text == rolled
    assert paragraph.origin.not_rolled == []
    assert figure_findings(staffordshire.review(draft.id)) == []
