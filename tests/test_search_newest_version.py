"""A storyline is listed by its newest version whenever that version holds
every word searched for that the older one does: the newest one a sentence
longer scored below the share of the best a version must reach for its
length alone, and "Banking Protocol" listed the quarter before last's
paragraph ("used 27 times") in place of last quarter's ("used 31 times",
and the stop at a Stafford bank)."""

from __future__ import annotations

from test_search_support import add

import drafter
from drafter.settings import seed_workspace
from drafter.statement import Paragraph, Section, Statement

OLDER = "The Banking Protocol was used 27 times during the quarter, preventing losses estimated at £212,000."
NEWER = ("The Banking Protocol was used 31 times, preventing losses estimated at £264,000. Bank staff in "
         "Stafford stopped a customer from handing £38,000 to a courier fraudster posing as a police officer.")
TALKS = ("Cyber Protect officers gave {talks} talks to community groups, with a focus on romance fraud and "
         "impersonation scams.")


def statement(date: str, banking: str, talks: int) -> Statement:
    return Statement(
        title=f"Staffordshire statement {date}", force="Staffordshire", date=date,
        sections=[Section("Tackle cyber crime", "cyber-crime", [
            Paragraph(None, TALKS.format(talks=talks)), Paragraph(None, banking)])])


def test_the_newest_version_is_listed_when_it_holds_the_words(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        seed_workspace(workspace, samples=False)
        add(workspace, statement("2026-05", OLDER, 31), "staffordshire-2026-05.txt")
        add(workspace, statement("2026-08", NEWER, 28), "staffordshire-2026-08.txt")
        workspace.set_office("Staffordshire")
        workspace.build_index()
        [hit] = [hit for hit in workspace.search("Banking Protocol") if "Protocol" in hit.text]
        assert hit.text == NEWER and hit.date == "2026-08"
        assert hit.also_in == 1
