"""``drafter index`` says what it did: a refresh names the statements it took
in and dropped since the index last changed, a full build says so."""

from __future__ import annotations

import pytest
from test_index import _cycling_statement
from test_search_support import add, indexed_copy

import drafter


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as opened:
        yield opened


def test_a_refresh_after_a_removal_says_one_statement_was_removed(workspace):
    added = add(workspace, _cycling_statement(), "wyvernshire-2024-09.txt")
    assert workspace.build_index().what_was_done() == "refreshed: 1 statement added"
    workspace.remove_statement(added)
    report = workspace.build_index()
    assert report.what_was_done() == "refreshed: 1 statement removed"
    assert (report.to_dict()["statements_added"], report.to_dict()["statements_removed"]) == (0, 1)


def test_a_refresh_counts_only_what_changed_since_the_last_refresh(workspace):
    first = workspace.list_statements()[0]
    workspace.remove_statement(first.id)
    assert workspace.build_index().what_was_done() == "refreshed: 1 statement removed"
    add(workspace, _cycling_statement(), "wyvernshire-2024-09.txt")
    assert workspace.build_index().what_was_done() == "refreshed: 1 statement added"


def test_a_rebuild_and_a_current_index_say_so(workspace):
    assert workspace.build_index(rebuild=True).what_was_done() == "built in full"
    assert workspace.build_index().what_was_done() == "already up to date"
