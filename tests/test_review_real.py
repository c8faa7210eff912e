"""Review on other forces' statements, as a reviewer runs it in a workspace
that holds only the Severnshire samples: no findings about another force's
numbers, no comparison with another force's statement, applicability and
acronyms read as offices write them, partial files said to be partial."""

from __future__ import annotations

import pytest
from review_real_samples import (
    FINANCIAL_YEAR_TO_DATE,
    MERSEYSIDE_NAMED,
    PRIORITY_HEADINGS,
    WEST_MERCIA_APPLICABILITY,
    board_paper,
    per_priority_statement,
)
from style_samples import ALIGNMENT, WEB_PAGE
from styles import file_bytes
from test_review_support import findings_of, new_workspace

CHECKS_ON_FIGURES = ("arithmetic", "direction", "stale-figure", "unverified-figure")


def write(tmp_path, name: str, content: str | bytes):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return path


def kinds(report) -> set[str]:
    return {f.kind for f in report.findings}


# -- figures of the right area, or none ---------------------------------------------------------
def test_statement_naming_no_force_is_checked_against_no_figures(seeded_workspace, tmp_path):
    report = seeded_workspace.review(str(write(tmp_path, "measures.html", FINANCIAL_YEAR_TO_DATE)))
    assert report.document.force is None
    assert not kinds(report) & set(CHECKS_ON_FIGURES)
    assert report.figures_area is None and report.area is None
    assert {m.status for m in report.figures if m.is_figure} == {"unverified"}
    figure_notes = [n for n in report.notes if "not checked" in n]
    assert len(figure_notes) == 1
    assert "does not name its force" in figure_notes[0] and "Severnshire" not in " ".join(report.notes)


def test_another_forces_statement_is_not_checked_against_the_workspace_figures(cli, seeded_workspace,
                                                                              tmp_path):
    path = write(tmp_path, "merseyside.html", MERSEYSIDE_NAMED)
    data = cli("review", path, "--json", workspace=seeded_workspace.path).json()
    assert data["target"]["force"] == "Merseyside"
    assert not {f["kind"] for f in data["findings"]} & set(CHECKS_ON_FIGURES)
    assert data["figures_area"] is None
    assert data["notes"] == [
        "no earlier statement by Merseyside in the corpus to compare with",
        "no figures for Merseyside in the workspace, so the 5 numbers it states are not checked: "
        "checking them needs Merseyside's figures for 2023 and the year before"]
    text = cli("review", path, workspace=seeded_workspace.path).stdout
    assert "figures: none" in text.splitlines()[1]


def test_the_note_for_a_force_without_figures_names_the_periods_its_statement_quotes(cli, seeded_workspace,
                                                                                    tmp_path):
    """A Welsh statement quoting 2024/25 was told to fetch the calendar year before its date."""
    path = tmp_path / "dyfed-powys-2025-07.txt"
    path.write_text(board_paper("Dyfed-Powys", "July 2025", {
        "Reduce murder and other homicide": [
            "In 2024/25 there were 6 homicides in Dyfed-Powys, against 9 in 2023/24."],
        "Reduce serious violence": [
            "There were 412 knife and sharp instrument offences in the year ending March 2025."],
    }), encoding="utf-8")
    notes = cli("review", path, "--json", workspace=seeded_workspace.path).json()["notes"]
    assert notes[-1] == ("no figures for Dyfed-Powys in the workspace, so the 2 numbers it states are not "
                         "checked: checking them needs Dyfed-Powys's figures for the periods it names "
                         "(2024/25 and 2023/24) and the year before each")


def test_the_area_asked_for_is_the_one_checked(seeded_workspace, tmp_path):
    report = seeded_workspace.review(str(write(tmp_path, "measures.html", FINANCIAL_YEAR_TO_DATE)),
                                     area="Severnshire")
    assert report.figures_area == "Severnshire"
    assert not [n for n in report.notes if "not checked" in n]
    assert findings_of(report, "arithmetic")  # the reviewer asked: 9% is checked against Severnshire


# -- the right statement to compare with ----------------------------------------------------------
@pytest.mark.parametrize("fmt", ["html", "txt"])
def test_other_forces_statement_is_not_compared_with_severnshire(seeded_workspace, tmp_path, fmt):
    name, data = file_bytes(WEB_PAGE, fmt)
    report = seeded_workspace.review(str(write(tmp_path, name, data)))
    assert report.document.force == "Lancashire"
    assert report.against is None
    assert findings_of(report, "changed-paragraph") == []
    assert findings_of(report, "copied-paragraph") == []
    assert report.changes.note == "no earlier statement by Lancashire in the corpus to compare with"
    assert report.changes.note in report.notes


