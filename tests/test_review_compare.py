"""A reviewer comparing this quarter's statement with the office's last one:
a paragraph split in two, two joined in one, a sentence said again, a
paragraph left word for word as last quarter's, a direction said against the
previous quarter, and an "About this statement" opening.

The statements and figures are made up, written at test time.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.priorities import INTRODUCTION, classify_heading
from drafter.review import write_html
from drafter.review.checks import changes
from drafter.review.document import ReviewDocument, ReviewParagraph, ReviewSection

FIGURES = """area,measure,period,value
Northumbria,knife_offences,2025-Q1,403
Northumbria,knife_offences,2025-Q2,375
Northumbria,knife_offences,2026-Q1,360
Northumbria,knife_offences,2026-Q2,371
Northumbria,fraud_reports,2025-Q2,2643
Northumbria,fraud_reports,2026-Q1,2801
Northumbria,fraud_reports,2026-Q2,2774
"""

EARLIER = """# Statement on the National Policing Priorities: January to March 2026

Northumbria Police and Crime Commissioner, published 20 May 2026

## About this statement

Each quarter the Commissioner says how the force is contributing to the national priorities. This statement covers January to March 2026 across Northumberland and Tyne and Wear.

## Reduce murder and other homicide

The Homicide Review Group looks at every death with the hospital trusts and the councils. Its findings go to each community safety partnership within six weeks.

## Reduce serious violence

There were 360 knife crime offences in January to March 2026, fewer than in January to March 2025. Youth workers based at the two emergency departments spoke to every young person admitted after an assault.

In January to March 2025 the force recorded 403 knife crime offences, the most in any quarter since the partnership began.

## Disrupt drugs supply and county lines

Closure orders were used on homes taken over by dealers in Blyth and Ashington.

## Reduce neighbourhood crime

Neighbourhood teams held burglary surgeries in libraries and community centres across the force area.

Dark nights patrols began at the end of October in every neighbourhood.

## Improve victim satisfaction

Victims First Northumbria supports victims whether or not they report to the police.

## Tackle cyber crime

There were 2,801 fraud reports from residents in January to March 2026. Cyber Protect officers spoke to community groups about romance fraud and investment scams.
"""


def _this_quarter(serious_violence: str, cyber: str) -> str:
    return f"""# Statement on the National Policing Priorities: April to June 2026

Northumbria Police and Crime Commissioner, published 19 August 2026

## About this statement

Each quarter the Commissioner says how the force is contributing to the national priorities. This statement covers April to June 2026 across Northumberland and Tyne and Wear.

## Reduce murder and other homicide

The Homicide Review Group looks at every death with the hospital trusts and the councils.

Its findings go to each community safety partnership within six weeks.

## Reduce serious violence

{serious_violence}

In January to March 2025 the force recorded 403 knife crime offences, the most in any quarter since the partnership began.

## Disrupt drugs supply and county lines

Closure orders were used on homes taken over by dealers in Blyth and Ashington.

## Reduce neighbourhood crime

Neighbourhood teams held burglary surgeries in libraries and community centres across the force area. Dark nights patrols began at the end of October in every neighbourhood.

## Improve victim satisfaction

Victims First Northumbria supports victims whether or not they report to the police.

## Tackle cyber crime

{cyber}
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("compare")
    with drafter.open_workspace(root / "ws", seed=False, samples=False) as opened:
        opened.set_office("Northumbria")
        figures = root / "figures.csv"
        figures.write_text(FIGURES, encoding="utf-8")
        opened.import_figures(figures)
        earlier = root / "northumbria-2026-05.md"
        earlier.write_text(EARLIER, encoding="utf-8")
        opened.add_statements([earlier])
        yield opened, root


def _review(workspace, serious_violence: str, cyber: str = "There were 2,774 fraud reports from residents "
            "in April to June 2026. Cyber Protect officers spoke to community groups about romance fraud."):
    opened, root = workspace
    path = root / "northumbria-2026-08.md"
    path.write_text(_this_quarter(serious_violence, cyber), encoding="utf-8")
    return opened.review(path)


def _changed(report, section: str) -> list[str]:
    return [f.message for f in report.findings if f.kind == "changed-paragraph" and f.section == section]


def test_a_split_paragraph_is_split_not_new(workspace):
    report = _review(workspace, "There were 371 knife crime offences in April to June 2026.")
    homicide = _changed(report, "homicide")
    assert len(homicide) == 2 and all(m.startswith("split from homicide “The Homicide Review Group looks…”")
                                      for m in homicide), homicide
    assert "whose other part is homicide “Its findings go to each…”: its part unchanged" in homicide[0]
    assert not any("new paragraph" in m or "removed" in m for m in homicide)


