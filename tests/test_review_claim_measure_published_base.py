"""A rank claim in a paragraph naming no measure is about the measure its
section named last, though that measure is usually a rate per 100,000, when
the figures hold its rate published per the base the paragraph quotes: "Gwent
had the second lowest rate in Wales …, at 5.9 per 1,000" after a paragraph on
vehicle crime per 1,000 is held to vehicle crime, where it was held to
neighbourhood crime (the section's priority, usually per 1,000) and called
wrong.

The four Welsh forces' figures are invented for the project.
"""

from __future__ import annotations

import drafter

FIGURES = """\
area,measure,period,value,unit
Dyfed-Powys,vehicle_crime_per_1000,2025/26,3.1,per 1000
Gwent,vehicle_crime_per_1000,2025/26,5.9,per 1000
South Wales,vehicle_crime_per_1000,2025/26,6.0,per 1000
North Wales,vehicle_crime_per_1000,2025/26,6.4,per 1000
Dyfed-Powys,neighbourhood_crime_per_1000,2025/26,12.1,per 1000
Gwent,neighbourhood_crime_per_1000,2025/26,21.3,per 1000
South Wales,neighbourhood_crime_per_1000,2025/26,19.6,per 1000
North Wales,neighbourhood_crime_per_1000,2025/26,20.6,per 1000
Gwent,vehicle_crime,2025/26,3540,count
"""

STATEMENT = """\
Gwent Police and Crime Panel

June 2026

Title: National Policing Priorities statement

Introduction

This statement reports on the National Policing Priorities for the year ending March 2026.

Reduce neighbourhood crime

In the year ending March 2026 Gwent recorded 3,540 vehicle offences, a rate of 5.9 per 1,000 population.

Gwent had the second lowest rate in Wales in the year ending March 2026, at 5.9 per 1,000.
"""


def test_the_claim_is_held_to_the_measure_its_section_named_last(tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    path = tmp_path / "gwent-2026-06.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.import_figures(tmp_path / "figures.csv")
        report = workspace.review(path, area="Gwent")
    [claim] = [claim for claim in report.ranks if claim.text == "second lowest"]
    assert (claim.measure, claim.status) == ("vehicle_crime", "verified")
    assert [f.message for f in report.findings if f.kind == "wrong-rank"] == []
