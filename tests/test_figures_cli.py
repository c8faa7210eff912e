"""``drafter figures import/list/templates`` and ``drafter fill`` as a user runs them."""

from __future__ import annotations

from pathlib import Path

import pytest

import drafter

WEST_MIDLANDS = Path(__file__).resolve().parents[1] / "corpus" / "figures" / "west-midlands.csv"


@pytest.fixture
def loaded(workspace_dir, cli) -> Path:
    assert cli("figures", "import", WEST_MIDLANDS, workspace=workspace_dir).exit_code == 0
    return workspace_dir


def test_import_says_what_it_added_then_what_it_replaced(workspace_dir, cli, tmp_path):
    first = cli("figures", "import", WEST_MIDLANDS, workspace=workspace_dir)
    assert first.exit_code == 0
    assert first.stdout.startswith(f"imported {WEST_MIDLANDS}: ")
    assert "for West Midlands, 2021 to 2023-Q3 (" in first.stdout
    revised = tmp_path / "revised.csv"
    revised.write_text("area,measure,period,value\nWest Midlands,homicides,2022,46\n")
    second = cli("figures", "import", revised, "--json", workspace=workspace_dir)
    data = second.json()
    assert (data["added"], data["replaced"], data["rows"]) == (0, 1, 1)
    assert data["replacements"] == [{"measure": "homicides", "area": "West Midlands", "period": "2022",
                                     "old": 45, "new": 46}]


def test_import_reports_every_bad_row_on_its_own_line(workspace_dir, cli, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text("area,measure,period,value\nWMP,homicides,2022,n/a\nWMP,homicides,2022-Q5,3\n"
                   "WMP,homicides,2021,\n")
    result = cli("figures", "import", bad, workspace=workspace_dir)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"drafter: error: {bad}:2: value 'n/a' marks no figure, but each row here gives one: leave the row out",
        f"drafter: error: {bad}:3: bad period '2022-Q5': there is no quarter 5 (quarters are Q1 to Q4)",
        f"drafter: error: {bad}:4: value is empty",
        f"drafter: error: {bad}: nothing imported (3 problems)",
    ]
    assert cli("figures", "list", workspace=workspace_dir).stdout.startswith("No figures stored")


def test_import_of_a_file_that_is_not_csv(workspace_dir, cli, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    result = cli("figures", "import", empty, workspace=workspace_dir)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"drafter: error: {empty}: the file is empty (nothing imported)"]
    assert "Traceback" not in result.stderr


def test_list_filters_and_formats(loaded, cli):
    result = cli("figures", "list", "--measure", "neighbourhood_crime", workspace=loaded)
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["AREA", "MEASURE", "PERIOD", "VALUE", "SOURCE"]
    assert "55,219" in lines[1] and "2021" in lines[1]
    assert "65,450" in lines[2] and "2022" in lines[2]
    as_json = cli("figures", "list", "--area", "west midlands", "--period", "2023/24", "--json",
                  workspace=loaded).json()
    assert {f["measure"] for f in as_json} == {"asb_hotspot_funding", "helping_communities_fund"}
    assert cli("figures", "list", "--area", "Kent", workspace=loaded).stdout.strip() == "No figures match."


@pytest.mark.parametrize("command", [("figures", "remove", "--period", "2022", "--area", ""),
                                     ("figures", "remove", "--area", "West Midlands", "--measure", " "),
                                     ("figures", "list", "--area", ""),
                                     ("figures", "derived", "--period", "2022", "--measure", ""),
                                     ("fill", "homicide", "--period", "2022", "--area", "")])
def test_an_empty_option_is_refused_never_read_as_every_area_or_measure(loaded, cli, command):
    stored = cli("figures", "list", "--json", workspace=loaded).json()
    result = cli(*command, workspace=loaded)
    assert result.exit_code == 2 and result.stdout == ""
    assert "it is empty: give one, or leave the option out" in result.stderr
    assert cli("figures", "list", "--json", workspace=loaded).json() == stored


