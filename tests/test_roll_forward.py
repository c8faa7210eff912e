"""Rolling a statement forward: every figure moves to the draft's period,
with the words that go with it, and nothing else is touched.

The statements here are written for the project (Kestrel Vale is fictional),
with figures chosen so every rewrite can be checked by hand.
"""

from __future__ import annotations

import json

import pytest

from drafter import drafts
from drafter.statement import PARAGRAPH

FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,population,2024,1000000,
Kestrel Vale,population,2025,1000000,
Kestrel Vale,homicides,2025-Q1,6,
Kestrel Vale,homicides,2025-Q2,4,
Kestrel Vale,homicides,2026-Q1,4,
Kestrel Vale,homicides,2026-Q2,5,
Kestrel Vale,homicides,2024,40,
Kestrel Vale,homicides,2025,40,
Kestrel Vale,homicides,2026,44,
Kestrel Vale,knife_offences,2025-Q1,190,
Kestrel Vale,knife_offences,2025-Q2,200,
Kestrel Vale,knife_offences,2026-Q1,212,
Kestrel Vale,knife_offences,2026-Q2,180,
Kestrel Vale,neighbourhood_crime,2025-Q1,2000,
Kestrel Vale,neighbourhood_crime,2025-Q2,2000,
Kestrel Vale,neighbourhood_crime,2026-Q1,2000,
Kestrel Vale,neighbourhood_crime,2026-Q2,2100,
Kestrel Vale,vehicle_crime,2026-Q1,1000,
Kestrel Vale,vehicle_crime,2026-Q2,1155,
Kestrel Vale,victim_satisfaction,2025-Q1,73.0,percent
Kestrel Vale,victim_satisfaction,2025-Q2,74.0,percent
Kestrel Vale,victim_satisfaction,2026-Q1,75.0,percent
Kestrel Vale,victim_satisfaction,2026-Q2,72.0,percent
Kestrel Vale,fraud_reports,2025-Q1,1000,
Kestrel Vale,fraud_reports,2025-Q2,1000,
Kestrel Vale,fraud_reports,2026-Q1,1100,
Kestrel Vale,fraud_reports,2026-Q2,900,
Kestrel Vale,asb_incidents,2025-Q1,4000,
Kestrel Vale,asb_incidents,2025-Q2,3000,
Kestrel Vale,asb_incidents,2026-Q1,3000,
Kestrel Vale,asb_incidents,2026-Q2,3300,
Kestrel Vale,drug_seizures,2026-Q1,400,
"""

QUARTERLY = """\
Kestrel Vale Police and Crime Panel

June 2026

Title: National Policing Priorities – Kestrel Vale Police and Crime Commissioner Statement

Introduction

1. The Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021 requires this statement, which follows the Police and Crime Plan 2021-2025 and reports on all 43 police forces' shared priorities.

Reduce murder and other homicide

2. Between January and March 2026 there were 4 homicides in Kestrel Vale, compared with 6 in January to March 2025, a fall of 33.3%.

3. In 2025/26 the homicide review panel met monthly. Families can call the support line on 0300 123 4567. The panel has reviewed every case since it began in 2025.

Reduce serious violence

4. Knife offences rose to 212 in Q4 2025/26 from 190 in Q4 2024/25, an increase of 11.6%. The rate was 21.2 per 100,000 residents.

5. The Commissioner gave £250,000 to the violence reduction unit, as the *2025 annual assessment of policing* advised.

Drug supply and county lines

6. Officers made 400 drug seizures in January to March 2026.

Reduce neighbourhood crime

7. Neighbourhood crime in January to March 2026 was 2,000 offences, the same as the year prior. Vehicle crime made up 50.0% of neighbourhood crime in January to March 2026.

8. Anti-social behaviour incidents numbered 3,000 in January to March 2026, a decrease of 25.0% from the same quarter a year earlier, when there were 4,000.

Improve victim satisfaction

9. Victim satisfaction was 75.0% in January to March 2026, 2.0 percentage points higher than in the same quarter last year.

Tackle fraud and cyber crime

10. Fraud reports were up 10.0% on January to March 2025, at 1,100 in January to March 2026. This is the highest quarterly total on record.

Reporting frequency

The Panel receives this statement every quarter.
"""

ANNUAL = """\
Kestrel Vale Police and Crime Panel

March 2026

Title: National Policing Priorities – Kestrel Vale Police and Crime Commissioner Statement

Introduction

1. This statement reports on the National Policing Priorities.

Reduce murder and other homicide

