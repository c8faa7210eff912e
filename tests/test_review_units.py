"""The review's parts on single sentences: numbers, acronyms, periods, changes,
reuse (real spaCy pipeline, no workspace)."""

from __future__ import annotations

import pytest

from drafter.claims.numbers import extract_numbers, parse_number_words
from drafter.figures import Period, find_periods
from drafter.nlp import load_full_pipeline
from drafter.review.checks import acronyms, changes, reuse
from drafter.review.document import (
    ReviewDocument,
    ReviewParagraph,
    ReviewSection,
    default_period,
)


def numbers(text: str) -> list[tuple[str, str]]:
    doc = load_full_pipeline()(text)
    return [(m.text, m.kind) for m in extract_numbers(text, doc)]


@pytest.mark.parametrize("text, expected", [
    ("There were 65,450 offences, an increase of 18.5 per cent.",
     [("65,450", "count"), ("18.5 per cent", "percent")]),
    ("The fund is worth £400,000 and the project £2m.", [("£400,000", "money"), ("£2m", "money")]),
    ("That is 15.4 per million population.", [("15.4", "rate")]),
    ("Firearms offences per 100,000 population stood at 34.9.", [("34.9", "rate")]),
    ("The Order 2021 applies since 2017.", [("2021", "year"), ("2017", "year")]),
    ("Around 2000 knives were handed in.", [("2000", "count")]),
    ("The 2019 survey results show 1950 officers.", [("2019", "year"), ("1950", "count")]),
    ("Priority 1, 2 and 3 calls are graded.", [("1", "label"), ("2", "label"), ("3", "label")]),
    ("Sentences rise from 6 months to 2 years for those aged 18 to 35 years old.",
     [("6", "duration"), ("2", "duration"), ("18", "duration"), ("35", "duration")]),
    ("The 2021/22 budget paid for twenty-six bins and a 3rd van.",
     [("2021/22", "period"), ("twenty-six", "count"), ("3rd", "ordinal")]),
    ("Two teams cover the county.", [("Two", "small")]),
])
def test_numbers_are_found_and_told_apart(text, expected):
    assert numbers(text) == expected


def test_rate_and_money_values():
    text = "There were 45 homicides or 15.4 per million population, and £1.5 million was spent."
    found = {m.text: m for m in extract_numbers(text, load_full_pipeline()(text))}
    assert found["15.4"].per == 1_000_000 and found["15.4"].matches(15.41)
    assert not found["15.4"].matches(15.46)
    assert found["£1.5 million"].value == 1_500_000
    assert found["£1.5 million"].matches(1_549_000) and not found["£1.5 million"].matches(1_560_000)
    text = "The county has 2.92 million residents."
    population = extract_numbers(text, load_full_pipeline()(text))[0]
    assert (population.kind, population.value) == ("count", 2_920_000)
    assert population.matches(2_915_000) and not population.matches(2_930_000)


def test_approximate_numbers_match_at_their_precision():
    text = "Around 2,000 weapons and nearly 4,500 pupils were counted."
    found = {m.text: m for m in extract_numbers(text, load_full_pipeline()(text))}
    assert found["2,000"].approximate and found["2,000"].matches(1_950)
    assert found["4,500"].approximate and found["4,500"].matches(4_460) and not found["4,500"].matches(4_400)


def test_number_words():
    assert parse_number_words("twenty-six") == 26
    assert parse_number_words("two million") == 2_000_000
    assert parse_number_words("three hundred") == 300
    assert parse_number_words("several") is None


def test_periods_named_in_text():
    text = "In April to June 2026, against the year ending December 2022 and 2021/22, and 2019."
    assert [str(m.period) for m in find_periods(text)] == ["2026-Q2", "2022", "2021/22", "2019"]
    assert str(Period.parse("2023-Q2").previous_year()) == "2022-Q2"
    assert str(Period.parse("2022/23").previous_year()) == "2021/22"
    assert Period.parse("2021/22").before(Period.parse("2022-Q3"))
    assert not Period.parse("2022-Q1").before(Period.parse("2022"))
    assert default_period("2023-09") == "2022" and default_period(None) is None


def document(*sections: tuple[str, list[tuple[int | None, str]]]) -> ReviewDocument:
    built = []
    for key, paragraphs in sections:
        section = ReviewSection(key, key.title())
        for index, (number, text) in enumerate(paragraphs):
            section.paragraphs.append(ReviewParagraph(key, key, index, number, text))
        built.append(section)
    return ReviewDocument("statement", "t", "Testshire", "2023-09", built)


