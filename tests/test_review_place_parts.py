"""A force's own count that names towns or districts as parts of its area
("Lincolnshire, including Boston, recorded 3,100", "Kent and Medway
recorded 470", "from Reading to Milton Keynes") is still checked against the
force's figure, as is a count whose place belongs to another clause or
another number; a count said of one place, in English or by its Welsh name
("In Caerdydd", "across Wrecsam", "on Anglesey"), written "St." ("St.
Helens"), or a district abolished since 2019 that statements still name
(Craven, Mendip), or a county of a force of more than one (Devon, West
Sussex), is still left unverified. Places that together are the whole force
area (every district of Lincolnshire; "Devon, Cornwall and the Isles of
Scilly") count the force, as does a sentence naming only where the force is
based ("headquartered in Lincoln").

Figures (made up for April to June 2026): Lincolnshire 3,100 neighbourhood
crimes and 210 knife offences; Thames Valley 500, Kent 470, Greater
Manchester 900, Staffordshire 220, Northumbria 350, South Wales 330 and North
Wales 140 knife offences.
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value,unit,source
Lincolnshire,neighbourhood_crime,2026-Q2,3100,,Police recorded crime
Lincolnshire,knife_offences,2026-Q2,210,,Police recorded crime
Thames Valley,knife_offences,2026-Q2,500,,Police recorded crime
Kent,knife_offences,2026-Q2,470,,Police recorded crime
Greater Manchester,knife_offences,2026-Q2,900,,Police recorded crime
Staffordshire,knife_offences,2026-Q2,220,,Police recorded crime
Northumbria,knife_offences,2026-Q2,350,,Police recorded crime
South Wales,knife_offences,2026-Q2,330,,Police recorded crime
North Wales,knife_offences,2026-Q2,140,,Police recorded crime
Merseyside,knife_offences,2026-Q2,610,,Police recorded crime
Suffolk,knife_offences,2026-Q2,150,,Police recorded crime
North Yorkshire,knife_offences,2026-Q2,120,,Police recorded crime
Avon and Somerset,knife_offences,2026-Q2,410,,Police recorded crime
Devon and Cornwall,knife_offences,2026-Q2,300,,Police recorded crime
Sussex,knife_offences,2026-Q2,330,,Police recorded crime
"""

