"""Some forces head a priority's section with a word of their own: "Victims"
for victim satisfaction, "Online crime" for fraud and cybercrime. Such a
heading is that priority's section where the statement gives the priority
no heading of its own, where review reported the two priorities missing;
the same words as a sub-heading under each priority ("### Victims") stay
sub-headings.

The statements are written for the project.
"""

from __future__ import annotations

import pytest

import drafter

SECTIONS = [("Homicide", "There were two homicides in the quarter."),
            ("Serious violence", "Knife crime fell on the same quarter last year."),
            ("Drugs and county lines", "Officers closed three county lines."),
            ("Neighbourhood crime", "Residential burglary fell again."),
            ("Victims", "Most victims were satisfied with the service they received."),
            ("Online crime", "Reports of fraud rose, most of them about online shopping."),
            ("Reporting frequency", "This statement is published every quarter.")]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("stand-ins")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        yield opened, root


def _added(workspace, name: str, text: str):
    opened, root = workspace
    path = root / name
    path.write_text(text, encoding="utf-8")
    opened.add_statements([path], force="Suffolk")
    stored = max(opened.list_statements(), key=lambda s: s.id)
    return opened, path, [(section.priority, section.heading) for section in opened.get_statement(stored.id).sections]


def test_victims_and_online_crime_head_their_priorities_sections(workspace):
    text = ("Suffolk Police and Crime Commissioner\nStatement on the National Policing Priorities\nNovember 2026\n\n"
            "Introduction\n\nThis statement covers July to September 2026.\n\n"
            + "".join(f"{heading}\n\n{body}\n\n" for heading, body in SECTIONS))
    opened, path, sections = _added(workspace, "suffolk-2026-11.txt", text)
    assert ("victim-satisfaction", "Victims") in sections and ("cyber-crime", "Online crime") in sections
    assert not [f for f in opened.review(path).findings if f.kind == "missing-priority"]


def test_victims_as_a_sub_heading_under_each_priority_stays_one(workspace):
    text = ("# Suffolk Police and Crime Commissioner: Statement on the National Policing Priorities\n\n"
            "November 2026\n\n## Reduce murder and other homicide\n\nThere were two homicides.\n\n### Victims\n\n"
            "Families are supported by a caseworker.\n\n## Reduce serious violence\n\nKnife crime fell.\n\n"
            "### Victims\n\nYoung victims are offered a youth worker.\n\n## Drug supply and county lines\n\n"
            "Three lines closed.\n\n## Improve victim satisfaction\n\nMost victims were satisfied.\n\n"
            "## Reporting frequency\n\nEvery quarter.\n")
    _, _, sections = _added(workspace, "suffolk-2026-08.md", text)
    assert [key for key, _ in sections].count("victim-satisfaction") == 1
    assert "Victims" not in [heading for _, heading in sections]
