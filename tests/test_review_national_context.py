"""National figures and claims in sentences that do not name their measure,
or name the nation in other words: "The national rate was 58.5", "This was
above the England and Wales average", "Across England and Wales the rate in
the year ending September 2024 was 7.9", "England and Wales recorded 51,000
knife offences". Each is held to England and Wales for the measure its
paragraph, its section or the paragraph before speaks of, and an earlier
period's national figure is named as such.

The workbooks are built at test time in the ONS layout; the rates are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from spreadsheets import ons_table, write_xlsx

import drafter
from drafter.claims.national_numbers import national_number
from drafter.forces import FORCES

COLUMNS = ["Knife or sharp instrument offences per 100,000 population", "Neighbourhood crime per 1,000 population"]
GWENT = {"June": (55.0, 6.1), "September": (58.5, 6.4)}
NATIONAL = {"June": (69.8, 7.9), "September": (68.4, 7.7)}
HEADER = """\
Gwent Police and Crime Commissioner
Statement on the National Policing Priorities
October 2024

This statement covers the year ending September 2024.

"""


def _table(path: Path, month: str) -> Path:
    shift = 0 if month == "June" else 1
    rows = [["K04000001", "England and Wales", *NATIONAL[month]]]
    region = None
    for number, force in enumerate(FORCES):
        if force.region != region:
            region = force.region
            rows.append(["E12000000", region, 70.0, 8.0])
        knife = 40 + (number * 13 + shift) % 60 + 0.5
        crime = 4 + (number * 7 + shift) % 9 + 0.3
        rows.append([f"W1500{number:04d}", force.name, *(GWENT[month] if force.name == "Gwent" else (knife, crime))])
    title = f"Table P1: Police recorded crime rates by police force area, year ending {month} 2024"
    return write_xlsx(path, {"Table P1": ons_table(rows, title, COLUMNS, ["[x] = not available"])})


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("national-context")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(_table(root / "p1-jun-2024.xlsx", "June"))
        opened.import_figures(_table(root / "p1-sep-2024.xlsx", "September"))
        counts = root / "national-counts.csv"
        counts.write_text("area,measure,period,value\nEngland and Wales,knife_offences,YE2024-09,51234\n",
                          encoding="utf-8")
        opened.import_figures(counts)
        yield opened, root


def _review(workspace, name: str, body: str):
    opened, root = workspace
    path = root / name
    path.write_text(HEADER + body, encoding="utf-8")
    return opened.review(path)


def _by_paragraph(report, kind: str) -> dict:
    return {f.paragraph: f.message for f in report.findings if f.kind == kind}


def _status(report, text: str) -> str:
    return next(m.status for m in report.figures if m.text == text)


def test_the_forces_own_rate_given_as_the_national_rate_is_wrong_not_verified(workspace):
    report = _review(workspace, "own-as-national.txt", """\
Reduce serious violence

1. Gwent recorded 58.5 knife offences per 100,000 population in the year ending September 2024.

2. The national rate was 58.5 per 100,000 population.

3. The national knife crime rate was 58.5 per 100,000 population.
""")
    wrong = _by_paragraph(report, "wrong-rank")
    assert wrong[2].startswith("58.5 is given as the national figure") and "68.4" in wrong[2]
    assert wrong[3].startswith("58.5 is given as the national figure")
    assert [m.status for m in report.figures if m.text == "58.5"] == ["verified", "wrong", "wrong"]
    assert [c.paragraph.number for c in report.ranks if c.status == "wrong"] == [2, 3]


def test_a_claim_in_a_paragraph_naming_no_measure_is_about_what_the_section_spoke_of(workspace):
    report = _review(workspace, "unnamed.txt", """\
Reduce serious violence

1. Gwent recorded 58.5 knife offences per 100,000 population in the year ending September 2024.

2. The rate was 14.5% below the national rate.

Reduce neighbourhood crime

3. Neighbourhood crime in Gwent ran at 6.4 per 1,000 population in the year ending September 2024.

4. This was above the England and Wales average of 7.7 per 1,000 population.
""")
    claims = {(c.paragraph.number, c.text): (c.measure, c.status) for c in report.ranks}
    assert claims[(2, "below the national rate")] == ("knife_offences", "verified")
    assert claims[(4, "above the England and Wales average")] == ("neighbourhood_crime", "wrong")
    assert "Gwent is below the national figure, not above it" in _by_paragraph(report, "wrong-rank")[4]
    assert _status(report, "14.5%") == "verified"
    assert _status(report, "7.7") == "verified"
    assert not [f for f in report.findings if f.kind == "unverified-figure" and f.paragraph in (2, 4)]


def test_the_section_priority_gives_the_measure_when_nothing_before_names_one(workspace):
    report = _review(workspace, "priority.txt", """\
