"""Last quarter's count left beside this quarter's change ("There were 131
knife … offences in July to September 2026, 9.5% fewer than in July to
September 2025 (137)", 131 being April to June's) is named as last quarter's
figure, where the error said only that 131 should be 124.

The figures are made up for the tests (tests/fixtures/panel-neighbours-figures.csv):
Cheshire's knife offences were 137, 131 and 124 in July to September 2025,
April to June 2026 and July to September 2026.
"""

from __future__ import annotations

from panel_cheshire import head, with_figures

STATEMENT = head("Reduce serious violence", introduction=False) + (
    "1. There were 131 knife or sharp instrument offences in July to September 2026, 9.5% fewer than in July to "
    "September 2025 (137).\n")


def test_last_quarters_count_beside_this_quarters_change_is_named_as_last_quarters(tmp_path):
    (tmp_path / "cheshire-2026-11.txt").write_text(STATEMENT, encoding="utf-8")
    with with_figures(tmp_path) as opened:
        findings = opened.review(tmp_path / "cheshire-2026-11.txt", area="Cheshire").findings
    [message] = [f.message for f in findings if f.kind == "arithmetic"]
    assert message.endswith("131 should be 124 (the figure for 2026-Q3); 131 is the figure for 2026-Q2")
