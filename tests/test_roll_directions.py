"""Copy forward turns round every word that says which way a figure moved
when the new figures moved the other way, and review of the draft agrees.

Kestrel Vale is fictional; between January to March and April to June 2026
its knife offences, fraud reports and homicides change direction, so each
sentence below must be said the other way round.
"""

from __future__ import annotations

import pytest

from drafter.statement import PARAGRAPH
from test_roll_forward import FIGURES

SENTENCES = [
    ("Knife offences rose from 190 to 212 in January to March 2026.",
     "Knife offences fell from 200 to 180 in April to June 2026."),
    ("Knife offences climbed to 212 in January to March 2026, from 190 a year earlier.",
     "Knife offences fell to 180 in April to June 2026, from 200 a year earlier."),
    ("Homicides dropped from 6 to 4 in January to March 2026.",
     "Homicides rose from 4 to 5 in April to June 2026."),
    ("The rate of knife offences rose to 21.2 per 100,000 residents in January to March 2026.",
     "The rate of knife offences fell to 18.0 per 100,000 residents in April to June 2026."),
    ("Fraud reports were higher in January to March 2026 (1,100) than a year earlier (1,000).",
     "Fraud reports were lower in April to June 2026 (900) than a year earlier (1,000)."),
    ("Knife offences are up, at 212 in January to March 2026.",
     "Knife offences are down, at 180 in April to June 2026."),
    ("Anti-social behaviour incidents numbered 3,000 in January to March 2026, a reduction on the 4,000 "
     "a year earlier.",
     "Anti-social behaviour incidents numbered 3,300 in April to June 2026, an increase on the 3,000 "
     "a year earlier."),
    ("In January to March 2026 there were 212 knife offences, more than the 190 a year earlier.",
     "In April to June 2026 there were 180 knife offences, fewer than the 200 a year earlier."),
    ("Victim satisfaction rose to 75.0% in January to March 2026 from 73.0%.",
     "Victim satisfaction fell to 72.0% in April to June 2026 from 74.0%."),
]
# A bound is not a comparison: "more than 1,600" stays "more than".
BOUND = ("There were more than 1,000 fraud reports in January to March 2026.",
         "There were more than 900 fraud reports in April to June 2026.")
# A change word about something no figure measures is not the figure's.
ELSEWHERE = ("Knife offences were 212 in January to March 2026, as demand for youth services rose.",
             "Knife offences were 180 in April to June 2026, as demand for youth services rose.")
# No word to write in its place: kept, and named with the words still around it.
NO_OPPOSITE = "Fraud reports soared to 1,100 in January to March 2026."


def _statement(sentences: list[str]) -> str:
    numbered = "\n\n".join(f"{number}. {text}" for number, text in enumerate(sentences, start=2))
    return ("Kestrel Vale Police and Crime Panel\n\nJune 2026\n\n"
            "Title: National Policing Priorities – Kestrel Vale Police and Crime Commissioner Statement\n\n"
            "Introduction\n\n1. This statement reports on the National Policing Priorities.\n\n"
            f"Reduce serious violence\n\n{numbered}\n\n"
            "Reporting frequency\n\nThe Panel receives this statement every quarter.\n")


@pytest.fixture(scope="module")
def rolled(tmp_path_factory):
    import drafter
    from drafter.store.schema import set_meta

    folder = tmp_path_factory.mktemp("directions")
    workspace = drafter.open_workspace(folder / "ws", seed=False)
    set_meta(workspace.database, "seeded", "1")
    (folder / "kestrel.csv").write_text(FIGURES, encoding="utf-8")
    workspace.import_figures(folder / "kestrel.csv")
    statement = folder / "kestrel-vale-2026-06.txt"
    statement.write_text(_statement([old for old, _ in SENTENCES] + [BOUND[0], ELSEWHERE[0], NO_OPPOSITE]), encoding="utf-8")
    workspace.add_statements([statement], force="Kestrel Vale")
    draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id)
    yield workspace, draft
    workspace.close()


def _texts(draft) -> list[str]:
    return [p.text for p in draft.section("serious-violence").paragraphs if p.kind == PARAGRAPH]


@pytest.mark.parametrize("index", range(len(SENTENCES)), ids=[old[:40] for old, _ in SENTENCES])
def test_a_direction_word_the_new_figures_contradict_is_turned_round(rolled, index):
    _, draft = rolled
    assert _texts(draft)[index] == SENTENCES[index][1]


def test_more_than_a_rounded_figure_is_a_bound_not_a_direction(rolled):
    _, draft = rolled
    assert _texts(draft)[len(SENTENCES)] == BOUND[1]


def test_a_change_word_about_something_else_is_left_alone(rolled):
    _, draft = rolled
    assert _texts(draft)[len(SENTENCES) + 1] == ELSEWHERE[1]


def test_a_word_with_no_opposite_is_named_where_the_writer_can_find_it(rolled):
    _, draft = rolled
    paragraph = [p for p in draft.section("serious-violence").paragraphs if p.kind == PARAGRAPH][-1]
    assert paragraph.text == "Fraud reports soared to 900 in April to June 2026."
    assert paragraph.origin.not_rolled == [{"text": "Fraud reports soared to",
                                            "reason": "'soared' may now point the wrong way: check the direction"}]


def test_review_disputes_no_direction_the_roll_wrote(rolled):
    workspace, draft = rolled
    report = workspace.review(draft.id)
    disputed = [f for f in report.findings if f.kind in ("direction", "arithmetic", "wrong-figure")]
    # The one left is the word the roll named for the writer, and review lists it too.
    assert [f.evidence for f in disputed] == ["Fraud reports soared to 900 in April to June 2026."]
    assert any(f.kind == "not-rolled" and "'soared'" in f.message for f in report.findings)


def test_review_reads_from_one_count_to_another_as_the_change_between_them(rolled, tmp_path):
    """"rose from 190 to 212": the second is what the first became, not a second
    base, so the words are checked against the two counts, not the quarter reviewed."""
    workspace, _ = rolled
    statement = tmp_path / "kestrel-vale-2026-09.txt"
    statement.write_text(_statement(["Knife offences rose from 190 to 212."]), encoding="utf-8")
    report = workspace.review(str(statement), period="2026-Q2", area="Kestrel Vale")
    assert [f.message for f in report.findings if f.kind == "direction"] == []
