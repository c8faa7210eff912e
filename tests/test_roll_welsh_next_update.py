"""Copy forward moves the period a Welsh closing line gives for the next
statement ("Bydd y diweddariad nesaf yn ymdrin ag Ebrill i Fehefin 2026")
a quarter on, as it moves its English twin ("The next update will cover
April to June 2026"), with "ag" made "â" before the new month; it was kept
as written, unlisted, so the Welsh promised the quarter the draft itself covers.

Gwent's figures and statement here are written for the project (the force
is real, its figures invented).
"""

from __future__ import annotations

import drafter

FIGURES = """\
area,measure,period,value
Gwent,homicides,2026-Q1,2
Gwent,homicides,2026-Q2,1
"""

STATEMENT = """\
Gwent Police and Crime Panel

June 2026

Title: National Policing Priorities – Quarterly Statement

Introduction / Cyflwyniad

This statement covers January to March 2026.

Mae'r datganiad hwn yn ymdrin ag Ionawr i Fawrth 2026.

Reduce murder and other homicide / Lleihau llofruddiaeth a lladdiadau eraill

There were 2 homicides in Gwent between January and March 2026.

Reporting frequency / Amlder adrodd

This statement is published each quarter. The next update will cover April to June 2026.

Cyhoeddir y datganiad hwn bob chwarter. Bydd y diweddariad nesaf yn ymdrin ag Ebrill i Fehefin 2026.
"""


def test_the_welsh_next_update_moves_a_quarter_on_with_the_english(tmp_path):
    (tmp_path / "gwent.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "gwent-2026-06.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "gwent.csv")
        workspace.add_statements([path], force="Gwent")
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    closing = [p.text for p in draft.section("closing").paragraphs]
    assert closing == [
        "This statement is published each quarter. The next update will cover July to September 2026.",
        "Cyhoeddir y datganiad hwn bob chwarter. Bydd y diweddariad nesaf yn ymdrin â Gorffennaf i Fedi 2026."]
    introduction = [p.text for p in draft.section("introduction").paragraphs]
    assert introduction[1] == "Mae'r datganiad hwn yn ymdrin ag Ebrill i Fehefin 2026."
