"""Quarters and months as offices name them beside a quarter's figures (the
bundled figures: Severnshire closed 13 county lines in January to March 2026
and 16 in April to June 2026; 208 knife offences in April to June 2026, 192
in the quarter before and 214 a year before).

- "Quarter 2" with no year, in a statement covering "Quarter 1 of 2026/27",
  is a label, never a figure quoted beside the count ("up from 13 in Quarter
  4" is not a fall from 13 to 4);
"""

from __future__ import annotations

import pytest

TEXT = """Severnshire Police and Crime Panel
3 November 2026
Title: National Policing Priorities statement

This statement covers Quarter 1 of 2026/27 (April to June 2026).

{section}

1. {sentence}
"""


def _review(workspace, tmp_path, sentence, section="Disrupt drugs supply and county lines"):
    path = tmp_path / "severnshire-2026-11.txt"
    path.write_text(TEXT.format(sentence=sentence, section=section), encoding="utf-8")
    return workspace.review(path)


@pytest.mark.parametrize("sentence", [
    "Officers closed 16 county lines in Quarter 1, up from 13 in Quarter 4.",
    "Officers closed 16 county lines in Qtr 1, up from 13 in Qtr 4.",
])
def test_a_quarter_named_by_its_number_alone_is_no_figure(seeded_workspace, tmp_path, sentence):
    report = _review(seeded_workspace, tmp_path, sentence)
    assert not [f.message for f in report.findings if f.severity == "error" and f.kind != "missing-priority"]
    statuses = {m.text: m.status for m in report.figures}
    assert (statuses["16"], statuses["13"]) == ("verified", "verified")


def test_a_count_after_the_word_quarter_is_still_a_count(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, "During the quarter 3 county lines were closed in Tewbridge.")
    assert next(m for m in report.figures if m.text == "3").kind != "quarter"
