"""The figure for Wales as a whole, which the four Welsh commissioners quote
beside their own ("below the Welsh average of 84.8", "Across Wales, the rate
was 84.8", "10,469 knife offences across Wales"): review works it out from
the four Welsh forces' figures, as the national figure is from the 43, and
checks the number and the side; copy forward moves it with the year. Such
numbers were left unverified as "about another area", and a wrong one passed.

Dyfed-Powys's statements are written for the project; the figures are made up.
"""

from __future__ import annotations

import csv

import all_forces
import pytest

import drafter

MEASURES = ("population", "knife_offences")
WELSH = ("Dyfed-Powys", "Gwent", "North Wales", "South Wales")
HEADER = """Dyfed-Powys Police and Crime Panel

May 2026

Title: National Policing Priorities – Dyfed-Powys

This report covers January to March 2026.

Reduce serious violence

1. Dyfed-Powys recorded 270 knife offences in the quarter. """


def _wales(year: str) -> tuple[str, str, str]:
    """Wales's count and rate, and Dyfed-Powys's rate, as a statement writes them."""
    count = sum(all_forces.made_up(force, "knife_offences", year) for force in WELSH)
    people = sum(all_forces.made_up(force, "population", year) for force in WELSH)
    own = all_forces.made_up("Dyfed-Powys", "knife_offences", year) / all_forces.made_up("Dyfed-Powys", "population", year)
    return f"{count:,}", f"{count / people * 100_000:.1f}", f"{own * 100_000:.1f}"


@pytest.fixture(scope="module")
def dyfed_powys(tmp_path_factory):
    root = tmp_path_factory.mktemp("dyfed-powys")
    rows = all_forces.rows(("2025/26",), measures=MEASURES)
    rows += [[area, measure, "YE2026-06", value, unit, source]
             for area, measure, _, value, unit, source in all_forces.rows(("2026/27",), measures=MEASURES)]
    rows += [["Dyfed-Powys", "knife_offences", "2026-Q1", 270, "", "quarterly"],
             ["Dyfed-Powys", "knife_offences", "2026-Q2", 280, "", "quarterly"]]
    with (root / "figures.csv").open("w", newline="", encoding="utf-8") as stream:
        writer = csv.writer(stream)
        writer.writerow(["area", "measure", "period", "value", "unit", "source"])
        writer.writerows(rows)
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(root / "figures.csv")
        yield workspace, root


def _review(dyfed_powys, name: str, sentence: str):
    workspace, root = dyfed_powys
    path = root / name
    path.write_text(HEADER + sentence + "\n", encoding="utf-8")
    return workspace.review(path, area="Dyfed-Powys")


def _statuses(report, *texts):
    return {m.text: m.status for m in report.figures if m.text in texts}


def test_the_welsh_average_and_the_side_of_it_are_checked(dyfed_powys):
    count, rate, own = _wales("2025/26")
    report = _review(dyfed_powys, "side.txt", f"Its knife crime rate was {own} per 100,000 in the year ending "
                                              f"March 2026, below the Welsh average of {rate}.")
    assert _statuses(report, own, rate) == {own: "verified", rate: "verified"}
    assert [(c.text, c.status) for c in report.ranks] == [("below the Welsh average", "verified")]
    across = _review(dyfed_powys, "across.txt", f"Dyfed-Powys recorded 1,946 knife offences in the year ending "
                                                f"March 2026, against {count} knife offences across Wales.")
    assert _statuses(across, count) == {count: "verified"}


def test_a_wrong_figure_for_wales_and_a_wrong_side_are_errors(dyfed_powys):
    _, _, own = _wales("2025/26")
    report = _review(dyfed_powys, "wrong.txt", "Across Wales, the knife crime rate was 90.0 per 100,000 in the year "
                                               f"ending March 2026. Dyfed-Powys's rate of {own} was above the "
                                               "Welsh average.")
    side, number = sorted(f.message for f in report.findings if f.kind == "wrong-rank")
    assert number.startswith("90.0 is given as the figure for Wales, but knife_offences per 100,000 "
                             "population, 2025/26:")
    assert "(the sum of the 4 Welsh forces)" in number
    assert side.startswith("'above the Welsh average': Dyfed-Powys is below the figure for Wales, not above it")


def test_a_force_named_for_part_of_wales_is_not_wales(dyfed_powys):
    report = _review(dyfed_powys, "north.txt", "North Wales's knife crime rate was 91.0 per 100,000 and South "
                                               "Wales's was 104.0 in the year ending March 2026.")
    assert [f.kind for f in report.findings if f.kind == "wrong-rank"] == []
    # North Wales's own rate, held to North Wales's figures; neither number is taken for Wales's.
    derivations = {m.text: m.derivation or "" for m in report.figures if m.text in ("91.0", "104.0")}
    assert derivations["91.0"].startswith("North Wales: ") and "Welsh forces" not in derivations["104.0"]


def test_copy_forward_moves_the_welsh_average_with_the_year(dyfed_powys):
    workspace, root = dyfed_powys
    _, march, own = _wales("2025/26")
    _, june, own_june = _wales("2026/27")
    path = root / "dyfed-powys-2026-05.txt"
    path.write_text(HEADER + f"Its knife crime rate was {own} per 100,000 in the year ending March 2026, below "
                    f"the Welsh average of {march}.\n", encoding="utf-8")
    workspace.add_statements([path], force="Dyfed-Powys")
    draft = workspace.new_draft(from_statement=max(s.id for s in workspace.list_statements()))
    workspace.save_draft(draft)
    [paragraph] = [p for s in draft.sections for p in s.paragraphs if p.text.startswith("Dyfed-Powys recorded")]
    assert paragraph.text.endswith(f"Its knife crime rate was {own_june} per 100,000 in the year ending June 2026, "
                                   f"below the Welsh average of {june}.")
    assert paragraph.origin.not_rolled == []


