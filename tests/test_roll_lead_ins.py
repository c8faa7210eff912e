"""Copy forward lists the counts a lead-in dates to the quarter copied ("Work
this quarter has included:", then "7 reviews"), as it lists months named
beside counts: the roll cannot move them, and they must not pass as the new
quarter's. And a note about figures not stored names every one of them.

Kestrel Vale is fictional; the statement is written for these tests.
"""

from __future__ import annotations

import pytest

from drafter.statement import BULLET
from test_roll_forward import FIGURES

MORE_FIGURES = """\
Kestrel Vale,domestic_abuse_satisfaction,2026-Q1,80.0,percent
"""

STATEMENT = """\
# National Policing Priorities – Kestrel Vale Police and Crime Commissioner Statement

June 2026

## Introduction

This statement reports on the National Policing Priorities for Kestrel Vale.

## Reduce murder and other homicide

### A summary of quarterly performance:

Between January and March 2026 there were 4 homicides in Kestrel Vale, compared with 6 in January to March 2025.

Work this quarter has included:

- The homicide review panel held 7 reviews and shared what it learned with schools.
- A caseworker is supporting 12 families through inquests.
- The panel met its new chair.

### Summary of planned activity

- Hold 3 workshops with hospital staff.

## Disrupt drug supply and county lines

### A summary of quarterly performance:

Officers made 400 drug seizures in January to March 2026.

The force and its partners have:

- secured 5 closure orders on homes taken over by dealers;
- referred 23 children to a support scheme.

## Reduce neighbourhood crime

During the last three months the force has:

- fitted locks in 204 homes;
- recorded 2,000 neighbourhood crimes in January to March 2026.

## Improve victim satisfaction

In January to March 2026, 75.0% of victims were satisfied with the service they received, 400 drug seizures were made and 80.0% of victims of domestic abuse were satisfied.

## Reporting frequency

The Panel receives this statement every quarter.
"""


@pytest.fixture(scope="module")
def kestrel(tmp_path_factory):
    import drafter
    from drafter.store.schema import set_meta

    folder = tmp_path_factory.mktemp("lead-ins")
    workspace = drafter.open_workspace(folder / "ws", seed=False)
    set_meta(workspace.database, "seeded", "1")
    (folder / "kestrel.csv").write_text(FIGURES + MORE_FIGURES, encoding="utf-8")
    workspace.import_figures(folder / "kestrel.csv")
    (folder / "kestrel-vale-2026-06.md").write_text(STATEMENT, encoding="utf-8")
    workspace.add_statements([folder / "kestrel-vale-2026-06.md"], force="Kestrel Vale")
    yield workspace
    workspace.close()


@pytest.fixture(scope="module")
def rolled(kestrel):
    return kestrel.new_draft(from_statement=kestrel.list_statements()[0].id)


def _left(draft, section: str) -> list[tuple[str, str]]:
    return [(left["text"], left["reason"]) for p in draft.section(section).paragraphs
            for left in p.origin.not_rolled]


def test_each_bullet_counted_under_a_lead_in_saying_this_quarter_is_left_for_the_writer(rolled):
    reason = ("dated to 2026-Q1 by its lead-in 'Work this quarter has included:': no stored figure "
              "holds it, so it is kept as written; update it for 2026-Q2")
    assert _left(rolled, "homicide") == [("7 reviews", reason), ("12 families", reason)]


def test_a_bullet_without_a_count_and_a_planned_one_are_not_listed(rolled):
    bullets = [p for p in rolled.section("homicide").paragraphs if p.kind == BULLET]
    assert [p.origin.not_rolled for p in bullets[2:]] == [[], []]


def test_a_lead_in_naming_no_time_is_dated_by_its_sub_heading_and_a_small_count_is_listed(rolled):
    left = _left(rolled, "drugs-county-lines")
    assert [text for text, _ in left] == ["400", "5 closure orders", "23 children"]
    assert "by its lead-in 'A summary of quarterly performance:'" in left[1][1]


