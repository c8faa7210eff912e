"""Near-copies in several forces' statements: a hit counts the writer's own
force's statements first and other forces' apart, so "also in 19" does not
pass another force's quarters off as the paragraph's history."""

from __future__ import annotations

import pytest
from test_search_support import add

import drafter
from drafter.settings import seed_workspace
from drafter.statement import Paragraph, Section, Statement

# A performance paragraph most offices write alike, figures changed each quarter.
DRUGS = ("Officers recorded {offences} drug trafficking offences this quarter and made {seizures} "
         "drug seizures; {lines} county lines were closed with partner forces.")


def statement(force: str, date: str, offences: int) -> Statement:
    return Statement(
        title=f"{force} national priorities statement {date}", force=force, date=date,
        sections=[
            Section("Drugs and county lines", "drugs-county-lines", [
                Paragraph(1, DRUGS.format(offences=offences, seizures=offences + 20, lines=offences % 7 + 2)),
            ]),
            Section("Neighbourhood crime", "neighbourhood-crime", [
                Paragraph(2, f"{force} neighbourhood teams held {offences} street surgeries in market towns."),
            ]),
        ],
    )


@pytest.fixture
def mixed(tmp_path):
    """Three Cumbria statements and five of a sample force, Tamarshire."""
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        seed_workspace(workspace, samples=False)  # an office's own workspace, as drafter init makes one
        for number, date in enumerate(["2025-06", "2025-09", "2025-12", "2026-03", "2026-06"]):
            add(workspace, statement("Tamarshire", date, 40 + number), f"tamarshire-{date}.txt")
        for number, date in enumerate(["2026-02", "2026-05", "2026-08"]):
            add(workspace, statement("Cumbria", date, 60 + number), f"cumbria-{date}.txt")
        workspace.set_office("Cumbria")
        workspace.build_index()
        yield workspace


def drugs_hit(workspace):
    hits = [hit for hit in workspace.search("drug trafficking offences and drug seizures") if "trafficking" in hit.text]
    assert len(hits) == 1, "the near-copies are one hit"
    return hits[0]


def test_a_cumbria_hit_counts_cumbrias_statements_first_and_other_forces_apart(mixed):
    hit = drugs_hit(mixed)
    assert hit.force == "Cumbria" and hit.date == "2026-08"
    assert (hit.also_in, hit.also_in_other_forces) == (7, 5)
    assert hit.also_in_words == "also in 2 other Cumbria statements; 5 of other forces"
    assert hit.to_dict()["also_in_other_forces"] == 5


def test_the_cli_line_says_the_same(mixed, cli):
    result = cli("search", "drug trafficking offences and drug seizures", workspace=mixed.path)
    assert result.exit_code == 0, result.stderr
    assert "(also in 2 other Cumbria statements; 5 of other forces)" in result.stdout


def test_the_writers_own_version_is_shown_though_another_forces_is_newer(mixed):
    # Near-copies are grouped across forces, but the wording a writer starts
    # from is their own office's: another force's newer version is counted,
    # not shown in its place.
    later = statement("Tamarshire", "2026-09", 47)
    add(mixed, later, "tamarshire-2026-09.txt")
    hit = drugs_hit(mixed)
    assert (hit.force, hit.date) == ("Cumbria", "2026-08")
    assert "62 drug trafficking offences" in hit.text
    assert hit.also_in_words == "also in 2 other Cumbria statements; 6 of other forces"


@pytest.mark.parametrize("office, shown", [
    ("Dorset", ("Dorset", "2026-06")),  # Cumbria's are newer: the office's own is shown
    ("Lancashire", ("Cumbria", "2026-08")),  # no version of the office's own: the newest
])
def test_the_version_shown_is_the_offices_own_else_the_newest(tmp_path, office, shown):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        seed_workspace(workspace, samples=False)
        for number, date in enumerate(["2025-12", "2026-03", "2026-06"]):
            add(workspace, statement("Dorset", date, 40 + number), f"dorset-{date}.txt")
        for number, date in enumerate(["2026-02", "2026-05", "2026-08"]):
            add(workspace, statement("Cumbria", date, 60 + number), f"cumbria-{date}.txt")
        workspace.set_office(office)
        workspace.build_index()
        hit = drugs_hit(workspace)
        assert (hit.force, hit.date) == shown


@pytest.mark.parametrize("force, words", [
    ("Tamarshire", "also in 2 other statements"),  # one force's near-copies: counted as before
    ("Cumbria", "also in 2 other statements"),
])
def test_near_copies_of_one_force_are_counted_as_before(tmp_path, force, words):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        for number, date in enumerate(["2026-02", "2026-05", "2026-08"]):
            add(workspace, statement(force, date, 60 + number), f"{force}-{date}.txt")
        workspace.set_office("Cumbria")
        workspace.build_index()
        hit = drugs_hit(workspace)
        assert hit.also_in_words == words and hit.also_in_other_forces in (0, 2)


def test_one_statement_of_another_force_is_named_in_the_singular(tmp_path):
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        add(workspace, statement("Tamarshire", "2025-06", 40), "tamarshire.txt")
        for number, date in enumerate(["2026-02", "2026-05"]):
            add(workspace, statement("Cumbria", date, 60 + number), f"cumbria-{date}.txt")
        workspace.set_office("Cumbria")
        workspace.build_index()
        assert drugs_hit(workspace).also_in_words == "also in 1 other Cumbria statement; 1 of another force"


def test_the_offices_paragraph_found_only_in_other_forces_statements_says_whose_they_are(tmp_path):
    # Where every near-copy is another force's, "also in 2 other statements" read as the office's own.
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        for number, date in enumerate(["2025-06", "2025-09"]):
            add(workspace, statement("Tamarshire", date, 40 + number), f"tamarshire-{date}.txt")
        add(workspace, statement("Cumbria", "2026-02", 60), "cumbria-2026-02.txt")
        workspace.set_office("Cumbria")
        workspace.build_index()
        hit = drugs_hit(workspace)
        assert hit.force == "Cumbria"
        assert hit.also_in_words == "also in 2 statements of other forces"
