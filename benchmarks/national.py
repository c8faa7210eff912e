"""National comparisons with every force's figures loaded: how long loading
them takes, and ranks, national rates and reviews of rank claims on top.

A Home Office open-data table for all 43 forces is generated (ten financial
years of quarters, 17 offences the measures use: about 30,000 figures once
quarters are added up into years), with a population for every force and
year (long layout), and imported into a fresh workspace. Timed, as medians
of --runs runs in the same process:

* ``FigureSet.load(workspace)``: every figure of every area (the figures the
  desk's Figures pane or a review would hold if they loaded everything);
  beside it, its peers: one area's figures (what fill and review load for the
  area itself) and every area's figures for one period (what ranks and
  national figures for that period load);
* ``rank`` of one force on one measure (count and rate), ``national`` rate,
  and every force's rank on one measure (43 ranks);
* ``Workspace.review`` of a short draft whose paragraphs make rank and
  national claims, against the same draft with the claims reworded as plain
  statements of the figures (the cost of reading and checking the claims).

    python benchmarks/national.py [--runs 5] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
sys.path.insert(0, str(HERE.parent / "tests"))

import drafter  # noqa: E402
from drafter import drafts  # noqa: E402
from drafter.figures import FigureSet, national, rank  # noqa: E402
from drafter.forces import FORCE_NAMES  # noqa: E402
from spreadsheets import OPEN_DATA_HEADER, financial_quarters, open_data_rows, write_csv  # noqa: E402

CLAIMS = [
    "In 2022, West Midlands recorded the highest rate of residential burglary of the 43 forces in England "
    "and Wales, and the 8th highest rate of vehicle crime.",
    "Neighbourhood crime in the West Midlands was above the national average in 2022.",
    "West Midlands had the lowest number of homicides in the region in 2022.",
]
PLAIN = [
    "In 2022, West Midlands recorded residential burglary and vehicle crime as in the tables.",
    "Neighbourhood crime in the West Midlands was recorded in 2022.",
    "West Midlands recorded homicides in 2022.",
]


def open_data() -> Path:
    CACHE.mkdir(exist_ok=True)
    path = CACHE / "open-data-43-forces-10-years.csv"
    if not path.exists():
        write_csv(path, open_data_rows(quarters=financial_quarters(2014, 10)), OPEN_DATA_HEADER)
    return path


def populations(folder: Path) -> Path:
    path = folder / "populations.csv"
    lines = ["area,measure,period,value,unit,source"]
    lines += [f"{force},population,{year},{900_000 + 50_000 * index + 1_000 * (year - 2014)},persons,ONS"
              for index, force in enumerate(FORCE_NAMES) for year in range(2014, 2025)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def median_of(runs: int, work) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def review_time(workspace, paragraphs: list[str], runs: int) -> float:
    draft = workspace.new_draft(area="West Midlands", period="2022", date="2023-09")
    for text in paragraphs:
        drafts.append_paragraph(draft, "neighbourhood-crime", text)
    workspace.save_draft(draft)
    workspace.review(draft.id)  # warm: spaCy loaded, measure words learned
    return median_of(runs, lambda: workspace.review(draft.id))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", type=Path)
    options = parser.parse_args()
    results: dict = {}
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        with drafter.open_workspace(folder / "ws", seed=False) as workspace:
            start = time.perf_counter()
            workspace.import_figures(open_data())
            workspace.import_figures(populations(folder))
            results["import_s"] = round(time.perf_counter() - start, 2)
            every = FigureSet.load(workspace)
            results["figures"] = len(every)
            results["load_all_s"] = median_of(options.runs, lambda: FigureSet.load(workspace))
            results["load_one_area_s"] = median_of(options.runs, lambda: FigureSet.load(workspace, ["Kent"]))
            results["load_one_period_s"] = median_of(options.runs,
                                                     lambda: FigureSet.load(workspace, periods=["2022"]))
            one_period = FigureSet.load(workspace, periods=["2022"])
            results["figures_one_period"] = len(one_period)
            results["rank_count_s"] = median_of(options.runs * 20, lambda: rank(
                one_period, "residential_burglary", "West Midlands", "2022"))
            results["rank_rate_s"] = median_of(options.runs * 20, lambda: rank(
                one_period, "residential_burglary", "West Midlands", "2022", per=1000))
            results["national_rate_s"] = median_of(options.runs * 20, lambda: national(
                one_period, "residential_burglary", "2022", per=1000))
            results["rank_all_43_s"] = median_of(options.runs, lambda: [rank(
                one_period, "vehicle_crime", force, "2022", per=1000) for force in FORCE_NAMES])
            results["review_with_claims_s"] = review_time(workspace, CLAIMS, options.runs)
            results["review_plain_s"] = review_time(workspace, PLAIN, options.runs)
    for key, value in results.items():
        shown = f"{value * 1000:.2f} ms" if key.endswith("_s") and value < 1 else value
        print(f"{key:24} {shown}")
    if options.json:
        options.json.write_text(json.dumps(results, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
