"""A Markdown statement kept as a website's source has front matter; the date
the site publishes it under ("date: 2026-11-12") dates the statement ahead of
the month ending the period its title names, and nothing else of the front
matter is read as text.

The statement is written for these tests; the force and figures are fictional."""

from __future__ import annotations

import pytest

from drafter.corpus import read_statement

BODY = """# National Policing Priorities statement: July to September 2026

The Police and Crime Commissioner for Severnshire publishes this statement every quarter.

## Reduce murder and other homicide

There were three homicides in Severnshire between July and September 2026.
"""


@pytest.mark.parametrize("front_matter", [
    '---\ntitle: "National Policing Priorities"\ndate: 2026-11-12\nlayout: page\n---\n',
    '+++\ntitle = "National Policing Priorities"\ndate = "2026-11-12T09:00:00Z"\n+++\n',
])
def test_the_date_of_the_front_matter_dates_the_statement(tmp_path, front_matter):
    path = tmp_path / "npp.md"
    path.write_text(front_matter + "\n" + BODY, encoding="utf-8")
    statement = read_statement(path, areas=["Severnshire"])
    assert statement.date == "2026-11-12"
    texts = [p.text for section in statement.sections for p in section.paragraphs]
    assert texts[0].startswith("The Police and Crime Commissioner")
    assert not [text for text in texts if "layout" in text or "Published" in text]


def test_front_matter_without_a_date_leaves_the_title_to_date_it(tmp_path):
    path = tmp_path / "npp.md"
    path.write_text('---\ntitle: "National Policing Priorities"\n---\n\n' + BODY, encoding="utf-8")
    assert read_statement(path, areas=["Severnshire"]).date == "2026-09"
