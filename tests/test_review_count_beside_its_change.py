"""A year-end paragraph gives the year's count beside its change on the
year before, naming neither the measure nor the year again: "For the year as
a whole there were 372 offences, down 4.6% on 2024/25". The change was
checked (knife offences, 2024/25 to 2025/26) but the count beside it was
called untraceable ("no matching figure … as a count in any period") though
the figures hold it. It is now the figure the change moved to.

The statement and figures are written for these tests.
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value
Dorset,knife_offences,2025-Q1,88
Dorset,knife_offences,2026-Q1,84
Dorset,knife_offences,2024/25,390
Dorset,knife_offences,2025/26,372
"""

STATEMENT = """\
Dorset Police and Crime Panel

16 June 2026

Title: Update on the National Policing Priorities: Quarter 4 2025/26

Reduce serious violence

Knife or sharp instrument offences fell to 84 in January to March 2026, a decrease of 4.5% on the same quarter last year (88). For the year as a whole there were {count} offences, down 4.6% on 2024/25.
"""


@pytest.mark.parametrize("count, status", [("372", "verified"), ("375", "unverified")])
def test_a_count_beside_its_checked_change_is_the_figure_it_moved_to(empty_workspace, tmp_path, count, status):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "dorset-2026-06.txt"
    path.write_text(STATEMENT.format(count=count), encoding="utf-8")
    report = empty_workspace.review(path)
    (mention,) = [n for n in report.figures if n.text == count]
    assert mention.status == status
    if status == "verified":
        assert (mention.measure, mention.period) == ("knife_offences", "2025/26")
        assert not [f for f in report.findings if f.kind == "unverified-figure"]
