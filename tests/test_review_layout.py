"""How review lays a statement out for the reviewer: a heading the statement
repeats (an annex going over a priority again) is a section of its own,
reported once under its own heading; paragraph numbers such as "2.1" under
a numbered heading are the statement's numbering, not figures, in every
format; a priority covered only by the template table is said to be there."""

from __future__ import annotations

import re
from collections import Counter

from builders import DocxBuilder

INTRODUCTION = ("The Commissioner sets out here, as the Specified Information Order asks, how the force "
                "contributes to each national priority for policing this quarter.")
BODY = [
    ("Reduce murder and other homicide",
     ["Detectives from the major crime unit reviewed every unexplained death in the county during the "
      "autumn, with the coroner's officers."]),
    ("Reduce serious violence",
     ["The youth diversion scheme in Tewbridge worked with a further group of teenagers referred by "
      "schools after weapon incidents.",
      "Street pastors now patrol the Severnford night-time economy on Friday and Saturday nights."]),
    ("Tackle cyber crime",
     ["The cyber protect team ran workshops for parish councils on spotting invoice fraud."]),
]
ANNEX = ("Annex: performance figures", [])
ANNEX_VIOLENCE = ("Reduce serious violence",
                  ["Hospital admissions for assault with a sharp object were reviewed with the health "
                   "board for the annex to this report."])
CLOSING = ("Reporting frequency", ["The Panel receives this report every three months."])


def board_paper(sections: list[tuple[str, list[str]]], force: str = "Severnshire",
                month: str = "December 2026") -> str:
    """A numbered board paper whose headings may repeat (unlike a dict of sections)."""
    lines = [f"{force} Police and Crime Panel", "", month, "",
             f"Title: National Policing Priorities – {force} Police and Crime Commissioner Statement", ""]
    number = 1
    for heading, paragraphs in sections:
        lines += [heading, ""]
        for text in paragraphs:
            lines += [f"{number}. {text}", ""]
            number += 1
    return "\n".join(lines)


def _review_json(cli, workspace, path):
    result = cli("review", path, "--json", workspace=workspace.path)
    assert result.exit_code == 0, result.stderr
    return result.json()


def _text_groups(text: str) -> list[tuple[str, list[str]]]:
    """The text report's section headings, each with the finding lines under it."""
    groups: list[tuple[str, list[str]]] = []
    for line in text.splitlines():
        if " — " in line and not line.startswith(" "):
            groups.append((line, []))
        elif line.startswith("  ") and groups:
            groups[-1][1].append(line)
    return groups


# -- a heading met twice ----------------------------------------------------------------------
def test_a_repeated_priority_heading_is_its_own_section_reported_once(cli, seeded_workspace, tmp_path):
    sections = [("Introduction", [INTRODUCTION]), *BODY, ANNEX, ANNEX_VIOLENCE, CLOSING]
    path = tmp_path / "severnshire-2026-12-annex.txt"
    path.write_text(board_paper(sections), encoding="utf-8")
    annex_number = 1 + sum(len(paragraphs) for _, paragraphs in [("", [INTRODUCTION]), *BODY])

    review = _review_json(cli, seeded_workspace, path)
    said = Counter((f["section"], f["paragraph"], f["kind"], f["message"]) for f in review["findings"])
    assert [finding for finding, times in said.items() if times > 1] == []
    first_violence = [f for f in review["findings"] if f["paragraph"] == 3 and f["kind"] == "changed-paragraph"]
    assert len(first_violence) == 1
    assert any("serious-violence heading appears twice" in note for note in review["notes"])

    changed = [(s["section"], [p["paragraph"] for p in s["paragraphs"] if p["paragraph"] is not None])
               for s in review["changes"]["sections"] if s["section"] == "serious-violence"]
    assert [numbers for _, numbers in changed][1] == [annex_number]
    assert annex_number not in changed[0][1]

    text = cli("review", path, workspace=seeded_workspace.path).stdout
    violence = [(heading, lines) for heading, lines in _text_groups(text) if heading.startswith("serious-violence")]
    assert len(violence) == 2
    where = re.compile(rf"^\s+¶{annex_number}\s")
    assert any(where.match(line) for line in violence[1][1])
    assert not any(where.match(line) for line in violence[0][1])


def test_findings_grow_with_the_paragraphs_not_their_square(cli, seeded_workspace, tmp_path):
    """The same body pasted again and again: each copy adds about as many
    findings as the one before, however many copies there are."""
    counts = {}
    for copies in (1, 2, 4):
        path = tmp_path / f"severnshire-2026-12-x{copies}.txt"
        path.write_text(board_paper([("Introduction", [INTRODUCTION]), *BODY * copies, CLOSING]),
                        encoding="utf-8")
        counts[copies] = len(_review_json(cli, seeded_workspace, path)["findings"])
    added_by_second = counts[2] - counts[1]
    assert counts[4] - counts[2] <= 2 * added_by_second + 2, counts


def test_the_html_page_anchors_each_paragraph_once(cli, seeded_workspace, tmp_path):
    path = tmp_path / "severnshire-2026-12-annex.txt"
    path.write_text(board_paper([("Introduction", [INTRODUCTION]), *BODY, ANNEX_VIOLENCE, CLOSING]),
                    encoding="utf-8")
    page = tmp_path / "review.html"
    assert cli("review", path, "--html", page, workspace=seeded_workspace.path).exit_code == 0
    anchors = re.findall(r'id="(p-[^"]+)"', page.read_text(encoding="utf-8"))
    assert anchors and len(anchors) == len(set(anchors))
    assert page.read_text(encoding="utf-8").count("Hospital admissions for assault") >= 1