WELSH_TEMPLATE = """{# The knife offence rate against the figure for Wales. #}
{% macro knife_wales() %}
{% set gap = national_gap('knife_offences', per=100000, whole='Wales') %}
At {{ rate('knife_offences', per=100000) | decimal }} per 100,000 population in {{ period.ending() }},
knife offences in {{ place }} were {{ gap.side }} the Welsh average of
{{ national('knife_offences', per=100000, whole='Wales') | decimal }}.
{% endmacro %}
"""


def test_fill_writes_the_welsh_average_and_review_agrees_with_it(dyfed_powys):
    workspace, root = dyfed_powys
    _, rate, own = _wales("2025/26")
    workspace.templates_dir.mkdir(exist_ok=True)
    (workspace.templates_dir / "serious-violence.j2").write_text(WELSH_TEMPLATE, encoding="utf-8")
    [filled] = [s for s in workspace.fill("serious-violence", "2025/26", "Dyfed-Powys").sentences
                if s.template.endswith("/knife_wales")]
    assert filled.text == (f"At {own} per 100,000 population in the year ending March 2026, knife offences in "
                           f"Dyfed-Powys were below the Welsh average of {rate}.")
    report = _review(dyfed_powys, "filled.txt", filled.text)
    assert _statuses(report, own, rate) == {own: "verified", rate: "verified"}
    assert [(c.text, c.status) for c in report.ranks] == [("below the Welsh average", "verified")]


def test_a_force_s_own_rate_after_in_wales_with_a_rate_of_is_its_own(dyfed_powys):
    # "the safest place in Wales with a knife crime rate of 65.0": the force's, not Wales's.
    _, _, own = _wales("2025/26")
    report = _review(dyfed_powys, "own.txt", f"Dyfed-Powys remains the safest place in Wales with a knife crime "
                                             f"rate of {own} per 100,000 in the year ending March 2026.")
    assert [f.message for f in report.findings if f.kind == "wrong-rank"] == []
    assert _statuses(report, own) == {own: "verified"}


def test_the_welsh_average_in_brackets_is_checked(dyfed_powys):
    _, rate, own = _wales("2025/26")
    report = _review(dyfed_powys, "bracket.txt", f"Knife crime in Dyfed-Powys ({own} per 100,000) in the year ending "
                                                 f"March 2026 remains below the Welsh average ({rate}), and below the "
                                                 "rate for Wales as a whole (90.0 per 100,000).")
    assert _statuses(report, own, rate) == {own: "verified", rate: "verified"}
    assert [f.message[:44] for f in report.findings if f.kind == "wrong-rank"] == [
        "90.0 is given as the figure for Wales, but k"]


def test_the_wales_rate_named_as_the_wales_rate_is_checked(dyfed_powys):
    """"the Wales average", "the Wales knife crime rate", "times the Wales
    rate": Wales named as a noun before what it averages, as the Welsh
    commissioners write it as often as "the Welsh average"."""
    _, rate, own = _wales("2025/26")
    side = _review(dyfed_powys, "wales-side.txt", f"Its knife crime rate was {own} per 100,000 in the year ending "
                                                  f"March 2026, above the Wales average of {rate}.")
    assert [(c.text, c.status) for c in side.ranks] == [("above the Wales average", "wrong")]
    wrong = _review(dyfed_powys, "wales-rate.txt", "In the year ending March 2026 the Wales knife crime rate was "
                                                   "999.9 per 100,000 population.")
    assert _statuses(wrong, "999.9") == {"999.9": "wrong"}
    times = _review(dyfed_powys, "wales-times.txt", "In the year ending March 2026 Dyfed-Powys's knife crime rate "
                                                    "was 9.5 times the Wales rate.")
    assert [f.message.split(":")[0] for f in times.findings if f.kind == "wrong-rank"] == [
        "'9.5 times the Wales rate'"]
    other = _review(dyfed_powys, "north-wales.txt", "In the year ending March 2026 the North Wales knife crime rate "
                                                    "was 999.9 per 100,000 population.")
    [north] = [m for m in other.figures if m.text == "999.9"]
    assert north.derivation.startswith("North Wales: ") and "Welsh forces" not in north.derivation


def test_a_figure_said_for_wales_after_it_is_the_figure_for_wales(dyfed_powys):
    """"… compared with 98.1 for England and Wales and 84.8 for Wales": the
    last is Wales's, checked against its four forces, where it was left
    unverified as about another area whatever its value."""
    _, rate, own = _wales("2025/26")
    right = _review(dyfed_powys, "for-wales.txt", f"In the year ending March 2026 Dyfed-Powys's knife crime rate of "
                                                  f"{own} per 100,000 compared with {rate} for Wales.")
    assert _statuses(right, own, rate) == {own: "verified", rate: "verified"}
    wrong = _review(dyfed_powys, "in-wales.txt", f"In the year ending March 2026 Dyfed-Powys's knife crime rate of "
                                                 f"{own} per 100,000 compared with 999.9 in Wales.")
    assert _statuses(wrong, "999.9") == {"999.9": "wrong"}
