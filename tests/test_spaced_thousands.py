"""Thousands set apart by a space ("2 576", also a no-break, thin or narrow
no-break space), as many offices and the GOV.UK style write them: one number
to review, to figures import and to rolling forward, wherever no other reading
is possible. Two numbers side by side, a telephone number, or digits split by
a line break stay apart."""

from __future__ import annotations

import pytest

from drafter.claims import numbers
from drafter.statement import PARAGRAPH

STATEMENT = """Severnshire Police and Crime Commissioner: National Policing Priorities
September 2026

Reduce neighbourhood crime

{sentence}
"""


def review_sentence(workspace, tmp_path, sentence: str):
    path = tmp_path / "severnshire-2026-09.txt"
    path.write_text(STATEMENT.format(sentence=sentence), encoding="utf-8")
    return workspace.review(str(path), period="2026-Q2", area="Severnshire")


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u2009", "\u202f"])
@pytest.mark.parametrize("sentence", [
    "In April to June 2026 there were 2{s}576 neighbourhood crimes in Severnshire.",
    "In April to June 2026 2{s}576 neighbourhood crimes were recorded in Severnshire.",
    "Neighbourhood crime in Severnshire numbered 2{s}576 in April to June 2026.",
])
def test_a_count_with_a_space_between_its_thousands_is_checked_as_one_figure(seeded_workspace, tmp_path,
                                                                              sentence, space):
    report = review_sentence(seeded_workspace, tmp_path, sentence.format(s=space))
    assert [(m.value, m.status) for m in report.figures if m.kind == "count"] == [(2576, "verified")]
    assert not [f for f in report.findings if f.kind in ("wrong-figure", "unverified-figure")]


def test_a_wrong_spaced_count_is_an_error_quoting_it_as_written(seeded_workspace, tmp_path):
    report = review_sentence(seeded_workspace, tmp_path,
                             "In April to June 2026 there were 1 385 vehicle crimes in Severnshire. In April "
                             "to June 2026 there were 2 756 neighbourhood crimes in Severnshire.")
    assert [(m.text, m.status) for m in report.figures if m.kind == "count"] == [
        ("1 385", "verified"), ("2 756", "wrong")]
    (wrong,) = [f for f in report.findings if f.kind == "wrong-figure"]
    assert wrong.message.startswith("2 756 neighbourhood crimes in 2026-Q2: the figures give 2,576")


@pytest.mark.parametrize("text, expected", [
    ("1 204 burglaries and 12 345 thefts", [1204, 12345]),
    ("In 2024 1 204 burglaries were recorded", [2024, 1204]),        # a year, then the count
    ("£1 250 000 was granted", [1250000]),
    ("a rate of 1 204.5 per 100,000 population", [1204.5]),
    ("Burglary 1 204 1 310", [1, 204, 1, 310]),                    # two columns side by side
    ("call 0800 555 111", [800555111]),                             # a telephone number, as before
    ("1 2045 offences", [1, 2045]),
    ("up to 1\n204 offences", [1, 204]),                            # never across a line break
    ("priority 2 150 officers", [2, 150]),                          # a label, then a count
])
def test_which_spaced_digits_are_one_number(text, expected):
    assert [m.value for m in numbers.extract_numbers(text)] == expected


FIGURES = 'area,measure,period,value\nKent,burglaries,2025,"1 204"\nKent,thefts,2025,12\u202f345\n'


def test_figures_cells_with_spaced_thousands_import(empty_workspace, tmp_path):
    path = tmp_path / "kent.csv"
    path.write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(path)
    stored = {f.measure: f.value for f in empty_workspace.list_figures(area="Kent")}
    assert stored == {"burglaries": 1204, "thefts": 12345}


def test_a_wide_table_with_spaced_thousands_imports(empty_workspace, tmp_path):
    path = tmp_path / "wide.csv"
    path.write_text("Force,Residential burglary 2025,Neighbourhood crime 2025\nKent,1 204,12 345\n"
                    "Essex,987,\"10 001\"\n", encoding="utf-8")
    empty_workspace.import_figures(path)
    stored = {(f.area, f.measure): f.value for f in empty_workspace.list_figures()}
    assert stored[("Kent", "residential_burglary")] == 1204 and stored[("Essex", "neighbourhood_crime")] == 10001


@pytest.mark.parametrize("cell", ["2024 1 204", "1 2045", "12 34", "1 204 1 310"])
def test_a_cell_whose_spaces_are_no_thousands_separator_is_refused_by_its_line(cli, workspace_dir, tmp_path,
                                                                             cell):
    path = tmp_path / "kent.csv"
    path.write_text(f'area,measure,period,value\nKent,burglaries,2025,"{cell}"\n', encoding="utf-8")
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code != 0
    assert f"{path}:2: " in result.stderr and repr(cell) in result.stderr
    assert "Traceback" not in result.stderr


ROLLED_FIGURES = """\
area,measure,period,value
Kestrel Vale,asb_incidents,2026-Q1,3000
Kestrel Vale,asb_incidents,2026-Q2,3300
"""

QUARTERLY = """\
Kestrel Vale Police and Crime Panel

June 2026

Reduce neighbourhood crime

1. Anti-social behaviour incidents numbered 3 000 in January to March 2026.

Reporting frequency

The Panel receives this statement every quarter.
"""


def test_rolling_forward_keeps_the_space_between_the_thousands(empty_workspace, tmp_path):
    figures = tmp_path / "kestrel.csv"
    figures.write_text(ROLLED_FIGURES, encoding="utf-8")
    empty_workspace.import_figures(figures)
    statement = tmp_path / "kestrel-vale-2026-06.txt"
    statement.write_text(QUARTERLY, encoding="utf-8")
    empty_workspace.add_statements([statement], force="Kestrel Vale")
    (stored,) = empty_workspace.list_statements()
    draft = empty_workspace.new_draft(from_statement=stored.id)
    (paragraph,) = [p for p in draft.section("neighbourhood-crime").paragraphs if p.kind == PARAGRAPH]
    assert paragraph.text == "Anti-social behaviour incidents numbered 3 300 in April to June 2026."