2. In the year ending December 2025 there were 40 homicides in Kestrel Vale, or 40.0 per million population, the same as the year prior.

Reporting frequency

The Panel receives this statement every quarter.
"""


@pytest.fixture
def kestrel(empty_workspace, tmp_path):
    figures = tmp_path / "kestrel.csv"
    figures.write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(figures)
    for name, text in (("kestrel-vale-2026-06.txt", QUARTERLY), ("kestrel-vale-2026-03.txt", ANNUAL)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "kestrel-vale-2026-06.txt", tmp_path / "kestrel-vale-2026-03.txt"],
                                   force="Kestrel Vale")
    return empty_workspace


def _statement(workspace, date):
    return next(s.id for s in workspace.list_statements() if s.date == date)


@pytest.fixture
def rolled(kestrel):
    return kestrel.new_draft(from_statement=_statement(kestrel, "2026-06"))


def _paragraph(draft, section, index=0):
    return [p for p in draft.section(section).paragraphs if p.kind == PARAGRAPH][index]


def test_the_draft_moves_to_the_next_quarter(rolled):
    assert rolled.period == "2026-Q2"
    moved, left = rolled.roll_counts()
    assert (moved, left) == (16, 3)  # 400 seizures, "highest", and 2025/26 in a paragraph without figures


def test_counts_period_words_and_a_flipped_direction(rolled):
    assert _paragraph(rolled, "homicide").text == (
        "Between April and June 2026 there were 5 homicides in Kestrel Vale, compared with 4 in "
        "April to June 2025, a rise of 25.0%.")


def test_financial_quarters_rates_and_an_article_that_must_change(rolled):
    text = _paragraph(rolled, "serious-violence").text
    assert text.startswith("Knife offences fell to 180 in Q1 2026/27 from 200 in Q1 2025/26, "
                           "a decrease of 10.0%.")
    assert "The rate was 18.0 per 100,000 residents." in text


def test_the_same_as_the_year_prior_becomes_the_change_it_now_is(rolled):
    text = _paragraph(rolled, "neighbourhood-crime").text
    assert ("Neighbourhood crime in April to June 2026 was 2,100 offences, an increase of 5.0% "
            "from the year prior.") in text
    assert "Vehicle crime made up 55.0% of neighbourhood crime in April to June 2026." in text


def test_the_comparison_base_becomes_the_old_current_value(rolled):
    assert _paragraph(rolled, "neighbourhood-crime", 1).text == (
        "Anti-social behaviour incidents numbered 3,300 in April to June 2026, an increase of 10.0% "
        "from the same quarter a year earlier, when there were 3,000.")


def test_points_higher_becomes_lower_and_up_becomes_down(rolled):
    assert _paragraph(rolled, "victim-satisfaction").text == (
        "Victim satisfaction was 72.0% in April to June 2026, 2.0 percentage points lower than in "
        "the same quarter last year.")
    assert _paragraph(rolled, "cyber-crime").text.startswith(
        "Fraud reports were down 10.0% on April to June 2025, at 900 in April to June 2026.")


def test_what_is_not_a_figure_is_left_alone(rolled):
    introduction = _paragraph(rolled, "introduction").text
    assert "(Amendment) Order 2021" in introduction and "Plan 2021-2025" in introduction
    assert "all 43 police forces" in introduction
    homicide = _paragraph(rolled, "homicide", 1).text
    assert "0300 123 4567" in homicide
    violence = _paragraph(rolled, "serious-violence", 1).text
    assert "£250,000" in violence and "*2025 annual assessment of policing*" in violence


def test_a_missing_figure_is_kept_and_named(rolled):
    seizures = _paragraph(rolled, "drugs-county-lines")
    assert seizures.text == "Officers made 400 drug seizures in January to March 2026."
    assert seizures.origin.rolled == []
    assert seizures.origin.not_rolled == [{"text": "400", "reason": "no drug_seizures figure for "
                                           "Kestrel Vale 2026-Q2: kept as written (2026-Q1)"}]


def test_a_claim_that_may_no_longer_hold_is_flagged_not_rewritten(rolled):
    fraud = _paragraph(rolled, "cyber-crime")
    assert "the highest quarterly total on record" in fraud.text
    assert any("'highest' may no longer hold" in left["reason"] for left in fraud.origin.not_rolled)


def test_period_words_without_figures_are_flagged(rolled):
    panel = _paragraph(rolled, "homicide", 1)
    assert panel.text.startswith("In 2025/26 the homicide review panel")
    assert [left["text"] for left in panel.origin.not_rolled] == ["2025/26"]


def test_each_paragraph_records_what_moved(rolled):
    homicide = _paragraph(rolled, "homicide")
    assert homicide.origin.copied.startswith("Between January and March 2026 there were 4 homicides")
    first = homicide.origin.rolled[0]
    assert first == {"old": "4", "new": "5", "measure": "homicides", "area": "Kestrel Vale",
                     "from_period": "2026-Q1", "to_period": "2026-Q2", "source": "kestrel.csv"}


def test_a_year_rolls_to_the_next_year_when_asked(kestrel):
    draft = kestrel.new_draft(from_statement=_statement(kestrel, "2026-03"), period="2026")
    assert _paragraph(draft, "homicide").text == (
        "In the year ending December 2026 there were 44 homicides in Kestrel Vale, or 44.0 per "
        "million population, an increase of 10.0% from the year prior.")


def test_no_roll_copies_the_words_and_review_calls_the_figures_stale(kestrel):
    draft = kestrel.new_draft(from_statement=_statement(kestrel, "2026-06"), period="2026-Q2", roll=False)
    assert _paragraph(draft, "homicide").text.startswith("Between January and March 2026 there were 4")
    report = kestrel.review(draft.id)
    stale = {f.paragraph for f in report.findings if f.kind == "stale-figure"}
    assert 2 in stale


def test_review_of_a_rolled_draft_lists_what_is_left(kestrel, rolled):
    report = kestrel.review(rolled.id)
    left = [f for f in report.findings if f.kind == "not-rolled"]
    assert len(left) == sum(len(p.origin.not_rolled) for s in rolled.sections for p in s.paragraphs)
    assert not [f for f in report.findings if f.kind in ("stale-figure", "arithmetic", "direction")]


def test_rejecting_the_roll_brings_back_the_copied_words(kestrel, rolled):
    paragraph = _paragraph(rolled, "homicide")
    drafts.reject_roll(paragraph)
    assert paragraph.text.startswith("Between January and March 2026 there were 4 homicides")
    assert paragraph.origin.rolled == []


def test_the_cli_says_what_it_did_and_show_json_has_the_record(kestrel, cli):
    created = cli("draft", "new", "--from", str(_statement(kestrel, "2026-06")), workspace=kestrel.path)
    assert created.exit_code == 0
    assert "rolled forward to 2026-Q2" in created.stdout and "left for you" in created.stdout
    draft_id = created.stdout.split()[2].rstrip(":")
    shown = cli("draft", "show", draft_id, "--json", workspace=kestrel.path).json()
    origins = [p["origin"] for s in shown["sections"] for p in s["paragraphs"]]
    assert any(o.get("rolled") for o in origins) and any(o.get("not_rolled") for o in origins)
    exported = cli("draft", "export", draft_id, "--format", "md", "--force", "-o",
                   str(kestrel.path / "out.md"), workspace=kestrel.path)
    assert exported.exit_code == 0
    text = (kestrel.path / "out.md").read_text(encoding="utf-8")
    assert "not_rolled" not in text and "may no longer hold" not in text
    assert json.loads(json.dumps(shown))  # the record is plain JSON


TABLE_STATEMENT = """\
National Crime and Policing Measures: Q4 2025/26

