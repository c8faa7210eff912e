"""Copy forward across a financial year's end, and what review then says of the draft.

* A year named by its end before the number it dates ("In the 12 months to
  March 2026 the force recorded 1,020 …") moves with the data, as it does
  after the number ("… in the year ending March 2026"): it was kept, unlisted,
  in a draft for June beside a sentence rolled on to the year ending June.
* A rank and the national rate said of a year named by its end move with it:
  the rate was rolled to the year ending June 2026 while "the 30th highest"
  and the England and Wales rate stayed March's, and review of the draft
  called both wrong. "The last 12 months (to March 2026)" is the same year.
* Points between two percentages the sentence quotes ("down 3.9 percentage
  points on October to December 2025 (83.9%)") are worked out again from the
  two it now quotes; they were kept, and review of the draft gave two
  arithmetic errors and called the quoted earlier percentage stale.
* "Satisfaction fell to 69.8% … from 73.0% …", whose verb names no measure,
  is turned round when the new figures rose; review holds such a verb to the
  figures it takes.
* A bilingual line on the statement's own period ("This statement covers
  October to December 2025. / Mae'r datganiad hwn yn ymdrin â Hydref i
  Ragfyr 2025.") moves in both languages; it was kept, unlisted, and review
  then read the whole draft as last quarter's. A Welsh paragraph with no
  figure in digits has its period listed for the writer.

The statements are written for the project; the figures are made up.
"""

from __future__ import annotations

import csv
import re

import all_forces
import pytest

import drafter

AREA = "Cumbria"

QUARTERS = """\
area,measure,period,value,unit
Cumbria,knife_offences,2026-Q1,262,
Cumbria,knife_offences,2026-Q2,241,
Cumbria,victim_satisfaction,2025-Q3,83.9,%
Cumbria,victim_satisfaction,2025-Q4,80.0,%
Cumbria,victim_satisfaction,2026-Q1,68.7,%
Cumbria,victim_satisfaction,2026-Q2,75.3,%
"""

BOARD_PAPER = """\
Cumbria Police and Crime Panel

May 2026

Title: National Policing Priorities – Cumbria Police and Crime Commissioner Statement

This report covers January to March 2026.

Reduce serious violence

1. Cumbria recorded 262 knife or sharp instrument offences in January to March 2026.

2. In the 12 months to March 2026 the force recorded {fy_count} knife or sharp instrument offences.

3. Cumbria's knife crime rate was {fy_rate} per 100,000 in the year ending March 2026, the {fy_rank} of the \
43 forces and {fy_side} the England and Wales rate of {fy_national}.

4. Over the last 12 months (to March 2026) there were {fy_count} knife or sharp instrument offences.

5. In the year ending March 2026 the knife crime rate was {fy_rate} per 100,000. This is the {fy_rank} of the 43 \
forces and {fy_side} the England and Wales rate of {fy_national}.

Improve victim satisfaction

6. Victim satisfaction was 68.7% in the quarter, down 11.3 percentage points on October to December 2025 (80.0%).

7. Satisfaction fell to 68.7% in January to March 2026 from 80.0% in October to December 2025.
"""


def _all_forces(root):
    """Every force's knife offences and population for 2025/26 and the year ending June 2026."""
    rows = all_forces.rows(("2025/26",), measures=("population", "knife_offences"))
    later = all_forces.rows(("2026/27",), measures=("population", "knife_offences"))
    rows += [[area, measure, "YE2026-06", value, unit, source] for area, measure, _, value, unit, source in later]
    path = root / "all-forces.csv"
    with path.open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(rows)
    return rows, path


def _year(workspace, rows, period):
    """The force's count, rate, rank and the national rate for ``period``, as a statement words them."""
    count = next(value for area, measure, named, value, _, _ in rows
                 if (area, measure, named) == (AREA, "knife_offences", period))
    found = workspace.national_comparisons(period, ["knife_offences"], area=AREA)[0]
    rank = re.search(r"is the (\w+ highest) of 43", found.rank.derivation).group(1)
    side = "below" if found.value.value < found.national.value else "above"
    return {"count": f"{count:,}", "rate": f"{found.value.value:.1f}", "rank": rank,
            "national": f"{found.national.value:.1f}", "side": side}


