"""A change measured on "the same quarter of 2025" is this quarter's change
on that quarter, where the year named after it was taken for the change's
own period and a right percentage left unverified (the bundled figures: Severnshire
had 208 knife offences in April to June 2026 and 214 in April to June 2025,
a fall of 2.8%)."""

from __future__ import annotations

import pytest

STATEMENT = """# Severnshire Police and Crime Commissioner

Date: 5 August 2026

This update covers April to June 2026. It reports on the National Policing Priorities.

## Reduce serious violence

Knife crime offences fell by {change} {words} the same quarter of 2025.
"""


def _review(workspace, tmp_path, change, words):
    path = tmp_path / "severnshire-2026-08.md"
    path.write_text(STATEMENT.format(change=change, words=words), encoding="utf-8")
    return workspace.review(path)


@pytest.mark.parametrize("words", ["on", "compared with", "against"])
def test_a_change_on_the_same_quarter_of_a_year_is_this_quarters_change(seeded_workspace, tmp_path, words):
    report = _review(seeded_workspace, tmp_path, "2.8%", words)
    assert {(m.text, m.period): m.status for m in report.figures if m.text == "2.8%"} == {
        ("2.8%", "2026-Q2"): "verified"}
    wrong = _review(seeded_workspace, tmp_path, "8.2%", words)
    assert [m.status for m in wrong.figures if m.text == "8.2%"] == ["wrong"]