def test_two_paragraphs_joined_are_joined_not_removed(workspace, tmp_path):
    report = _review(workspace, "There were 371 knife crime offences in April to June 2026.")
    neighbourhood = _changed(report, "neighbourhood-crime")
    assert neighbourhood == ["joined from neighbourhood-crime “Neighbourhood teams held burglary surgeries…” and "
                             "neighbourhood-crime “Dark nights patrols began at…” of statement 1 (2026-05-20) "
                             "(words unchanged)"]
    changes_json = report.to_dict()["changes"]
    row = next(r for s in changes_json["sections"] if s["section"] == "neighbourhood-crime" for r in s["paragraphs"])
    assert row["status"] == "unchanged" and row["joined"] == ["neighbourhood-crime “Dark nights patrols began at…”"]
    page = write_html(report, tmp_path / "review.html").read_text(encoding="utf-8")
    assert "unchanged, joined" in page and "split" in page


def test_a_sentence_said_again_is_not_new_or_carried_over_from_the_statement_compared_with(workspace):
    cyber = ("There were 2,774 fraud reports from residents in April to June 2026. Cyber Protect officers spoke "
             "to community groups about romance fraud and investment scams.\n\n"
             "There were 2,801 fraud reports from residents in January to March 2026.")
    report = _review(workspace, "There were 371 knife crime offences in April to June 2026.", cyber)
    said = _changed(report, "cyber-crime")
    assert said[-1] == ("said again: its words are those of cyber-crime “There were 2,801 fraud reports…” of "
                        "statement 1 (2026-05-20), which cyber-crime “There were 2,774 fraud reports…” here also "
                        "follows; not new writing"), said
    assert not any("not in statement 1" in m for m in said)


def test_last_quarters_paragraph_left_word_for_word_is_stale(workspace):
    cyber = ("There were 2,774 fraud reports from residents in April to June 2026.\n\n"
             "There were 2,801 fraud reports from residents in January to March 2026. Cyber Protect officers "
             "spoke to community groups about romance fraud and investment scams.")
    report = _review(workspace, "There were 371 knife crime offences in April to June 2026.", cyber)
    stale = [f.message for f in report.findings if f.kind == "stale-figure"]
    assert stale == ["2,801 is the figure for 2026-Q1, earlier than 2026-Q2 (fraud reports for 2026-Q2: 2,774, from figures.csv); "
                     "its paragraph, naming 2026-Q1, is word for word as in the statement compared with: "
                     "is it last quarter's sentence?"]
    # A paragraph kept every quarter naming an older period was history there too.
    assert next(m for m in report.figures if m.text == "403").status == "verified"


@pytest.mark.parametrize("serious_violence, wrong", [
    ("Knife crime rose on the previous quarter. There were 371 knife crime offences in April to June 2026.", None),
    ("Knife crime fell on the previous quarter. There were 371 knife crime offences in April to June 2026.",
     "'fell' says knife offences went down, but the figures went from 360 in 2026-Q1 to 371 in 2026-Q2 (+3.1%)"),
    ("Knife crime rose slightly. There were 371 knife crime offences in April to June 2026, compared with 360 "
     "in January to March 2026.", None),
    ("Knife crime fell slightly. There were 371 knife crime offences in April to June 2026, compared with 360 "
     "in January to March 2026.", "'fell' says knife offences went down, but the figures quoted after it went "
                                  "from 360 to 371 (+3.1%)"),
    ("Knife crime rose. There were 371 knife crime offences in April to June 2026.",
     "'rose' says knife offences went up, but the figures went from 375 in 2025-Q2 to 371 in 2026-Q2 (-1.1%)"),
])
def test_a_direction_in_a_sentence_quoting_no_figure_is_held_to_what_it_compares(workspace, serious_violence,
                                                                                   wrong):
    report = _review(workspace, serious_violence)
    assert [f.message for f in report.findings if f.kind == "direction"] == ([wrong] if wrong else [])


def test_about_this_statement_opens_the_introduction(workspace):
    assert classify_heading("About this statement") == INTRODUCTION
    report = _review(workspace, "There were 371 knife crime offences in April to June 2026.")
    assert "About this statement" not in (report.document.title or "")
    assert _changed(report, INTRODUCTION) == [
        "changed from introduction “Each quarter the Commissioner says…” of statement 1 (2026-05-20) "
        "(93% similar; +2 / −2 words)"]


def _document(*paragraphs: str) -> ReviewDocument:
    section = ReviewSection("homicide", "Homicide")
    section.paragraphs = [ReviewParagraph("homicide", "homicide", i, i + 1, text) for i, text in enumerate(paragraphs)]
    return ReviewDocument("statement", "t", "Northumbria", "2026-08", [section])


