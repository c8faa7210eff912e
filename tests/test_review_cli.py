"""``drafter review`` as a user runs it: text, JSON, HTML, --strict and bad input."""

from __future__ import annotations

import re

from test_review_support import (  # noqa: F401  (fixtures)
    REFERENCE,
    kestrel_root,
    new_workspace,
    west_midlands_root,
)


def test_help_has_an_example(cli):
    result = cli("review", "--help")
    assert result.exit_code == 0
    assert any(line.strip().startswith("Example: drafter review") for line in result.stdout.splitlines())


def test_text_output_groups_findings_by_section_with_a_summary(cli, kestrel_root):
    result = cli("review", "1", workspace=kestrel_root)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Review of draft 1")
    assert "compared with statement 1 (2023-09)" in lines[1]
    assert lines[1].endswith("compared with statement 1 (2023-09): kestrel-2023-09.txt")  # which file it was
    headings = [line for line in lines if line and not line.startswith(" ")]
    assert "homicide — Reduce Murder and other Homicide" in headings
    arithmetic = [line for line in lines if " arithmetic " in line]
    assert arithmetic and all(line.split()[0] in ("¶11", "¶12") and line.split()[1] == "error"
                              for line in arithmetic)
    assert re.match(r"\d+ findings: 5 errors, \d+ warnings, \d+ info", lines[-1])
    assert "figures:" in lines[-1] and "new writing:" in lines[-1]


def test_strict_fails_on_errors_only(cli, kestrel_root, tmp_path):
    assert cli("review", "1", "--strict", workspace=kestrel_root).exit_code == 1
    assert cli("review", "1", workspace=kestrel_root).exit_code == 0
    clean = tmp_path / "clean.txt"
    clean.write_text(
        "Kestrel Vale Police and Crime Panel\n\nDecember 2023\n\n"
        "Title: Performance Report – National Policing Priorities – Kestrel Vale Police and Crime "
        "Commissioner Statement\n\nIntroduction\n\n1. Each of the six priorities is applicable "
        "locally, as the Police and Crime Plan explains.\n\n"
        + "".join(f"{heading}\n\n{n}. Work continued with partners this quarter.\n\n"
                  for n, heading in enumerate((
                      "Reduce Murder and other Homicide", "Reduce Serious Violence",
                      "Drug Supply and County Lines", "Reduce Neighbourhood Crime",
                      "Improve Victim Satisfaction", "Tackle Fraud and Cybercrime"), start=2)),
        encoding="utf-8")
    result = cli("review", clean, "--strict", "--json", workspace=kestrel_root)
    assert result.exit_code == 0, result.stdout
    assert not [f for f in result.json()["findings"] if f["severity"] == "error"]


def test_json_output(cli, west_midlands_root):
    if not REFERENCE.exists():
        import pytest

        pytest.skip("reference statement not present")
    result = cli("review", REFERENCE, "--json", workspace=west_midlands_root)
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert {"findings", "figures", "reuse", "coverage"} <= set(data)
    assert data["period"] == "2022" and data["against"] is None
    assert {f["kind"] for f in data["findings"]} >= {"inconsistent-acronym", "unverified-figure"}
    assert next(f for f in data["figures"] if f["text"] == "65,450")["status"] == "verified"


def test_file_compared_with_the_latest_earlier_statement_of_its_force(cli, kestrel_root, tmp_path):
    later = tmp_path / "kestrel-2023-12.txt"
    later.write_text(
        "Kestrel Vale Police and Crime Panel\n\nDecember 2023\n\n"
        "Title: Performance Report – National Policing Priorities – Kestrel Vale Police and Crime "
        "Commissioner Statement\n\nReduce Murder and other Homicide\n\n"
        "1. The homicide review panel met four times this quarter and agreed a joint action plan "
        "with the two health trusts and both district councils.\n", encoding="utf-8")
    data = cli("review", later, "--json", workspace=kestrel_root).json()
    assert data["against"]["statement_id"] == 1
    assert data["period"] == "2022"  # the last full year before December 2023
    assert data["reuse"]["paragraphs"][0]["closest"]["number"] == 2
    assert data["reuse"]["paragraphs"][0]["verbatim_share"] == 1.0