def test_wording_from_another_forces_statement_is_its_own_finding(tmp_path):
    shared = ("Our neighbourhood teams ran a week of action on shoplifting with the business crime "
              "partnership, visiting every shop on the high street to give advice on deterrents.")
    with new_workspace(tmp_path / "ws") as workspace:
        earlier = write(tmp_path, "warwickshire-2024-03.txt", board_paper("Warwickshire", "March 2024", {
            "Reduce neighbourhood crime": [shared, "Burglary fell in the north of the county."]}))
        assert workspace.add_statements([earlier]).added[0]["force"] == "Warwickshire"
        later = write(tmp_path, "lancashire-2024-09.txt", board_paper("Lancashire", "September 2024", {
            "Reduce neighbourhood crime": [shared, "Vehicle crime was the focus in Preston."]}))
        report = workspace.review(str(later))
    assert report.against is None and findings_of(report, "changed-paragraph") == []
    assert findings_of(report, "copied-paragraph") == []
    [borrowed] = findings_of(report, "other-force-wording")
    assert borrowed.paragraph == 1 and borrowed.severity == "info"
    assert borrowed.message == "100% as written by Warwickshire in 2024-03 (statement 1 ¶1)"
    assert report.reuse.new_writing_share == 1.0  # nothing carried over from Lancashire's own
    assert report.to_dict()["reuse"]["other_force_statements"] == 1


def test_the_forces_own_earlier_statement_is_compared_and_copying_is_carried_over(tmp_path):
    kept = ("The rural crime team held farm watch evenings in four villages and marked quad bikes "
            "and trailers for owners who asked.")
    with new_workspace(tmp_path / "ws") as workspace:
        workspace.add_statements([write(tmp_path, "w1.txt", board_paper("Warwickshire", "March 2024", {
            "Reduce neighbourhood crime": [kept]}))])
        later = write(tmp_path, "w2.txt", board_paper("Warwickshire", "June 2024", {
            "Reduce neighbourhood crime": [kept, "Burglary fell in Nuneaton."]}))
        report = workspace.review(str(later))
    assert report.against["statement_id"] == 1
    assert [f.paragraph for f in findings_of(report, "copied-paragraph")] == [1]
    assert findings_of(report, "other-force-wording") == []


# -- applicability as offices write it ------------------------------------------------------------
def test_all_priorities_assessed_applicable_as_they_align(seeded_workspace, tmp_path):
    report = seeded_workspace.review(str(write(tmp_path, "wm.txt", WEST_MERCIA_APPLICABILITY)))
    assert report.document.force == "West Mercia"
    assert findings_of(report, "missing-applicability") == []
    assert all(info["applicability"] for info in report.coverage["priorities"].values())


@pytest.mark.parametrize("fmt", ["txt", "html"])
def test_alignment_statement_has_no_missing_applicability(seeded_workspace, tmp_path, fmt):
    name, data = file_bytes(ALIGNMENT, fmt)
    report = seeded_workspace.review(str(write(tmp_path, name, data)))
    assert findings_of(report, "missing-applicability") == []


def test_a_statement_per_priority_and_not_applicable_with_reasons(seeded_workspace, tmp_path):
    statements = dict(zip(PRIORITY_HEADINGS, (
        "Homicide is applicable to Cumbria: two domestic homicides this year shaped our plan.",
        "This priority applies to Cumbria because violence in the night-time economy is rising.",
        "County lines are relevant to Cumbria as lines from Merseyside supply our towns.",
        "Neighbourhood crime is a local priority in the Police and Crime Plan.",
        "Victim satisfaction aligns with the Police and Crime Plan's aim to put victims first.",
        "This priority is not applicable to the force's own plan because fraud is led nationally "
        "by Action Fraud.",
    )))
    report = seeded_workspace.review(str(write(tmp_path, "cumbria.txt",
                                               per_priority_statement("Cumbria", statements))))
    assert findings_of(report, "missing-applicability") == []
    assert report.coverage["missing"] == []