@pytest.fixture(scope="module")
def rolled(tmp_path_factory):
    root = tmp_path_factory.mktemp("cumbria")
    rows, figures = _all_forces(root)
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(figures)
        march, june = _year(workspace, rows, "2025/26"), _year(workspace, rows, "YE2026-06")
        (root / "quarters.csv").write_text(QUARTERS, encoding="utf-8")
        workspace.import_figures(root / "quarters.csv")
        path = root / "cumbria-2026-05.txt"
        path.write_text(BOARD_PAPER.format(**{f"fy_{key}": value for key, value in march.items()}),
                        encoding="utf-8")
        workspace.add_statements([path], force=AREA)
        source = workspace.review(path)
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
        workspace.save_draft(draft)
        report = workspace.review(draft.id)
    paragraphs = [p for s in draft.sections for p in s.paragraphs if p.origin.kind == "corpus"]
    return source, paragraphs, report, march, june


ERRORS = ("wrong-figure", "wrong-rank", "arithmetic", "direction", "stale-figure")


def test_the_statement_copied_reviews_clean(rolled):
    source, _, _, _, _ = rolled
    assert [f.message for f in source.findings if f.kind in ERRORS] == []


def test_a_year_named_by_its_end_before_its_number_moves_with_the_data(rolled):
    _, paragraphs, _, march, june = rolled
    assert any(p.text == f"In the 12 months to June 2026 the force recorded {june['count']} knife or sharp instrument "
               "offences." for p in paragraphs)
    assert june["count"] != march["count"]


def test_a_year_ending_given_in_brackets_moves_with_the_data(rolled):
    # "(to March 2026)" after "the last 12 months" names the year ending March,
    # as "the 12 months to March 2026" does; the sentence was cut at the
    # bracket and the count read as a running total, kept with March's count.
    _, paragraphs, _, march, june = rolled
    assert any(p.text == f"Over the last 12 months (to June 2026) there were {june['count']} knife or sharp "
               "instrument offences." for p in paragraphs)


def test_a_rank_and_the_national_rate_move_with_the_year_they_are_said_of(rolled):
    _, paragraphs, report, _, june = rolled
    rate = next(p for p in paragraphs if "knife crime rate" in p.text)
    assert rate.text == (f"Cumbria's knife crime rate was {june['rate']} per 100,000 in the year ending June 2026, "
                         f"the {june['rank']} of the 43 forces and {june['side']} the England and Wales rate of "
                         f"{june['national']}.")
    assert rate.origin.not_rolled == []
    assert [claim.status for claim in report.ranks if claim.paragraph.text == rate.text] == ["verified", "verified"]


def test_a_rank_said_in_the_next_sentence_moves_with_the_year_named_before_it(rolled):
    # "This is the 18th highest …" names no period: it is said of the year ending March, and
    # moves with it; it had been kept, with March's national rate, beside June's rate.
    _, paragraphs, report, _, june = rolled
    after = next(p for p in paragraphs if p.text.startswith("In the year ending June 2026 the knife crime rate"))
    assert after.text == (f"In the year ending June 2026 the knife crime rate was {june['rate']} per 100,000. This is "
                          f"the {june['rank']} of the 43 forces and {june['side']} the England and Wales rate of "
                          f"{june['national']}.")
    assert after.origin.not_rolled == []


def test_points_between_two_quoted_percentages_are_worked_out_again(rolled):
    _, paragraphs, _, _, _ = rolled
    level = next(p for p in paragraphs if p.text.startswith("Victim satisfaction"))
    assert level.text == ("Victim satisfaction was 75.3% in the quarter, up 6.6 percentage points on January to "
                          "March 2026 (68.7%).")
    assert level.origin.not_rolled == []


def test_a_verb_naming_no_measure_turns_with_the_figures_it_moves_between(rolled):
    _, paragraphs, _, _, _ = rolled
    assert any(p.text == "Satisfaction rose to 75.3% in April to June 2026 from 68.7% in January to March 2026."
               for p in paragraphs)


def test_review_finds_nothing_wrong_in_what_the_roll_wrote(rolled):
    _, _, report, _, _ = rolled
    assert [f.message for f in report.findings if f.kind in ERRORS + ("not-rolled",)] == []


