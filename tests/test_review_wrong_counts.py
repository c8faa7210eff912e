"""A count that names its measure and the period is checked against the
figure stored for it: a wrong one is an error naming the stored value, and
counts that are parts of the measure, changes, approximations or another
area's are left alone (the bundled Severnshire figures: 3 homicides and 208
knife offences in April to June 2026)."""

from __future__ import annotations

import pytest

STATEMENT = """Severnshire Police and Crime Commissioner: National Policing Priorities
September 2026

Reduce murder and other homicide

{sentence}
"""


def review_sentence(workspace, tmp_path, sentence: str):
    path = tmp_path / "severnshire-2026-09.txt"
    path.write_text(STATEMENT.format(sentence=sentence), encoding="utf-8")
    report = workspace.review(str(path), period="2026-Q2", area="Severnshire")
    return report, [f for f in report.findings if f.kind == "wrong-figure"]


@pytest.mark.parametrize("sentence, number, stored", [
    ("In April to June 2026 there were 5 homicides in Severnshire, compared with 4 in April to "
     "June 2025.", "5", "3"),
    ("Between April and June 2026 there were 251 offences involving a knife or sharp instrument "
     "in Severnshire.", "251", "208"),
    ("Between April and June 2026 there were five homicides in the county.", "five", "3"),
    ("Residents of Severnshire suffered 251 knife offences in April to June 2026.", "251", "208"),
])
def test_a_wrong_count_is_an_error_naming_the_stored_figure(seeded_workspace, tmp_path, sentence, number,
                                                            stored):
    report, wrong = review_sentence(seeded_workspace, tmp_path, sentence)
    (finding,) = wrong
    assert finding.severity == "error"
    assert finding.message.startswith(f"{number} ") and f"the figures give {stored} for Severnshire" in finding.message
    assert "2026-Q2" in finding.message
    assert [m.status for m in report.figures if m.text == number] == ["wrong"]
    assert not [f for f in report.findings if f.kind == "unverified-figure" and f.message.startswith(number)]


def test_a_right_count_is_verified(seeded_workspace, tmp_path):
    report, wrong = review_sentence(seeded_workspace, tmp_path,
                                    "In April to June 2026 there were 3 homicides in Severnshire.")
    assert wrong == [] and [m.status for m in report.figures if m.text == "3"] == ["verified"]


@pytest.mark.parametrize("sentence", [
    "In April to June 2026 there were 5 homicides involving a knife in Severnshire.",
    "Between April and June 2026, two of the 5 homicides involved a knife.",
    "In April to June 2026 there were 5 domestic homicides in Severnshire.",
    "In April to June 2026 there were a further 5 homicides under investigation.",
    "In April to June 2026 there were around 250 offences involving a knife or sharp instrument.",
    "In April to June 2026 there were 570 homicides in England and Wales.",
    "In April to June 2026 there were 5 homicides in Ashmoor.",
    "There were 5 homicides in Severnshire.",
    "In April to June 2026, 41 victim satisfaction surveys were returned.",
    "In April to June 2026, 12 homicide reviews were completed.",
])
def test_counts_that_are_not_the_areas_figure_are_left_alone(seeded_workspace, tmp_path, sentence):
    _, wrong = review_sentence(seeded_workspace, tmp_path, sentence)
    assert wrong == []