Published March 2026

The Police and Crime Commissioner for Kestrel Vale publishes this statement as the Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021 requires.

| Priority area | National metrics and data source | Crime levels and time period |
|---|---|---|
| Reduce murder and other homicide | Homicides (police recorded crime) | 9 homicides in the 12 months to December 2025 |
| Improve victim satisfaction | Victim satisfaction (victim survey) | 75.0% of victims satisfied in the 12 months to December 2025 |

## Reduce murder and other homicide

There were 3 homicides in October to December 2025, against 2 in October to December 2024.

## Reduce serious violence

Knife offences numbered 40 in October to December 2025.
"""

TABLE_FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,homicides,2024-Q4,2,
Kestrel Vale,homicides,2025-Q1,1,
Kestrel Vale,homicides,2025-Q2,2,
Kestrel Vale,homicides,2025-Q3,3,
Kestrel Vale,homicides,2025-Q4,3,
Kestrel Vale,homicides,2026-Q1,1,
Kestrel Vale,homicides,2025,9,
Kestrel Vale,victim_satisfaction,2025,75.0,percent
Kestrel Vale,knife_offences,2025-Q4,40,
Kestrel Vale,knife_offences,2026-Q1,35,
"""


def test_a_table_rolls_cell_by_cell_and_a_year_to_a_month_moves_with_the_data(empty_workspace, tmp_path):
    (tmp_path / "kv.csv").write_text(TABLE_FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "kv.csv")
    (tmp_path / "kestrel-vale-2026-03.md").write_text(TABLE_STATEMENT, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "kestrel-vale-2026-03.md"], force="Kestrel Vale")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    assert draft.period == "2026-Q1"
    table = next(p for s in draft.sections for p in s.paragraphs if p.kind == "table")
    homicides = table.cells[1]
    assert homicides[2] == "9 homicides in the 12 months to March 2026"
    rolled = next(r for r in table.origin.rolled if r["measure"] == "homicides")
    assert rolled["to_period"] == "2025/26" and rolled["source"].startswith("sum of 2025-Q2 to 2026-Q1")
    assert table.cells[2][2] == "75.0% of victims satisfied in the 12 months to December 2025"
    assert [left["text"] for left in table.origin.not_rolled] == ["75.0%"]