def test_not_applicable_without_a_reason_asks_why(seeded_workspace, tmp_path):
    statements = {heading: f"The priority is applicable locally ({heading.lower()})."
                  for heading in PRIORITY_HEADINGS}
    statements["Tackle cyber crime"] = "This priority is not applicable."
    report = seeded_workspace.review(str(write(tmp_path, "cumbria.txt",
                                               per_priority_statement("Cumbria", statements))))
    [asked] = findings_of(report, "missing-applicability")
    assert asked.section == "cyber-crime"
    assert asked.message == "says 'Tackle Fraud and Cybercrime' does not apply locally, but not why"


# -- partial statements ---------------------------------------------------------------------------
def test_missing_priorities_are_named_once(seeded_workspace, tmp_path):
    report = seeded_workspace.review(str(write(tmp_path, "measures.html", FINANCIAL_YEAR_TO_DATE)))
    [missing] = findings_of(report, "missing-priority")
    assert missing.message == (
        "the national priorities 'Drug Supply and County Lines', 'Reduce Neighbourhood Crime', "
        "'Improve Victim Satisfaction' and 'Tackle Fraud and Cybercrime' have no section")
    assert missing.section is None  # the whole statement's, not the first missing priority's
    assert missing.evidence == "drugs-county-lines neighbourhood-crime victim-satisfaction cyber-crime"
    assert report.coverage["missing"] == ["drugs-county-lines", "neighbourhood-crime",
                                          "victim-satisfaction", "cyber-crime"]
    assert findings_of(report, "truncated") == []


@pytest.mark.parametrize("ending, said", [
    ("Burglary fell in the city centre. Officers continue to work with the", "stops mid-sentence"),
    ("Burglary fell in the city centre. Officers continue to work with shops and businesses "
     "across the county to reduce", "stops mid-sentence"),
])
def test_a_file_that_stops_mid_sentence_is_said_to(seeded_workspace, tmp_path, ending, said):
    text = board_paper("Cumbria", "March 2024", {
        "Reduce murder and other homicide": ["Homicide is applicable locally and fell this year."],
        "Reduce neighbourhood crime": [ending]})
    report = seeded_workspace.review(str(write(tmp_path, "cut.txt", text)))
    [cut] = findings_of(report, "truncated")
    assert said in cut.message and cut.section == "neighbourhood-crime" and cut.severity == "warning"
    [missing] = findings_of(report, "missing-priority")
    assert missing.message.endswith("(the file stops mid-text, so the rest may have been cut off)")


def test_a_file_ending_with_an_empty_heading_is_said_to_stop(seeded_workspace, tmp_path):
    text = board_paper("Cumbria", "March 2024", {
        "Reduce murder and other homicide": ["Homicide is applicable locally and fell this year."],
        "Reduce serious violence": []})
    report = seeded_workspace.review(str(write(tmp_path, "cut.txt", text)))
    [cut] = findings_of(report, "truncated")
    assert "ends with the heading 'Reduce serious violence'" in cut.message


def test_whole_statements_are_not_said_to_stop(seeded_workspace, tmp_path):
    for name, content in (("wm.txt", WEST_MERCIA_APPLICABILITY), file_bytes(WEB_PAGE, "html")):
        report = seeded_workspace.review(str(write(tmp_path, name, content)))
        assert findings_of(report, "truncated") == [], name


def test_template_table_rows_cover_their_priorities(seeded_workspace, tmp_path):
    from style_samples import TEMPLATE_TABLE

    name, data = file_bytes(TEMPLATE_TABLE, "txt")
    report = seeded_workspace.review(str(write(tmp_path, name, data)))
    covered = report.coverage["priorities"]
    assert covered["homicide"]["present"] and covered["homicide"]["in_table"]
    assert covered["drugs-county-lines"]["present"]
    assert report.coverage["missing"] == ["victim-satisfaction", "cyber-crime"]


# -- sums checked against what they are about --------------------------------------------------
SUSSEX_CSV = """area,measure,period,value,unit,source
Sussex,neighbourhood_crime,2022,17420,count,Home Office
Sussex,neighbourhood_crime,2023,16890,count,Home Office
Sussex,vehicle_crime,2022,6210,count,Home Office
Sussex,vehicle_crime,2023,5790,count,Home Office
"""