def test_the_workspace_refuses_an_empty_name_of_figures_to_remove(loaded):
    from drafter.errors import DrafterError

    with drafter.open_workspace(loaded) as workspace:
        with pytest.raises(DrafterError, match="unknown area ''"):
            workspace.remove_figures(area="", period="2022")
        assert workspace.list_figures(period="2022")


def test_list_with_a_bad_period_is_a_one_line_error(loaded, cli):
    result = cli("figures", "list", "--period", "2022/24", workspace=loaded)
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("drafter: error: bad period '2022/24'")
    assert len(result.stderr.strip().splitlines()) == 1


def test_fill_prints_sentences_with_their_sources(loaded, cli):
    result = cli("fill", "homicide", "--period", "2022", "--area", "West Midlands", workspace=loaded)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0] == "homicide/count_and_rate"
    assert lines[1] == ("  The West Midlands recorded 45 homicides in 2022 (15.4 per million population), "
                        "the same as the previous year.")
    assert lines[2] == ("    from homicides, West Midlands, 2022 = 45 "
                        "(HMICFRS Digital Crime and Performance Pack)")


def test_fill_lists_what_is_missing(loaded, cli):
    result = cli("fill", "serious-violence", "--period", "2022", "--area", "West Midlands", workspace=loaded)
    assert ("not fillable: serious-violence/knife_change: missing knife_offences for West Midlands 2021"
            in result.stdout.splitlines())


def test_fill_json(loaded, cli):
    data = cli("fill", "neighbourhood-crime", "--period", "2022", "--area", "West Midlands", "--json",
               workspace=loaded).json()
    assert set(data) == {"sentences", "missing", "not_applicable"}
    total = next(s for s in data["sentences"] if s["template"] == "neighbourhood-crime/total_change")
    assert "65,450" in total["text"] and "18.5%" in total["text"] and "55,219" in total["text"]
    assert [f["value"] for f in total["figures"]] == [65450, 55219]


def test_fill_one_template(loaded, cli):
    data = cli("fill", "homicide/rate_compared", "--period", "2022", "--area", "West Midlands", "--json",
               workspace=loaded).json()
    assert [s["template"] for s in data["sentences"]] == ["homicide/rate_compared"]


def test_fill_errors_are_one_line(loaded, cli):
    unknown = cli("fill", "burglary", "--period", "2022", workspace=loaded)
    assert unknown.exit_code == 1
    assert unknown.stderr.strip() == ("drafter: error: unknown priority 'burglary': expected one of homicide, "
                                      "serious-violence, drugs-county-lines, neighbourhood-crime, "
                                      "victim-satisfaction, cyber-crime")
    bad_period = cli("fill", "homicide", "--period", "22/23", workspace=loaded)
    assert bad_period.exit_code == 1
    assert bad_period.stderr.strip().startswith("drafter: error: bad period '22/23'")
    assert "Traceback" not in unknown.stderr + bad_period.stderr


def test_fill_for_an_area_without_figures_says_which_areas_have_some(loaded, cli):
    result = cli("fill", "homicide", "--period", "2022", "--area", "Kent", workspace=loaded)
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.splitlines() == [
        "drafter: error: no figures are stored for area 'Kent': areas with figures are West Midlands"]


def test_templates_lists_ids_and_descriptions(loaded, cli):
    lines = cli("figures", "templates", "homicide", workspace=loaded).stdout.splitlines()
    assert lines[0].startswith("homicide/count_and_rate  ")
    assert all(line.startswith("homicide/") for line in lines)
    every = cli("figures", "templates", "--json", workspace=loaded).json()
    assert {t["priority"] for t in every} == {"homicide", "serious-violence", "drugs-county-lines",
                                              "neighbourhood-crime", "victim-satisfaction", "cyber-crime"}


def test_derived_values_show_how_each_was_worked_out(loaded, cli):
    result = cli("figures", "derived", "--area", "west midlands", "--period", "2022",
                 "--measure", "homicides", workspace=loaded)
    assert result.exit_code == 0
    assert "45 / 2,920,000 (2022) × 1,000,000 = 15.41" in result.stdout
    assert "homicides, 2021 → 2022: 45 → 45" in result.stdout
    rows = cli("figures", "derived", "--area", "West Midlands", "--period", "2022", "--json",
               workspace=loaded).json()
    firearms = next(r for r in rows if r["measure"] == "firearms_offences" and r["per"] == 100_000)
    assert round(firearms["value"], 1) == 34.9
    assert [f["measure"] for f in firearms["figures"]] == ["firearms_offences", "population"]


