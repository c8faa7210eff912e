"""Two writers importing figures into one workspace at the same moment: a
total the import works out with stored parts (neighbourhood crime) is the sum
of the parts as they stand once both are stored, never one made with a part
the other import has just revised."""

from __future__ import annotations

import drafter
from drafter.figures.importing import run

HEADER = "area,measure,period,value\n"
PARTS = HEADER + ("Cumbria,residential_burglary,2026-Q3,150\nCumbria,vehicle_crime,2026-Q3,200\n"
                  "Cumbria,robbery_personal,2026-Q3,20\nCumbria,theft_from_person,2026-Q3,30\n")


def test_a_total_made_with_stored_parts_counts_a_part_stored_meanwhile(tmp_path, monkeypatch):
    files = {}
    for name, text in (("parts.csv", PARTS), ("burglary.csv", HEADER + "Cumbria,residential_burglary,2026-Q3,170\n"),
                       ("vehicle.csv", HEADER + "Cumbria,vehicle_crime,2026-Q3,260\n")):
        files[name] = tmp_path / name
        files[name].write_text(text, encoding="utf-8")
    root = tmp_path / "OPCC Team" / "drafter – statements"
    with drafter.open_workspace(root, seed=False) as writer:
        writer.import_figures(files["parts.csv"])

        reading = run.read_figures_file
        colleague_done = []

        def read_while_a_colleague_imports(*args, **options):
            gathered = reading(*args, **options)
            if not colleague_done:
                colleague_done.append(True)
                with drafter.open_workspace(root, seed=False) as colleague:
                    colleague.import_figures(files["vehicle.csv"])
            return gathered

        monkeypatch.setattr(run, "read_figures_file", read_while_a_colleague_imports)
        report = writer.import_figures(files["burglary.csv"])
        stored = {figure.measure: figure.value for figure in writer.list_figures(area="Cumbria", period="2026-Q3")}

    assert colleague_done
    assert stored["vehicle_crime"] == 260 and stored["residential_burglary"] == 170
    assert stored["neighbourhood_crime"] == 170 + 260 + 20 + 30
    assert {(r["measure"], r["old"], r["new"]) for r in report.replacements} >= {
        ("neighbourhood_crime", 460, 480)}
