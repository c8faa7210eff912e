"""A measure named as a label without its last, general word ("Drug
trafficking" for drug trafficking offences) in a table row or a key figure
line is that measure: its figures are checked as "Drug trafficking
offences" would be (the bundled figures: Severnshire recorded 181 drug
trafficking offences in April to June 2026 and 174 in the quarter before).
In a sentence the words name nothing but what they say."""

from __future__ import annotations

import pytest

TEXT = """Severnshire Police and Crime Panel
3 November 2026
Title: National Policing Priorities statement

This statement covers April to June 2026.

Disrupt drugs supply and county lines

{body}
"""


def _review(workspace, tmp_path, body):
    path = tmp_path / "severnshire-2026-11.md"
    path.write_text(TEXT.format(body=body), encoding="utf-8")
    return workspace.review(path)


@pytest.mark.parametrize("body", [
    "| Measure | This quarter | Last quarter |\n|---|---|---|\n| Drug trafficking | {now} | 174 |",
    "| Measure | This quarter | Last quarter |\n|---|---|---|\n| Drug trafficking / Masnachu cyffuriau | {now} | 174 |",
    "Drug trafficking: {now}",
])
def test_a_measure_named_as_a_label_is_checked(seeded_workspace, tmp_path, body):
    right = _review(seeded_workspace, tmp_path, body.format(now="181"))
    assert {m.text: m.status for m in right.figures if m.text in ("181", "174")} == dict.fromkeys(
        [t for t in ("181", "174") if t in body.format(now="181")], "verified")
    wrong = _review(seeded_workspace, tmp_path, body.format(now="190"))
    (message,) = [f.message for f in wrong.findings if f.kind == "wrong-figure"]
    assert "190" in message and "the figures give 181 for Severnshire" in message


def test_the_words_in_a_sentence_name_nothing_more(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, "Drug trafficking remains a priority, with 190 warrants executed.")
    assert not [f for f in report.findings if f.kind == "wrong-figure"]
