"""A key figure in the other house styles of a "Key figures" or "At a
glance" box ("Homicides – 5", "Drug trafficking offences - 118", "118 drug
trafficking offences", "At a glance: 7 homicides and 280 knife offences"),
and a part counted after a dated total ("Of these, 627 were residential
burglaries"), is held to the period the statement covers, as "Homicides: 5"
is (the bundled figures: Severnshire had 3 homicides, 208 knife offences,
181 drug trafficking offences and 672 residential burglaries in April to
June 2026)."""

from __future__ import annotations

import pytest

HEAD = """Severnshire Police and Crime Panel
3 November 2026
Title: National Policing Priorities statement

This statement covers April to June 2026.

Key figures

{bullets}

Reduce murder and other homicide

1. The homicide prevention partnership met twice.

Reduce neighbourhood crime

2. {neighbourhood}

Reduce serious violence

3. Violence reduction work goes on across the county.
"""


def _review(workspace, tmp_path, bullets=(), neighbourhood="Neighbourhood teams patrolled the market towns.",
            covers="This statement covers April to June 2026."):
    path = tmp_path / "severnshire-2026-11.txt"
    text = HEAD.format(bullets="\n".join(f"• {bullet}" for bullet in bullets), neighbourhood=neighbourhood)
    path.write_text(text.replace("This statement covers April to June 2026.", covers), encoding="utf-8")
    return workspace.review(path)


def _wrong(report) -> list[str]:
    return [f.message for f in report.findings if f.kind == "wrong-figure"]


@pytest.mark.parametrize("bullet, expected", [
    ("Homicides – 5", "5 homicides in 2026-Q2: the figures give 3 for Severnshire"),
    ("Homicides — 5", "5 homicides in 2026-Q2: the figures give 3 for Severnshire"),
    ("Drug trafficking offences - 118", "118 drug trafficking offences in 2026-Q2: the figures give 181"),
    ("Homicides 5", "5 homicides in 2026-Q2: the figures give 3 for Severnshire"),
    ("118 drug trafficking offences", "118 drug trafficking offences in 2026-Q2: the figures give 181"),
    ("118 drug trafficking offences (up from 172)", "118 drug trafficking offences in 2026-Q2: the figures give 181"),
])
def test_a_wrong_key_figure_in_another_house_style_is_a_wrong_figure(seeded_workspace, tmp_path, bullet, expected):
    [message] = _wrong(_review(seeded_workspace, tmp_path, [bullet]))
    assert message.startswith(expected)


@pytest.mark.parametrize("bullet", [
    "At a glance: 7 homicides and 280 knife offences",
    "At a glance: 7 homicides and 280 knife offences.",
    "Key figures: 7 homicides, 280 knife offences",
    "At a glance: 7 homicides and 280 knife offences in April to June 2026.",
])
def test_every_count_of_an_at_a_glance_line_is_checked(seeded_workspace, tmp_path, bullet):
    wrong = _wrong(_review(seeded_workspace, tmp_path, [bullet]))
    assert [message.split(":")[0] for message in wrong] == ["7 homicides in 2026-Q2", "280 knife offences in 2026-Q2"]


def test_right_key_figures_in_other_house_styles_are_verified(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, ["Homicides – 3", "181 drug trafficking offences (up from 172)",
                                                  "At a glance: 3 homicides and 208 knife offences"])
    assert not _wrong(report)
    assert {m.text: m.status for m in report.figures if m.text in ("181", "172", "208")} == {
        "181": "verified", "172": "verified", "208": "verified"}


@pytest.mark.parametrize("bullet", [
    "Crime prevention events held – 41",  # no measure
    "12 county lines closed since April 2025",  # a running total of its own
    "Homicides in 2025 – 14",  # dated by its own words
    "7 homicide reviews and 280 knife offences",  # counts something else first
])
def test_lines_that_are_no_key_figure_of_the_quarter_are_not_held_to_it(seeded_workspace, tmp_path, bullet):
    assert not [m for m in _wrong(_review(seeded_workspace, tmp_path, [bullet])) if not m.startswith("280")]


def test_key_figures_are_not_held_to_a_period_the_statement_never_states(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, ["Homicides – 5", "118 drug trafficking offences"],
                     covers="The Commissioner reports to the Panel each quarter.")
    assert not _wrong(report)


@pytest.mark.parametrize("sentence", [
    "Of these, 627 were residential burglaries, 1,385 vehicle offences and 364 thefts from the person.",
    "Of these offences, 627 were residential burglaries.",
    "Of which 627 were residential burglaries.",
])
def test_a_part_said_after_a_dated_total_is_held_to_its_period(seeded_workspace, tmp_path, sentence):
    report = _review(seeded_workspace, tmp_path,
                     neighbourhood=f"Neighbourhood crime fell to 2,576 offences in April to June 2026. {sentence}")
    [message] = _wrong(report)
    assert message.startswith("627 residential burglaries in 2026-Q2: the figures give 672 for Severnshire")


def test_a_part_said_after_a_total_with_no_period_is_not_held_to_one(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, neighbourhood="Neighbourhood crime fell over the past decade. "
                                                               "Of these, 627 were residential burglaries.")
    assert not _wrong(report)


@pytest.mark.parametrize("clause", [", of which 627 were residential burglaries", ", of these 627 were residential burglaries",
                                    "; of which, 627 were residential burglaries"])
def test_a_part_listed_in_a_clause_after_a_dated_total_is_held_to_its_period(seeded_workspace, tmp_path, clause):
    report = _review(seeded_workspace, tmp_path,
                     neighbourhood=f"Neighbourhood crime fell to 2,576 offences in April to June 2026{clause}.")
    [message] = _wrong(report)
    assert message.startswith("627 residential burglaries in 2026-Q2: the figures give 672 for Severnshire")


def test_a_right_part_listed_in_a_clause_is_verified(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, neighbourhood="Neighbourhood crime fell to 2,576 offences in April "
                                                               "to June 2026, of which 672 were residential burglaries.")
    assert not _wrong(report)
    assert next(m.status for m in report.figures if m.text == "672") == "verified"
