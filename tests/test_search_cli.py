"""``drafter search``, ``drafter index`` and ``drafter classify`` as a user runs them."""

from __future__ import annotations

import re

import pytest
from test_search_support import STATEMENTS, indexed_copy

from drafter.search import relevance_level

PARAGRAPHS = sum(statement.paragraph_count for statement in STATEMENTS)


@pytest.fixture
def root(tmp_path):
    return indexed_copy(tmp_path)


def test_search_json_lists_hits_with_the_documented_keys(cli, root):
    result = cli("search", "knife surrender bins", "--json", workspace=root)
    assert result.exit_code == 0, result.stderr
    hits = result.json()
    assert hits[0]["matched"][:3] == ["knife", "surrender", "bins"]
    assert hits[0]["also_in"] == 2 and hits[0]["date"] == "2024-06"
    assert set(hits[0]) == {"statement_id", "number", "priority", "text", "score", "level", "title",
                            "force", "date", "matched", "also_in", "also_in_other_forces", "subheading",
                         "kind", "cells", "place"}
    # The level beside the score is the calibrated one the desk shows.
    assert [hit["level"] for hit in hits] == [relevance_level(hit["score"]) for hit in hits]


def test_search_text_output_shows_rank_score_source_and_matches(cli, root):
    result = cli("search", "knife surrender bins", "--limit", "2", workspace=root)
    assert result.exit_code == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert first.startswith(" 1. ") and "Wyvernshire · 2024-06 · ¶2" in first
    assert re.match(r" 1\. \d\.\d{3} (close|related|weak) ", first)
    assert "also in 2 other statements" in first
    assert "matched: knife, surrender, bins" in result.stdout
    assert " 3. " not in result.stdout


def test_search_with_priority_filter(cli, root):
    result = cli("search", "officers victims", "--priority", "victim-satisfaction", "--json",
                 workspace=root)
    assert result.exit_code == 0
    assert {hit["priority"] for hit in result.json()} == {"victim-satisfaction"}


def test_search_can_be_limited_to_the_introduction_or_the_closing_section(cli, root):
    result = cli("search", "statement reports policing priorities", "--priority", "introduction",
                 "--json", workspace=root)
    assert result.exit_code == 0, result.stderr
    hits = result.json()
    assert hits and {hit["priority"] for hit in hits} == {"introduction"}
    refused = cli("search", "knife", "--priority", "closin", workspace=root)
    assert refused.exit_code != 0
    assert "introduction" in refused.stderr and "closing" in refused.stderr


def test_search_without_results_says_so(cli, root):
    result = cli("search", "zeppelin", workspace=root)
    assert result.exit_code == 0 and "No matching paragraphs" in result.stdout


@pytest.mark.parametrize("args, message", [
    (["search", ""], "drafter: error: empty query"),
    (["search", "the of and"], "drafter: error: empty query"),
    (["search", "knife", "--priority", "knife-crime"], "drafter: error: unknown priority 'knife-crime'"),
    (["classify", " "], "drafter: error: empty query"),
])
def test_bad_input_is_one_error_line_and_a_failure_exit(cli, root, args, message):
    result = cli(*args, workspace=root)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(message)
    assert "Traceback" not in result.stderr


def test_bad_limit_is_refused(cli, root):
    result = cli("search", "knife", "--limit", "0", workspace=root)
    assert result.exit_code != 0 and "--limit" in result.stderr


def test_index_reports_counts(cli, root):
    result = cli("index", "--rebuild", workspace=root)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"indexed {PARAGRAPHS} paragraphs: 0 analysed, ")
    assert "reused" in result.stdout and result.stdout.rstrip().endswith(" s (built in full)")
    again = cli("index", "--json", workspace=root)
    assert again.json()["up_to_date"] is True and again.json()["paragraphs"] == PARAGRAPHS


def test_classify_json(cli, root):
    result = cli("classify", "Romance fraud victims lost money to bank scams", "--json", workspace=root)
    assert result.exit_code == 0, result.stderr
    data = result.json()
    assert data["priority"] == "cyber-crime"
    assert set(data) == {"priority", "confidence", "scores"}
    assert data["scores"]["cyber-crime"] == data["confidence"]


def test_classify_text(cli, root):
    result = cli("classify", "county lines couriers", workspace=root)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].startswith("drugs-county-lines (confidence ")


@pytest.mark.parametrize("command", ["search", "index", "classify"])
def test_help_has_an_example(cli, command):
    result = cli(command, "--help")
    assert any(line.strip().startswith("Example: drafter ") for line in result.stdout.splitlines())


def test_break_ins_find_burglary_paragraphs(cli, indexed_workspace):
    result = cli("search", "break-ins at homes", "--limit", "3", workspace=indexed_workspace.path)
    first = result.stdout.split("\n 2. ")[0]
    assert "burglary" in first and "neighbourhood-crime" in first