@pytest.mark.parametrize(("title", "expected"), [
    ("Q4 2025/26 National Crime and Policing Measures – Kestrel Vale",
     "Q1 2026/27 National Crime and Policing Measures – Kestrel Vale"),
    ("Kestrel Vale: the quarter ending March 2026", "Kestrel Vale: the quarter ending June 2026"),
    ("Update June 2026 – Kestrel Vale Police and Crime Commissioner",
     "Update June 2026 – Kestrel Vale Police and Crime Commissioner"),
])
def test_the_title_names_the_drafts_period_not_the_one_copied(kestrel, tmp_path, title, expected):
    source = tmp_path / "kestrel-vale-titled-2026-06.txt"
    source.write_text(QUARTERLY.replace(
        "Title: National Policing Priorities – Kestrel Vale Police and Crime Commissioner Statement",
        f"Title: {title}"), encoding="utf-8")
    kestrel.add_statements([source], force="Kestrel Vale", date="2026-06")
    added = max(s.id for s in kestrel.list_statements())
    assert kestrel.new_draft(from_statement=added).title == expected
    assert kestrel.new_draft(from_statement=added, roll=False).title == title


def test_period_words_without_figures_are_flagged_with_when_they_were_recent(rolled):
    panel = _paragraph(rolled, "homicide", 1)
    assert panel.text.startswith("In 2025/26 the homicide review panel met monthly.")
    assert panel.origin.not_rolled == [{"text": "2025/26", "reason": "names 2025/26, recent when the "
                                        "statement copied (2026-Q1) was written: check it still holds"}]


def test_last_years_annual_figure_is_current_in_a_quarterly_draft_but_does_not_stand_in_for_the_quarter(kestrel):
    draft = kestrel.new_draft(area="Kestrel Vale", period="2026-Q2", date="2026-09")
    drafts.append_paragraph(draft, "homicide", "In 2025 there were 40 homicides in Kestrel Vale.")
    drafts.append_paragraph(draft, "homicide", "There were 40 homicides in Kestrel Vale in 2024.")
    drafts.append_paragraph(draft, "homicide", "Between January and March 2026 there were 4 homicides.")
    kestrel.save_draft(draft)
    report = kestrel.review(draft.id)
    figures = {(n["text"], n["period"]): n for n in report.to_dict()["figures"]}
    assert figures[("40", "2025")]["status"] == "verified"
    # 2024's beside 2025's is a year quoted as such.
    assert figures[("40", "2024")]["status"] == "verified"
    assert figures[("40", "2024")]["derivation"].endswith("(earlier period, quoted as such)")
    # The year's total does not give the quarter under review: the quarter
    # before's sentence, with nothing for 2026-Q2 beside it, is left over.
    stale = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert len(stale) == 1 and stale[0].startswith("4 is the figure for 2026-Q1, earlier than 2026-Q2"), stale
    assert stale[0].endswith("is it last quarter's sentence?")


def test_an_earlier_period_named_where_the_statement_gives_no_current_figure_is_stale(kestrel):
    draft = kestrel.new_draft(area="Kestrel Vale", period="2026-Q2", date="2026-09")
    drafts.append_paragraph(draft, "homicide", "Between January and March 2026 there were 4 homicides.")
    kestrel.save_draft(draft)
    stale = [f.message for f in kestrel.review(draft.id).findings if f.kind == "stale-figure"]
    # Last quarter's sentence, period and all: nothing in the draft gives 2026-Q2's homicides.
    assert len(stale) == 1 and stale[0].startswith("4 is the figure for 2026-Q1, earlier than 2026-Q2"), stale

