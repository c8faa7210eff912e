"""Acronyms spelled out in every usual form, and the office's own list of
acronyms it never spells out (the workspace's acronyms.txt)."""

from __future__ import annotations

import pytest
from review_real_samples import board_paper
from test_review_support import findings_of

from drafter.review.checks import acronym_list, acronyms
from drafter.review.document import ReviewDocument, ReviewParagraph, ReviewSection


def checked(*paragraphs: str, allowed=frozenset()):
    section = ReviewSection("homicide", "Homicide")
    for index, text in enumerate(paragraphs):
        section.paragraphs.append(ReviewParagraph("homicide", "homicide", index, index + 1, text))
    return acronyms.check(ReviewDocument("statement", "t", "Testshire", "2024-03", [section]), allowed)


@pytest.mark.parametrize("text, acronym, long_name", [
    ("The Violence Reduction Partnership (VRP) met.", "VRP", "Violence Reduction Partnership"),
    ("Reports of anti-social behaviour (ASB) fell.", "ASB", "anti-social behaviour"),
    ("The Violence Reduction Partnership ('VRP') met.", "VRP", "Violence Reduction Partnership"),
    ("The Violence Reduction Partnership (known as the VRP) met.", "VRP",
     "Violence Reduction Partnership"),
    ("The VRP (Violence Reduction Partnership) met.", "VRP", "Violence Reduction Partnership"),
    ("We fund DECCA. DECCA is the Drug Education and Confidential Advice Service who visit schools.",
     "DECCA", "Drug Education and Confidential Advice Service"),
    ("IDVA stands for Independent Domestic Violence Adviser.", "IDVA",
     "Independent Domestic Violence Adviser"),
    ("The ROCU, the Regional Organised Crime Unit, led the operation.", "ROCU",
     "Regional Organised Crime Unit"),
    ("Funding came from the Serious Violence Duty, or SVD, this year.", "SVD", "Serious Violence Duty"),
    ("CSP – Community Safety Partnership", "CSP", "Community Safety Partnership"),
    ("MARAC: Multi-Agency Risk Assessment Conference", "MARAC", "Multi-Agency Risk Assessment Conference"),
])
def test_every_usual_form_of_definition(text, acronym, long_name):
    findings, summary = checked(text, f"The {acronym} met again.")
    assert summary["defined"] == {acronym: long_name}
    assert findings == []


@pytest.mark.parametrize("text", [
    "CARA is a session-based service for first-time offenders.",
    "EASI is a multi-agency initiative between partners.",
    "HCF, the VRP has commissioned sport for young people.",
    "The WMP Control Room (Force Contact) answered calls.",
])
def test_descriptions_are_not_definitions(text):
    findings, summary = checked(text)
    assert summary["defined"] == {}
    assert findings and all(f.kind == "undefined-acronym" for f in findings)


def test_a_defined_acronym_on_the_list_is_not_listed_as_allowed():
    findings, summary = checked("Anti-Social Behaviour (ASB) fell. The PCC and the ASB team met.",
                                allowed=frozenset({"ASB", "PCC"}))
    assert findings == [] and summary["allowed"] == ["PCC"]


# -- the office's list ----------------------------------------------------------------------------
STATEMENT = board_paper("Cumbria", "March 2024", {
    "Reduce neighbourhood crime": ["The HMICFRS inspection praised the ASB team and the CSPs.",
                                   "The RUCP met in February."]})


def test_new_workspace_gets_the_list_and_review_uses_it(cli, tmp_path):
    root = tmp_path / "fresh"
    path = tmp_path / "cumbria.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    data = cli("review", path, "--json", workspace=root).json()
    listed = (root / "acronyms.txt").read_text(encoding="utf-8")
    assert "HMICFRS" in listed and "\nASB " in listed
    assert {"HMICFRS", "ASB"} <= set(data["acronyms"]["allowed"])
    assert set(data["acronyms"]["undefined"]) == {"CSP", "RUCP"}
    with open(root / "acronyms.txt", "a", encoding="utf-8") as handle:
        handle.write("RUCP   # the rural crime partnership, known to every reader here\nCSP\n")
    data = cli("review", path, "--json", workspace=root).json()
    assert data["acronyms"]["undefined"] == []
    assert not [f for f in data["findings"] if f["kind"] == "undefined-acronym"]


@pytest.mark.parametrize("content, problem", [
    (b"PCC\nPolice and Crime Commissioner\n", "line 2: 'Police and Crime Commissioner': one acronym a line "
                                          "(a comment goes after '#')"),
    (b"PCC\nhmicfrs\nasb\n", "line 2: 'hmicfrs' is not an acronym as review reads them "
                             "(two or more capitals, digits or '&', e.g. HMICFRS) (and 1 more bad line: 3)"),
    (b"PCC\n\xff\xfeA\x00S\x00B\x00\n", "line 2: not text (the file looks binary)"),
    (b"PCC\nASB \xe9\n", "line 2: not UTF-8 text (save the file as UTF-8)"),
    ("PCC\nASB\n".encode("utf-32-le"), "line 1: UTF-32 text without a byte order mark (save the file as UTF-8)"),
])
def test_a_bad_list_is_one_line_naming_the_file_and_line(cli, seeded_workspace, tmp_path, content, problem):
    listed = seeded_workspace.path / "acronyms.txt"
    listed.write_bytes(content)
    path = tmp_path / "cumbria.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    result = cli("review", path, workspace=seeded_workspace.path)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"drafter: error: {listed}: {problem}"


def test_a_workspace_without_a_list_uses_the_bundled_one(seeded_workspace, tmp_path):
    (seeded_workspace.path / "acronyms.txt").unlink()
    path = tmp_path / "cumbria.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    report = seeded_workspace.review(str(path))
    assert {"HMICFRS", "ASB"} <= set(report.acronyms["allowed"])
    assert {f.message.split()[0] for f in findings_of(report, "undefined-acronym")} == {"CSP", "RUCP"}


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-be"])
def test_a_list_saved_as_utf32_with_its_mark_is_read(tmp_path, encoding):
    path = tmp_path / "acronyms.txt"
    mark = "\ufeff" if encoding == "utf-32-be" else ""
    path.write_bytes((mark + "# Kestrel Vale's own\r\nKVSP\r\nASB\r\n").encode(encoding))
    assert acronym_list.read_acronyms(path) == {"KVSP", "ASB"}


def test_the_shortened_period_words_review_reads_need_no_spelling_out():
    findings, _ = checked("In the YE Sep 26 there were 459 knife offences, 201 FYTD and 118 in FY25/26.",
                          "The DCPP met.")
    assert [f.message for f in findings if f.kind == "undefined-acronym"] == [
        "DCPP is used without being spelled out"]