STATEMENT = """{force} Police and Crime Panel
3 November 2026
Title: National Policing Priorities statement

This statement covers April to June 2026.

Reduce serious violence

1. {sentence}
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("place-parts")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened


def _review(workspace, tmp_path, force, sentence):
    path = tmp_path / f"{force.lower().replace(' ', '-')}-2026-11.txt"
    path.write_text(STATEMENT.format(force=force, sentence=sentence), encoding="utf-8")
    return workspace.review(path)


def _status(report, number):
    return next(m.status for m in report.figures if m.text == number)


@pytest.mark.parametrize(("force", "sentence", "number"), [
    ("Lincolnshire", "Lincolnshire, including Boston, recorded 3,100 neighbourhood crimes in April to June 2026.",
     "3,100"),
    ("Lincolnshire", "Across Lincolnshire, including Boston and Skegness, there were 3,100 neighbourhood crimes in "
                     "April to June 2026.", "3,100"),
    ("Lincolnshire", "There were 3,100 neighbourhood crimes across the county in April to June 2026, from Boston "
                     "to Lincoln.", "3,100"),
    ("Lincolnshire", "Neighbourhood crime across the force area, which covers Lincoln, Boston and Grantham, was "
                     "3,100 in April to June 2026.", "3,100"),
    ("Lincolnshire", "From Lincoln to Skegness, officers recorded 3,100 neighbourhood crimes in April to June 2026.",
     "3,100"),
    ("Lincolnshire", "The force recorded 3,100 neighbourhood crimes in April to June 2026 (Boston 400, Lincoln 700).",
     "3,100"),
    ("Lincolnshire", "Our new hub in Boston opened in May; the force recorded 3,100 neighbourhood crimes in April "
                     "to June 2026.", "3,100"),
    ("Lincolnshire", "After a pilot in Boston, the force recorded 3,100 neighbourhood crimes in April to June 2026.",
     "3,100"),
    ("Lincolnshire", "There were 210 knife offences in April to June 2026, compared with 95 in Boston alone.", "210"),
    ("Lincolnshire", "There were 400 neighbourhood crimes in Boston and 3,100 across Lincolnshire in April to June "
                     "2026.", "3,100"),
    ("Thames Valley", "Across Thames Valley, from Reading to Milton Keynes, there were 500 knife offences in April "
                      "to June 2026.", "500"),
    ("Kent", "Kent and Medway recorded 470 knife offences in April to June 2026.", "470"),
    ("Devon and Cornwall", "Across Devon and Cornwall there were 300 knife offences in April to June 2026.", "300"),
    ("Sussex", "Sussex Police recorded 330 knife offences across East and West Sussex in April to June 2026.",
     "330"),
    ("Greater Manchester", "Greater Manchester, including Bolton and Wigan, recorded 900 knife offences in April to "
                           "June 2026.", "900"),
    ("Staffordshire", "Staffordshire and Stoke-on-Trent recorded 220 knife offences in April to June 2026.", "220"),
    ("Northumbria", "Northumbria Police, which covers Northumberland and Tyne and Wear, recorded 350 knife offences "
                    "in April to June 2026.", "350"),
    ("Devon and Cornwall", "Across Devon, Cornwall and the Isles of Scilly there were 300 knife offences in April "
                           "to June 2026.", "300"),
    ("Devon and Cornwall", "In Cornwall and Devon, 300 knife offences were recorded in April to June 2026.", "300"),
    ("Lincolnshire", "Across Boston, East Lindsey, Lincoln, North Kesteven, South Holland, South Kesteven and West "
                     "Lindsey there were 3,100 neighbourhood crimes in April to June 2026.", "3,100"),
    ("Lincolnshire", "Lincolnshire Police, headquartered in Lincoln, recorded 3,100 neighbourhood crimes in April "
                     "to June 2026.", "3,100"),
    ("Merseyside", "Merseyside Police, based in Liverpool, recorded 610 knife offences in April to June 2026.", "610"),
])
def test_the_forces_count_naming_places_as_parts_is_checked(workspace, tmp_path, force, sentence, number):
    assert _status(_review(workspace, tmp_path, force, sentence), number) == "verified"


def test_a_wrong_force_count_naming_places_as_parts_is_called_wrong(workspace, tmp_path):
    report = _review(workspace, tmp_path, "Kent",
                     "Across Kent and Medway there were 407 knife offences in April to June 2026.")
    assert [f.message.split(" (")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "407 knife offences in 2026-Q2: the figures give 470 for Kent"]


@pytest.mark.parametrize(("force", "sentence", "number", "place"), [
    ("Lincolnshire", "In Lincolnshire, Boston and Skegness recorded 300 neighbourhood crimes in April to June 2026.",
     "300", "2 places, Boston and Skegness"),
    ("Lincolnshire", "The teams covering Boston and Skegness recorded 300 neighbourhood crimes in April to June "
                     "2026.", "300", "2 places, Boston and Skegness"),
    ("Lincolnshire", "In Boston there were 300 neighbourhood crimes in Lincolnshire's busiest town in April to "
                     "June 2026.", "300", "Boston"),
    ("Lincolnshire", "In Boston, the force recorded 300 neighbourhood crimes in April to June 2026.", "300",
     "Boston"),
    ("Lincolnshire", "In Boston, 300 neighbourhood crimes were recorded for Lincolnshire Police in April to June "
                     "2026.", "300", "Boston"),
    ("Lincolnshire", "Across Boston and Skegness, officers from the force recorded 300 neighbourhood crimes in "
                     "April to June 2026.", "300", "2 places, Boston and Skegness"),
    ("Lincolnshire", "The force recorded 3,100 neighbourhood crimes in April to June 2026, of which 400 were in "
                     "Boston.", "400", "Boston"),
    ("South Wales", "In Caerdydd there were 140 knife offences in April to June 2026.", "140", "Caerdydd"),
    ("North Wales", "In Wrecsam there were 40 knife offences in April to June 2026.", "40", "Wrecsam"),
    ("North Wales", "On Anglesey there were 20 knife offences in April to June 2026.", "20", "Anglesey"),
    ("North Wales", "In Ynys Môn there were 20 knife offences in April to June 2026.", "20", "Ynys Môn"),
    ("Merseyside", "In St. Helens there were 60 knife offences in April to June 2026.", "60", "St. Helens"),
    ("Suffolk", "In Bury St. Edmunds there were 30 knife offences in April to June 2026.", "30",
     "Bury St. Edmunds"),
    ("North Yorkshire", "In Craven there were 30 knife offences in April to June 2026.", "30", "Craven"),
    ("North Yorkshire", "Across Richmondshire there were 12 knife offences in April to June 2026.", "12",
     "Richmondshire"),
    ("Avon and Somerset", "In Mendip there were 40 knife offences in April to June 2026.", "40", "Mendip"),
    ("Lincolnshire", "The City of Lincoln recorded 90 knife offences in April to June 2026.", "90", "Lincoln"),
    ("Devon and Cornwall", "Across Devon there were 200 knife offences in April to June 2026.", "200", "Devon"),
    ("Thames Valley", "In Oxfordshire there were 120 knife offences in April to June 2026.", "120",
     "Oxfordshire"),
    ("Sussex", "In West Sussex there were 120 knife offences in April to June 2026.", "120", "West Sussex"),
    ("Northumbria", "In Tyne and Wear there were 250 knife offences in April to June 2026.", "250",
     "Tyne and Wear"),
    ("Devon and Cornwall", "In Cornwall and the Isles of Scilly there were 90 knife offences in April to June "
                           "2026.", "90", "2 places, Cornwall and Isles of Scilly"),
    ("Lincolnshire", "Across Boston, East Lindsey, Lincoln and West Lindsey there were 1,200 neighbourhood crimes "
                     "in April to June 2026.", "1,200", "4 places, Boston, East Lindsey, Lincoln and West Lindsey"),
])
def test_a_count_for_one_place_is_still_set_aside(workspace, tmp_path, force, sentence, number, place):
    report = _review(workspace, tmp_path, force, sentence)
    assert _status(report, number) == "unverified"
    assert [f.kind for f in report.findings if f.message.startswith(f"{number}:")] == ["unverified-figure"]
    counted = place if " places, " in place else f"one place, {place}"
    assert [f.message for f in report.findings if f.message.startswith(f"{number}:")][0].startswith(
        f"{number}: counts {counted}")


UNDER_HEADINGS = """# Lincolnshire Police and Crime Commissioner: National Policing Priorities

