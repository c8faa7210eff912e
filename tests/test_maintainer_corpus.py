"""A maintainer keeping the corpus over a quarter: a corrected version of a
statement added beside the one it corrects is pointed out, and adding the
same file again to correct its force or date says how, rather than only
"duplicate"."""

from __future__ import annotations

from pathlib import Path

import pytest

STATEMENT = """Severnshire Police and Crime Panel
{date_line}
Performance Report – National Policing Priorities – Severnshire Police and Crime Commissioner Statement

Reduce Murder and other Homicide

1. Referrals to the multi-agency homicide risk panel have settled at around {referrals} a month, and
the panel will continue to meet fortnightly through the next financial year.

Reduce Serious Violence

2. The Violence Reduction Partnership's focused deterrence programme now works with young people in
two towns, and its evaluation will report to the Panel in the spring.
"""


def write_statement(folder: Path, name: str, *, referrals: str = "eight",
                    date_line: str = "16 March 2027") -> Path:
    path = folder / name
    path.write_text(STATEMENT.format(referrals=referrals, date_line=date_line), encoding="utf-8")
    return path


@pytest.fixture
def office(seeded_workspace, tmp_path):
    """An office's workspace with this quarter's statement in it."""
    folder = tmp_path / "statements"
    folder.mkdir()
    original = write_statement(folder, "severnshire-2027-03.txt")
    report = seeded_workspace.add_statements([original], force="Severnshire")
    assert "same_month" not in report.added[0]
    return seeded_workspace, folder, report.added[0]["id"]


def test_a_corrected_version_of_the_same_month_is_pointed_out(office, cli):
    workspace, folder, first = office
    corrected = write_statement(folder, "severnshire-2027-03-corrected.txt", referrals="nine")
    result = cli("corpus", "add", corrected, "--force", "Severnshire", workspace=workspace.path)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == [
        f"added {first + 1}: severnshire-2027-03-corrected.txt (Severnshire, 2027-03-16, "
        "2 paragraphs)"]
    assert result.stderr.splitlines() == [
        f"drafter: note: statement {first} (severnshire-2027-03.txt) is also Severnshire, 2027-03; "
        f"if severnshire-2027-03-corrected.txt replaces it: drafter corpus remove {first}"]
    assert cli("corpus", "remove", first, workspace=workspace.path).exit_code == 0
    listed = cli("corpus", "list", "--json", workspace=workspace.path).json()
    assert [s["file"] for s in listed if (s["date"] or "").startswith("2027-03")] == [
        "severnshire-2027-03-corrected.txt"]


def test_next_quarters_statement_adds_without_a_note(office, cli):
    workspace, folder, first = office
    following = write_statement(folder, "severnshire-2027-06.txt", referrals="ten",
                                date_line="15 June 2027")
    result = cli("corpus", "add", following, "--force", "Severnshire", "--json",
                 workspace=workspace.path)
    assert result.exit_code == 0
    assert "same_month" not in result.json()["added"][0]
    assert result.stderr == ""


def test_adding_the_same_file_with_another_date_says_what_it_is_stored_as(office, cli):
    workspace, folder, first = office
    result = cli("corpus", "add", folder / "severnshire-2027-03.txt", "--date", "2027-04",
                 workspace=workspace.path)
    assert result.exit_code == 0
    assert result.stdout.strip() == (
        f"duplicate: {folder / 'severnshire-2027-03.txt'} is already statement {first} (stored as "
        "Severnshire, 2027-03-16; to store it differently, remove it first: "
        f"drafter corpus remove {first})")

    assert cli("corpus", "remove", first, workspace=workspace.path).exit_code == 0
    again = cli("corpus", "add", folder / "severnshire-2027-03.txt", "--date", "2027-04",
                workspace=workspace.path)
    assert again.stdout.startswith(
        f"added {first + 1}: severnshire-2027-03.txt (Severnshire, 2027-04,")


