"""Rejecting the roll of a paragraph (Alt+R at the desk) brings back last
quarter's words and figures. They were counted nowhere: the status line
said "12 figures rolled forward, 2 left for you" though the paragraph now
gave October to December's count in a January to March draft. Each figure
the roll had moved is now listed as left for the writer, and review names it.

The statement and figures are written for these tests.
"""

from __future__ import annotations

from drafter import drafts

FIGURES = """\
area,measure,period,value
Cumbria,homicides,2024-Q4,1
Cumbria,homicides,2025-Q1,1
Cumbria,homicides,2025-Q4,1
Cumbria,homicides,2026-Q1,2
"""

PAGE = """\
<html><head><title>National Policing Priorities update: October to December 2025</title></head><body>
<nav><ul><li><a href="/">Home</a></li></ul></nav>
<main>
<h1>National Policing Priorities update: October to December 2025</h1>
<p>Published 18 February 2026</p>
<p>This update from the Cumbria Police, Fire and Crime Commissioner covers October to December 2025.</p>
<h2>Reduce murder and other homicide</h2>
<ul><li>One homicide was recorded in October to December 2025.</li></ul>
</main></body></html>
"""


def test_a_rejected_roll_leaves_its_figures_for_the_writer(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    (tmp_path / "cumbria-2026-02.html").write_text(PAGE, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "cumbria-2026-02.html"])
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    (paragraph,) = draft.section("homicide").paragraphs
    assert paragraph.text == "Two homicides were recorded in January to March 2026."
    assert draft.roll_counts() == (1, 0)
    drafts.reject_roll(paragraph)
    assert paragraph.text == "One homicide was recorded in October to December 2025."
    assert paragraph.origin.not_rolled == [{"text": "One", "reason": "the roll was rejected: homicides for 2025-Q4, "
                                            "as copied: give it for 2026-Q1"}]
    assert draft.roll_counts() == (0, 1)
    empty_workspace.save_draft(draft, "rejected the roll", parent=draft.revision)
    report = empty_workspace.review(draft.id)
    assert [f.message for f in report.findings if f.kind == "not-rolled"] == [
        "One: the roll was rejected: homicides for 2025-Q4, as copied: give it for 2026-Q1"]


def test_what_the_roll_had_left_for_the_writer_stays_listed_after_a_rejection(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    page = PAGE.replace("<li>One homicide was recorded in October to December 2025.</li>",
                        "<li>One homicide was recorded in October to December 2025, and 14 families were "
                        "supported by the homicide service.</li>")
    (tmp_path / "cumbria-2026-02.html").write_text(page, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "cumbria-2026-02.html"])
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    (paragraph,) = draft.section("homicide").paragraphs
    left_before = [entry["text"] for entry in paragraph.origin.not_rolled]
    assert "14" in left_before
    drafts.reject_roll(paragraph)
    assert [entry["text"] for entry in paragraph.origin.not_rolled] == [*left_before, "One"]
    assert draft.roll_counts() == (0, len(left_before) + 1)
