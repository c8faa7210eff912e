"""A count dated by a month of the quarter copied ("In February, 186 knives
were handed in during Operation Sceptre's week of action") is last quarter's
news: no stored figure holds it, so copy forward cannot move it, and kept as
it was it read as this quarter's. It is now listed for the writer, and review
says so once (as a number left by the roll), where the roll listed nothing
and review called it untraceable. A month outside that quarter is not listed,
unless, named without its year, it came before it (older news carried on).

The statement and figures are written for these tests.
"""

from __future__ import annotations

FIGURES = """\
area,measure,period,value
Cumbria,knife_offences,2025-Q4,60
Cumbria,knife_offences,2026-Q1,55
Cumbria,knife_offences,2026-Q2,66
"""

PAGE = """<html><head><title>National Policing Priorities: January to March 2026</title></head><body>
<nav><a href="/">Home</a></nav><main>
<h1>National Policing Priorities: January to March 2026</h1>
<p>Published 20 May 2026</p>
<p>This update covers Cumbria Constabulary's part in the national priorities in January to March 2026.</p>
<h2>Reduce serious violence</h2>
<ul><li>55 knife or sharp instrument offences in January to March 2026, down from 60 in the previous quarter.</li></ul>
<p>{month}, 186 knives were handed in during Operation Sceptre's week of action.</p>
</main></body></html>
"""


def _rolled(workspace, tmp_path, month: str):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "cumbria-2026-05.html").write_text(PAGE.format(month=month), encoding="utf-8")
    workspace.add_statements([tmp_path / "cumbria-2026-05.html"], force="Cumbria")
    draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    knives = next(p for p in draft.section("serious-violence").paragraphs if "knives" in p.text)
    return draft, knives, workspace.review(draft.id)


def test_a_count_for_a_month_of_the_quarter_copied_is_listed_for_the_writer(empty_workspace, tmp_path):
    draft, knives, report = _rolled(empty_workspace, tmp_path, "In February")
    assert knives.text.startswith("In February, 186 knives")
    [left] = knives.origin.not_rolled
    assert left["text"] == "186"
    assert "a count for 'In February', a month of 2026-Q1, the quarter copied" in left["reason"]
    assert "give this quarter's (2026-Q2) or take it out" in left["reason"]
    about = [f for f in report.findings if "186" in f.message]
    assert [f.kind for f in about] == ["not-rolled"]


def test_a_month_given_with_its_year_is_read_the_same(empty_workspace, tmp_path):
    _, knives, _ = _rolled(empty_workspace, tmp_path, "During March 2026")
    assert [left["text"] for left in knives.origin.not_rolled] == ["186"]


def test_a_month_outside_the_quarter_copied_is_not_listed(empty_workspace, tmp_path):
    _, knives, _ = _rolled(empty_workspace, tmp_path, "In November 2025")
    assert "186" not in [left["text"] for left in knives.origin.not_rolled]


def test_only_the_counts_the_month_dates_are_listed(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    page = PAGE.replace("<p>{month}, 186 knives were handed in during Operation Sceptre's week of action.</p>",
                        "<p>Two more surrender bins were installed in March, bringing the total to twenty.</p>\n"
                        "<p>Since the drone came into service in February it has flown 26 searches.</p>")
    (tmp_path / "cumbria-2026-05.html").write_text(page, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "cumbria-2026-05.html"], force="Cumbria")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    listed = [left["text"] for p in draft.section("serious-violence").paragraphs for left in p.origin.not_rolled]
    assert listed == ["Two"]


def test_a_month_before_the_quarter_copied_named_without_its_year_is_listed(empty_workspace, tmp_path):
    # A statement on April to June still carrying February's count: kept, it reads as the next February's.
    figures = FIGURES + "Cumbria,knife_offences,2026-Q3,61\n"
    (tmp_path / "figures.csv").write_text(figures, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    page = PAGE.replace("January to March 2026", "April to June 2026").replace("20 May 2026", "20 August 2026") \
        .replace("55 knife", "66 knife").replace("down from 60", "up from 55").format(month="In February")
    (tmp_path / "cumbria-2026-08.html").write_text(page, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "cumbria-2026-08.html"], force="Cumbria")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    knives = next(p for p in draft.section("serious-violence").paragraphs if "knives" in p.text)
    assert draft.period == "2026-Q3"
    [left] = knives.origin.not_rolled
    assert left["text"] == "186"
    assert left["reason"].startswith("a count for 'In February', a month before 2026-Q2, the quarter copied, "
                                     "named without its year")


def test_a_count_since_a_month_is_no_count_of_that_month(empty_workspace, tmp_path):
    # "used in 54 operations since it came into service in March": a running total, whatever the month.
    figures = FIGURES + "Cumbria,knife_offences,2026-Q3,61\n"
    (tmp_path / "figures.csv").write_text(figures, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    page = PAGE.replace("January to March 2026", "April to June 2026").replace("20 May 2026", "20 August 2026") \
        .replace("55 knife", "66 knife").replace("down from 60", "up from 55").replace(
            "<p>{month}, 186 knives were handed in during Operation Sceptre's week of action.</p>",
            "<p>The drone has been used in 54 operations since it came into service in March.</p>")
    (tmp_path / "cumbria-2026-08.html").write_text(page, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "cumbria-2026-08.html"], force="Cumbria")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    listed = [left["text"] for p in draft.section("serious-violence").paragraphs for left in p.origin.not_rolled]
    assert "54" not in listed
