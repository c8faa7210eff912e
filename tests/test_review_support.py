"""Shared by the review tests (no tests here): small real figures files, a past
statement file, and workspaces built from them once per session.

The West Midlands figures are the published ones the reference statement
quotes (homicides 45 in 2021 and 2022, neighbourhood crime 55,219 → 65,450 and
its four parts' changes, firearms and knife offences at 34.9 and 169.3 per
100,000); the counts behind the parts and the two offence totals are chosen so
that those rates and changes come out as published. Kestrel Vale is fictional.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from workspaces import private_copy

import drafter
from drafter.store.schema import set_meta

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "wmpcc-2023-09-national-priorities.txt"

WEST_MIDLANDS_CSV = """\
area,measure,period,value,unit,source
West Midlands,population,2021,2910000,persons,ONS mid-year population estimates
West Midlands,population,2022,2920000,persons,ONS mid-year population estimates
West Midlands,homicides,2021,45,,Home Office homicide index
West Midlands,homicides,2022,45,,Home Office homicide index
West Midlands,firearms_offences,2022,1019,,Home Office police recorded crime
West Midlands,knife_offences,2022,4944,,Home Office police recorded crime
West Midlands,neighbourhood_crime,2021,55219,,Home Office police recorded crime
West Midlands,neighbourhood_crime,2022,65450,,Home Office police recorded crime
West Midlands,residential_burglary,2021,19539,,Home Office police recorded crime
West Midlands,residential_burglary,2022,21239,,Home Office police recorded crime
West Midlands,robbery_personal,2021,4000,,Home Office police recorded crime
West Midlands,robbery_personal,2022,4308,,Home Office police recorded crime
West Midlands,theft_from_person,2021,5000,,Home Office police recorded crime
West Midlands,theft_from_person,2022,6980,,Home Office police recorded crime
West Midlands,vehicle_crime,2021,26680,,Home Office police recorded crime
West Midlands,vehicle_crime,2022,32923,,Home Office police recorded crime
"""

KESTREL_CSV = """\
area,measure,period,value,unit,source
Kestrel Vale,population,2021,990000,persons,ONS mid-year population estimates
Kestrel Vale,population,2022,1000000,persons,ONS mid-year population estimates
Kestrel Vale,homicides,2021,36,,Kestrel Vale Police crime data
Kestrel Vale,homicides,2022,30,,Kestrel Vale Police crime data
Kestrel Vale,knife_offences,2021,1100,,Kestrel Vale Police crime data
Kestrel Vale,knife_offences,2022,1250,,Kestrel Vale Police crime data
Kestrel Vale,neighbourhood_crime,2021,20000,,Kestrel Vale Police crime data
Kestrel Vale,neighbourhood_crime,2022,23700,,Kestrel Vale Police crime data
Kestrel Vale,burglary,2021,8000,,Kestrel Vale Police crime data
Kestrel Vale,burglary,2022,7200,,Kestrel Vale Police crime data
"""

# The statement a Kestrel Vale draft for December 2023 follows.
KESTREL_PAST = """\
Kestrel Vale Police and Crime Panel

September 2023

Title: Performance Report – National Policing Priorities – Kestrel Vale Police and Crime Commissioner Statement

Presented by: Chief Executive

Introduction

1. This paper gives the Commissioner's statement on the national policing priorities for the September meeting of the panel.

Reduce Murder and other Homicide

2. The homicide review panel met four times this quarter and agreed a joint action plan with the two health trusts and both district councils.

3. Street pastors now walk the town centre every Friday night between ten in the evening and four in the morning, with radios linked to the control room.

Reduce Serious Violence

4. The mentoring scheme for young people leaving custody has taken on six new mentors recruited from the voluntary sector this summer.

5. Schools in the north of the county received a new programme of assemblies about the dangers of carrying weapons in public places.

Reduce Neighbourhood Crime

6. Crime prevention officers visited every household burgled in the last year to offer free door locks, window alarms and marking kits.

7. Rural crime volunteers held a farm watch evening in Lowbridge where forty farmers signed up for text alerts about thefts of machinery.

Reporting frequency

