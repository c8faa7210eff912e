"""A count said of a town or district by its bare name ("In Boston there were
300 neighbourhood crimes", "Across Wakefield, knife crime fell to 120
offences") counts one place, not the force: review leaves it unverified with
a note naming the place, never calls it wrong against the force's figure and
never verifies it by chance. The force's own count with the same number is
still checked, and so is a sentence whose first word only looks like a place
("Reading the latest figures, …") or names the force itself ("Durham
Constabulary", "Derbyshire"). An annex for one place ("Annex C: Sheffield")
is left out of the checks and named in a note.

Figures (made up for April to June 2026): Lincolnshire 2,400 neighbourhood
crimes, 627 residential burglaries; West Yorkshire 800 knife offences; Thames Valley 500; South Yorkshire
6 homicides and 400 knife offences; Derbyshire and Durham 200 knife offences.
"""

from __future__ import annotations

import pytest

import drafter

FIGURES = """\
area,measure,period,value,unit,source
Lincolnshire,neighbourhood_crime,2026-Q2,2400,,Police recorded crime
Lincolnshire,residential_burglary,2026-Q2,627,,Police recorded crime
West Yorkshire,knife_offences,2026-Q2,800,,Police recorded crime
Thames Valley,knife_offences,2026-Q2,500,,Police recorded crime
South Yorkshire,homicides,2026-Q2,6,,Police recorded crime
South Yorkshire,knife_offences,2026-Q2,400,,Police recorded crime
Derbyshire,knife_offences,2026-Q2,200,,Police recorded crime
Durham,knife_offences,2026-Q2,200,,Police recorded crime
"""

STATEMENT = """{force} Police and Crime Panel
3 November 2026
Title: National Policing Priorities statement

This statement covers April to June 2026.

Reduce neighbourhood crime

1. {sentence}
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("places")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        yield opened


def _review(workspace, tmp_path, force, sentence):
    path = tmp_path / f"{force.lower().replace(' ', '-')}-2026-11.txt"
    path.write_text(STATEMENT.format(force=force, sentence=sentence), encoding="utf-8")
    return workspace.review(path)


def _seen(report, number):
    """What a reviewer sees of ``number``: its status and its findings' (kind, message)."""
    status = next(m.status for m in report.figures if m.text == number)
    return status, [(f.kind, f.message) for f in report.findings
                    if f.kind in ("wrong-figure", "unverified-figure") and f.message.startswith(number)]


@pytest.mark.parametrize(("force", "sentence", "number", "place"), [
    ("Lincolnshire", "In Boston there were 300 neighbourhood crimes in April to June 2026.", "300", "Boston"),
    ("Lincolnshire", "Boston recorded 300 neighbourhood crimes in April to June 2026.", "300", "Boston"),
    ("Lincolnshire", "Boston's neighbourhood crimes numbered 300 in April to June 2026.", "300", "Boston"),
    ("Lincolnshire", "Across Skegness, there were 300 neighbourhood crimes in April to June 2026.", "300",
     "Skegness"),
    ("Lincolnshire", "There were 300 neighbourhood crimes in East Lindsey in April to June 2026.", "300",
     "East Lindsey"),
    ("West Yorkshire", "Across Wakefield, knife crime fell to 120 offences in April to June 2026.", "120",
     "Wakefield"),
    ("West Yorkshire", "In Huddersfield there were 120 knife offences in April to June 2026.", "120",
     "Huddersfield"),
    ("Thames Valley", "In Reading there were 120 knife offences in April to June 2026.", "120", "Reading"),
    ("Thames Valley", "Oxford's 120 knife offences in April to June 2026 were fewer than a year before.", "120",
     "Oxford"),
    ("Derbyshire", "There were 120 knife offences in Derbyshire Dales in April to June 2026.", "120",
     "Derbyshire Dales"),
])
def test_a_count_for_one_named_place_is_unverified_and_says_so(workspace, tmp_path, force, sentence, number, place):
    status, findings = _seen(_review(workspace, tmp_path, force, sentence), number)
    assert status == "unverified"
    assert findings == [("unverified-figure",
                         f"{number}: counts one place, {place}, not the whole of {force}, so its figures cannot "
                         "check it; check it against its source")]