def test_derived_values_for_a_period_without_figures_is_a_one_line_error(loaded, cli):
    result = cli("figures", "derived", "--area", "West Midlands", "--period", "2031", workspace=loaded)
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "no figures for West Midlands in 2031" in result.stderr


def test_import_of_the_home_office_open_data_says_what_was_added_up(workspace_dir, cli, tmp_path):
    from spreadsheets import OPEN_DATA_HEADER, open_data_rows, write_csv

    path = write_csv(tmp_path / "prc-pfa.csv", open_data_rows(), OPEN_DATA_HEADER)
    result = cli("figures", "import", path, workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"imported {path} (Home Office open data, 5,864 rows read): 4,004 figures "
                               "for Avon and Somerset, Bedfordshire, Cambridgeshire, Cheshire, City of "
                               "London and 39 other areas, 2022-Q2 to 2024-Q1 (4,004 added")
    assert "  1,596 figures added up from quarters or forces" in lines
    assert "  left out, having no police force area in England and Wales: Action Fraud, British Transport Police" in lines
    listed = cli("figures", "list", "--area", "England and Wales", "--measure", "homicides",
                 "--period", "YE2023-06", workspace=workspace_dir).stdout.splitlines()
    assert listed[1].split()[:5] == ["England", "and", "Wales", "homicides", "YE2023-06"]


def test_import_says_which_option_settles_a_problem(workspace_dir, cli, tmp_path):
    from spreadsheets import write_xlsx

    path = write_xlsx(tmp_path / "pack.xlsx", {"Data": [["Force", "Number"], ["Kent", 31]]})
    result = cli("figures", "import", path, "--measure", "homicides", workspace=workspace_dir)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"drafter: error: {path}: Data!B1: column 'Number' names no period, and neither does the "
        "sheet's title (give it with --period) (nothing imported)"]
    done = cli("figures", "import", path, "--sheet", "Data", "--measure", "homicides", "--period",
               "2022/23", "--json", workspace=workspace_dir)
    assert done.json()["areas"] == ["Kent"] and done.json()["layouts"] == ["wide table"]


# West Midlands' 45 homicides in 2,920,000 people are 15.4 per million; seven forces
# are made higher and Kent is made level with it: joint 8th highest.
HIGHER_HOMICIDE_RATES = ("Avon and Somerset", "Bedfordshire", "Cambridgeshire", "Cheshire", "Cleveland",
                         "Cumbria", "Derbyshire")
TIED = {(force, measure, "2022"): value for force in HIGHER_HOMICIDE_RATES
        for measure, value in (("population", 1_000_000), ("homicides", 30))}
TIED.update({("Kent", "population", "2022"): 5_000_000, ("Kent", "homicides", "2022"): 77})


@pytest.fixture
def every_force(workspace_dir, tmp_path) -> Path:
    import all_forces

    with drafter.open_workspace(workspace_dir, seed=False) as workspace:
        all_forces.import_all(workspace, tmp_path, periods=("2021", "2022"), values=TIED)
    return workspace_dir


def test_derived_values_give_the_rank_with_ties_the_national_rate_and_the_gap(every_force, cli):
    result = cli("figures", "derived", "--area", "West Midlands", "--period", "2022", "--measure",
                 "homicides", workspace=every_force)
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    kinds = [line.split()[0] for line in lines]
    assert kinds == ["figure", "rate", "rate", "rate", "change", "rank", "rank", "national", "national", "gap",
                     "ratio"]
    assert ("rank     homicides per million, 2022: West Midlands 15.4 is joint 8th highest of 43 forces with "
            "Kent (above it: ") in result.stdout
    national = next(line for line in lines if line.startswith("national homicides per million"))
    assert "(the sum of the 43 forces' populations) × 1,000,000 = " in national
    assert "West Midlands 15.41 - England and Wales " in lines[-2] and "(above the national rate)" in lines[-2]
    assert lines[-1].startswith("ratio    homicides per million population, 2022: West Midlands 15.41 / England and "
                                "Wales ") and lines[-1].endswith(" times (Made-up figures for all forces (tests))")
    assert "need every force's figures" not in result.stdout