def test_a_paragraph_cut_to_one_of_its_sentences_is_changed_not_added_and_removed():
    old = _document("Alpha bravo charlie delta echo foxtrot. Golf hotel india juliet kilo lima mike november "
                    "oscar papa. Quebec romeo sierra tango uniform victor whiskey xray yankee zulu. One two three "
                    "four five six seven eight nine ten eleven twelve.")
    new = _document("Golf hotel india juliet kilo lima mike november oscar papa.")
    result = changes.compare(new, old, {"statement_id": 3, "date": "2026-05"})
    rows = [(r.status, r.new.number if r.new else None, r.old.number if r.old else None)
            for s in result.sections for r in s.rows]
    assert rows == [("unchanged", 1, 1)]
    assert [f.message for f in changes.findings(result)] == [
        "cut down from ¶1 of statement 3 (2026-05), the rest of it left out: the part kept unchanged"]


def test_a_sentence_kept_in_its_paragraph_and_said_again_apart_is_no_split():
    old = _document("Alpha bravo charlie delta echo foxtrot golf. Hotel india juliet 12 kilo lima mike november.")
    new = _document("Alpha bravo charlie delta echo foxtrot golf. Hotel india juliet 14 kilo lima mike november.",
                    "Hotel india juliet 12 kilo lima.")
    result = changes.compare(new, old, {"statement_id": 3, "date": "2026-05"})
    messages = [f.message for f in changes.findings(result)]
    assert messages == ["changed from ¶1 of statement 3 (2026-05) (93% similar; +1 / −1 words)",
                        "said again: reads as part of ¶1 of statement 3 (2026-05), which ¶1 here also follows"]


def test_a_statement_compared_with_itself_or_a_later_one_is_told_so(workspace):
    opened, root = workspace
    itself = opened.review(root / "northumbria-2026-05.md", against=1)
    assert "compared with statement 1, which is this statement itself: nothing is changed" in itself.notes
    older = root / "northumbria-2026-02.md"
    older.write_text(EARLIER.replace("January to March 2026", "October to December 2025")
                     .replace("published 20 May 2026", "published 18 February 2026"), encoding="utf-8")
    later = opened.review(older, against=1)
    assert ("compared with statement 1 (2026-05-20), which is later than this one (2026-02-18): what it calls new "
            "was in this one and taken out of the later one") in later.notes


def test_a_section_moved_is_named_once():
    old = ReviewDocument("statement", "t", "Northumbria", "2026-05", [
        ReviewSection(key, key, [ReviewParagraph(key, key, 0, n, f"Words {key} number {n} here.")])
        for n, key in enumerate(["homicide", "victim-satisfaction", "cyber-crime"], 1)])
    new = ReviewDocument("statement", "t", "Northumbria", "2026-08", [
        ReviewSection(key, key, [ReviewParagraph(key, key, 0, n, f"Words {key} number {n} here.")])
        for n, key in enumerate(["homicide", "cyber-crime", "victim-satisfaction"], 1)])
    result = changes.compare(new, old, {"statement_id": 3, "date": "2026-05"})
    moved = [f.message for f in changes.findings(result) if f.message.startswith("section moved")]
    assert moved == ["section moved: in statement 3 (2026-05) it came after homicide; "
                     "here it comes after cyber-crime"]
    assert result.to_dict()["moved_sections"] == ["victim-satisfaction"]


@pytest.mark.parametrize("line, date", [
    ("Northumbria Police and Crime Commissioner, published 20 May 2026", "2026-05-20"),
    ("Northumbria Police and Crime Commissioner, August 2026", "2026-08"),
    ("Draft for publication, September 2026", "2026-09"),
])
def test_a_statement_is_dated_by_its_byline_not_by_the_month_ending_its_period(tmp_path, line, date):
    from drafter.corpus import read_statement

    path = tmp_path / "statement.md"
    path.write_text(EARLIER.replace("Northumbria Police and Crime Commissioner, published 20 May 2026", line),
                    encoding="utf-8")
    assert read_statement(path).date == date


def test_last_quarters_change_left_beside_this_quarters_counts_names_the_change_it_should_give(workspace):
    report = _review(workspace, "Knife crime fell by 10.7% to 371 offences in April to June 2026, compared with "
                                "375 a year earlier.")
    assert [f.message for f in report.findings if f.kind == "stale-figure"] == [
        "10.7% is the change for 2026-Q1, earlier than 2026-Q2 (the change in knife offences from 2025-Q2 to "
        "2026-Q2: -1.1%)"]


def test_a_sentence_cut_in_two_at_a_comma_is_split():
    old = _document("The Commissioner funds a bereavement navigator who works beside family liaison officers, so "
                    "that families have one person to turn to for help with funerals, housing and benefits.")
    new = _document("The Commissioner funds a bereavement navigator who works beside family liaison officers.",
                    "Families have one person to turn to for help with funerals, housing and benefits.")
    result = changes.compare(new, old, {"statement_id": 3, "date": "2026-05"})
    messages = [f.message for f in changes.findings(result)]
    assert [m.split(",")[0] for m in messages] == ["split from ¶1 of statement 3 (2026-05)"] * 2, messages
