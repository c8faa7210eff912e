"""A count said of a named place within the force ("In the Tewbridge district
there were 300 neighbourhood crimes", "Severnford borough", "the Borough of
Ashcombe") is not the force's figure: review names it unchecked, as it does
another force's, and never calls it wrong against the force's total (the
bundled figures: Severnshire had 2,576 neighbourhood crimes in April to June
2026)."""

from __future__ import annotations

import pytest

TEXT = """Severnshire Police and Crime Panel
3 November 2026
Title: National Policing Priorities statement

This statement covers April to June 2026.

Reduce neighbourhood crime

1. {sentence}
"""


def _review(workspace, tmp_path, sentence):
    path = tmp_path / "severnshire-2026-11.txt"
    path.write_text(TEXT.format(sentence=sentence), encoding="utf-8")
    return workspace.review(path)


@pytest.mark.parametrize("sentence", [
    "In the Tewbridge district there were 300 neighbourhood crimes in April to June 2026.",
    "Severnford borough recorded 300 neighbourhood crimes in April to June 2026.",
    "In the Borough of Ashcombe there were 300 neighbourhood crimes in April to June 2026.",
    "The Kingsmead ward saw 300 neighbourhood crimes in April to June 2026.",
])
def test_a_count_said_of_a_place_within_the_force_is_not_called_wrong(seeded_workspace, tmp_path, sentence):
    report = _review(seeded_workspace, tmp_path, sentence)
    assert not [f for f in report.findings if f.kind == "wrong-figure"]
    assert next(m.status for m in report.figures if m.text == "300") == "unverified"


@pytest.mark.parametrize("sentence", [
    "Every district saw a fall, and there were 2,000 neighbourhood crimes in April to June 2026.",
    "The district commanders met monthly; there were 2,000 neighbourhood crimes in April to June 2026.",
])
def test_the_forces_own_count_beside_district_words_is_still_checked(seeded_workspace, tmp_path, sentence):
    report = _review(seeded_workspace, tmp_path, sentence)
    assert [f.message.split(":")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "2,000 neighbourhood crimes in 2026-Q2"]
