"""Neighbourhood crime is stored as the sum of its four parts, whichever file
brings them: a re-issue of one part restates the total, a table of the parts
without the total adds it up with the stored parts it lacks, and a file whose
own total is not the sum of its parts is refused. So the sentence fill writes
from the total is one review accepts."""

from __future__ import annotations

from pathlib import Path

import pytest
from spreadsheets import OPEN_DATA_HEADER, write_csv, write_xlsx

import drafter
from drafter import drafts
from drafter.store.schema import set_meta

PARTS = {  # Cleveland, April to June 2019: (description, group, subgroup, code) -> offences
    ("Burglary - Residential", "Burglary", "Residential burglary", "28E"): 100,
    ("Robbery of personal property", "Robbery", "Robbery of personal property", "34B"): 20,
    ("Theft from the person", "Theft offences", "Theft from the person", "39"): 30,
    ("Theft from a vehicle", "Vehicle offences", "Vehicle offences", "45"): 200,
}
DISPUTES = ("unverified-figure", "arithmetic", "direction", "stale-figure", "wrong-figure")


def _open_data(path: Path, counts: dict) -> Path:
    return write_csv(path, [["2019/20", "Q1", "Cleveland", *offence, number]
                            for offence, number in counts.items()], OPEN_DATA_HEADER)


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        set_meta(opened.database, "seeded", "1")
        opened.import_figures(_open_data(tmp_path / "prc-2019-q2.csv", PARTS))
        yield opened


def _value(workspace, measure: str, area: str = "Cleveland", period: str = "2019-Q2"):
    [figure] = workspace.list_figures(area=area, period=period, measure=measure)
    return figure.value


def _burglary_reissued(workspace, tmp_path, offences: int = 160):
    burglary = next(offence for offence in PARTS if offence[3] == "28E")
    return workspace.import_figures(_open_data(tmp_path / "prc-2019-q2-burglary.csv", {burglary: offences}))


def test_a_reissued_part_restates_the_total_and_the_report_says_so(workspace, tmp_path, cli):
    assert _value(workspace, "neighbourhood_crime") == 350
    burglary = next(offence for offence in PARTS if offence[3] == "28E")
    reissue = _open_data(tmp_path / "prc-2019-q2-burglary.csv", {burglary: 160})
    result = cli("figures", "import", reissue, workspace=workspace.path)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[1:] == [
        "  neighbourhood_crime worked out again as the sum of its parts, with parts stored before: "
        "Cleveland 2019-Q2",
        "  revised residential_burglary, Cleveland, 2019-Q2: 100 -> 160",
        "  revised neighbourhood_crime, Cleveland, 2019-Q2: 350 -> 410"]
    assert _value(workspace, "neighbourhood_crime") == 410


def test_after_a_revised_part_fill_writes_a_share_review_accepts(workspace, tmp_path):
    _burglary_reissued(workspace, tmp_path)
    filled = {sentence.template: sentence for sentence in
              workspace.fill("neighbourhood-crime", "2019-Q2", "Cleveland").sentences}
    share = filled["neighbourhood-crime/vehicle_share"]
    assert share.text == ("Vehicle crime made up 48.8% of neighbourhood crime in Cleveland in the second "
                          "quarter of 2019.")
    draft = workspace.new_draft(area="Cleveland", period="2019-Q2", date="2019-08")
    drafts.append_paragraph(draft, "neighbourhood-crime", share.text)
    drafts.append_paragraph(draft, "neighbourhood-crime",
                            "Cleveland recorded 410 neighbourhood crimes in the second quarter of 2019.")
    workspace.save_draft(draft)
    report = workspace.review(draft.id)
    assert [f"{f.kind}: {f.message}" for f in report.findings if f.kind in DISPUTES] == []


def test_a_table_of_the_parts_without_the_total_adds_it_up_with_the_stored_part(workspace, tmp_path):
    """An ONS-style table giving three parts for the quarter: the fourth is the stored one."""
    path = write_xlsx(tmp_path / "parts.xlsx", {"Table P1": [
        ["Table P1: Neighbourhood offences by police force area, April to June 2019"],
        ["Force", "Residential burglary", "Vehicle offences", "Theft from the person"],
        ["Cleveland", 120, 210, 35]]})
    report = workspace.import_figures(path)
    assert report.totals_with_stored == [{"measure": "neighbourhood_crime", "area": "Cleveland",
                                          "period": "2019-Q2"}]
    assert _value(workspace, "neighbourhood_crime") == 120 + 210 + 35 + 20


def test_a_file_whose_total_is_not_the_sum_of_its_parts_is_refused_at_the_total(workspace, tmp_path, cli):
    path = write_xlsx(tmp_path / "pack.xlsx", {"Data": [
        ["Force", "Neighbourhood crime Apr to Jun 2019", "Residential burglary Apr to Jun 2019"],
        ["Cleveland", 500, 160]]})
    result = cli("figures", "import", path, workspace=workspace.path)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"drafter: error: {path}: Data!B2: neighbourhood_crime for Cleveland, 2019-Q2 is 500, but its parts, "
        "with the stored vehicle_crime, theft_from_person and robbery_personal, add up to 410 "
        "(residential_burglary + vehicle_crime + theft_from_person + robbery_personal, 2019-Q2: "
        "160 + 200 + 30 + 20 = 410): import its parts with it, or remove the stored ones first "
        "('drafter figures remove') (nothing imported)"]
    assert _value(workspace, "neighbourhood_crime") == 350


def test_a_total_alone_with_no_parts_stored_is_stored_as_given(tmp_path):
    with drafter.open_workspace(tmp_path / "other", seed=False) as workspace:
        path = write_xlsx(tmp_path / "pack.xlsx", {"Data": [["Force", "Neighbourhood crime 2019/20"],
                                                            ["Durham", 4410]]})
        workspace.import_figures(path)
        assert _value(workspace, "neighbourhood_crime", "Durham", "2019/20") == 4410