Reduce neighbourhood crime

1. Gwent's rate was above the England and Wales average.
""")
    assert [(c.measure, c.status) for c in report.ranks] == [("neighbourhood_crime", "wrong")]


def test_a_claim_no_measure_can_be_found_for_is_listed_unverified_not_dropped(workspace):
    report = _review(workspace, "no-measure.txt", """\
Reduce serious violence

1. Gwent's rate was above the national average.
""")
    assert [(c.measure, c.status) for c in report.ranks] == [(None, "unverifiable")]
    (warning,) = [f for f in report.findings if f.kind == "unverified-rank"]
    assert "names no measure" in warning.message and "None" not in warning.message


def test_a_stale_national_rate_is_caught_with_a_period_before_it_or_as_the_rate(workspace):
    report = _review(workspace, "stale.txt", """\
Reduce neighbourhood crime

1. Across England and Wales the neighbourhood crime rate in the year ending September 2024 was 7.9 per 1,000.

2. Neighbourhood crime in Gwent ran at 6.4 per 1,000 population. Across England and Wales the rate was 7.9 per 1,000.

3. Across England and Wales the rate was 7.7 per 1,000.
""")
    wrong = _by_paragraph(report, "wrong-rank")
    for number in (1, 2):
        assert wrong[number].startswith("7.9 is the national figure for YE2024-06 (7.90), not for YE2024-09")
        assert "7.70" in wrong[number] or "7.7" in wrong[number]
    assert 3 not in wrong and _status(report, "7.7") == "verified"


def test_a_stale_national_rate_is_caught_however_the_nation_is_named(workspace):
    report = _review(workspace, "stale-named.txt", """\
Reduce neighbourhood crime

1. The England and Wales rate in the year ending September 2024 was 7.9 per 1,000.

2. The rate across England and Wales in the year ending September 2024 was 7.9 per 1,000.

3. For England and Wales as a whole, the neighbourhood crime rate was 6.4 per 1,000.
""")
    wrong = _by_paragraph(report, "wrong-rank")
    for number in (1, 2):
        assert wrong[number].startswith("7.9 is the national figure for YE2024-06 (7.90), not for YE2024-09")
    assert wrong[3].startswith("6.4 is given as the national figure")


def test_a_percentage_gap_is_checked_beside_the_forces_matched_rate(workspace):
    report = _review(workspace, "gap.txt", """\
Reduce neighbourhood crime

1. Gwent's rate of 6.4 per 1,000 compares with 7.7 per 1,000 across England and Wales, 16.9% below the national rate.

2. Gwent's rate of 6.4 per 1,000 compares with 7.7 per 1,000 across England and Wales, 25.0% below the national rate.
""")
    assert [m.status for m in report.figures if m.text in ("6.4", "7.7", "16.9%", "25.0%")] == \
        ["verified", "verified", "verified", "verified", "verified", "wrong"]
    assert _by_paragraph(report, "wrong-rank")[2].startswith("25.0% is given as the gap to the national figure")


def test_england_and_wales_recorded_is_the_national_count(workspace):
    report = _review(workspace, "counts.txt", """\
Reduce serious violence

1. England and Wales recorded 50,000 knife or sharp instrument offences in the year ending September 2024.

