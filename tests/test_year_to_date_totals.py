"""A count for the financial year so far ("514 drug seizures so far in 2026/27",
"so far this financial year", "since April 2026") is added up from the year's
quarters up to the statement's and checked: verified when it is their sum, a
wrong figure naming the quarters when it is not, where review left every such
total unverified and a template writing one could never pass the check.
Templates write it with year_to_date(...), from the same sum."""

from __future__ import annotations

import pytest

FIGURES = ("area,measure,period,value\n"
           "Dyfed-Powys,drug_seizures,2026-Q1,244\n"
           "Dyfed-Powys,drug_seizures,2026-Q2,251\n"
           "Dyfed-Powys,drug_seizures,2026-Q3,263\n")

TEMPLATE = """{# Seizures so far this financial year. #}
{% macro seizures_so_far() %}
So far this financial year officers have made {{ year_to_date('drug_seizures') | plural('drug seizure') }}.
{% endmacro %}

{# This quarter's seizures and the total since April. #}
{% macro seizures_bringing() %}
Officers made {{ figure('drug_seizures') | plural('drug seizure') }} in {{ period.label() }},
bringing the total since April 2026 to {{ year_to_date('drug_seizures') | number }}.
{% endmacro %}
"""

STATEMENT = """\
Dyfed-Powys Police and Crime Panel, 10 November 2026

Drug Supply and County Lines

1. So far in 2026/27 officers have made {total} drug seizures.

2. Officers made 263 drug seizures in July to September 2026, bringing the total since April 2026 to {total}.

3. So far in 2025/26 officers have made 100 drug seizures.
"""


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("year-to-date")
    (root / "figures.csv").write_text(FIGURES, encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        opened.templates_dir.mkdir(exist_ok=True)
        (opened.templates_dir / "drugs-county-lines.j2").write_text(TEMPLATE, encoding="utf-8")
        yield opened, root


def _review(workspace, total):
    opened, root = workspace
    path = root / f"statement-{total}.txt"
    path.write_text(STATEMENT.format(total=total), encoding="utf-8")
    return opened.review(path, period="2026-Q3", area="Dyfed-Powys")


def test_the_years_quarters_so_far_are_added_up(workspace):
    report = _review(workspace, 514)
    assert [n.status for n in report.figures if n.text == "514"] == ["verified", "verified"]


def test_a_total_that_is_not_their_sum_is_wrong(workspace):
    report = _review(workspace, 515)
    wrong = [f.message for f in report.findings if f.kind == "wrong-figure" and "515" in f.message]
    assert wrong == [
        "515 drug seizures so far in 2026/27: the figures give 514 for Dyfed-Powys, its two quarters added up "
        "(251 in 2026-Q2 and 263 in 2026-Q3)",
        "515 drug seizures since April 2026: the figures give 514 for Dyfed-Powys, its two quarters added up "
        "(251 in 2026-Q2 and 263 in 2026-Q3)"]


def test_another_years_total_is_not_held_to_this_ones(workspace):
    report = _review(workspace, 514)
    assert [n.status for n in report.figures if n.text == "100"] != ["verified"]


def test_fill_writes_the_sum_and_the_check_passes(workspace):
    opened, _ = workspace
    filled = opened.fill("drugs-county-lines", "2026-Q3", "Dyfed-Powys")
    assert [s.text for s in filled.sentences] == [
        "So far this financial year officers have made 514 drug seizures.",
        "Officers made 263 drug seizures in the third quarter of 2026, bringing the total since April 2026 to 514."]
    checked = opened.check_templates(area="Dyfed-Powys", period="2026-Q3")
    assert checked.disputes == [] and checked.broken == []


def test_a_total_to_another_month_is_left_for_its_source(workspace):
    opened, root = workspace
    path = root / "statement-october.txt"
    path.write_text("Dyfed-Powys Police and Crime Panel, 10 November 2026\n\nDrug Supply and County Lines\n\n"
                    "1. So far this financial year, to the end of October, officers have made 601 drug seizures.\n",
                    encoding="utf-8")
    report = opened.review(path, period="2026-Q3", area="Dyfed-Powys")
    assert [n.status for n in report.figures if n.text == "601"] == ["unverified"]
    assert not [f for f in report.findings if f.kind == "wrong-figure"]
