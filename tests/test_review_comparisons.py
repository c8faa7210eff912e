"""Review holds a comparison with an earlier period that quotes no earlier
figure ("the same as a year earlier", "fewer than in July to September 2025",
"unchanged on the previous quarter") to the stored figure for the period it
names: an error when the figures contradict it, verified when they bear it
out, and nothing when the measure or the earlier figure is not known.

The Kestrel Vale statement and its figures are written for the project
(Kestrel Vale is fictional).
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,population,2025,1000000,
Kestrel Vale,population,2026,1000000,
Kestrel Vale,county_lines_closed,2025-Q3,9,
Kestrel Vale,county_lines_closed,2026-Q2,8,
Kestrel Vale,county_lines_closed,2026-Q3,11,
Kestrel Vale,residential_burglary,2025-Q3,520,
Kestrel Vale,residential_burglary,2026-Q2,500,
Kestrel Vale,residential_burglary,2026-Q3,500,
Kestrel Vale,victim_satisfaction,2025-Q3,71.5,percent
Kestrel Vale,victim_satisfaction,2026-Q3,74.0,percent
"""

SENTENCES = (
    "Officers closed 11 county lines in the quarter, the same as a year earlier.",
    "Officers closed 11 county lines in July to September 2026, the same number as in July to September 2025.",
    "Officers closed 11 county lines in July to September 2026, fewer than a year earlier.",
    "Officers closed 11 county lines in July to September 2026, more than a year earlier.",
    "There were 500 residential burglaries in July to September 2026, unchanged on the previous quarter.",
    "There were 500 residential burglaries in July to September 2026, down from last quarter.",
    "Victim satisfaction was up on a year earlier.",
    "Residential burglary was lower than in the previous quarter.",
    # Nothing to say of these: an unknown measure, an earlier figure not stored, the earlier
    # figure quoted, a duration, and another force's figures.
    "Officers seized 40 weapons, more than a year earlier.",
    "There were 500 residential burglaries in July to September 2026, fewer than in July to September 2024.",
    "Officers closed 11 county lines in July to September 2026, up from 9 a year earlier.",
    "There were 11 county lines closed, including one first traced more than a year earlier.",
    "In Cheshire, officers closed 11 county lines, the same as a year earlier.",
)


@pytest.fixture
def report(empty_workspace, tmp_path):
    (tmp_path / "kestrel.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "kestrel.csv")
    body = "\n\n".join(f"{number}. {sentence}" for number, sentence in enumerate(SENTENCES, start=2))
    statement = tmp_path / "kestrel-vale-2026-12.txt"
    statement.write_text("Kestrel Vale Police and Crime Panel\n\nDecember 2026\n\nIntroduction\n\n"
                         "1. This statement covers July to September 2026.\n\n"
                         f"Disrupt drugs supply and county lines\n\n{body}\n", encoding="utf-8")
    return empty_workspace.review(statement, area="Kestrel Vale")


def test_a_comparison_the_figures_contradict_is_an_error_naming_them(report):
    wrong = {f.paragraph: f for f in report.findings if f.kind == "direction"}
    assert sorted(wrong) == [2, 3, 4, 7, 9]
    assert wrong[2].severity == "error"
    assert wrong[2].message == ("'the same as a year earlier' says county lines closed did not change, but the "
                                "figures went from 9 in 2025-Q3 to 11 in 2026-Q3")
    assert "went down, but the figures went from 9 in 2025-Q3 to 11 in 2026-Q3" in wrong[4].message
    assert "went down, but the figures went from 500 in 2026-Q2 to 500 in 2026-Q3" in wrong[7].message
    assert wrong[9].message.startswith("'lower than in the previous quarter' says residential burglary went down")


def test_a_comparison_the_figures_bear_out_is_verified(report):
    checked = {c["paragraph"]: (c["text"], c["status"], c["against"]) for c in report.to_dict()["comparisons"]}
    assert checked[5] == ("more than a year earlier", "verified", "2025-Q3")
    assert checked[6] == ("unchanged on the previous quarter", "verified", "2026-Q2")
    assert checked[8] == ("up on a year earlier", "verified", "2025-Q3")
    assert checked[3] == ("the same number as in July to September 2025", "wrong", "2025-Q3")


def test_nothing_is_said_without_the_measure_or_the_earlier_figure(report):
    checked = {c["paragraph"] for c in report.to_dict()["comparisons"]}
    assert not checked & set(range(10, 15))
    assert not [f for f in report.findings if f.paragraph in range(10, 15)
                and f.kind in ("direction", "arithmetic")]


@pytest.mark.parametrize("text, read", [
    ("11 county lines, the same as a year earlier.", ("same", "the same as a year earlier")),
    ("11 county lines, no change on last quarter.", ("same", "no change on last quarter")),
    ("500 burglaries, lower than in 2024.", ("down", "lower than in 2024")),
    ("500 burglaries, down from the same quarter last year.", ("down", "down from the same quarter last year")),
    ("2 more than a year earlier", None),
    ("5% higher than a year earlier", None),
    ("not the same as last year", None),
    ("more than 1,500 a year earlier", None),
    ("up from 9 a year earlier", None),
    ("fewer than in any year since 2015", None),
    ("higher than the England and Wales average", None),
])
def test_what_reads_as_a_comparison_with_an_earlier_period(text, read):
    from drafter.claims.comparisons import find_comparisons

    found = find_comparisons(text)
    assert [(c.claim, text[c.start:c.end]) for c in found] == ([read] if read else [])
