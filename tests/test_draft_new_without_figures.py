"""Copying forward a statement of a force whose figures are not in the
workspace: ``draft new`` says there are none, so the words were copied as they
were, and how to roll them on; before, it said "0 figures rolled forward to
2026, 0 left for you", naming a year the statement never quoted, as if drafter
had looked and found nothing to move.

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
        "('drafter figures import') and copy the statement forward again to roll its figures on")
    assert "rolled forward to" not in result.output
