"""Shared by the drafts, export, revision and crash tests (no tests here).

Small real data for the drafts, export and revision tests: a statement stored
straight into a workspace's corpus tables (no reader involved) and a workspace
the CLI opens without seeding it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from workspaces import private_copy

import drafter
from drafter.statement import Paragraph, Section, Statement
from drafter.store.schema import set_meta
from drafter.store.statements import insert_statement

REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference" / "wmpcc-2023-09-national-priorities.txt"

SAMPLE_SECTIONS = [
    ("Introduction", "introduction", [(1, "This statement answers the duty to publish information on the national priorities.")]),
    ("Cutting Murder and Homicide", "homicide", [
        (2, "Homicide numbers held steady at twelve across the year."),
        (3, "A review of every death found lessons for partner agencies."),
    ]),
    ("Our estates programme", None, [(4, "New custody suites opened in the north of the county.")]),
    ("Serious Violence", "serious-violence", [(5, "Knife surrender bins collected 400 blades.")]),
    ("Victim Satisfaction Improvements", "victim-satisfaction", [(6, "Victims were called back within two days.")]),
    ("Reporting frequency", "closing", [(None, "This report comes to the panel each quarter.")]),
]


def sample_statement(date: str = "2024-03-12") -> Statement:
    return Statement(
        title="Performance Report – National Policing Priorities – Testshire Commissioner Statement",
        force="Testshire", board="Testshire Police and Crime Panel", date=date,
        presented_by="Chief Executive",
        sections=[Section(heading, key, [Paragraph(n, text) for n, text in paragraphs])
                  for heading, key, paragraphs in SAMPLE_SECTIONS],
    )


def store_statement(workspace, statement: Statement) -> int:
    digest = hashlib.sha256(repr(statement).encode()).hexdigest()
    return insert_statement(workspace.database, statement, file="sample.txt", original=None,
                            fmt="txt", digest=digest)


def unseeded_workspace(path: Path):
    """A workspace that the CLI will open as it is (it is marked seeded)."""
    workspace = drafter.open_workspace(path, seed=False)
    set_meta(workspace.database, "seeded", "1")
    return workspace


@pytest.fixture(scope="session")
def _reference_workspace(tmp_path_factory):
    if not REFERENCE.exists():
        pytest.skip(f"reference statement not present at {REFERENCE}")
    root = tmp_path_factory.mktemp("reference") / "ws"
    with drafter.open_workspace(root, seed=False) as workspace:
        report = workspace.add_statements([REFERENCE])
        assert not report.failed, report.failed
    return root


@pytest.fixture
def reference_workspace(_reference_workspace, tmp_path):
    with private_copy(_reference_workspace, tmp_path, seed=False) as workspace:
        yield workspace
