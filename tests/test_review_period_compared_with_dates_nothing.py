"""A period a paragraph names only as what it compared with ("fell by 2.8%
compared with April to June 2025") does not date the counts after it: "in
the quarter" is the quarter under review, not the year-earlier one (the
bundled Severnshire figures: firearms offences 27 in April to June 2025, 24
in April to June 2026)."""

from __future__ import annotations

from one_sentence import review_sentence


def test_a_count_in_the_quarter_after_a_comparison_is_held_to_the_quarter_under_review(seeded_workspace, tmp_path):
    report = review_sentence(seeded_workspace, tmp_path, "Knife offences fell by 2.8% compared with April to June "
                             "2025. Firearms offences numbered 27 in the quarter.",
                             month="September 2026", period="2026-Q2")
    [wrong] = [f.message for f in report.findings if f.kind == "wrong-figure"]
    assert wrong == ("27 firearms offences in 2026-Q2: the figures give 24 for Severnshire (Home Office police "
                     "recorded crime); 27 is the figure for 2025-Q2")
