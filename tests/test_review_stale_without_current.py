"""Last quarter's figure left in a statement whose own quarter has no figure of
that measure stored (a survey withheld, a release not yet imported): the stale
finding says no figure is stored for the quarter, in words, not as the raw
derivation "victim_satisfaction, 2026-Q2 = 76.30"."""

from __future__ import annotations

from one_sentence import one_sentence_statement


def test_a_stale_percentage_with_no_figure_for_the_quarter_says_so(seeded_workspace, tmp_path):
    figures = tmp_path / "severnshire-2026-q3.csv"
    figures.write_text("area,measure,period,value,unit,source\n"
                       "Severnshire,knife_offences,2026-Q3,201,count,Home Office police recorded crime\n",
                       encoding="utf-8")
    seeded_workspace.import_figures(figures)
    statement = one_sentence_statement(
        tmp_path, "This statement covers July to September 2026. 76.3% of victims surveyed in April to June "
                  "2026 were satisfied with the service they received.", month="November 2026")
    report = seeded_workspace.review(statement)
    [stale] = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert stale.startswith("76.3% is the figure for 2026-Q2, earlier than 2026-Q3 (no victim satisfaction "
                            "figure for 2026-Q3 is stored)")