def test_a_place_in_another_forces_area_is_named_with_that_force(workspace, tmp_path):
    report = _review(workspace, tmp_path, "Lincolnshire",
                     "In Grimsby there were 300 neighbourhood crimes in April to June 2026.")
    assert _seen(report, "300") == ("unverified", [(
        "unverified-figure", "300: counts one place, Grimsby (in Humberside's area), not the whole of "
                             "Lincolnshire, so its figures cannot check it; check it against its source")])


def test_a_place_count_equal_to_the_forces_figure_is_not_verified_by_chance(workspace, tmp_path):
    report = _review(workspace, tmp_path, "West Yorkshire",
                     "Huddersfield saw 800 knife offences in April to June 2026.")
    assert _seen(report, "800")[0] == "unverified"


@pytest.mark.parametrize(("force", "sentence", "wrong"), [
    ("Lincolnshire", "There were 300 neighbourhood crimes in April to June 2026.",
     "300 neighbourhood crimes in 2026-Q2: the figures give 2,400 for Lincolnshire"),
    ("Lincolnshire", "There were 300 neighbourhood crimes in Lincolnshire in April to June 2026.",
     "300 neighbourhood crimes in 2026-Q2: the figures give 2,400 for Lincolnshire"),
    ("Thames Valley", "Reading the latest figures, there were 120 knife offences in April to June 2026.",
     "120 knife offences in 2026-Q2: the figures give 500 for Thames Valley"),
    ("Derbyshire", "Derbyshire recorded 120 knife offences in April to June 2026.",
     "120 knife offences in 2026-Q2: the figures give 200 for Derbyshire"),
    ("Durham", "Durham Constabulary recorded 120 knife offences in April to June 2026.",
     "120 knife offences in 2026-Q2: the figures give 200 for Durham"),
    ("Durham", "In County Durham there were 120 knife offences in April to June 2026.",
     "120 knife offences in 2026-Q2: the figures give 200 for Durham"),
    ("West Yorkshire", "Knife offences fell to 120 in April to June 2026, as officers patrolled Huddersfield "
                       "town centre.", "120 knife offences in 2026-Q2: the figures give 800 for West Yorkshire"),
    ("Thames Valley", "Inspector Hart said there were 120 knife offences in April to June 2026.",
     "120 knife offences in 2026-Q2: the figures give 500 for Thames Valley"),
])
def test_the_forces_own_count_is_still_checked(workspace, tmp_path, force, sentence, wrong):
    report = _review(workspace, tmp_path, force, sentence)
    assert [f.message.split(" (")[0] for f in report.findings if f.kind == "wrong-figure"] == [wrong]


@pytest.mark.parametrize("sentence", [
    "Neighbourhood crime totalled 2,400 in April to June 2026. Of these, 627 were residential burglaries and "
    "90 were in Boston.",
    "There were 627 residential burglaries in April to June 2026, with the most in Boston and Skegness.",
    "There were 627 residential burglaries in April to June 2026; in Boston the number fell.",
])
def test_a_place_in_another_clause_leaves_the_forces_count_verified(workspace, tmp_path, sentence):
    assert _seen(_review(workspace, tmp_path, "Lincolnshire", sentence), "627") == ("verified", [])


ANNEXED = """# South Yorkshire Police and Crime Commissioner: National Policing Priorities

14 November 2026

## Introduction

This statement covers April to June 2026.

## Reduce serious violence

Officers held weapons awareness sessions in schools.
{annex}"""

ONE_PLACE_TABLE = "| Measure | April to June 2026 |\n|---|---|\n| Homicides | 2 |\n| Knife offences | 150 |\n"