def test_derived_json_describes_the_rank_and_the_side_of_the_national_rate(every_force, cli):
    rows = cli("figures", "derived", "--area", "West Midlands", "--period", "2022", "--measure", "homicides",
               "--json", workspace=every_force).json()
    by_rate = {(row["kind"], row["per"]): row for row in rows}
    ranked = by_rate[("rank", 1_000_000)]
    assert ranked["value"] == 8
    assert ranked["rank"] == {"position": 8, "out_of": 43, "joint": True, "joint_with": ["Kent"],
                              "order": "highest", "described": "joint 8th highest of 43 forces"}
    assert len(ranked["figures"]) == 86  # every force's count and population
    national, gap = by_rate[("national", 1_000_000)], by_rate[("gap", 1_000_000)]
    rate = by_rate[("rate", 1_000_000)]
    assert national["area"] == "England and Wales"
    assert gap["value"] == pytest.approx(rate["value"] - national["value"]) and gap["side"] == "above"


def test_without_every_forces_figures_derived_values_say_once_that_ranks_need_them(loaded, cli):
    result = cli("figures", "derived", "--area", "West Midlands", "--period", "2022", workspace=loaded)
    assert result.exit_code == 0
    kinds = {line.split()[0] for line in result.stdout.splitlines()[:-1]}
    assert kinds <= {"figure", "rate", "change", "points"}
    assert result.stdout.count("need every force's figures") == 1
    assert result.stdout.splitlines()[-1].startswith(
        "ranks among the 43 forces need every force's figures for 2022: no ")
    as_json = cli("figures", "derived", "--area", "West Midlands", "--period", "2022", "--json",
                  workspace=loaded)
    assert {row["kind"] for row in as_json.json()} <= {"figure", "rate", "change", "points"}
    assert as_json.stderr.count("need every force's figures") == 1


def test_fill_says_which_templates_do_not_apply_rather_than_printing_nothing(cli, seeded_workspace):
    # Severnshire is a sample area, not one of the 43 forces: a rank says nothing of it.
    one = cli("fill", "homicide/rate_rank", "--period", "2026-Q2", "--area", "Severnshire",
              workspace=seeded_workspace.path)
    assert one.exit_code == 0
    assert one.stdout.strip() == "not applicable to Severnshire, 2026-Q2: homicide/rate_rank"
    every = cli("fill", "homicide", "--period", "2026-Q2", "--area", "Severnshire", workspace=seeded_workspace.path)
    assert "not applicable to Severnshire, 2026-Q2: " in every.stdout and "homicide/rate_rank" in every.stdout
    as_json = cli("fill", "homicide/rate_rank", "--period", "2026-Q2", "--area", "Severnshire", "--json",
                  workspace=seeded_workspace.path).json()
    assert as_json == {"sentences": [], "missing": [], "not_applicable": ["homicide/rate_rank"]}


def test_the_note_on_ranks_names_the_figure_each_force_lacks(workspace_dir, cli, tmp_path):
    """A force with its own count but no population was said to have no
    figures ("none for Cleveland and 42 other forces" with Lancashire's count stored)."""
    path = tmp_path / "figures.csv"
    path.write_text("area,measure,period,value\nLancashire,homicides,2025-Q3,6\nCumbria,homicides,2025-Q3,1\n"
                    "Cumbria,population,2025-Q3,500000\n", encoding="utf-8")
    assert cli("figures", "import", path, workspace=workspace_dir).exit_code == 0
    result = cli("figures", "derived", "--area", "Lancashire", "--period", "2025-Q3", workspace=workspace_dir)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines()[-1] == (
        "ranks among the 43 forces need every force's figures for 2025-Q3: no homicides for 41 of the 43 forces; "
        "no population for Lancashire")