def test_review_holds_a_verb_naming_no_measure_to_the_figures_it_takes(empty_workspace, tmp_path):
    (tmp_path / "quarters.csv").write_text(QUARTERS, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "quarters.csv")
    path = tmp_path / "cumbria-2026-08.txt"
    path.write_text(BOARD_PAPER.split("Reduce serious violence")[0].replace("January to March", "April to June")
                    + "Improve victim satisfaction\n\n1. Satisfaction fell to 75.3% in April to June 2026 from "
                    "68.7% in January to March 2026.\n", encoding="utf-8")
    report = empty_workspace.review(path, area=AREA)
    assert [f.message for f in report.findings if f.kind == "direction"] == [
        "'fell' says victim satisfaction went down, but the figures went from 68.7% in 2026-Q1 to 75.3% in "
        "2026-Q2 (+6.6 percentage points)"]


BILINGUAL = """Cumbria Police and Crime Panel / Panel Heddlu a Throseddu Cumbria

February 2026

Title: National Policing Priorities – Statement / Datganiad

This statement covers October to December 2025. / Mae'r datganiad hwn yn ymdrin â Hydref i Ragfyr 2025.

Improve victim satisfaction / Gwella Boddhad Dioddefwyr

1. Victim satisfaction fell by 3.9 percentage points on the same quarter last year, to 80.0%.

Gostyngodd boddhad dioddefwyr 3.9 pwynt canran o'i gymharu â'r un chwarter y llynedd, i 80.0%.

2. The victim care team called every burglary victim in October to December 2025.

Galwodd y tîm gofal dioddefwyr bob dioddefwr byrgleriaeth rhwng Hydref a Rhagfyr 2025.
"""

BILINGUAL_FIGURES = """area,measure,period,value,unit
Cumbria,victim_satisfaction,2024-Q4,83.9,%
Cumbria,victim_satisfaction,2025-Q1,70.1,%
Cumbria,victim_satisfaction,2025-Q4,80.0,%
Cumbria,victim_satisfaction,2026-Q1,68.7,%
"""


