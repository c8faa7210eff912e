"""A ranked sentence that cannot be filled names what each force lacks: the
count for most of them and, where the office's own count is stored but its
population is not, the population for it ("missing knife_offences for 42 of
the 43 forces and population for Lancashire"), where it said "missing
knife_offences for all 43 forces" beside "… for 42 of the 43 forces", as if
the two disagreed about the office's own count."""

from __future__ import annotations

from drafter.errors import MissingForces
from drafter.forces import FORCE_NAMES


def test_each_kind_of_gap_is_named_with_the_forces_it_leaves_out():
    others = [force for force in FORCE_NAMES if force != "Lancashire"]
    lacking = {force: "knife_offences" for force in others} | {"Lancashire": "population"}
    gap = MissingForces("population", ["Lancashire", *others], "2026-Q2", lacking)
    assert (gap.measure, gap.area) == ("knife_offences", "42 of the 43 forces and population for Lancashire")


def test_one_kind_of_gap_reads_as_before():
    gap = MissingForces("knife_offences", list(FORCE_NAMES), "2026-Q2")
    assert (gap.measure, gap.area) == ("knife_offences", "all 43 forces")


def test_the_fill_names_both_gaps(cli, workspace_dir, tmp_path):
    figures = tmp_path / "lancashire.csv"
    figures.write_text("area,measure,period,value\nLancashire,knife_offences,2026-Q2,412\n", encoding="utf-8")
    assert cli("figures", "import", figures, workspace=workspace_dir).exit_code == 0
    result = cli("fill", "serious-violence", "--area", "Lancashire", "--period", "2026-Q2", workspace=workspace_dir)
    lines = [line for line in (result.stdout + result.stderr).splitlines() if "knife_rank" in line]
    assert lines and all("for all 43 forces" not in line for line in lines), lines
    assert any("population for Lancashire" in line for line in lines), lines