# -- "2.1" under "2. Reduce murder…" -------------------------------------------------------------
WORD_STYLE = [
    ("Introduction", ["The Commissioner publishes this statement each quarter, and every national "
                      "measure applies in Ashmoor."]),
    ("Reduce murder and other homicide", ["There were 2 homicides in Ashmoor in April to June 2026.",
                                          "The homicide prevention group met twice in the quarter."]),
    ("Reduce serious violence", ["Firearms offences numbered 7 in April to June 2026."]),
]
WORD_STYLE_HEADER = ["Ashmoor Police and Crime Commissioner",
                     "Statement on the National Crime and Policing Measures", "September 2026"]


def _section_numbered(style: str) -> tuple[str, bytes]:
    """The same statement with "2. Heading" and "2.1 text" in one of the ways offices set them."""
    numbered = [(f"{n}. {heading}", [f"{n}.{k} {text}" for k, text in enumerate(paragraphs, 1)])
                for n, (heading, paragraphs) in enumerate(WORD_STYLE, 1)]
    if style == "docx":
        builder = DocxBuilder()
        for line in WORD_STYLE_HEADER:
            builder.paragraph(line)
        for heading, paragraphs in numbered:
            builder.heading(heading, 2)
            for text in paragraphs:
                builder.paragraph(text)
        return "statement.docx", builder.to_bytes()
    if style == "html":
        body = "".join(f"<p>{line}</p>" for line in WORD_STYLE_HEADER) + "".join(
            f"<h2>{heading}</h2>" + "".join(f"<p>{text}</p>" for text in paragraphs)
            for heading, paragraphs in numbered)
        return "statement.html", f"<html><body><main>{body}</main></body></html>".encode()
    mark = {"txt": "{}", "md-bold": "**{}**", "md-heading": "## {}"}[style]
    lines = [*WORD_STYLE_HEADER]
    for heading, paragraphs in numbered:
        lines += [mark.format(heading), *paragraphs]
    return f"statement.{'txt' if style == 'txt' else 'md'}", "\n\n".join(lines).encode()


def _shown(cli, workspace_dir, tmp_path, style: str) -> list[tuple[str | None, list]]:
    name, data = _section_numbered(style)
    path = tmp_path / style / name
    path.parent.mkdir()
    path.write_bytes(data)
    assert cli("corpus", "add", path, "--force", "Ashmoor", workspace=workspace_dir).exit_code == 0
    listed = cli("corpus", "list", "--json", workspace=workspace_dir).json()
    newest = max(item["id"] for item in listed)
    shown = cli("corpus", "show", str(newest), "--json", workspace=workspace_dir).json()
    return [(section["priority"], [(p["number"], p["text"]) for p in section["paragraphs"]])
            for section in shown["sections"]]


def test_section_paragraph_numbers_are_read_alike_in_every_format(cli, workspace_dir, tmp_path):
    as_text = _shown(cli, workspace_dir, tmp_path, "txt")
    assert [text for _, paragraphs in as_text for _, text in paragraphs][1] == WORD_STYLE[1][1][0]
    for style in ("md-bold", "md-heading", "html", "docx"):
        assert _shown(cli, workspace_dir, tmp_path, style) == as_text, style


def test_section_paragraph_numbers_in_markdown_are_not_figures(cli, seeded_workspace, tmp_path):
    name, data = _section_numbered("md-bold")
    path = tmp_path / name
    path.write_bytes(data)
    review = _review_json(cli, seeded_workspace, path)
    assert not [f["text"] for f in review["figures"] if re.fullmatch(r"\d\.\d", f["text"])]
    assert not [f for f in review["findings"] if re.match(r"\d\.\d:", f["message"])]


# -- the template table ------------------------------------------------------------------------
TABLE_ROWS = [
    ("Reduce murder and other homicide", "Homicides (police recorded crime)", "2 homicides this quarter"),
    ("Reduce serious violence", "Knife and sharp instrument offences", "126 offences this quarter"),
    ("Disrupt drugs supply and county lines", "Drug trafficking offences", "124 offences this quarter"),
    ("Reduce neighbourhood crime", "Neighbourhood crime", "1,082 offences this quarter"),
    ("Improve victim satisfaction", "Victim satisfaction (local survey)", "74.8% satisfied this quarter"),
    ("Tackle cyber crime", "Fraud reports (Action Fraud)", "1,668 reports this quarter"),
]


def test_priorities_in_the_template_table_are_not_listed_as_missing_sections(cli, seeded_workspace, tmp_path):
    rows = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in TABLE_ROWS)
    path = tmp_path / "ashmoor-2026-12-table.md"
    path.write_text(
        "# Ashmoor Police and Crime Commissioner: national measures statement\n\nDecember 2026\n\n"
        "Every national measure applies in Ashmoor, and the table gives the latest figure for each.\n\n"
        "| Priority area | National metrics and data source | Crime levels and time period |\n"
        f"|---|---|---|\n{rows}\n\n## Reporting frequency\n\nThe table is refreshed every quarter.\n",
        encoding="utf-8")
    result = cli("review", path, workspace=seeded_workspace.path)
    assert result.exit_code == 0, result.stderr
    assert "no section in this statement" not in result.stdout
    covered = [line for line in result.stdout.splitlines() if "in the template table" in line]
    assert len(covered) == 6
    assert "missing-priority" not in result.stdout