TABLE_BY_PERIOD = """\
# Kestrel Vale: National Policing Priorities

March 2026

## Reduce neighbourhood crime

In 2025 there were 40 homicides in Kestrel Vale.

| Offence | 2025 |
|---|---|
| Residential burglary | 2,500 |
| Vehicle crime | 4,321 |
"""


def test_a_table_headed_by_its_periods_is_left_whole_for_the_writer(kestrel, tmp_path):
    figures = tmp_path / "vehicle-crime.csv"
    figures.write_text("area,measure,period,value\nKestrel Vale,vehicle_crime,2025,4321\n"
                       "Kestrel Vale,vehicle_crime,2026,4990\n", encoding="utf-8")
    kestrel.import_figures(figures)
    path = tmp_path / "kestrel-vale-table-2026-03.md"
    path.write_text(TABLE_BY_PERIOD, encoding="utf-8")
    kestrel.add_statements([path], force="Kestrel Vale")
    statement = next(s.id for s in kestrel.list_statements() if s.file == path.name)
    draft = kestrel.new_draft(from_statement=statement, period="2026")
    assert _paragraph(draft, "neighbourhood-crime").text == "In 2026 there were 44 homicides in Kestrel Vale."
    (table,) = [p for p in draft.section("neighbourhood-crime").paragraphs if p.kind == "table"]
    # 4,990 under "2025" beside a burglary figure nothing moved would be a table no one wrote.
    assert table.cells == [["Offence", "2025"], ["Residential burglary", "2,500"], ["Vehicle crime", "4,321"]]
    assert table.origin.rolled == []
    assert "4,321" in [left["text"] for left in table.origin.not_rolled]
    assert all("headed 2025" in left["reason"] for left in table.origin.not_rolled)


def test_the_period_a_statement_says_it_covers_moves_with_it(seeded_workspace):
    source = next(s for s in seeded_workspace.list_statements()
                  if s.force == "Ashmoor" and s.date == "2026-06")
    draft = seeded_workspace.new_draft(from_statement=source.id, date="2026-09")
    introduction = draft.sections[0].paragraphs[0]
    assert "This statement covers April to June 2026;" in introduction.text
    assert introduction.origin.not_rolled == []
    assert draft.title.endswith("Q1 2026/27")


def test_a_period_asked_for_without_figures_moves_nothing_and_says_so(kestrel):
    copied = _statement(kestrel, "2026-06")
    draft = kestrel.new_draft(from_statement=copied, period="2026-Q3")
    homicide = _paragraph(draft, "homicide")
    assert homicide.text.startswith("Between January and March 2026 there were 4 homicides in Kestrel Vale, "
                                    "compared with 6 in January to March 2025")
    assert draft.roll_counts()[0] == 0
    assert (draft.period, draft.next_period_missing) == ("2026-Q1", "2026-Q3")


MIXED = QUARTERLY.replace("6. Officers made 400 drug seizures in January to March 2026.",
                          "6. Officers made 400 drug seizures in January to March 2026, and recorded "
                          "212 knife offences in the same quarter, against 190 a year earlier.")


def test_a_paragraph_with_a_figure_that_cannot_move_keeps_all_its_figures(empty_workspace, tmp_path):
    figures = tmp_path / "kestrel.csv"
    figures.write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(figures)
    (tmp_path / "kestrel-vale-2026-06.txt").write_text(MIXED, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "kestrel-vale-2026-06.txt"], force="Kestrel Vale")
    draft = empty_workspace.new_draft(from_statement=_statement(empty_workspace, "2026-06"))
    assert draft.period == "2026-Q2"
    mixed = _paragraph(draft, "drugs-county-lines")
    # 212 and 190 would become 180 and 200, beside a 400 still for January to March 2026.
    assert mixed.text == MIXED.split("6. ")[1].split("\n")[0]
    assert mixed.origin.rolled == []
    left = {entry["text"]: entry["reason"] for entry in mixed.origin.not_rolled}
    assert left["400"].startswith("no drug_seizures figure for Kestrel Vale 2026-Q2")
    assert left["212"] == ("kept as written, with the paragraph's other figures: "
                           "no drug_seizures for Kestrel Vale 2026-Q2 is stored")
    # the rest of the statement still rolls
    assert _paragraph(draft, "homicide").text.startswith("Between April and June 2026 there were 5 homicides")
