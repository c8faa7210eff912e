"""A table's "Last quarter" ("Previous quarter", or the quarter named)
column beside "This quarter" holds last quarter's figures, checked against
that quarter and never called stale, however small the count (the bundled
figures: Severnshire had 3 homicides, 208 knife offences and 16 county lines
closed in April to June 2026; 4, 192 and 13 in January to March 2026)."""

from __future__ import annotations

import pytest


def _review(workspace, tmp_path, name, template, **lines):
    path = tmp_path / name
    path.write_text(template.format(**lines), encoding="utf-8")
    return workspace.review(path)


def _messages(report, kind):
    return [f.message for f in report.findings if f.kind == kind]


TABLE = """Severnshire Police and Crime Panel
3 November 2026
Title: National Policing Priorities statement

This statement covers April to June 2026.

Reduce serious violence

1. Violence reduction work goes on across the county.

Measure                      {this}    {last}
Homicides                    3               {homicides}
Knife offences               208             {knives}
County lines closed          16              13
"""


@pytest.mark.parametrize("this, last", [("This quarter", "Last quarter"), ("This quarter", "Previous quarter"),
                                        ("April to June 2026", "January to March 2026")])
def test_last_quarters_column_beside_this_quarters_is_verified_not_stale(seeded_workspace, tmp_path, this, last):
    report = _review(seeded_workspace, tmp_path, "severnshire-2026-11.txt", TABLE, this=this, last=last,
                     homicides="4", knives="192")
    assert not _messages(report, "stale-figure") and not _messages(report, "wrong-figure")
    assert {(m.text, m.period): m.status for m in report.figures if m.text in ("4", "192", "13")} == {
        ("4", "2026-Q1"): "verified", ("192", "2026-Q1"): "verified", ("13", "2026-Q1"): "verified"}


def test_a_wrong_figure_in_last_quarters_column_is_named_against_that_quarter(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, "severnshire-2026-11.txt", TABLE, this="This quarter",
                     last="Last quarter", homicides="6", knives="190")
    assert [message.split(":")[0] for message in _messages(report, "wrong-figure")] == [
        "6 homicides in 2026-Q1", "190 knife offences in 2026-Q1"]