2. England and Wales recorded 51,234 knife or sharp instrument offences in the year ending September 2024.
""")
    assert _by_paragraph(report, "wrong-rank")[1].startswith("50,000 is given as the national figure")
    assert _status(report, "51,234") == "verified"


@pytest.mark.parametrize("sentence, number", [
    ("England and Wales recorded 60,770 knife offences.", "60,770"),
    ("Forces in England and Wales recorded 60,770 knife offences.", "60,770"),
    ("The national knife crime rate was 66.0 per 100,000.", "66.0"),
    ("Across England and Wales the rate in the year ending March 2026 was 12.8 per 1,000.", "12.8"),
    ("For England and Wales as a whole, the knife crime rate was 66.0 per 100,000.", "66.0"),
    ("The average rate across all 43 forces was 45.0 per 100,000.", "45.0"),
    ("The England and Wales rate in the year ending March 2026 was 98.4 per 100,000.", "98.4"),
    ("The rate across England and Wales in 2025/26 was 98.4 per 100,000.", "98.4"),
    ("Nationally, 61,500 knife or sharp instrument offences were recorded.", "61,500"),
    ("Across England and Wales, 61,500 knife offences were recorded.", "61,500"),
    ("Gwent's rate was 8.5 per 1,000 (England and Wales: 12.8 per 1,000).", "12.8"),
    ("Knife crime nationally stood at 93.9 offences per 100,000 people.", "93.9"),
    ("The rate in Gwent was 66.0 per 100,000 and nationally was 93.9.", "93.9"),
])
def test_the_nation_named_in_these_words_makes_the_number_national(sentence, number):
    start = sentence.index(number)
    assert national_number(sentence, start, start + len(number))


@pytest.mark.parametrize("sentence, number", [
    ("Gwent recorded 396 knife offences, the lowest in England and Wales.", "396"),
    ("Gwent, below the England and Wales average, recorded 396 knife offences.", "396"),
    ("Gwent's knife crime rate was 66.0 per 100,000.", "66.0"),
    ("Gwent's rate across the year was 66.0 per 100,000.", "66.0"),
    ("The rate across the forces in our region was 66.0 per 100,000.", "66.0"),
    ("The rate in Gwent was 66.0, against 100.7 for England and Wales.", "66.0"),
    ("Nationally, 12 forces saw a rise in knife crime.", "12"),
    ("Nationally, 25 police forces took part in the knife amnesty.", "25"),
    ("Nationally, 3 in 5 knife offences involved a blade.", "3"),
])
def test_the_forces_own_numbers_beside_the_nation_stay_its_own(sentence, number):
    start = sentence.index(number)
    assert not national_number(sentence, start, start + len(number))


def test_a_count_said_nationally_is_held_to_the_national_count(workspace):
    report = _review(workspace, "nationally.txt", """\
Reduce serious violence

1. Gwent recorded 58.5 knife offences per 100,000 population in the year ending September 2024. Nationally, \
52,500 knife or sharp instrument offences were recorded.

2. Nationally, 51,234 knife offences were recorded in the year ending September 2024.

3. Nationally, 12 forces saw a rise in knife crime in the year ending September 2024.
""")
    wrong = _by_paragraph(report, "wrong-rank")
    assert wrong[1].startswith("52,500 is given as the national figure") and "51,234" in wrong[1]
    assert _status(report, "51,234") == "verified"
    assert 3 not in wrong


def test_a_gap_to_the_national_rate_in_its_own_units_is_checked(workspace):
    report = _review(workspace, "gap-units.txt", """\
Reduce neighbourhood crime

1. Gwent's neighbourhood crime rate was 6.4 per 1,000 population, 1.3 per 1,000 below the national rate.

2. Gwent's neighbourhood crime rate was 6.4 per 1,000 population, 2.4 per 1,000 below the national rate.

3. Gwent's neighbourhood crime rate was 6.4 per 1,000, which is 2.4 lower than the England and Wales rate.

4. Neighbourhood crime in Gwent fell to 6.4 per 1,000, below the England and Wales average of 7.7 per 1,000.
""")
    wrong = _by_paragraph(report, "wrong-rank")
    assert 4 not in wrong  # the force's own rate before the claim is no gap
    assert 1 not in wrong and _status(report, "1.3") == "verified"
    assert wrong[2].startswith("2.4 is given as the gap to the national figure") and "-1.30" in wrong[2]
    assert wrong[3].startswith("2.4 is given as the gap to the national figure")


def test_a_national_figure_in_brackets_is_checked(workspace):
    report = _review(workspace, "brackets.txt", """\
Reduce neighbourhood crime

1. Gwent's neighbourhood crime rate was 6.4 per 1,000 population (England and Wales: 7.7 per 1,000).

2. Gwent's neighbourhood crime rate was 6.4 per 1,000 population (England and Wales: 8.3 per 1,000).

3. Gwent's neighbourhood crime rate was 6.4 per 1,000 population (national rate: 8.3 per 1,000).
""")
    wrong = _by_paragraph(report, "wrong-rank")
    assert 1 not in wrong and _status(report, "7.7") == "verified"
    assert wrong[2].startswith("8.3 is given as the national figure") and wrong[3].startswith("8.3 is given")


def test_a_national_figure_alone_in_brackets_after_its_name_is_checked(workspace):
    report = _review(workspace, "named-brackets.txt", """\
