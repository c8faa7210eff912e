"""A change written with its sign in a table's Change column ("+1", "-1") is
how far its row moved, never a count of its own: it is held to the row's two
period columns, not to the quarter the table covers. A footnote marker set
against a figure ("numbered 24.[1]") is no count either. (The bundled figures:
Severnshire had 3 homicides in April to June 2026 and 4 a year before, 181
drug trafficking offences against 172, and 24 firearms offences.)"""

from __future__ import annotations

import pytest

from drafter.claims.numbers import extract_numbers

PRIORITIES = """
## Reduce murder and other homicide

The homicide prevention partnership met twice this quarter.

## Reduce serious violence

{violence}

## Reduce neighbourhood crime

Neighbourhood teams patrol the market towns at night.

## Tackle cyber crime

The cyber protect team visited local businesses.
"""


def statement(tmp_path, body: str, *, violence: str = "Violence reduction work goes on across the county."):
    path = tmp_path / "severnshire-2026-11.md"
    path.write_text("# Severnshire Police and Crime Commissioner\n\nDate: 5 November 2026\n\n"
                    "This update covers April to June 2026.\n\n## Performance\n\n" + body + "\n"
                    + PRIORITIES.format(violence=violence), encoding="utf-8")
    return path


def change_table(homicides: str, drugs: str, *, earlier="April to June 2025", later="April to June 2026") -> str:
    return (f"| Measure | {earlier} | {later} | Change |\n|---|---|---|---|\n"
            f"| Homicides | 4 | 3 | {homicides} |\n| Drug trafficking offences | 172 | 181 | {drugs} |\n")


def about_figures(report) -> list[tuple[str, str]]:
    return [(f.kind, f.message) for f in report.findings
            if f.kind in ("wrong-figure", "unverified-figure", "stale-figure", "arithmetic")]


@pytest.mark.parametrize("earlier, later", [("April to June 2025", "April to June 2026"),
                                            ("Last year", "This year")])
def test_a_right_change_column_raises_nothing(seeded_workspace, tmp_path, earlier, later):
    report = seeded_workspace.review(statement(tmp_path, change_table("-1", "+9", earlier=earlier, later=later)))
    assert about_figures(report) == []
    assert {m.text: m.status for m in report.figures if m.text in ("1", "9")} == {"1": "verified", "9": "verified"}


def test_a_change_of_one_is_not_read_as_the_quarters_count(seeded_workspace, tmp_path):
    """"+1" beside 4 and 3 is no claim of 1 homicide in April to June 2026."""
    report = seeded_workspace.review(statement(tmp_path, change_table("+1", "+9")))
    messages = [message for _, message in about_figures(report)]
    assert not [m for m in messages if m.startswith("1 homicides")]
    assert messages == ["+1 does not follow from 4 (2025-Q2) and 3 (2026-Q2) in its row: that change is -1"]


def test_a_wrong_change_in_a_change_column_is_an_arithmetic_error(seeded_workspace, tmp_path):
    found = about_figures(seeded_workspace.review(statement(tmp_path, change_table("-1", "+19"))))
    assert found == [("arithmetic", "+19 does not follow from 172 (2025-Q2) and 181 (2026-Q2) in its row: "
                                    "that change is +9")]


@pytest.mark.parametrize("marked", ["Firearms offences numbered 24.[1]", "Firearms offences numbered 24[1].",
                                    "Firearms offences numbered 24.[^1]"])
def test_a_footnote_marker_after_a_figure_is_not_a_count(seeded_workspace, tmp_path, marked):
    violence = f"Knife or sharp instrument offences fell to 208 in April to June 2026. {marked}"
    report = seeded_workspace.review(statement(tmp_path, "Figures are for the force area.", violence=violence))
    assert [m for _, m in about_figures(report) if "firearms" in m] == []


def test_a_footnote_marker_still_leaves_a_wrong_figure_beside_it_wrong(seeded_workspace, tmp_path):
    violence = "Firearms offences numbered 42[3] in April to June 2026."
    found = about_figures(seeded_workspace.review(statement(tmp_path, "Figures are for the force area.",
                                                            violence=violence)))
    assert [message for kind, message in found if kind == "wrong-figure"] == [
        "42 firearms offences in 2026-Q2: the figures give 24 for Severnshire (Home Office police recorded crime)"]


def test_bracketed_numbers_that_are_no_footnote_markers_are_still_numbers():
    kinds = {m.text: m.kind for m in extract_numbers("Arrests rose to 14 [12 last year] and see [3](notes.html).")}
    assert kinds.get("12") != "footnote" and kinds.get("3") != "footnote"
    assert [m.kind for m in extract_numbers("Burglaries numbered 672.[4]") if m.text == "4"] == ["footnote"]
