"""Quarters and months as offices name them beside a quarter's figures (the
bundled figures: Severnshire closed 13 county lines in January to March 2026
and 16 in April to June 2026; 208 knife offences in April to June 2026, 192
in the quarter before and 214 a year before).

- "Quarter 2" with no year, in a statement covering "Quarter 1 of 2026/27",
  is a label, never a figure quoted beside the count ("up from 13 in Quarter
  4" is not a fall from 13 to 4);
- a count for a month or two of the quarter ("60 drug trafficking offences
  in May 2026", "during April and May") is not the quarter's: never called
  wrong against it, named as a count for those months alone.
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


@pytest.mark.parametrize("sentence", [
    "Officers recorded 60 drug trafficking offences in May 2026.",
    "In April to June 2026 the force closed 16 county lines. Officers recorded 60 drug trafficking offences in May.",
    "Officers recorded 60 drug trafficking offences during April and May 2026.",
])
def test_a_count_for_a_month_of_the_quarter_is_not_the_quarters(seeded_workspace, tmp_path, sentence):
    report = _review(seeded_workspace, tmp_path, sentence)
    assert not [f.message for f in report.findings if f.kind == "wrong-figure"]
    unverified = [f.message for f in report.findings if f.kind == "unverified-figure" and f.message.startswith("60")]
    assert len(unverified) == 1 and "a count for '" in unverified[0] and "alone" in unverified[0], unverified


def test_the_quarters_count_beside_a_month_is_still_checked(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path,
                     "Officers recorded 160 drug trafficking offences in April to June 2026, 60 of them in May.")
    assert [f.message.split(":")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "160 drug trafficking offences in 2026-Q2"]