@pytest.mark.parametrize("sentence, wrong", [
    ("Neighbourhood crime fell by 3% in 2023, led by a fall in vehicle crime to 5,790 offences "
     "from 6,210 in 2022.", False),
    ("Vehicle crime fell by 3% in 2023, to 5,790 offences from 6,210 in 2022.", True),
])
def test_a_change_is_checked_against_the_counts_of_what_it_is_about(tmp_path, sentence, wrong):
    with new_workspace(tmp_path / "ws") as workspace:
        workspace.import_figures(write(tmp_path, "sussex.csv", SUSSEX_CSV))
        path = write(tmp_path, "sussex.txt", board_paper("Sussex", "April 2024", {
            "Reduce neighbourhood crime": [sentence]}))
        report = workspace.review(str(path))
    assert report.figures_area == "Sussex"
    assert bool(findings_of(report, "arithmetic")) == wrong


# -- statements set out in shapes of their own --------------------------------------------------
def test_run_in_priority_labels_and_a_sign_off_raise_no_false_alarm(seeded_workspace):
    from pathlib import Path

    statement = Path(__file__).parent / "fixtures" / "real-shapes" / "nottinghamshire-2023-12.txt"
    report = seeded_workspace.review(str(statement))
    assert not kinds(report) & {"missing-priority", "truncated"}
    assert report.document.force == "Nottinghamshire"


@pytest.mark.parametrize("elsewhere", ["In Staffordshire, neighbourhood crime rose by 6%.",
                                       "Nationally, neighbourhood crime rose by 6%."])
def test_another_areas_change_is_not_checked_against_the_areas_figures(seeded_workspace, tmp_path, elsewhere):
    from pathlib import Path

    page = (Path(__file__).parent / "fixtures" / "real-shapes" / "west-midlands-2023-12.html").read_text()
    assert "In Staffordshire, neighbourhood crime rose by 6%." in page
    report = seeded_workspace.review(str(write(tmp_path, "west-midlands-2023-12.html", page.replace(
        "In Staffordshire, neighbourhood crime rose by 6%.", elsewhere))), period="2022")
    assert report.figures_area == "West Midlands"
    assert not kinds(report) & {"arithmetic", "direction", "wrong-figure"}
    wrong = page.replace("In Staffordshire, neighbourhood crime rose by 6%.",
                         "Neighbourhood crime in the West Midlands rose by 12%.")
    report = seeded_workspace.review(str(write(tmp_path, "west-midlands-2023-12.html", wrong)), period="2022")
    assert [f.message[:4] for f in report.findings if f.kind == "arithmetic"] == ["12% "]


def test_a_number_about_another_area_is_said_to_be_so(seeded_workspace):
    from pathlib import Path

    page = Path(__file__).parent / "fixtures" / "real-shapes" / "west-midlands-2023-12.html"
    report = seeded_workspace.review(str(page), period="2022")
    unverified = {f.message.split(":")[0]: f.message for f in report.findings if f.kind == "unverified-figure"}
    for number in ("590", "11", "49,000"):  # England and Wales, Staffordshire, "nationally"
        assert "about another area or the nation" in unverified[number]
    for number in ("2,100", "120"):  # Birmingham's, and the Regional Cyber Crime Unit's
        assert unverified[number].startswith(f"{number}: no matching figure for West Midlands")


def test_a_tables_figures_are_read_under_their_column_headings(seeded_workspace, tmp_path):
    """"Offence | 2021 | 2022" over "Residential burglary | 14,100 | 15,326":
    each cell is its row's measure in its column's period, checked as such."""
    from pathlib import Path

    page = (Path(__file__).parent / "fixtures" / "real-shapes" / "west-midlands-2023-12.html").read_text()
    assert "<th>2021</th><th>2022</th>" in page and "<td>14,100</td>" in page
    report = seeded_workspace.review(str(write(tmp_path, "west-midlands-2023-12.html", page)), period="2022")
    flagged = " ".join(f.message for f in report.findings)
    for cell in ("14,100", "15,326", "29,272", "36,122"):
        assert cell not in flagged
    wrong = page.replace("<td>14,100</td>", "<td>14,900</td>")
    report = seeded_workspace.review(str(write(tmp_path, "west-midlands-2023-12.html", wrong)), period="2022")
    assert [f.message.split(", where")[0] for f in findings_of(report, "wrong-figure")] == [
        "residential burglary: 14,900 in 2021"]
    # The same table a year on: the 2022 column is last year's, said so; 2021 is what it is compared with.
    report = seeded_workspace.review(str(write(tmp_path, "west-midlands-2023-12.html", page)), period="2023")
    stale = [f.message for f in findings_of(report, "stale-figure")]
    assert any(message.startswith("15,326 is the figure for 2022") for message in stale)
    assert not any(message.startswith("14,100") for message in stale)


