"""Copy forward lists the line dating the statement copied ("Last updated:
22 April 2026", "Published 20 October 2025", "Page last updated: …") for the
writer: it had been kept as written, unlisted and unreviewed, and the new
quarter's statement went out saying it was last updated a quarter before.
A date line no earlier than the draft's meeting is left alone.

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Gwent,knife_offences,2025-Q4,131,
Gwent,knife_offences,2026-Q1,122,
Gwent,knife_offences,2026-Q2,137,
"""

STATEMENT = """\
# Gwent quarterly statement, January to March 2026

Published April 2026

This statement reports on Gwent's contribution to the National Policing Priorities.

## Reduce serious violence

Gwent Police recorded 122 knife and sharp instrument offences in January to March 2026.

Bleed control kits were placed in venues across Blaenau Gwent and Torfaen.

## Disrupt drugs supply and county lines

Officers in Caerphilly and Blackwood executed warrants under the regional programme.

## Tackle cyber crime

The economic crime team gave talks to residents' groups in Monmouth and Chepstow.

{closing}
"""


def copied_forward(workspace, tmp_path, closing: str, **options):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    workspace.import_figures(tmp_path / "gwent.csv")
    path = tmp_path / "gwent-2026-q1.md"
    path.write_text(STATEMENT.format(closing=closing), encoding="utf-8")
    workspace.add_statements([path], force="Gwent")
    return workspace.new_draft(from_statement=workspace.list_statements()[0].id, **options)


@pytest.mark.parametrize("line", ["Last updated: 22 April 2026", "Page last updated: 22 April 2026",
                                  "Published 22 April 2026"])
def test_the_copied_statements_date_line_is_left_for_the_writer(empty_workspace, tmp_path, line):
    draft = copied_forward(empty_workspace, tmp_path, line)
    assert draft.date == "2026-07"
    [dated] = [p for s in draft.sections for p in s.paragraphs if p.text == line]
    assert [left["reason"] for left in dated.origin.not_rolled] == [
        "dates the statement copied (2026-04-22), before this one's meeting (2026-07): give this statement's "
        "date when it is published"]
    report = empty_workspace.review(draft.id)
    assert any(f.kind == "not-rolled" and "dates the statement copied" in f.message for f in report.findings)


def test_a_date_line_of_the_drafts_own_month_is_left_alone(empty_workspace, tmp_path):
    draft = copied_forward(empty_workspace, tmp_path, "Last updated: 22 April 2026", date="2026-04")
    [dated] = [p for s in draft.sections for p in s.paragraphs if p.text.startswith("Last updated")]
    assert dated.origin.not_rolled == []