14 November 2026

## Introduction

This statement covers April to June 2026.

## Reduce neighbourhood crime

### {heading}

There were 300 neighbourhood crimes in April to June 2026.

### The county as a whole

There were 1,900 neighbourhood crimes in April to June 2026.
"""


@pytest.mark.parametrize("heading", ["Boston and Skegness", "Boston & Skegness", "Boston, Skegness and Louth",
                                     "Sleaford and North Kesteven"])
def test_a_count_under_a_sub_heading_naming_places_counts_those_places(workspace, tmp_path, heading):
    path = tmp_path / "lincolnshire-2026-11.md"
    path.write_text(UNDER_HEADINGS.format(heading=heading), encoding="utf-8")
    report = workspace.review(path)
    assert _status(report, "300") == "unverified"
    assert [f.message.split(" (")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "1,900 neighbourhood crimes in 2026-Q2: the figures give 3,100 for Lincolnshire"]


BILINGUAL = """South Wales Police and Crime Commissioner
Statement on the National Policing Priorities
November 2026

This statement covers April to June 2026.

Lleihau Trais Difrifol / Reduce Serious Violence

In Cardiff there were 330 knife offences in April to June 2026.

Yng Nghaerdydd cofnodwyd 330 o droseddau cyllyll yn Ebrill i Fehefin 2026.
"""


def test_a_welsh_count_whose_english_twin_counts_one_place_is_not_the_forces(workspace, tmp_path):
    """The Welsh names the knife offences, so its words alone would verify 330
    as South Wales's figure; its English twin says it is Cardiff's."""
    path = tmp_path / "south-wales-2026-11.txt"
    path.write_text(BILINGUAL, encoding="utf-8")
    report = workspace.review(path)
    assert [m.status for m in report.figures if m.text == "330"] == ["unverified", "unverified"]
    welsh = [f.message for f in report.findings if f.evidence.startswith("Yng Nghaerdydd")]
    assert welsh == ["330: counts one place, Cardiff, as its English paragraph says, not the whole of South Wales, "
                     "so its figures cannot check it; check it against its source"]


def test_a_place_two_forces_share_a_name_with_is_the_statements_own(workspace, tmp_path):
    """Richmond is a town in North Yorkshire and a London borough's short name."""
    report = _review(workspace, tmp_path, "North Yorkshire",
                     "In Richmond there were 12 knife offences in April to June 2026.")
    assert [f.message for f in report.findings if f.message.startswith("12:")] == [
        "12: counts one place, Richmond, not the whole of North Yorkshire, so its figures cannot check it; "
        "check it against its source"]


WELSH_ANNEXES = """# South Wales Police and Crime Commissioner: National Policing Priorities

14 November 2026

## Introduction

This statement covers April to June 2026.

## Reduce serious violence

There were 330 knife offences in April to June 2026.

## {heading}

| Measure | April to June 2026 |
|---|---|
| Knife offences | 90 |
"""


@pytest.mark.parametrize("heading", ["Atodiad A: Caerdydd", "Annex B / Atodiad B: Swansea / Abertawe",
                                     "Atodiad C: Abertawe"])
def test_an_annex_for_one_place_headed_in_welsh_is_not_checked(workspace, tmp_path, heading):
    path = tmp_path / "south-wales-2026-11.md"
    path.write_text(WELSH_ANNEXES.format(heading=heading), encoding="utf-8")
    report = workspace.review(path)
    assert not [f for f in report.findings if f.kind == "wrong-figure"]
    assert [note for note in report.notes if note.startswith(f"{heading} (a table) gives figures by place")]