def test_html_report_is_written(cli, kestrel_root, tmp_path):
    output = tmp_path / "review.html"
    result = cli("review", "1", "--html", output, workspace=kestrel_root)
    assert result.exit_code == 0, result.stderr
    assert f"HTML report: {output}" in result.stdout
    page = output.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Kestrel Vale statement" in page
    assert not list(tmp_path.glob("*.part"))


def test_missing_file_is_one_line_error(cli, kestrel_root, tmp_path):
    result = cli("review", tmp_path / "nope.txt", workspace=kestrel_root)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"drafter: error: {tmp_path / 'nope.txt'}: no such file"


def test_unknown_draft_and_statement_are_one_line_errors(cli, kestrel_root):
    result = cli("review", "99", workspace=kestrel_root)
    assert result.exit_code == 1
    assert result.stderr.startswith("drafter: error:") and "99" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    result = cli("review", "1", "--against", "42", workspace=kestrel_root)
    assert result.exit_code == 1 and result.stderr.strip() == "drafter: error: no statement with id 42"


def test_bad_period_and_unreadable_file(cli, kestrel_root, tmp_path):
    result = cli("review", "1", "--period", "2022-Q5", workspace=kestrel_root)
    assert result.exit_code == 1 and result.stderr.startswith("drafter: error: bad period '2022-Q5'")
    odd = tmp_path / "notes.xyz"
    odd.write_text("hello", encoding="utf-8")
    result = cli("review", odd, workspace=kestrel_root)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"drafter: error: {odd}") or result.stderr.startswith("drafter: error: notes.xyz")
    assert len(result.stderr.strip().splitlines()) == 1


def test_html_to_an_impossible_place_is_one_line_error(cli, kestrel_root, tmp_path):
    result = cli("review", "1", "--html", tmp_path / "missing-dir" / "r.html", workspace=kestrel_root)
    assert result.exit_code == 1
    assert result.stderr.startswith("drafter: error:") and "missing-dir does not exist" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_several_drafts_and_files_are_reviewed_in_one_run_a_bad_one_named(cli, kestrel_root, tmp_path):
    result = cli("review", "1", tmp_path / "nope.txt", "1", workspace=kestrel_root)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"drafter: error: {tmp_path / 'nope.txt'}: no such file"
    assert sum(line.startswith("Review of draft 1") for line in result.stdout.splitlines()) == 2
    listed = cli("review", "1", "1", "--json", workspace=kestrel_root)
    assert listed.exit_code == 0
    assert [review["target"]["draft_id"] for review in listed.json()] == [1, 1]
    assert cli("review", "1", "--json", workspace=kestrel_root).json()["target"]["draft_id"] == 1


def test_several_with_json_list_every_target_given_in_order_a_bad_one_as_its_error(cli, kestrel_root, tmp_path):
    missing = tmp_path / "nope.txt"
    result = cli("review", "1", missing, "1", "--json", workspace=kestrel_root)
    assert result.exit_code == 1
    listed = result.json()
    assert [entry["target"]["given"] for entry in listed] == ["1", str(missing), "1"]
    assert listed[1] == {"target": {"given": str(missing)}, "error": f"{missing}: no such file"}
    assert [entry["target"].get("draft_id") for entry in listed] == [1, None, 1]
    assert all("findings" in entry for entry in (listed[0], listed[2]))


def test_html_to_a_dash_is_the_page_on_standard_output_never_a_file_named_dash(cli, kestrel_root, tmp_path,
                                                                               monkeypatch):
    monkeypatch.chdir(tmp_path)
    piped = cli("review", "1", "--html", "-", workspace=kestrel_root)
    assert piped.exit_code == 0, piped.stderr
    assert piped.stdout.lstrip().lower().startswith("<!doctype html") and "Review of draft 1" not in piped.stdout
    assert not (tmp_path / "-").exists()
    both = cli("review", "1", "--html", "-", "--json", workspace=kestrel_root)
    assert both.exit_code == 1 and both.stdout == ""
    assert both.stderr.strip() == ("drafter: error: --html - and --json both write to standard output: "
                                   "give --html a file name")


def test_html_and_against_go_with_one_target(cli, kestrel_root, tmp_path):
    result = cli("review", "1", "1", "--html", tmp_path / "r.html", workspace=kestrel_root)
    assert result.exit_code == 1
    assert result.stderr.strip() == "drafter: error: --html goes with one draft or file; 2 were given"
