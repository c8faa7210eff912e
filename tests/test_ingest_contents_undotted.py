"""A contents list whose page numbers are set apart by spaces, a tab or a
"Page" column rather than leader dots, as a PDF saved as text often gives it,
is left out as a dotted one is; a table of figures is kept (Dyfed-Powys; the
text is invented for these tests)."""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

HEADINGS = ["1. Introduction", "2. Reduce murder and other homicide", "3. Reduce serious violence",
            "4. Tackle cyber crime", "5. Reporting frequency"]
PAGES = [2, 2, 3, 4, 4]

BODY = [
    "1. Introduction", "",
    "1.1 This statement covers July to September 2026 and sets out how Dyfed-Powys Police "
    "has contributed to the National Policing Priorities.", "",
    "2. Reduce murder and other homicide", "",
    "2.1 One homicide was recorded in the quarter, and a review is under way.", "",
    f"{'Measure':<20}{'July to September 2025':<26}July to September 2026",
    f"{'Homicides':<20}{'2':<26}1",
    f"{'Attempted murders':<20}{'3':<26}4", "",
    "3. Reduce serious violence", "",
    "3.1 The violence reduction partnership placed youth workers in two hospitals.", "",
    "Offence                     Number",
    "Knife possession            3",
    "Knife assault               5",
    "Knife robbery               9", "",
    "4. Tackle cyber crime", "",
    "4.1 The cyber protect officers gave talks to community groups.", "",
    "5. Reporting frequency", "",
    "5.1 This statement is published every quarter.",
]


def spaced(title: str, page: int) -> str:
    return f"{title:<60}{page}"


CONTENTS = {
    "spaces": ["Contents", *(spaced(t, p) for t, p in zip(HEADINGS, PAGES))],
    "tab": ["Table of contents", *(f"{t}\t{p}" for t, p in zip(HEADINGS, PAGES))],
    "page column": [spaced("Contents", 0).replace("0", "Page").rstrip() + "",
                    *(spaced(t.replace(". ", "  ", 1), p) for t, p in zip(HEADINGS, PAGES))],
    "page words": ["CONTENTS", *(spaced(t, 0)[:-1] + f"Page {p}" for t, p in zip(HEADINGS, PAGES))],
    "entries apart": ["Contents", "", *(line for t, p in zip(HEADINGS, PAGES) for line in (spaced(t, p), ""))],
}


def read(tmp_path, contents: list[str]):
    lines = ["Dyfed-Powys Police and Crime Panel", "Meeting date: 27 November 2026", "",
             *contents, "", *BODY]
    path = tmp_path / "statement.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return read_statement(path)


@pytest.mark.parametrize("style", CONTENTS)
def test_a_contents_list_without_leader_dots_is_left_out(tmp_path, style):
    statement = read(tmp_path, CONTENTS[style])
    assert [s.heading for s in statement.sections] == [
        "Introduction", "Reduce murder and other homicide", "Reduce serious violence",
        "Tackle cyber crime", "Reporting frequency"]
    introduction = statement.sections[0].paragraphs
    assert [p.printed for p in introduction] == ["1.1"]
    assert all("contents" not in p.text.lower() for s in statement.sections for p in s.paragraphs)


@pytest.mark.parametrize("style", ["spaces", "page column"])
def test_tables_of_figures_are_kept_beside_it(tmp_path, style):
    statement = read(tmp_path, CONTENTS[style])
    tables = [p.cells for s in statement.sections for p in s.paragraphs if p.kind == "table"]
    assert [row[0] for row in tables[0]] == ["Measure", "Homicides", "Attempted murders"]
    assert tables[1][1:] == [["Knife possession", "3"], ["Knife assault", "5"], ["Knife robbery", "9"]]


def test_without_a_contents_heading_a_two_column_list_of_numbers_is_kept(tmp_path):
    statement = read(tmp_path, [])
    tables = [p.cells for s in statement.sections for p in s.paragraphs if p.kind == "table"]
    assert len(tables) == 2 and len(tables[1]) == 4


def test_a_contents_heading_with_one_line_under_it_is_kept(tmp_path):
    statement = read(tmp_path, ["Contents", spaced("Summary of the quarter", 2)])
    texts = [p.text for s in statement.sections for p in s.paragraphs] + [s.heading for s in statement.sections]
    assert any("Summary of the quarter" in (text or "") for text in texts)


def test_a_table_of_figures_straight_after_the_contents_list_is_kept(tmp_path):
    """Set apart from the list by a blank line only, a table whose numbers
    leap far beyond the list's pages is figures, not more contents entries."""
    contents = ["Contents", *(spaced(t, p) for t, p in zip(HEADINGS, PAGES)), "",
                "Homicides                   7", "Knife offences            280"]
    statement = read(tmp_path, contents)
    assert [s.heading for s in statement.sections][:2] == ["Introduction", "Reduce murder and other homicide"]
    texts = [p.text for s in statement.sections for p in s.paragraphs]
    assert any("Homicides" in text and "280" in text for text in texts)
    assert not any("Contents" in text or "Reduce serious violence | 3" in text for text in texts)
