"""A statement's date where offices put it: on the line naming the meeting
("Ashmoor Police and Crime Panel, 10 December 2026."), or only in the file's
name ("ashmoor-2026-12.html"); and the command that gives a date names the file
as it was given."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.corpus import read_statement

PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>National Policing Priorities | Ashmoor Police and Crime Commissioner</title></head>
<body><nav><a href="/">Home</a> | <a href="/news">News</a></nav><main>
<h1>Ashmoor Police and Crime Commissioner: National Policing Priorities statement</h1>
<p>{opening} This statement covers July to September 2026.</p>
<h2>Introduction</h2>
<p>The Commissioner publishes this statement each quarter; every national priority applies in Ashmoor.</p>
<h2>Reduce serious violence</h2>
<p>Officers on the late buses into Ashford Vale made 14 arrests over the summer weekends and
handed out safety leaflets to passengers on every route.</p>
<h2>Tackle cyber crime</h2>
<p>The economic crime unit visited 61 small businesses to talk through invoice fraud and
how to check a change of bank details by telephone.</p>
</main><footer>Copyright Ashmoor OPCC</footer></body></html>"""

TEXT = """Ashmoor Police and Crime Commissioner

Quarterly update

Reduce serious violence

1. Officers on the late buses made 14 arrests over the summer weekends.

Tackle cyber crime

2. The economic crime unit visited 61 small businesses about invoice fraud.
"""


@pytest.mark.parametrize(("opening", "date"), [
    ("Ashmoor Police and Crime Panel, 10 December 2026.", "2026-12-10"),
    ("Ashmoor Police and Crime Panel, December 2026.", "2026-12"),
    ("Police and Crime Panel meeting on 3 December 2026.", "2026-12-03"),
])
def test_a_web_page_is_dated_by_the_meeting_it_names_not_the_period_it_covers(opening, date):
    page = PAGE.format(opening=opening).encode()
    assert read_statement(Path("statement.html"), page).date == date


@pytest.mark.parametrize(("name", "date"), [
    ("ashmoor-2026-12-note.txt", "2026-12"),
    ("ashmoor_2026-12-10.txt", "2026-12-10"),
    ("2026-09 Ashmoor update.txt", "2026-09"),
    ("ashmoor-2024-25-update.txt", None),  # a financial year, not a month
    ("ashmoor-update-7.txt", None),
    ("NPP statement Dec 2026.txt", "2026-12"),
    ("Ashmoor update 10 December 2026.txt", "2026-12-10"),
    ("ashmoor-sept2026.txt", "2026-09"),
    ("ashmoor-july-september-2026.txt", None),  # the months covered, not the statement's date
    ("ashmoor quarter ending june 2026.txt", None),
])
def test_a_statement_that_names_no_date_is_dated_by_its_file_name(name, date):
    assert read_statement(Path(name), TEXT.encode()).date == date


@pytest.mark.parametrize(("title", "date"), [
    ("National Policing Priorities statement, December 2026 | Ashmoor PCC", "2026-12"),
    ("Quarterly update 10 December 2026 - Ashmoor Police and Crime Commissioner", "2026-12-10"),
    ("Ashmoor statement: July to September 2026 | Ashmoor PCC", None),
    ("Ashmoor statement, April - June 2026", None),
    ("National Policing Priorities | Ashmoor Police and Crime Commissioner", None),
])
def test_a_saved_page_is_dated_by_its_browser_title_when_its_text_names_no_date(title, date):
    page = PAGE.format(opening="").replace(
        "<title>National Policing Priorities | Ashmoor Police and Crime Commissioner</title>", f"<title>{title}</title>")
    assert read_statement(Path("npp-statement.html"), page.encode()).date == date


def test_a_document_title_ending_with_its_month_dates_it():
    titled = TEXT.replace("Quarterly update", "Quarterly update, November 2026")
    assert read_statement(Path("ashmoor-update.txt"), titled.encode()).date == "2026-11"


def test_a_date_inside_the_statement_comes_before_its_file_name():
    dated = TEXT.replace("Quarterly update", "Quarterly update\n\n14 October 2026")
    assert read_statement(Path("ashmoor-2026-12.txt"), dated.encode()).date == "2026-10-14"


def test_corpus_add_files_a_saved_page_under_its_date(cli, workspace_dir, tmp_path):
    page = tmp_path / "saved" / "ashmoor-2026-12.html"
    page.parent.mkdir()
    page.write_text(PAGE.format(opening="Ashmoor Police and Crime Panel, 10 December 2026."), encoding="utf-8")
    result = cli("corpus", "add", page, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert "(Ashmoor, 2026-12-10," in result.stdout
    assert "names no date" not in result.stderr


def test_the_command_to_give_a_date_names_the_file_as_it_was_given(cli, workspace_dir, tmp_path):
    undated = tmp_path / "office papers" / "ashmoor-update.txt"
    undated.parent.mkdir()
    undated.write_text(TEXT, encoding="utf-8")
    result = cli("corpus", "add", undated, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    added = result.stdout.split()[1].rstrip(":")
    assert result.stderr.strip() == (
        f"drafter: note: ashmoor-update.txt names no date drafter can read; to give it: drafter corpus "
        f"remove {added}, then drafter corpus add '{undated}' --date YYYY-MM")