This report comes to the panel every quarter, as the Order requires.
"""

# The December 2023 draft, section by section. Each paragraph is there to
# trigger (or, for the copied one, to be recognised as) one kind of finding.
KESTREL_DRAFT = {
    "homicide": [
        # copied verbatim from paragraph 2 of the past statement
        "The homicide review panel met four times this quarter and agreed a joint action plan "
        "with the two health trusts and both district councils.",
        # paragraph 3, edited
        "Street pastors now walk the town centre every Thursday and Friday night between ten in "
        "the evening and four in the morning, with radios linked to the control room.",
        # direction against the counts quoted beside it (36 -> 30 is a fall)
        "There were 30 homicides in 2022, an increase from 36 the year before.",
        # direction against the figures
        "Homicides rose in 2022 across the county.",
    ],
    "serious-violence": [
        "Knife offences reached 1,250 in 2022, or 125.0 per 100,000 residents.",
        "The Serious Violence Duty Board (SVDB) met in October. The SVB agreed a new plan, "
        "and the KVCP will carry it out.",
        "We paid £250,000 for 14 youth workers.",
    ],
    "drugs-county-lines": [
        # moved here from the serious violence section
        "The mentoring scheme for young people leaving custody has taken on six new mentors "
        "recruited from the voluntary sector this summer.",
        "The Youth Offending Team (YOT) runs the referral scheme. A second Youth Offending "
        "Team (YOT) covers the south.",
    ],
    "neighbourhood-crime": [
        # wrong against the figures (18.5%)
        "Neighbourhood crime rose by 25% to 23,700 offences in 2022.",
        # wrong against the counts quoted beside it
        "There were 23,700 neighbourhood crimes in 2022, up 25% from 20,000 in 2021.",
        # a 2021 figure presented as current
        "There are 8,000 burglaries a year in Kestrel Vale.",
        # paragraphs 7 and 6 of the past statement, in the other order
        "Rural crime volunteers held a farm watch evening in Lowbridge where forty farmers signed "
        "up for text alerts about thefts of machinery.",
        "Crime prevention officers visited every household burgled in the last year to offer "
        "free door locks, window alarms and marking kits.",
    ],
    "victim-satisfaction": [
        "The victims' hub, which opened last spring in the old library building on the market "
        "square after a long search for a site that every bus route in the county could reach, "
        "now takes referrals from the police, the councils, the health trusts and the voluntary "
        "sector every weekday.",
        "The survey was launched in May. Victims were contacted by caseworkers. Letters were "
        "sent by the team.",
        "Recently, in 2019, the partnership opened a second office for victims.",
        "In 2020 there are 300 officers trained in victim care.",
    ],
}


def write_csv(directory: Path, name: str, text: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path


def new_workspace(path: Path):
    """A workspace the CLI opens as it is (marked seeded, so no sample corpus)."""
    workspace = drafter.open_workspace(path, seed=False)
    set_meta(workspace.database, "seeded", "1")
    return workspace


def build_kestrel_draft(workspace, *, sections: dict[str, list[str]] | None = None,
                        introduction: str | None = None):
    """Save a December 2023 Kestrel Vale draft with ``sections`` (default KESTREL_DRAFT)."""
    draft = workspace.new_draft(title="Kestrel Vale statement", date="2023-12",
                                area="Kestrel Vale", period="2022")
    for key, paragraphs in (sections if sections is not None else KESTREL_DRAFT).items():
        draft.set_section_text(key, "\n\n".join(paragraphs))
    if introduction is not None:
        draft.set_section_text("introduction", introduction)
    return workspace.save_draft(draft)


@pytest.fixture(scope="session")
def west_midlands_root(tmp_path_factory) -> Path:
    """A workspace with the West Midlands figures and an empty corpus."""
    root = tmp_path_factory.mktemp("review-wm") / "ws"
    with new_workspace(root) as workspace:
        workspace.import_figures(write_csv(root.parent, "west-midlands.csv", WEST_MIDLANDS_CSV))
    return root


@pytest.fixture(scope="session")
def reference_report(west_midlands_root):
    """The reference statement, read directly as a file, reviewed once."""
    if not REFERENCE.exists():
        pytest.skip(f"reference statement not present at {REFERENCE}")
    with drafter.open_workspace(west_midlands_root, seed=False) as workspace:
        return workspace.review(str(REFERENCE))


@pytest.fixture(scope="session")
def kestrel_root(tmp_path_factory) -> Path:
    """Kestrel Vale figures, the September 2023 statement in the corpus, and the draft (id 1)."""
    base = tmp_path_factory.mktemp("review-kestrel")
    root = base / "ws"
    with new_workspace(root) as workspace:
        workspace.import_figures(write_csv(base, "kestrel.csv", KESTREL_CSV))
        past = base / "kestrel-2023-09.txt"
        past.write_text(KESTREL_PAST, encoding="utf-8")
        report = workspace.add_statements([past], force="Kestrel Vale", date="2023-09")
        assert not report.failed, report.failed
        build_kestrel_draft(workspace)
    return root


@pytest.fixture(scope="session")
def kestrel_report(kestrel_root):
    with drafter.open_workspace(kestrel_root, seed=False) as workspace:
        return workspace.review(1)


@pytest.fixture
def kestrel_workspace(kestrel_root, tmp_path):
    """A private copy of the Kestrel Vale workspace (for tests that change it)."""
    with private_copy(kestrel_root, tmp_path, seed=False) as workspace:
        yield workspace


def findings_of(report, kind: str, section: str | None = None) -> list:
    return [f for f in report.findings if f.kind == kind and (section is None or f.section == section)]


def figure(report, text: str, paragraph: int | None = None):
    """The one number written ``text`` (in paragraph ``paragraph``)."""
    found = [m for m in report.figures
             if m.text == text and (paragraph is None or m.paragraph.number == paragraph)]
    assert len(found) == 1, f"{text!r}: {[(m.text, m.paragraph.number) for m in found]}"
    return found[0]
