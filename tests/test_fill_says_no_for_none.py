"""A count of none is written "no homicides", as writers put it and review reads
it, where fill wrote "0 homicides"; review agrees with every sentence so filled."""

from __future__ import annotations

import pytest

from drafter.fill import wording

MEASURES = {"homicides": 3, "knife_offences": 41, "county_lines_closed": 2, "drug_seizures": 15,
            "fraud_reports": 310, "cyber_crime_reports": 20}


@pytest.fixture(scope="module")
def quarter_of_none(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("none")
    rows = ["area,measure,period,value,unit"]
    for measure, before in MEASURES.items():
        rows += [f"Cumbria,{measure},2024-Q2,{before},", f"Cumbria,{measure},2025-Q2,0,"]
    rows += [f"Cumbria,population,{period},500000," for period in ("2024-Q2", "2025-Q2")]
    source = root / "figures.csv"
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.import_figures(source)
        yield workspace


def test_the_filter_writes_no_for_none_and_digits_otherwise():
    assert wording.counted(0, "homicide") == "no homicides"
    assert wording.counted(0, "report of fraud", "reports of fraud") == "no reports of fraud"
    assert wording.counted(1, "homicide") == "1 homicide"
    assert wording.counted(2217, "offence") == "2,217 offences"


@pytest.mark.parametrize("template, expected", [
    ("homicide/count_and_rate", "Cumbria recorded no homicides in the second quarter of 2025"),
    ("drugs-county-lines/county_lines_closed", "Police closed no county lines in Cumbria"),
    ("cyber-crime/fraud_reports", "Residents of Cumbria made no reports of fraud"),
])
def test_fill_writes_no_for_a_count_of_none(quarter_of_none, template, expected):
    text = quarter_of_none.render_template(template, "2025-Q2", "Cumbria").text
    assert text.startswith(expected), text
    assert " 0 " not in text


def test_review_disputes_none_of_the_sentences_so_filled(quarter_of_none):
    check = quarter_of_none.check_templates(area="Cumbria", period="2025-Q2")
    assert check.sentences > 5 and check.disputes == [] and check.broken == []
