"""A change in percentage points said of the quarter before ("up 0.3
percentage points on the previous quarter", "0.3pp higher than last
quarter") is worked out from the two quarters' figures, as a change said of a
year earlier is (the bundled figures: Severnshire's victim satisfaction was
76.0% in January to March 2026, 76.3% in April to June 2026 and 74.0% in
April to June 2025).
"""

from __future__ import annotations

import pytest

TEXT = """Severnshire Police and Crime Panel
3 November 2026
Title: National Policing Priorities statement

This statement covers April to June 2026.

Reduce serious violence

1. {sentence}
"""


def _review(workspace, tmp_path, sentence):
    path = tmp_path / "severnshire-2026-11.txt"
    path.write_text(TEXT.format(sentence=sentence), encoding="utf-8")
    return workspace.review(path)


def _figure(report, text):
    return next(m for m in report.figures if m.text == text)


def _errors(report):
    return [(f.kind, f.message) for f in report.findings if f.severity == "error" and f.kind != "missing-priority"]


@pytest.mark.parametrize("sentence, figure", [
    ("Victim satisfaction rose to 76.3%, up 0.3 percentage points on the previous quarter.",
     "0.3 percentage points"),
    ("Victim satisfaction was 76.3%, up 0.3 points on last quarter.", "0.3 points"),
    ("Victim satisfaction was 76.3%, 0.3pp higher than the previous quarter.", "0.3pp"),
    ("Victim satisfaction rose to 76.3%, up 0.3 percentage points on the quarter before.", "0.3 percentage points"),
    ("Satisfaction among victims rose to 76.3% in April to June 2026, 0.3pp higher than in January to March 2026.",
     "0.3pp"),
])
def test_a_right_change_in_points_on_the_previous_quarter_is_verified(seeded_workspace, tmp_path, sentence, figure):
    report = _review(seeded_workspace, tmp_path, sentence)
    found = _figure(report, figure)
    assert (found.status, found.period) == ("verified", "2026-Q2")
    assert "2026-Q1 → 2026-Q2" in found.derivation
    assert not _errors(report)
    assert not [f for f in report.findings if f.kind == "unverified-figure"]


@pytest.mark.parametrize("sentence, figure", [
    ("Victim satisfaction rose to 76.3%, up 0.8 percentage points on the previous quarter.", "0.8 percentage points"),
    ("Victim satisfaction was 76.3%, up 1.2 points on last quarter.", "1.2 points"),
    ("Victim satisfaction was 76.3%, 2.3pp higher than the previous quarter.", "2.3pp"),
])
def test_a_wrong_change_in_points_on_the_previous_quarter_names_the_right_one(seeded_workspace, tmp_path,
                                                                             sentence, figure):
    """2.3 points is the change on a year earlier: said of the previous quarter it is wrong."""
    report = _review(seeded_workspace, tmp_path, sentence)
    assert _errors(report) == [
        ("arithmetic", f"{figure} for victim satisfaction: the figures went from 76.0% in 2026-Q1 to 76.3% in "
                       "2026-Q2 (+0.3 percentage points)")]
    assert _figure(report, figure).status == "wrong"


def test_a_change_in_points_the_wrong_way_is_a_direction_error(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path,
                     "Victim satisfaction was 76.3%, down 0.3 percentage points on the previous quarter.")
    assert [kind for kind, _ in _errors(report)] == ["direction"]
    assert "(+0.3 percentage points)" in _errors(report)[0][1]


def test_a_change_in_points_on_a_year_earlier_is_still_the_years(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path,
                     "Victim satisfaction rose to 76.3%, up 2.3 percentage points on a year earlier.")
    assert "2025-Q2 → 2026-Q2" in _figure(report, "2.3 percentage points").derivation
    assert not _errors(report)


@pytest.mark.parametrize("sentence, words", [
    ("Victim satisfaction fell to 76.3%, down 0.3 points on the previous quarter.",
     "'fell' and 'down' say victim satisfaction"),
    ("Victim satisfaction dropped to 76.3% in April to June 2026, a fall of 0.3 percentage points on the "
     "previous quarter.", "'dropped' and 'fall' say victim satisfaction"),
    ("Victim satisfaction was 76.3%, down 0.3 points on the previous quarter.", "'down' says it"),
])
def test_one_wrong_way_is_one_error_naming_every_word_that_says_it(seeded_workspace, tmp_path, sentence, words):
    """However many of a sentence's words say it went down, it is one mistake to put right."""
    report = _review(seeded_workspace, tmp_path, sentence)
    assert _errors(report) == [
        ("direction", f"{words} went down, but the figures went from 76.0% in 2026-Q1 to 76.3% in 2026-Q2 "
                      "(+0.3 percentage points)")]


@pytest.mark.parametrize("sentence, figure", [
    ("Satisfaction among victims of domestic abuse fell by 0.5 percentage points on the previous quarter, to 82.9%.",
     "0.5 percentage points"),
    ("Satisfaction among victims of domestic abuse was 82.9%, down 0.5 percentage points on the previous quarter.",
     "0.5 percentage points"),
])
def test_a_change_in_points_of_domestic_abuse_satisfaction_is_its_own_not_all_victims(
        seeded_workspace, tmp_path, sentence, figure):
    """"Satisfaction among victims of domestic abuse" names domestic abuse satisfaction (83.4% to 82.9%),
    not the victim satisfaction its first words name."""
    report = _review(seeded_workspace, tmp_path, sentence)
    found = _figure(report, figure)
    assert (found.status, found.measure, found.period) == ("verified", "domestic_abuse_satisfaction", "2026-Q2")
    assert not _errors(report)

