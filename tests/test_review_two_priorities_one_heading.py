"""A statement reporting two priorities under one heading that names both
("Reduce serious violence and disrupt drugs supply and county lines") covers
both: review does not call the second missing (the text is invented for
these tests)."""

from __future__ import annotations

import pytest

import drafter

STATEMENT = """\
Essex Police, Fire and Crime Panel
16 July 2026

National Policing Priorities: statement of the Police, Fire and Crime Commissioner for Essex

Introduction

This statement sets out the contribution of Essex Police to the National Policing Priorities.

Reduce murder and other homicide

Every homicide in the year was reviewed by the prevention panel.

Reduce serious violence and disrupt drugs supply and county lines

Operation Raptor teams closed county lines in every district and seized cash and weapons.

Reduce neighbourhood crime

Patrols in town centres were doubled on Friday and Saturday evenings.

Tackle cyber crime

The cyber protect team spoke to community groups about romance fraud.

Reporting frequency

This statement is updated every quarter.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    root = tmp_path_factory.mktemp("two-priorities-one-heading")
    statement = root / "essex-2026-07.txt"
    statement.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        yield opened.review(statement, area="Essex")


def test_a_priority_named_in_a_shared_heading_is_not_missing(report):
    [missing] = [f for f in report.findings if f.kind == "missing-priority"]
    assert "Victim" in missing.message
    assert "County Lines" not in missing.message


def test_the_coverage_says_which_section_it_shares(report):
    priorities = report.to_dict()["coverage"]["priorities"]
    assert priorities["drugs-county-lines"]["present"] is True
    assert priorities["drugs-county-lines"]["in_section_of"] == "serious-violence"
    assert priorities["victim-satisfaction"]["present"] is False