def test_a_bilingual_line_on_the_statements_own_period_moves_in_both_languages(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(BILINGUAL_FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "cumbria-2026-02.txt"
    path.write_text(BILINGUAL, encoding="utf-8")
    empty_workspace.add_statements([path], force=AREA)
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    empty_workspace.save_draft(draft)
    texts = [p.text for s in draft.sections for p in s.paragraphs]
    assert ("This statement covers January to March 2026. / Mae'r datganiad hwn yn ymdrin ag Ionawr i Fawrth "
            "2026.") in texts
    assert "Victim satisfaction fell by 1.4 percentage points on the same quarter last year, to 68.7%." in texts
    welsh = next(p for s in draft.sections for p in s.paragraphs if p.text.startswith("Galwodd"))
    assert [left["text"] for left in welsh.origin.not_rolled] == ["rhwng Hydref a Rhagfyr 2025"]
    report = empty_workspace.review(draft.id)
    assert report.period == "2026-Q1"
    english = [n for n in report.figures if n.text in ("1.4 percentage points", "68.7%")]
    assert [n.status for n in english] == ["verified", "verified"]


QUARTER_BEFORE = """\
Cumbria Police and Crime Panel

May 2026

Title: National Policing Priorities – Cumbria Police and Crime Commissioner Statement

This report covers January to March 2026.

Reduce serious violence

1. Knife crime fell to 262 in January to March 2026, a 4.7% fall on the previous quarter.

2. Knife crime fell by 4.7% on the previous quarter, to 262 offences.

3. Knife or sharp instrument offences were 9.2% higher than in the same quarter last year.
"""


def test_a_change_on_the_previous_quarter_moves_and_its_words_follow_it(empty_workspace, tmp_path):
    """"fell to 2,577 …, a 10.8% fall on the previous quarter" was rolled to "rose to
    2,066 …, a 10.8% rise …": the words turned by the change on a year earlier, the
    change on the quarter before kept; review gave both an error. "23.7% higher than
    in the same quarter last year" was read as the quarter a year before's, left
    unverified in the statement and kept by the roll."""
    (tmp_path / "quarters.csv").write_text("area,measure,period,value,unit\nCumbria,knife_offences,2025-Q1,240,\n"
                                           "Cumbria,knife_offences,2025-Q2,250,\nCumbria,knife_offences,2025-Q4,275,\n"
                                           "Cumbria,knife_offences,2026-Q1,262,\nCumbria,knife_offences,2026-Q2,241,\n",
                                           encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "quarters.csv")
    path = tmp_path / "cumbria-2026-05.txt"
    path.write_text(QUARTER_BEFORE, encoding="utf-8")
    empty_workspace.add_statements([path], force=AREA)
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    empty_workspace.save_draft(draft)
    texts = [p.text for s in draft.sections for p in s.paragraphs]
    assert "Knife crime fell to 241 in April to June 2026, an 8.0% fall on the previous quarter." in texts
    assert "Knife crime fell by 8.0% on the previous quarter, to 241 offences." in texts
    # "than in the same quarter last year" is what it is compared with, not the percentage's own period
    assert "Knife or sharp instrument offences were 3.6% lower than in the same quarter last year." in texts
    report = empty_workspace.review(draft.id)
    assert [f.message for f in report.findings if f.kind in ERRORS + ("not-rolled",)] == []


MIXED = """\
Cumbria Police and Crime Panel / Panel Heddlu a Throseddu Cumbria

February 2026

Title: National Policing Priorities – Statement / Datganiad

This statement covers October to December 2025. / Mae'r datganiad hwn yn ymdrin â Hydref i Ragfyr 2025.

Reduce Serious Violence / Lleihau Trais Difrifol

1. Cumbria recorded 43 knife or sharp instrument offences in October to December 2025. / Cofnododd Cumbria 43 \
o droseddau cyllyll rhwng Hydref a Rhagfyr 2025.
"""


def test_the_welsh_half_of_a_bilingual_paragraph_keeps_its_figure_listed(empty_workspace, tmp_path):
    """The English half was rolled and the Welsh half's count kept, unlisted."""
    (tmp_path / "figures.csv").write_text("area,measure,period,value,unit\nCumbria,knife_offences,2025-Q4,43,\n"
                                          "Cumbria,knife_offences,2026-Q1,39,\n", encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    path = tmp_path / "cumbria-2026-02.txt"
    path.write_text(MIXED, encoding="utf-8")
    empty_workspace.add_statements([path], force=AREA)
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    paragraph = next(p for s in draft.sections for p in s.paragraphs if p.text.startswith("Cumbria recorded"))
    assert paragraph.text.startswith("Cumbria recorded 39 knife or sharp instrument offences in January to March "
                                     "2026. / Cofnododd Cumbria 43 o droseddau")
    assert [left["text"] for left in paragraph.origin.not_rolled] == ["43", "rhwng Hydref a Rhagfyr 2025"]


def test_a_rank_beside_a_years_figure_is_that_years(tmp_path):
    """"In the financial year to date there have been 1,020 …, 95.0 per 100,000
    residents, the 19th highest rate of the 43 forces": the rank was read as the
    quarter's, unverifiable in the statement and in its draft."""
    rows, figures = _all_forces(tmp_path)
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(figures)
        (tmp_path / "quarters.csv").write_text(QUARTERS, encoding="utf-8")
        workspace.import_figures(tmp_path / "quarters.csv")
        march = _year(workspace, rows, "2025/26")
        path = tmp_path / "cumbria-2026-05.txt"
        path.write_text(BOARD_PAPER.split("Reduce serious violence")[0] + "Reduce serious violence\n\n1. In the "
                        f"financial year to date there have been {march['count']} knife or sharp instrument "
                        f"offences, {march['rate']} per 100,000 residents, the {march['rank']} rate of the 43 "
                        "forces.\n", encoding="utf-8")
        workspace.add_statements([path], force=AREA)
        source = workspace.review(path)
        draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
        workspace.save_draft(draft)
        report = workspace.review(draft.id)
    assert [(str(claim.period), claim.status) for claim in source.ranks] == [("2025/26", "verified")]
    assert [(str(claim.period), claim.status) for claim in report.ranks] == [("2025/26", "verified")]
