"""What the review report lists and counts beside its findings: every wrong
national figure among the rank and national claims, with the summary's
counts matching the errors; no other-force-wording for a line every office
writes; "our region" is the force's own area, not another."""

from __future__ import annotations

import re

import all_forces

from drafter import drafts
from drafter.corpus import read_statement

ANOTHER_AREA = "another area or the nation"


def _draft(workspace, section: str, paragraphs: list[str], *, period: str, date: str) -> int:
    draft = workspace.new_draft(area="West Midlands", period=period, date=date)
    for text in paragraphs:
        drafts.append_paragraph(draft, section, text)
    workspace.save_draft(draft)
    return draft.id


# -- rank and national claims ------------------------------------------------------------------
def test_every_wrong_national_figure_is_listed_and_counted(cli, seeded_workspace, tmp_path):
    all_forces.import_all(seeded_workspace, tmp_path)
    draft_id = _draft(seeded_workspace, "homicide", [
        "In 2022 there were 45 homicides in the West Midlands, a rate of 15.4 per million population, "
        "against an England and Wales average of 99.9 per million.",
        "The West Midlands had the lowest homicide rate of the 43 forces in 2022.",
    ], period="2022", date="2023-09")

    result = cli("review", str(draft_id), workspace=seeded_workspace.path)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    errors = [line for line in lines if re.search(r"\berror\s+wrong-rank\b", line)]
    listing = lines[lines.index("rank and national claims") + 1:]
    listed_wrong = [line for line in listing if re.search(r"\swrong\s+'", line)]
    assert len(errors) == 2
    assert any("'99.9'" in line for line in listed_wrong)
    counted = re.search(r"ranks: (\d+) verified, (\d+) wrong", lines[-1])
    assert counted and int(counted.group(2)) == len(errors) == len(listed_wrong)

    ranks = cli("review", str(draft_id), "--json", workspace=seeded_workspace.path).json()["ranks"]
    national = next(claim for claim in ranks if claim["text"] == "99.9")
    assert (national["kind"], national["status"], national["period"]) == ("national", "wrong", "2022")


# -- other forces' wording ---------------------------------------------------------------------
def _ashmoor_paragraphs(cli, workspace) -> list[str]:
    listed = cli("corpus", "list", "--json", workspace=workspace.path).json()
    latest = max((item for item in listed if item["force"] == "Ashmoor"), key=lambda item: item["date"])
    shown = cli("corpus", "show", str(latest["id"]), "--json", workspace=workspace.path).json()
    return [p["text"] for s in shown["sections"] for p in s["paragraphs"] if p["kind"] == "paragraph"]


def test_a_short_line_every_office_writes_is_not_other_force_wording(cli, seeded_workspace, tmp_path):
    ashmoor = _ashmoor_paragraphs(cli, seeded_workspace)
    long_one = next(text for text in ashmoor if len(text.split()) >= 20 and not re.search(r"\d", text))
    # The opening words of Ashmoor's line on how often it publishes, as another office might say it.
    short_one = next(text for text in ashmoor if text.startswith("This statement is")).split(",")[0] + "."
    assert len(short_one.split()) < 12
    path = tmp_path / "dyfed-powys-2026-12.txt"
    path.write_text("\n\n".join([
        "Dyfed-Powys Police and Crime Commissioner", "December 2026",
        "Statement on the National Policing Priorities",
        "Introduction",
        "The Commissioner reports here on each national priority for policing in Dyfed-Powys.",
        "Improve victim satisfaction", long_one,
        "Reporting frequency", short_one,
    ]), encoding="utf-8")
    review = cli("review", path, "--json", workspace=seeded_workspace.path).json()
    borrowed = [f for f in review["findings"] if f["kind"] == "other-force-wording"]
    assert [f["section"] for f in borrowed] == ["victim-satisfaction"]
    closing = next(p for p in review["reuse"]["paragraphs"] if p["section"] == "closing")
    assert closing["elsewhere"]["verbatim_share"] >= review["reuse"]["copied_share"]


# -- the force's own area ----------------------------------------------------------------------
# Sentences that quote a number without naming what it counts: only where they
# are about decides whether the area's figures can be asked.
OWN_AREA = ("Partners have now put 26 in place across our region, with more planned.",
            "Partners have now put 26 in place across the region, with more planned.",
            "Partners have now put 26 in place in our force area, with more planned.",
            "Partners have now put 26 in place in our area, with more planned.")


def test_our_region_is_the_forces_own_area(cli, seeded_workspace):
    nationally = "Nationally, partners have now put 26 in place, with more planned."
    draft_id = _draft(seeded_workspace, "serious-violence", [*OWN_AREA, nationally],
                      period="2023-Q3", date="2023-12")
    review = cli("review", str(draft_id), "--json", workspace=seeded_workspace.path).json()
    about = {f["evidence"]: f["message"] for f in review["findings"] if f["kind"] == "unverified-figure"}
    assert ANOTHER_AREA in about[nationally]
    assert set(OWN_AREA) <= set(about)
    assert not [sentence for sentence in OWN_AREA if ANOTHER_AREA in about[sentence]]


def test_the_reference_statements_region_is_its_own(cli, seeded_workspace, reference_path):
    statement = read_statement(reference_path, reference_path.read_bytes(), ())
    numbers = [p.number for s in statement.sections for p in s.paragraphs
               if p.number is not None and "our region" in p.text.casefold()]
    assert numbers
    review = cli("review", reference_path, "--json", workspace=seeded_workspace.path).json()
    assert [f for f in review["figures"] if f["paragraph"] in numbers and f["kind"] == "count"]
    assert not [f for f in review["findings"] if f["paragraph"] in numbers and ANOTHER_AREA in f["message"]]
