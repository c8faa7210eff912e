"""Rolling forward moves a figure only with the words that date it, rolls a
quarterly statement on to the next quarter, and names the month spans it
cannot move; review of the rolled draft agrees with every sentence it wrote.

Kestrel Vale is fictional; its figures are chosen so each rewrite can be
checked by hand.
"""

from __future__ import annotations

import pytest

from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,population,2024,1000000,
Kestrel Vale,population,2025,1000000,
Kestrel Vale,homicides,2024,44,
Kestrel Vale,homicides,2025,40,
Kestrel Vale,homicides,2024-Q1,11,
Kestrel Vale,homicides,2024-Q2,11,
Kestrel Vale,homicides,2024-Q3,11,
Kestrel Vale,homicides,2024-Q4,11,
Kestrel Vale,homicides,2025-Q1,9,
Kestrel Vale,homicides,2025-Q2,11,
Kestrel Vale,homicides,2025-Q3,10,
Kestrel Vale,homicides,2025-Q4,10,
Kestrel Vale,homicides,2026-Q1,10,
Kestrel Vale,homicides,2026-Q2,12,
Kestrel Vale,homicides,2026-Q3,13,
Kestrel Vale,victim_satisfaction,2024/25,73.0,percent
Kestrel Vale,victim_satisfaction,2025/26,75.0,percent
Kestrel Vale,knife_offences,2025,800,
Kestrel Vale,knife_offences,2025-Q4,190,
Kestrel Vale,knife_offences,2026-Q1,180,
Kestrel Vale,knife_offences,2026-Q2,150,
Kestrel Vale,knife_offences,2026-Q3,160,
Kestrel Vale,drug_seizures,2025-Q4,400,
Kestrel Vale,drug_seizures,2026-Q1,420,
"""

HEADER = """\
Kestrel Vale Police and Crime Panel

{month}

Title: National Policing Priorities – Kestrel Vale Police and Crime Commissioner Statement

"""

# A statement that quotes only annual figures.
ANNUAL = HEADER.format(month="January 2026") + """\
Reduce murder and other homicide

1. Full-year figures for 2025 are now available. Kestrel Vale recorded 40 homicides over the year, equal to 40.0 per million residents, down from 44 in 2024. Fewer of them than usual came in the summer of 2025.
"""

# A year-end statement: the year just ended, and its last quarter beside it.
YEAR_END = HEADER.format(month="March 2026") + """\
Reduce murder and other homicide

1. Full-year figures for 2025 are now available. Kestrel Vale recorded 40 homicides over the year, equal to 40.0 per million residents, down from 44 in 2024.

Reduce serious violence

2. In 2025 there were 800 knife offences. In the final quarter of the year there were 190 knife offences.

Disrupt drugs supply and county lines

3. Officers made 400 drug seizures in October to December 2025.
"""

# A quarterly statement naming the months before it, beside counts no figure holds.
MONTHS = HEADER.format(month="September 2026") + """\
Reduce murder and other homicide

1. In April to June 2026 there were 12 homicides in Kestrel Vale, compared with 11 in April to June 2025.

Disrupt drugs supply and county lines

2. Between June and August, 9 closure orders were granted and 14 adults at risk were referred for support.

Reduce serious violence

3. Between April and June there were 150 knife offences in Kestrel Vale.

4. Officers recorded 150 knife offences between May and July.

Tackle fraud and cyber crime