def test_adding_the_same_file_as_it_is_stored_is_a_plain_duplicate(office, cli):
    workspace, folder, first = office
    result = cli("corpus", "add", folder, workspace=workspace.path)
    assert result.exit_code == 0
    assert result.stdout.strip() == (
        f"duplicate: {folder / 'severnshire-2027-03.txt'} is already statement {first}")


def test_a_statement_naming_no_force_or_date_says_how_to_give_them(office, cli, tmp_path):
    workspace, folder, first = office
    unnamed = folder / "panel-paper.txt"
    unnamed.write_text("Police and Crime Panel\n\nNational Policing Priorities\n\nReduce murder and other "
                       "homicide\n\n1. Work with partners continued across the area during the quarter.\n",
                       encoding="utf-8")
    result = cli("corpus", "add", unnamed, workspace=workspace.path)
    assert result.exit_code == 0
    added = int(result.stdout.split()[1].rstrip(":"))
    assert result.stderr.splitlines() == [
        f"drafter: note: panel-paper.txt names no force and no date drafter can read; to give them: drafter "
        f"corpus remove {added}, then drafter corpus add {unnamed} --force NAME --date YYYY-MM"]


def test_the_json_of_an_added_statement_carries_the_same_note(office, cli):
    workspace, folder, first = office
    undated = write_statement(folder, "severnshire-panel.txt", date_line="Agenda item 7")
    result = cli("corpus", "add", undated, "--json", workspace=workspace.path)
    assert result.exit_code == 0, result.stderr
    [added] = result.json()["added"]
    assert added["date"] is None and added["force"] == "Severnshire"
    assert added["notes"] == [
        f"severnshire-panel.txt names no date drafter can read; to give it: drafter corpus remove "
        f"{added['id']}, then drafter corpus add {undated} --date YYYY-MM"]

    dated = cli("corpus", "add", write_statement(folder, "severnshire-2027-06.txt", referrals="nine",
                                                 date_line="15 June 2027"), "--json", workspace=workspace.path)
    assert "notes" not in dated.json()["added"][0]


def test_a_force_and_date_given_against_what_the_file_says_are_kept_and_named(office, cli):
    workspace, folder, first = office
    other = write_statement(folder, "severnshire-2027-06.txt", date_line="15 June 2027")
    result = cli("corpus", "add", other, "--force", "Kent", "--date", "2026-01", workspace=workspace.path)
    assert result.exit_code == 0
    added = first + 1
    assert result.stdout.splitlines() == [f"added {added}: severnshire-2027-06.txt (Kent, 2026-01, 2 paragraphs)"]
    assert result.stderr.splitlines() == [
        "drafter: note: severnshire-2027-06.txt gives the force Severnshire and the date 2027-06-15; it is stored "
        f"as --force and --date say. If the file is right: drafter corpus remove {added}, then add it again "
        "without --force and --date"]


def test_one_option_given_against_the_file_is_named_in_the_singular(office, cli):
    workspace, folder, first = office
    other = write_statement(folder, "severnshire-2027-06.txt", date_line="15 June 2027")
    result = cli("corpus", "add", other, "--force", "Kent", workspace=workspace.path)
    assert result.exit_code == 0
    assert result.stderr.splitlines() == [
        "drafter: note: severnshire-2027-06.txt gives the force Severnshire; it is stored as --force says. If "
        f"the file is right: drafter corpus remove {first + 1}, then add it again without --force"]


def test_a_date_given_for_the_month_the_file_says_needs_no_note(office, cli):
    workspace, folder, _ = office
    other = write_statement(folder, "severnshire-2027-06.txt", date_line="15 June 2027")
    result = cli("corpus", "add", other, "--date", "2027-06", "--json", workspace=workspace.path)
    assert result.exit_code == 0
    assert "file_says" not in result.json()["added"][0]
    assert result.stderr == ""