def test_a_figure_in_such_a_bullet_still_rolls_and_the_rest_is_listed(rolled):
    bullets = [p.text for p in rolled.section("neighbourhood-crime").paragraphs if p.kind == BULLET]
    assert bullets == ["fitted locks in 204 homes;", "recorded 2,100 neighbourhood crimes in April to June 2026."]
    assert [text for text, _ in _left(rolled, "neighbourhood-crime")] == ["204 homes"]
    assert "'During the last three months the force has:'" in _left(rolled, "neighbourhood-crime")[0][1]


def test_left_for_you_counts_them_and_review_lists_them_until_rewritten(kestrel, rolled):
    moved, left = rolled.roll_counts()
    assert left == sum(len(p.origin.not_rolled) for s in rolled.sections for p in s.paragraphs)
    listed = [f.message.split(":")[0] for f in kestrel.review(rolled.id).findings if f.kind == "not-rolled"]
    assert {"7 reviews", "12 families", "5 closure orders", "23 children", "204 homes"} <= set(listed)

    # Each is said once: not again as a number no figure matches ("12: no matching figure …").
    unverified = [f.message.split(":")[0] for f in kestrel.review(rolled.id).findings if f.kind == "unverified-figure"]
    assert not {"7", "12", "5", "23", "204"} & set(unverified), unverified

    bullet = next(p for p in rolled.section("homicide").paragraphs if "7 reviews" in p.text)
    bullet.text = bullet.text.replace("7 reviews", "9 reviews")
    kestrel.save_draft(rolled)
    listed = [f.message.split(":")[0] for f in kestrel.review(rolled.id).findings if f.kind == "not-rolled"]
    assert "7 reviews" not in listed and "12 families" in listed


def test_figures_not_stored_are_all_named_as_not_stored(rolled):
    left = dict(_left(rolled, "victim-satisfaction"))
    assert left["75.0%"] == ("kept as written, with the paragraph's other figures: no drug_seizures or "
                             "domestic_abuse_satisfaction for Kestrel Vale 2026-Q2 is stored")
    assert left["400"] == "no drug_seizures figure for Kestrel Vale 2026-Q2: kept as written (2026-Q1)"


NAMED_LEAD_IN = """\
# National Policing Priorities – Kestrel Vale Police and Crime Commissioner Statement

June 2026

## Introduction

This statement reports on the National Policing Priorities for Kestrel Vale.

## Reduce serious violence

### Knife crime

In January to March 2026:

- 212 knife or sharp instrument offences were recorded
- this was an 11.6% increase on the same quarter last year

In January to March 2026 the force also:

- held 6 knife amnesty days
"""


def test_a_lead_in_naming_the_quarter_moves_when_its_bullets_figures_all_did(empty_workspace, tmp_path):
    """"In January to March 2026:" was kept, and listed, above bullets rolled to
    April to June's figures, dating them to the quarter before."""
    (tmp_path / "kestrel.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "kestrel.csv")
    (tmp_path / "kestrel-vale-2026-06.md").write_text(NAMED_LEAD_IN, encoding="utf-8")
    empty_workspace.add_statements([tmp_path / "kestrel-vale-2026-06.md"], force="Kestrel Vale")
    draft = empty_workspace.new_draft(from_statement=empty_workspace.list_statements()[0].id)
    texts = [p.text for p in draft.section("serious-violence").paragraphs]
    assert texts[1:4] == ["In April to June 2026:", "180 knife or sharp instrument offences were recorded",
                          "this was a 10.0% decrease on the same quarter last year"]
    # Under a lead-in whose bullet keeps an office's own count, the quarter stays, listed with the count.
    assert texts[4] == "In January to March 2026 the force also:"
    assert [text for text, _ in _left(draft, "serious-violence")] == ["January to March 2026", "6 knife amnesty days"]
    assert draft.roll_counts()[1] == 2