Reduce neighbourhood crime

1. Gwent's neighbourhood crime rate was 6.4 per 1,000, 1.3 crimes per 1,000 residents lower than the England and Wales rate (7.7 per 1,000).

2. Gwent's neighbourhood crime rate was 6.4 per 1,000, 2.3 crimes per 1,000 residents lower than the England and Wales rate (8.7 per 1,000).

3. Gwent's neighbourhood crime rate remains below the national rate (6.4 against 7.7).

4. Gwent's neighbourhood crime rate remains below the national average (6.4 per 1,000).
""")
    wrong = _by_paragraph(report, "wrong-rank")
    assert 1 not in wrong and 3 not in wrong and 4 not in wrong  # 4: the force's own rate in brackets
    assert {m.text: m.status for m in report.figures if m.text in ("1.3", "7.7") and m.paragraph.printed_number == 1} == {"1.3": "verified",
                                                                                       "7.7": "verified"}
    assert [f.message.split(",")[0] for f in report.findings if f.kind == "wrong-rank" and f.paragraph == 2] == [
        "2.3 is given as the gap to the national figure", "8.7 is given as the national figure"]


def test_a_national_count_in_brackets_is_held_to_the_period_named_beside_it(workspace):
    report = _review(workspace, "bracket-period.txt", """\
Reduce serious violence

1. Gwent's knife crime rate was 58.5 per 100,000 in the year ending September 2024 (England and Wales: 51,234 knife offences in the year ending September 2024).

2. Gwent's knife crime rate was 58.5 per 100,000 in the year ending September 2024 (England and Wales: 52,500 knife offences in the year ending September 2024).
""")
    wrong = _by_paragraph(report, "wrong-rank")
    assert 1 not in wrong and _status(report, "51,234") == "verified"
    assert wrong[2].startswith("52,500 is given as the national figure") and "51,234" in wrong[2]


def test_the_welsh_or_similar_group_average_is_another_areas_figure_not_one_missing_from_the_forces(workspace):
    report = _review(workspace, "welsh-average.txt", """\
Reduce neighbourhood crime

1. Gwent's rate of 6.4 per 1,000 population was below the Welsh average of 8.9 per 1,000.

2. This was below the most similar group average of 7.1 per 1,000.
""")
    assert _status(report, "6.4") == "verified"
    messages = [f.message for f in report.findings if f.kind == "unverified-figure"]
    assert [m.split(":")[0] for m in messages] == ["8.9", "7.1"]
    assert all(": its sentence is about another area or the nation" in m for m in messages)


def test_a_national_figure_compared_with_an_earlier_periods_is_checked_for_that_period(workspace):
    report = _review(workspace, "national-then.txt", """\
Reduce neighbourhood crime

1. The England and Wales rate was 7.7 per 1,000 in the year ending September 2024, compared with 7.9 per 1,000 \
in the year ending June 2024.

2. The England and Wales rate was 7.7 per 1,000 in the year ending September 2024, compared with 8.4 per 1,000 \
in the year ending June 2024.

3. The England and Wales rate was 7.7 per 1,000 in the year ending September 2024, against 6.4 per 1,000 in \
Gwent in the year ending September 2024.
""")
    statuses = [(m.text, m.status) for m in report.figures if m.status != "not-a-figure"]
    assert statuses == [("7.7", "verified"), ("7.9", "verified"), ("7.7", "verified"), ("8.4", "wrong"),
                        ("7.7", "verified"), ("6.4", "verified")]
    assert "YE2024-06" in _by_paragraph(report, "wrong-rank")[2]


def test_a_national_count_said_to_be_recorded_in_england_and_wales_is_checked(workspace):
    report = _review(workspace, "recorded-in.txt", """\
Reduce serious violence

1. Gwent recorded 58.5 knife offences per 100,000 population, and 51,234 knife offences were recorded in England \
and Wales in the year ending September 2024.

2. Gwent recorded 58.5 knife offences per 100,000 population, and 52,000 knife offences were recorded in England \
and Wales in the year ending September 2024.
""")
    assert _status(report, "51,234") == "verified"
    assert _by_paragraph(report, "wrong-rank")[2].startswith("52,000 is given as the national figure")
