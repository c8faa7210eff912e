"""How long `drafter figures import` takes on a quarter-million-row open-data file.

A Home Office police recorded crime open-data table is generated (43 forces,
British Transport Police and Action Fraud, 147 offences, ten financial years
of quarters: 252,920 rows, the size of the real table's recent decade) as CSV
and as .xlsx (one sheet) and, with --ods, as .ods (one sheet; slow to
generate the first time), cached under benchmarks/.cache/. Each is imported
into a fresh workspace; the median of --runs imports is reported beside its
peers in the same process: reading the same file without importing it
(Python's csv module; python-calamine, the workbook reader drafter uses) and,
with --openpyxl, openpyxl's read-only mode (the reader drafter does not use,
timed once because it is slow). A wide ONS-style table (44 areas, 5 columns)
is timed too. Target: an open-data import in 10 s or less.

    python benchmarks/figures_import.py [--runs 3] [--ods] [--openpyxl] [--json FILE]
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
sys.path.insert(0, str(HERE.parent / "tests"))

import drafter  # noqa: E402
from spreadsheets import (  # noqa: E402
    OPEN_DATA_HEADER,
    financial_quarters,
    ons_table,
    open_data_rows,
    write_csv,
    write_ods,
    write_xlsx,
)

TARGET_SECONDS = 10.0
OTHER_OFFENCES = 130  # with the 17 the measures use, 147 offences as the real table has about 150


def generated(kind: str) -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"open-data-250k.{kind}"
    if not path.exists():
        rows = open_data_rows(quarters=financial_quarters(2014, 10), other_offences=OTHER_OFFENCES)
        if kind == "csv":
            write_csv(path, rows, OPEN_DATA_HEADER)
        elif kind == "ods":
            write_ods(path, {"Data": [OPEN_DATA_HEADER, *rows]})
        else:
            write_xlsx(path, {"Data": [OPEN_DATA_HEADER, *rows]})
    return path


def wide_table() -> Path:
    from drafter.forces import FORCE_NAMES

    path = CACHE / "wide-p1.xlsx"
    rows = [["K04000001", "England and Wales", 59_641_800, 590, 5_800, 50_489, 84.7]]
    rows += [[f"E2300{n:04d}", name, 1_000_000 + n, n, 100 + n, 1_000 + n, 80 + n / 10]
             for n, name in enumerate(FORCE_NAMES)]
    write_xlsx(path, {"Table P1": ons_table(rows, "Table P1: year ending March 2023", [
        "Mid-year population estimate 2022", "Homicides", "Firearms offences",
        "Knife or sharp instrument offences", "Knife or sharp instrument offences per 100,000 population"])})
    return path


def timed_import(path: Path) -> tuple[float, object]:
    with tempfile.TemporaryDirectory() as scratch:
        with drafter.open_workspace(Path(scratch) / "ws", seed=False) as workspace:
            start = time.perf_counter()
            report = workspace.import_figures(path)
            return time.perf_counter() - start, report


def read_csv(path: Path) -> int:
    with path.open(newline="", encoding="utf-8") as stream:
        return sum(1 for _ in csv.reader(stream))


def read_calamine(path: Path) -> int:
    import python_calamine

    workbook = python_calamine.CalamineWorkbook.from_path(str(path))
    return len(workbook.get_sheet_by_index(0).to_python(skip_empty_area=False))


def read_openpyxl(path: Path) -> int:
    import openpyxl

    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    return sum(1 for _ in workbook.worksheets[0].iter_rows(values_only=True))


def median_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ods", action="store_true", help="also an .ods file (minutes to generate once)")
    parser.add_argument("--openpyxl", action="store_true", help="also time openpyxl's read-only mode (slow)")
    parser.add_argument("--json", type=Path, help="write the results here")
    options = parser.parse_args()
    results: dict[str, dict] = {}
    print(f"load average {os.getloadavg()[0]:.1f}, {options.runs} runs each, median seconds")
    kinds = [("csv", "csv module, read only", read_csv),
             ("xlsx", "python-calamine, read only", read_calamine)]
    if options.ods:
        kinds.append(("ods", "python-calamine, read only", read_calamine))
    for kind, peer_name, peer in kinds:
        path = generated(kind)
        imports = []
        for _ in range(options.runs):
            seconds, report = timed_import(path)
            imports.append(seconds)
        imported = statistics.median(imports)
        peer_seconds = median_of(options.runs, lambda: peer(path))
        results[kind] = {"file_mb": round(path.stat().st_size / 2**20, 1), "rows": report.rows_read,
                         "figures": report.rows, "import_s": round(imported, 2),
                         "peer": peer_name, "peer_s": round(peer_seconds, 2),
                         "within_target": imported <= TARGET_SECONDS}
        print(f"{kind:5} {results[kind]['file_mb']:6.1f} MB  {report.rows_read:,} rows -> "
              f"{report.rows:,} figures: import {imported:5.2f} s  ({peer_name} {peer_seconds:5.2f} s, "
              f"import/read {imported / peer_seconds:4.1f}x)  target <= {TARGET_SECONDS:.0f} s: "
              f"{'met' if imported <= TARGET_SECONDS else 'MISSED'}")
    if options.openpyxl:
        start = time.perf_counter()
        read_openpyxl(generated("xlsx"))
        seconds = time.perf_counter() - start
        results["xlsx"]["openpyxl_read_only_s"] = round(seconds, 2)
        print(f"xlsx  openpyxl read-only, read only (one run): {seconds:5.2f} s")
    wide = wide_table()
    seconds = statistics.median(timed_import(wide)[0] for _ in range(options.runs))
    results["wide_xlsx"] = {"areas": 44, "import_s": round(seconds, 3)}
    print(f"wide  ONS-style table, 44 areas x 5 columns: import {seconds:.3f} s")
    if options.json:
        options.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