5. Use of the Banking Protocol remains high, with 22 calls between June and August.
"""

# What review would say is wrong with a number the roll wrote. (A year copied as it
# was in "… are now available" is review's stale-date, for the writer to reword.)
DISPUTES = ("stale-figure", "wrong-figure", "arithmetic", "direction", "wrong-rank")


@pytest.fixture
def kestrel(empty_workspace, tmp_path):
    (tmp_path / "kestrel.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "kestrel.csv")
    for name, text in (("kestrel-vale-2026-01.txt", ANNUAL), ("kestrel-vale-2026-03.txt", YEAR_END),
                       ("kestrel-vale-2026-09.txt", MONTHS)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        empty_workspace.add_statements([tmp_path / name], force="Kestrel Vale")
    return empty_workspace


def _statement(workspace, date):
    return next(s.id for s in workspace.list_statements() if s.date == date)


def _paragraph(draft, section, index=0):
    return [p for p in draft.section(section).paragraphs if p.kind == PARAGRAPH][index]


def _left(paragraph):
    return {entry["text"]: entry["reason"] for entry in paragraph.origin.not_rolled}


def _review_agrees(workspace, draft):
    """Review disputes nothing the roll wrote, and lists everything it left."""
    report = workspace.review(draft.id)
    disputed = [f.message for f in report.findings if f.kind in DISPUTES]
    assert disputed == []
    listed = sorted(f.evidence for f in report.findings if f.kind == "not-rolled")
    left = sorted(entry["text"] for s in draft.sections for p in s.paragraphs for entry in p.origin.not_rolled)
    assert listed == left
    return {(n["text"], n["period"]): n["status"] for n in report.to_dict()["figures"]}


# -- a figure moves with the words that date it ----------------------------------------------------
def test_the_paragraphs_year_moves_with_the_figures_it_dates(kestrel):
    draft = kestrel.new_draft(from_statement=_statement(kestrel, "2026-01"), period="2026-Q1")
    assert (draft.period, draft.rolled_from) == ("2026-Q1", "2025")
    homicide = _paragraph(draft, "homicide")
    assert homicide.text == (
        "Full-year figures for 2025/26 are now available. Kestrel Vale recorded 41 homicides over the "
        "year, equal to 41.0 per million residents, down from 42 in 2024/25. Fewer of them than usual "
        "came in the summer of 2025.")
    assert _left(homicide) == {"2025": "names 2025, which the paragraph's figures moved on from: check it"}
    statuses = _review_agrees(kestrel, draft)
    assert statuses[("41", "2025/26")] == "verified"
    assert not [f for f in kestrel.review(draft.id).findings if f.kind == "stale-date"]


def test_a_figure_whose_paragraph_names_another_period_is_kept_and_named(kestrel):
    draft = kestrel.new_draft(from_statement=_statement(kestrel, "2026-03"))
    knives = _paragraph(draft, "serious-violence")
    assert knives.text == ("In 2025 there were 800 knife offences. In the final quarter of the year "
                           "there were 190 knife offences.")
    assert _left(knives) == {"190": "its sentence names no period, and the paragraph's '2025' before it is "
                                    "not the figure's (2025-Q4): kept as written, check it for 2026-Q1"}
    _review_agrees(kestrel, draft)


# -- a year-end statement rolls on to the next quarter ---------------------------------------------
def test_a_year_end_statement_rolls_to_the_quarter_after_its_last(kestrel):
    draft = kestrel.new_draft(from_statement=_statement(kestrel, "2026-03"))
    assert (draft.period, draft.rolled_from, draft.next_period_missing) == ("2026-Q1", "2025-Q4", None)
    # The year's own figures stay until the next year is complete, as the June statement quotes them.
    assert _paragraph(draft, "homicide").text == YEAR_END.split("1. ")[1].split("\n")[0]
    assert _paragraph(draft, "homicide").origin.not_rolled == []
    assert _paragraph(draft, "drugs-county-lines").text == "Officers made 420 drug seizures in January to March 2026."
    statuses = _review_agrees(kestrel, draft)
    assert statuses[("420", "2026-Q1")] == "verified"
    assert statuses[("40", "2025")] == "verified"


def test_the_cli_says_which_period_it_chose_and_why(kestrel, cli):
    statement = _statement(kestrel, "2026-03")
    chosen = cli("draft", "new", "--from", statement, workspace=kestrel.path)
    assert chosen.exit_code == 0
    assert ("1 figure rolled forward to 2026-Q1 (the quarter after 2025-Q4, the latest quarter the "
            "statement quotes), 1 left for you") in chosen.stdout
    asked = cli("draft", "new", "--from", statement, "--period", "2026-Q1", workspace=kestrel.path)
    assert "1 figure rolled forward to 2026-Q1 from 2025-Q4, 1 left for you" in asked.stdout
    as_json = cli("draft", "new", "--from", statement, "--json", workspace=kestrel.path).json()
    assert (as_json["period"], as_json["rolled_from"], as_json["rolled"]) == ("2026-Q1", "2025-Q4", 1)


def test_a_year_end_statement_waits_for_the_next_quarter_not_the_next_year(kestrel, cli):
    kestrel.remove_figures(area="Kestrel Vale", period="2026-Q1")
    result = cli("draft", "new", "--from", _statement(kestrel, "2026-03"), workspace=kestrel.path)
    assert ("no figures for January to March 2026 (2026-Q1) are stored yet, so the figures stay as "
            "copied, for 2025-Q4") in result.stdout


# -- months that are no reporting period -----------------------------------------------------------
@pytest.fixture
def months(kestrel):
    return kestrel.new_draft(from_statement=_statement(kestrel, "2026-09"))


def test_months_naming_a_moving_figures_quarter_move_with_it(months):
    assert months.period == "2026-Q3"
    assert _paragraph(months, "homicide").text == (
        "In July to September 2026 there were 13 homicides in Kestrel Vale, compared with 10 in "
        "July to September 2025.")
    knives = _paragraph(months, "serious-violence")
    assert knives.text == "Between July and September there were 160 knife offences in Kestrel Vale."
    assert knives.origin.not_rolled == []


def test_the_months_before_the_statement_are_kept_and_named_with_the_months_a_quarter_on(months):
    orders = _paragraph(months, "drugs-county-lines")
    assert orders.text.startswith("Between June and August, 9 closure orders were granted")
    assert _left(orders) == {"Between June and August": (
        "names months, not a period figures are stored for: a quarter on they are 'Between September "
        "and November'; update them with the numbers they date")}
    calls = _paragraph(months, "cyber-crime")
    assert calls.text.endswith("with 22 calls between June and August.")
    assert list(_left(calls)) == ["between June and August"]


def test_a_figure_dated_by_other_months_than_its_quarters_is_kept_and_named(months):
    knives = _paragraph(months, "serious-violence", 1)
    assert knives.text == "Officers recorded 150 knife offences between May and July."
    assert _left(knives)["150"] == ("dated by 'between May and July', months the figure's period (2026-Q2) "
                                    "is not: kept as written, check it for 2026-Q3")
    assert "between May and July" in _left(knives)


def test_review_lists_every_month_span_left_and_disputes_nothing_rolled(kestrel, months):
    statuses = _review_agrees(kestrel, months)
    assert statuses[("160", "2026-Q3")] == "verified"
    assert statuses[("13", "2026-Q3")] == "verified"


def test_month_spans_are_named_even_before_the_next_quarters_figures_are_in(kestrel):
    kestrel.remove_figures(area="Kestrel Vale", period="2026-Q3")
    draft = kestrel.new_draft(from_statement=_statement(kestrel, "2026-09"))
    assert draft.next_period_missing == "2026-Q3"
    assert "Between June and August" in _left(_paragraph(draft, "drugs-county-lines"))
    assert "between June and August" in _left(_paragraph(draft, "cyber-crime"))