@pytest.mark.parametrize(("annex", "named"), [
    (f"\n## Annex C: Sheffield\n\n{ONE_PLACE_TABLE}", "Annex C: Sheffield (a table) gives"),
    ("\n## Annex B: Performance figures\n\nThere were 6 homicides in April to June 2026.\n\n### Sheffield\n\n"
     f"{ONE_PLACE_TABLE}", "Annex B: Performance figures: Sheffield (a table) gives"),
    ("\n## Annex B: Performance figures\n\n| Sheffield | April to June 2026 |\n|---|---|\n| Homicides | 2 |\n"
     "| Knife offences | 150 |\n", "Annex B: Performance figures (a table) gives"),
    ("\n## Annex B: Knife offences\n\n| Knife offences | April to June 2026 |\n|---|---|\n| Sheffield | 150 |\n"
     "| Rotherham | 80 |\n| Barnsley | 70 |\n", "Annex B: Knife offences (a table) gives"),
])
def test_an_annex_for_one_place_is_not_checked_and_is_named(workspace, tmp_path, annex, named):
    path = tmp_path / "south-yorkshire-2026-11.md"
    path.write_text(ANNEXED.format(annex=annex), encoding="utf-8")
    report = workspace.review(path)
    assert not [f for f in report.findings if f.kind == "wrong-figure"]
    assert [note for note in report.notes if note.startswith(named)]


def test_the_forces_own_annex_table_is_still_checked(workspace, tmp_path):
    path = tmp_path / "south-yorkshire-2026-11.md"
    path.write_text(ANNEXED.format(annex=f"\n## Annex B: Performance figures\n\n{ONE_PLACE_TABLE}"),
                    encoding="utf-8")
    report = workspace.review(path)
    assert [f.message.split(" (")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "2 homicides in 2026-Q2: the figures give 6 for South Yorkshire",
        "150 knife offences in 2026-Q2: the figures give 400 for South Yorkshire"]


UNDER_HEADINGS = """# Lincolnshire Police and Crime Commissioner: National Policing Priorities

14 November 2026

## Introduction

This statement covers April to June 2026.

## Reduce neighbourhood crime

### {heading}

There were 300 neighbourhood crimes in April to June 2026.

Across Lincolnshire there were 2,000 neighbourhood crimes in April to June 2026.

### The county as a whole

There were 1,900 neighbourhood crimes in April to June 2026.
"""


@pytest.mark.parametrize("heading", ["Boston", "Skegness", "Grantham area"])
def test_a_count_under_a_places_sub_heading_counts_that_place(workspace, tmp_path, heading):
    path = tmp_path / "lincolnshire-2026-11.md"
    path.write_text(UNDER_HEADINGS.format(heading=heading), encoding="utf-8")
    report = workspace.review(path)
    assert _seen(report, "300")[0] == "unverified"
    assert [f.message.split(" (")[0] for f in report.findings if f.kind == "wrong-figure"] == [
        "2,000 neighbourhood crimes in 2026-Q2: the figures give 2,400 for Lincolnshire",
        "1,900 neighbourhood crimes in 2026-Q2: the figures give 2,400 for Lincolnshire"]


@pytest.mark.parametrize(("force", "sentence", "number", "places"), [
    ("Lincolnshire", "There were 300 neighbourhood crimes across Boston and Skegness in April to June 2026.", "300",
     "2 places, Boston and Skegness"),
    ("Lincolnshire", "In Boston, Skegness and Louth there were 300 neighbourhood crimes in April to June 2026.",
     "300", "3 places, Boston, Skegness and Louth"),
    ("West Yorkshire", "In Wakefield or Huddersfield there were 120 knife offences in April to June 2026.", "120",
     "2 places, Wakefield and Huddersfield"),
])
def test_a_count_for_places_named_together_names_each_of_them(workspace, tmp_path, force, sentence, number, places):
    status, seen = _seen(_review(workspace, tmp_path, force, sentence), number)
    assert status == "unverified"
    assert [kind for kind, _ in seen] == ["unverified-figure"]
    assert f"counts {places}, not the whole of {force}" in seen[0][1]
