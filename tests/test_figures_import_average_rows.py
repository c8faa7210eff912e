"""A national table's rows of averages ("Most similar group 3 average", "England
and Wales average") are left out and listed, as a region's row is, where the
whole file was refused as naming an unknown area."""

from __future__ import annotations

TABLE = ("Table 2: Homicides by police force area and most similar group, Jul to Sep 2025\n"
         "Area,Most similar group,Homicides,Knife or sharp instrument offences\n"
         "Warwickshire [note 1],Group 3,0,137\n"
         "West Mercia,Group 3,2,283\n"
         "Wiltshire,Group 3,1,158\n"
         "Most similar group 3 average,,1.0,192.7\n"
         "England and Wales average,,2.9,369.8\n")


def test_rows_of_averages_are_left_out_and_listed(empty_workspace, tmp_path):
    source = tmp_path / "national.csv"
    source.write_text(TABLE, encoding="utf-8")
    report = empty_workspace.import_figures(source)
    assert report.areas == ["Warwickshire", "West Mercia", "Wiltshire"]
    assert {"Most similar group 3 average", "England and Wales average"} <= set(report.left_out)
    assert report.rows == 6
