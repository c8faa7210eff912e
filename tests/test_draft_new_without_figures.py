"""Copying forward a statement of a force whose figures are not in the
workspace: ``draft new`` says there are none, so the words were copied as they
were, and how to roll them on; before, it said "0 figures rolled forward to
2026, 0 left for you", naming a year the statement never quoted, as if drafter
had looked and found nothing to move. The line dating the statement copied
("Last updated: 22 October 2026") is listed for the writer as it is when
figures are rolled, where it went into the new quarter's draft unsaid; and the
draft is for the quarter after the one the statement names, where it was for
the calendar year before the meeting ("figures for Cheshire, 2026").

The statement is written for these tests.
"""

from __future__ import annotations

_PAGE = """<html><head><title>National Policing Priorities | Cheshire Commissioner</title></head><body>
<main><h1>National Policing Priorities statement – July to September 2026</h1>
<p>Published 22 October 2026</p>
<h2>Reduce murder and other homicide</h2>
<p>Cheshire recorded 2 homicides between July and September 2026, compared with 3 a year earlier.</p>
<h2>Tackle cyber crime</h2>
<p>Residents reported 1,512 frauds to Action Fraud in the quarter.</p>
<p>Last updated: 22 October 2026</p>
</main></body></html>
"""


def test_draft_new_says_the_force_has_no_figures(workspace_dir, tmp_path, cli):
    page = tmp_path / "cheshire-2026-10.html"
    page.write_text(_PAGE, encoding="utf-8")
    assert cli("corpus", "add", page, workspace=workspace_dir).exit_code == 0
    result = cli("draft", "new", "--from", "1", workspace=workspace_dir)
    assert result.exit_code == 0
    assert result.output.splitlines()[1] == (
        "no figures for Cheshire in the workspace, so the text was copied as it was: import them "
        "('drafter figures import') and copy the statement forward again to roll its figures on; "
        "1 left for you:")
    assert result.output.splitlines()[2].startswith(
        "  paragraph 1 of Reporting frequency: “Last updated: 22 October 2026”: dates the statement copied")
    assert "rolled forward to" not in result.output


def test_the_desk_says_the_text_was_copied_as_it_was(empty_workspace, tmp_path):
    from drafter.tui.rolled import next_left, roll_summary

    page = tmp_path / "cheshire-2026-10.html"
    page.write_text(_PAGE, encoding="utf-8")
    empty_workspace.add_statements([page])
    draft = empty_workspace.get_draft(empty_workspace.new_draft(from_statement=1).id)
    assert roll_summary(draft) == "text as copied, no figures to roll · 1 left for you"
    assert roll_summary(draft, short=True) == "as copied · 1 left"
    assert next_left(draft, "introduction", None) == ("closing", 0)


def test_the_draft_is_for_the_quarter_after_the_one_the_statement_names(empty_workspace, tmp_path):
    page = tmp_path / "cheshire-2026-10.html"
    page.write_text(_PAGE, encoding="utf-8")
    empty_workspace.add_statements([page])
    draft = empty_workspace.new_draft(from_statement=1)
    assert (draft.date, draft.period) == ("2027-01", "2026-Q4")  # not 2026, the year before the meeting


def test_a_copy_keeping_its_words_is_for_the_same_quarter(empty_workspace, tmp_path):
    page = tmp_path / "cheshire-2026-10.html"
    page.write_text(_PAGE, encoding="utf-8")
    empty_workspace.add_statements([page])
    assert empty_workspace.new_draft(from_statement=1, roll=False).period == "2026-Q4"


def test_a_quarter_not_over_by_the_meeting_is_not_the_drafts(empty_workspace, tmp_path):
    page = tmp_path / "cheshire-2026-10.html"
    page.write_text(_PAGE, encoding="utf-8")
    empty_workspace.add_statements([page])
    # October to December 2026 is not over by a December 2026 meeting: the quarter named stays.
    assert empty_workspace.new_draft(from_statement=1, date="2026-12").period == "2026-Q3"


def test_the_title_names_the_drafts_quarter(empty_workspace, tmp_path):
    page = tmp_path / "cheshire-2026-10.html"
    page.write_text(_PAGE, encoding="utf-8")
    empty_workspace.add_statements([page])
    draft = empty_workspace.new_draft(from_statement=1)
    assert draft.period == "2026-Q4"
    assert draft.title.endswith("October to December 2026"), draft.title