def test_acronym_definitions_in_both_forms_and_near_duplicates():
    doc = document(("homicide", [
        (1, "The Anti-Social Behaviour (ASB) team and CARA (Cautioning and Relationship Abuse) met."),
        (2, "ASB fell. The Out of Court Disposals (OOC) rose. The ASBT helped and OOCS too."),
        (3, "The NHS and the PCC joined. The XYZW panel sat."),
    ]))
    findings, summary = acronyms.check(doc)
    assert summary["defined"] == {"ASB": "Anti-Social Behaviour", "CARA": "Cautioning and Relationship Abuse",
                                  "OOC": "Out of Court Disposals"}
    flagged = {(f.kind, f.message.split()[0]) for f in findings}
    assert flagged == {("inconsistent-acronym", "ASBT"), ("inconsistent-acronym", "OOCS"),
                       ("undefined-acronym", "XYZW")}
    assert summary["allowed"] == ["NHS", "PCC"]


def test_acronym_used_before_its_definition():
    doc = document(("homicide", [(1, "The VRP met."), (2, "The Violence Reduction Partnership (VRP) met again.")]))
    findings, _ = acronyms.check(doc)
    assert [(f.kind, f.paragraph) for f in findings] == [("undefined-acronym", 1)]
    assert "before it is spelled out in ¶2" in findings[0].message


def test_paragraphs_are_aligned_by_wording_not_by_number():
    old = document(
        ("homicide", [(1, "Alpha bravo charlie delta echo foxtrot golf hotel."),
                      (2, "India juliet kilo lima mike november oscar papa.")]),
        ("serious-violence", [(3, "Quebec romeo sierra tango uniform victor whiskey xray.")]),
    )
    new = document(
        ("homicide", [(1, "India juliet kilo lima mike november oscar papa."),
                      (2, "Alpha bravo charlie delta echo foxtrot golf hotel india.")]),
        ("serious-violence", [(3, "Something else entirely, written fresh for this quarter.")]),
        ("drugs-county-lines", [(4, "Quebec romeo sierra tango uniform victor whiskey xray.")]),
    )
    result = changes.compare(new, old, {"statement_id": 7, "date": "2023-06"})
    rows = [(s.label, r.status, r.moved, r.new.number if r.new else None, r.old.number if r.old else None)
            for s in result.sections for r in s.rows]
    homicide = {(status, number, was): moved for label, status, moved, number, was in rows
                if label == "homicide"}
    assert set(homicide) == {("unchanged", 1, 2), ("changed", 2, 1)}
    assert sorted(homicide.values(), key=str) == [None, "position"]  # the two swapped places
    assert ("serious-violence", "added", None, 3, None) in rows
    assert ("drugs-county-lines", "unchanged", "section", 4, 3) in rows
    assert result.counts()["added"] == 1 and result.counts()["removed"] == 0
    changed = next(r for s in result.sections for r in s.rows if r.status == "changed")
    assert changed.ops[-1] == {"op": "insert", "old": "", "new": "india."}


def test_verbatim_share_counts_runs_of_six_words():
    past = reuse.past_paragraphs([
        {"statement_id": 1, "number": 4, "text": "one two three four five six seven eight nine ten",
         "date": "2023-06", "title": None, "force": "Testshire"},
        {"statement_id": 2, "number": 1, "text": "one two three four five six seven eight nine ten",
         "date": "2023-12", "title": None, "force": "Testshire"},
    ], before="2023-09", exclude=set())
    assert [p.statement_id for p in past] == [1]  # only statements before the target
    doc = document(("homicide", [(1, "one two three four five six and then eleven twelve thirteen fourteen"),
                                 (2, "one two three four five x six seven eight")]))
    report = reuse.analyse(doc, past)
    first, second = report.paragraphs
    assert first.closest.number == 4 and first.verbatim_share == pytest.approx(6 / 12)
    assert second.verbatim_share == 0.0  # no run of six in a row
    assert report.new_writing_share == pytest.approx(1 - 6 / 21)


@pytest.mark.parametrize("text, flagged", [
    ("Recently, in 2019, the partnership opened a second office.", True),
    ("In 2020 there are 300 officers in the team.", True),
    ("The 2020 rota is currently in use across the county.", True),
    ("The scheme has now secured 1,000 homes since it started in 2021.", False),
    ("The first intake was in 2003 and the team is now larger.", False),
    ("The Order 2021 currently applies.", False),
    ("Crime is now lower than in 2019.", False),
    ("In 2022 there are 45 homicides.", False),  # the period under review
])
def test_old_years_that_read_as_current(text, flagged):
    from drafter.review.checks import dates

    doc = load_full_pipeline()(text)
    paragraph = ReviewParagraph("homicide", "homicide", 0, 3, text, doc=doc)
    found = dates.check_paragraph(paragraph, extract_numbers(text, doc), "2022")
    assert bool(found) == flagged, [f.message for f in found]
    if found:
        assert found[0].kind == "stale-date" and found[0].paragraph == 3