def test_a_period_headed_table_of_areas_is_read_as_its_rows_say(seeded_workspace, tmp_path):
    """Rows naming areas, not measures: the area's own large figures are
    found as a sentence's would be, a neighbour's row is about another area,
    and nothing is called wrong."""
    page = ("<html><head><title>National Policing Priorities statement December 2023 | West Midlands PCC"
            "</title></head><body><main><h1>National Policing Priorities statement</h1>"
            "<p>Published 12 December 2023</p><h2>Reduce neighbourhood crime</h2>"
            "<p>Neighbourhood crime in the region is set out below.</p><table><thead><tr><th>Area</th>"
            "<th>2021</th><th>2022</th></tr></thead><tbody><tr><td>West Midlands</td><td>55,219</td>"
            "<td>65,450</td></tr><tr><td>Staffordshire</td><td>31,200</td><td>33,070</td></tr></tbody>"
            "</table></main></body></html>")
    report = seeded_workspace.review(str(write(tmp_path, "west-midlands-2023-12.html", page)), period="2022")
    assert not kinds(report) & {"wrong-figure", "stale-figure", "arithmetic", "direction"}
    unverified = {f.message.split(":")[0]: f.message for f in findings_of(report, "unverified-figure")}
    assert not {"55,219", "65,450"} & unverified.keys()
    assert all("another area" in unverified[number] for number in ("31,200", "33,070"))


def test_a_table_whose_headings_are_not_periods_is_read_as_sentences():
    from drafter.claims.tables import period_headed_cells

    assert period_headed_cells("Priority | Update\nHomicide | 45 homicides in 2022") == {}
    table = "Measure | 2021 rate | 2022\nKnife crime | 12.1 | 13.0"
    assert [(table[start:end], period) for start, (end, period) in period_headed_cells(table).items()] == [
        ("13.0", "2022")]  # "2021 rate" says more than a period: its column is read as before
    assert period_headed_cells("Homicides in 2022: 45 | 2021: 44") == {}


def test_welsh_paragraphs_of_a_bilingual_statement_are_not_held_to_english_plain_english(seeded_workspace):
    from pathlib import Path

    from drafter.review.checks.plain_english import in_welsh

    statement = Path(__file__).parent / "fixtures" / "real-shapes" / "gwent-2024-01.txt"
    report = seeded_workspace.review(str(statement))
    assert not [f for f in report.findings if f.kind == "plain-english"]
    welsh = [p.text for s in report.document.sections for p in s.paragraphs if in_welsh(p.text)]
    assert len(welsh) == 2 and all(len(text.split()) > 20 for text in welsh)


def test_a_missing_priority_heads_the_report_and_its_place_keeps_the_national_order(cli, seeded_workspace,
                                                                                    tmp_path):
    """A reviewer reads what the whole statement lacks first, then the
    sections in the statement's order; what was under a priority it no
    longer has (last quarter's paragraphs) stands where that priority
    belongs, not after the closing section."""
    from pathlib import Path

    sample = (Path(__file__).parents[1] / "corpus" / "statements" / "severnshire-2026-09.txt").read_text(
        encoding="utf-8")
    start, end = sample.index("\nTackle cyber crime\n"), sample.index("\nReporting frequency\n")
    path = write(tmp_path, "no-cyber.txt", sample[:start] + sample[end:])
    result = cli("review", path, workspace=seeded_workspace.path)
    headings = [line.split(" — ")[0] for line in result.stdout.splitlines()[2:-1]
                if line and not line.startswith(" ")]
    assert headings == ["whole statement", "introduction", "homicide", "serious-violence", "drugs-county-lines",
                        "neighbourhood-crime", "victim-satisfaction", "cyber-crime", "closing",
                        "rank and national claims"]  # "the highest since the current survey began"
    assert "cyber-crime — no section in this statement" in result.stdout
    block = result.stdout.split("whole statement\n", 1)[1].split("\n\n", 1)[0]
    assert "missing-priority" in block and "'Tackle Fraud and Cybercrime' has no section" in block
