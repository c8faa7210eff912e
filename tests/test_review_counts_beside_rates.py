"""A force's count checked against its stored count when the workspace also
holds the measure's published rate, as every ONS force table does
("Neighbourhood crime" beside "Neighbourhood crime per 1,000 population").
The rate and the count are named by the same words; neither hides the
other's check."""

from __future__ import annotations

import pytest

import drafter

COUNTS = """\
Area name,Neighbourhood crime,Knife or sharp instrument offences,Population
Gwent,5100,396,600000
North Wales,6300,460,700000
"""
EARLIER = """\
Area name,Neighbourhood crime,Knife or sharp instrument offences,Population
Gwent,5700,380,598000
"""
RATES = """\
area,measure,period,value
Gwent,neighbourhood_crime_per_1000,2025/26,8.5
Gwent,knife_offences_per_100k,2025/26,66.0
"""
HEAD = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
June 2026

This statement covers the year ending March 2026.

Reduce Neighbourhood Crime

"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("counts-beside-rates")
    (root / "ye-mar-2026.csv").write_text("Table 1: year ending March 2026\n\n" + COUNTS, encoding="utf-8")
    (root / "ye-mar-2025.csv").write_text("Table 1: year ending March 2025\n\n" + EARLIER, encoding="utf-8")
    (root / "rates.csv").write_text(RATES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        for name in ("ye-mar-2026.csv", "ye-mar-2025.csv", "rates.csv"):
            opened.import_figures(root / name)
        yield opened, root


def _review(workspace, body: str):
    opened, root = workspace
    statement = root / "statement.txt"
    statement.write_text(HEAD + body, encoding="utf-8")
    return opened.review(statement, period="2025/26")


def _messages(report, kind: str) -> list[str]:
    return [f.message for f in report.findings if f.kind == kind]


def test_a_wrong_count_is_an_error_though_its_published_rate_is_stored(workspace):
    report = _review(workspace, "Gwent recorded 5,200 neighbourhood crimes in the year ending March 2026.\n\n"
                                "There were 6,300 neighbourhood crimes in Gwent in the year ending March 2026.\n")
    wrong = _messages(report, "wrong-figure")
    assert len(wrong) == 2
    assert all("the figures give 5,100 for Gwent" in message for message in wrong)
    assert not any("in any period" in f.message for f in report.findings)


def test_last_years_count_given_as_this_years_is_named_as_last_years(workspace):
    report = _review(workspace, "There were 5,700 neighbourhood crimes in Gwent in the year ending March 2026.\n")
    [message] = _messages(report, "wrong-figure") + _messages(report, "stale-figure")
    assert "5,100" in message and "2024/25" in message


def test_a_right_count_and_its_published_rate_are_both_verified(workspace):
    report = _review(workspace, "Gwent recorded 5,100 neighbourhood crimes in the year ending March 2026, "
                                "8.5 per 1,000 population.\n\n"
                                "Reduce Serious Violence\n\n"
                                "There were 396 knife or sharp instrument offences in the year ending March 2026, "
                                "66.0 per 100,000 population.\n")
    status = {m.text: m.status for m in report.figures}
    assert status["5,100"] == status["8.5"] == status["396"] == status["66.0"] == "verified"
    assert not [f for f in report.findings if f.severity in ("error", "warning") and f.paragraph]


def test_a_rate_beside_a_wrong_count_is_held_to_the_stored_figures_not_to_the_wrong_count(workspace):
    """Following the rate's message must not make the paragraph worse: the
    rate offered is the one the stored count gives, never the wrong count's."""
    report = _review(workspace, "There were 6,300 neighbourhood crimes in Gwent in the year ending March 2026, "
                                "1,050.0 per 100,000 population.\n")
    [sums] = _messages(report, "arithmetic")
    assert "the figures give 850.0" in sums and "6,300 /" not in sums
    assert any("the figures give 5,100" in message for message in _messages(report, "wrong-figure"))


def test_a_rate_set_before_the_offences_it_counts_is_checked_as_that_rate(workspace):
    """"66.0 knife or sharp instrument offences per 100,000 population": the
    words between the number and its unit name what it counts."""
    report = _review(workspace, "Reduce Serious Violence\n\n"
                                "Gwent Police recorded 66.0 knife or sharp instrument offences per 100,000 population "
                                "in the year ending March 2026.\n\n"
                                "Gwent recorded 7.5 neighbourhood crimes per 1,000 population in the year ending "
                                "March 2026.\n")
    status = {m.text: (m.kind, m.status) for m in report.figures}
    assert status["66.0"] == ("rate", "verified")
    assert status["7.5"][0] == "rate" and status["7.5"][1] == "wrong"
    assert not any("as a count" in f.message for f in report.findings)


def test_a_number_called_a_rate_after_a_rate_in_its_sentence_is_that_kind_of_rate(workspace):
    """"…65.7 per 100,000 population, and Gwent's rate was 70.0": the second
    number is a rate per 100,000 too, checked as one, not a count that
    matches nothing."""
    report = _review(workspace, "Reduce Serious Violence\n\n"
                                "In the year ending March 2026 North Wales recorded 65.7 knife offences per 100,000 "
                                "population, and Gwent's rate was 70.0.\n\n"
                                "In the year ending March 2026 North Wales recorded 65.7 knife offences per 100,000 "
                                "population, against Gwent's rate of 66.0.\n")
    status = {m.text: (m.kind, m.status) for m in report.figures}
    assert status["70.0"] == ("rate", "wrong") and status["66.0"] == ("rate", "verified")
    assert any(f.message.startswith("70.0 per 100,000 for knife offences: the figures give 66.0")
               for f in report.findings)
