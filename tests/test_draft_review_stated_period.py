"""A draft's review reads the period its words state ("This update covers
January to March 2026", a title naming the quarter) as a file's review does,
so a wrong figure copied forward gets the verdict it got in its statement:
a key figure or a "This quarter" column is the stated quarter's, and is
called a wrong-figure against it, not left unverified because the draft is
for the quarter after.

Kestrel Vale is fictional; its statements and figures are written for these tests.
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Kestrel Vale,homicides,2025-Q1,7,
Kestrel Vale,homicides,2026-Q1,6,
Kestrel Vale,knife_offences,2025-Q1,150,
Kestrel Vale,knife_offences,2026-Q1,162,
Kestrel Vale,knife_offences,2026-Q2,131,
"""
# The quarter after holds knife offences only: homicides for April to June 2026 are not in yet.

PRIORITIES = """
## Reduce murder and other homicide

The homicide prevention partnership met twice.

## Reduce serious violence

Officers recorded 162 knife offences in January to March 2026.

## Reduce neighbourhood crime

Neighbourhood teams patrol the market towns at night.

## Tackle cyber crime

The cyber protect team visited local businesses.
"""

COVERS_LINE = "This update covers January to March 2026."


def statement(tmp_path, key_figures: str, *, title: str = "Kestrel Vale Police and Crime Commissioner",
              covers: str = COVERS_LINE):
    path = tmp_path / "kestrel-vale-2026-06.md"
    path.write_text(f"# {title}\n\nDate: 10 June 2026\n\n{covers}\n\n## Key figures\n\n{key_figures}\n{PRIORITIES}",
                    encoding="utf-8")
    return path


@pytest.fixture
def kestrel(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    return empty_workspace


def wrong_and_unverified(report, number: str) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in report.findings
            if f.kind in ("wrong-figure", "unverified-figure", "stale-figure") and f.message.startswith(number)]


def file_and_copy(workspace, path):
    """The review of the statement as a file, and of a draft copied forward from it with its words kept."""
    as_file = workspace.review(path)
    workspace.add_statements([path], force="Kestrel Vale")
    draft = workspace.new_draft(from_statement=workspace.list_statements()[0].id, roll=False)
    assert draft.period == "2026-Q2"
    return as_file, workspace.review(draft.id)


WRONG_HOMICIDES = ("wrong-figure", "9 homicides in 2026-Q1: the figures give 6 for Kestrel Vale (figures.csv)")


@pytest.mark.parametrize("key_figures", [
    "- Homicides: 9 (down from 7)",
    "- Homicides: 9",
])
def test_a_wrong_key_figure_copied_forward_is_wrong_in_the_draft_as_in_the_file(kestrel, tmp_path, key_figures):
    as_file, as_draft = file_and_copy(kestrel, statement(tmp_path, key_figures))
    assert wrong_and_unverified(as_file, "9") == [WRONG_HOMICIDES]
    assert wrong_and_unverified(as_draft, "9") == [WRONG_HOMICIDES]


def test_a_title_naming_the_quarter_states_it_in_the_draft_too(kestrel, tmp_path):
    path = statement(tmp_path, "- Homicides: 9", covers="",
                     title="Quarterly statement on the National Policing Priorities: January to March 2026")
    as_file, as_draft = file_and_copy(kestrel, path)
    assert wrong_and_unverified(as_file, "9") == [WRONG_HOMICIDES]
    assert wrong_and_unverified(as_draft, "9") == [WRONG_HOMICIDES]


def test_a_this_quarter_column_copied_forward_is_read_by_the_stated_quarter(kestrel, tmp_path):
    table = "| Measure | This quarter | Same quarter last year |\n|---|---|---|\n| Homicides | 9 | 7 |"
    as_file, as_draft = file_and_copy(kestrel, statement(tmp_path, table))
    assert [kind for kind, _ in wrong_and_unverified(as_file, "9")] == ["wrong-figure"]
    assert wrong_and_unverified(as_draft, "9") == wrong_and_unverified(as_file, "9")


def test_last_quarters_right_figures_are_still_stale_in_a_draft_for_the_next_quarter(kestrel, tmp_path):
    """The words' period dates what they say; the draft's period is still what review checks for."""
    as_file, as_draft = file_and_copy(kestrel, statement(tmp_path, "- Homicides: 6\n- Knife offences: 162"))
    assert wrong_and_unverified(as_file, "162") == [] and wrong_and_unverified(as_file, "6") == []
    assert [kind for kind, _ in wrong_and_unverified(as_draft, "162")] == ["stale-figure", "stale-figure"]
    assert as_draft.period == "2026-Q2"


def test_a_draft_stating_no_period_is_read_by_its_own(kestrel, tmp_path):
    draft = kestrel.new_draft(period="2026-Q2", date="2026-09", area="Kestrel Vale")
    draft.set_section_text("serious-violence", "- Knife offences: 140")
    kestrel.save_draft(draft)
    assert [kind for kind, _ in wrong_and_unverified(kestrel.review(draft.id), "140")] == ["wrong-figure"]


@pytest.mark.parametrize("sentence", [
    "Officers recorded 162 knife offences this quarter.",
    "In the quarter, officers recorded 162 knife offences.",
])
def test_this_quarter_in_words_kept_as_copied_is_the_stated_quarter(kestrel, tmp_path, sentence):
    """"This quarter" in words kept as copied is the quarter they state, as in the
    file: last quarter's right figure is stale in the draft, not a wrong figure."""
    path = statement(tmp_path, "- Homicides: 6")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Officers recorded 162 knife offences in January to March 2026.", sentence), encoding="utf-8")
    as_file, as_draft = file_and_copy(kestrel, path)
    assert wrong_and_unverified(as_file, "162") == []
    assert [kind for kind, _ in wrong_and_unverified(as_draft, "162")] == ["stale-figure"]
