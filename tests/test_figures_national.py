"""National comparisons: ranks among the 43 forces and in a region, the
England and Wales figure and rate, and the gap to it, with ties, lowest-first
ranks and nothing national made from a partial set of forces."""

from __future__ import annotations

from decimal import Decimal

import all_forces
import pytest

import drafter.figures as figures
from drafter.errors import MissingFigure, MissingForces, NotRanked
from drafter.fill.wording import one_decimal
from drafter.forces import FORCE_NAMES


def loaded(workspace, tmp_path, **options):
    all_forces.import_all(workspace, tmp_path, **options)
    return figures.FigureSet.load(workspace)


def test_the_highest_rate_of_the_43_forces_says_who_comes_next(empty_workspace, tmp_path):
    found = figures.rank(loaded(empty_workspace, tmp_path), "firearms_offences", "West Midlands", "2022",
                         per=100_000)
    assert (found.kind, found.value, found.standing.out_of) == ("rank", 1, 43)
    assert found.standing.describe() == "the highest of 43 forces"
    assert found.derivation.startswith("firearms_offences per 100,000, 2022: West Midlands 34.9 is the "
                                       "highest of 43 forces (next: ")
    assert len(found.figures) == 86  # every force's count and population


def test_a_middle_rank_names_the_forces_either_side(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path)
    found = figures.rank(figure_set, "knife_offences", "Kent", "2022", per=100_000)
    standing = found.standing
    above, below = standing.neighbours()
    assert standing.ranked[standing.position - 1][0] == "Kent"
    assert above[1] >= standing.value >= below[1]
    assert f"is the {figures.ordinal(standing.position)} highest of 43 forces" in found.derivation


def test_ties_share_a_place_and_the_next_place_is_skipped(empty_workspace, tmp_path):
    # Three forces all shown as 30.0 firearms offences per 100,000, after West Midlands' 34.9: joint 2nd.
    values = {(force, "firearms_offences", "2022"): 300 for force in ("Kent", "Essex", "Surrey")}
    values.update({(force, "population", "2022"): 1_000_000 for force in ("Kent", "Essex", "Surrey")})
    values[("Surrey", "firearms_offences", "2022")] = 300.4  # 30.04 per 100,000: still 30.0 as written
    figure_set = loaded(empty_workspace, tmp_path, values=values)
    kent = figures.rank(figure_set, "firearms_offences", "Kent", "2022", per=100_000).standing
    assert (kent.position, kent.joint, set(kent.joint_with)) == (2, True, {"Essex", "Surrey"})
    assert kent.describe() == "joint 2nd highest of 43 forces"
    following = [name for name, _ in kent.ranked][4]
    assert figures.rank(figure_set, "firearms_offences", following, "2022", per=100_000).value == 5


def test_lowest_first_ranks_count_from_the_other_end(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path)
    highest = figures.rank(figure_set, "homicides", "Dorset", "2022")
    lowest = figures.rank(figure_set, "homicides", "Dorset", "2022", order="lowest")
    joint = len(highest.standing.joint_with)
    assert highest.value + lowest.value + joint == 44
    wm = figures.rank(figure_set, "firearms_offences", "West Midlands", "2022", per=100_000, order="lowest")
    assert wm.standing.describe() == "the 43rd lowest of 43 forces"


def test_counts_rank_on_the_count_and_rates_on_the_rate(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path)
    by_count = figures.rank(figure_set, "homicides", "Cleveland", "2022")
    by_rate = figures.rank(figure_set, "homicides", "Cleveland", "2022", per=1_000_000)
    assert by_count.standing.basis == "homicides" and by_rate.standing.basis == "homicides per million"
    assert by_count.standing.value == Decimal(all_forces.made_up("Cleveland", "homicides", "2022"))


def test_region_ranks_are_among_the_forces_of_the_region(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path)
    found = figures.rank(figure_set, "knife_offences", "West Mercia", "2022", per=100_000, among="region")
    standing = found.standing
    assert standing.group == "West Midlands" and standing.out_of == 4
    assert {name for name, _ in standing.ranked} == {"Staffordshire", "Warwickshire", "West Mercia",
                                                     "West Midlands"}
    assert "of 4 forces in the West Midlands region" in standing.describe()
    wales = figures.rank(figure_set, "homicides", "Gwent", "2022", among="region", order="lowest")
    assert wales.standing.describe().endswith("of 4 forces in Wales")


def test_a_country_rank_is_among_englands_39_forces_or_waless_4(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path)
    england = figures.rank(figure_set, "knife_offences", "Kent", "2022", per=100_000, among="country").standing
    assert england.group == "England" and england.out_of == 39
    assert "Gwent" not in {name for name, _ in england.ranked}
    assert england.describe().endswith("of 39 forces in England")
    wales = figures.rank(figure_set, "homicides", "Gwent", "2022", among="country", order="lowest").standing
    assert wales.out_of == 4 and wales.describe().endswith("of 4 forces in Wales")


def test_a_rank_needs_every_force_and_names_those_missing(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path, leave_out=("Kent", "Dorset"))
    with pytest.raises(MissingForces) as raised:
        figures.rank(figure_set, "homicides", "West Midlands", "2022")
    assert set(raised.value.missing) == {"Kent", "Dorset"}
    assert "and 1 other force in 2022" in str(raised.value)
    # The region of West Midlands is complete, so its region rank stands.
    assert figures.rank(figure_set, "homicides", "West Midlands", "2022", among="region").standing.out_of == 4


def test_only_forces_have_ranks(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path, national=True)
    for area in ("England and Wales", "Severnshire"):
        with pytest.raises(NotRanked, match="not one of the 43 forces"):
            figures.rank(figure_set, "homicides", area, "2022")


def test_a_published_rate_is_ranked_when_counts_are_not_stored(empty_workspace, tmp_path):
    path = tmp_path / "rates.csv"
    lines = ["area,measure,period,value,unit,source"]
    lines += [f"{force},knife_offences_per_100k,2022,{50 + index},\"per 100,000 population\",ONS"
              for index, force in enumerate(FORCE_NAMES)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty_workspace.import_figures(path)
    figure_set = figures.FigureSet.load(empty_workspace)
    found = figures.rank(figure_set, "knife_offences", "South Wales", "2022", per=100_000)
    assert found.value == 1 and found.figures[0].measure == "knife_offences_per_100k"


def test_the_national_figure_is_the_stored_one_else_the_sum_of_all_43(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path)
    total = sum(all_forces.made_up(force, "homicides", "2022") for force in FORCE_NAMES)
    summed = figures.national(figure_set, "homicides", "2022")
    assert (summed.kind, summed.area, summed.value) == ("national", "England and Wales", total)
    assert "the sum of the 43 forces" in summed.derivation
    stored = loaded(empty_workspace, tmp_path, national=True,
                    values={("England and Wales", "homicides", "2022"): 590})
    assert figures.national(stored, "homicides", "2022").value == 590


def test_no_national_figure_from_a_partial_set_of_forces(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path, leave_out=("Cumbria",))
    with pytest.raises(MissingForces, match="Cumbria"):
        figures.national(figure_set, "homicides", "2022")
    with pytest.raises(MissingFigure):
        figures.national(figure_set, "firearms_offences", "2022", per=100_000)


def test_the_national_rate_divides_the_national_count_by_the_national_population(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path)
    count = sum(all_forces.made_up(f, "firearms_offences", "2022") for f in FORCE_NAMES)
    people = sum(all_forces.made_up(f, "population", "2022") for f in FORCE_NAMES)
    rate = figures.national(figure_set, "firearms_offences", "2022", per=100_000)
    assert rate.value == Decimal(count) * 100_000 / Decimal(people)
    assert rate.per == 100_000 and "population" in rate.derivation


def test_the_gap_to_the_national_rate(empty_workspace, tmp_path):
    figure_set = loaded(empty_workspace, tmp_path)
    gap = figures.national_gap(figure_set, "knife_offences", "West Midlands", "2022", per=100_000)
    country = figures.national(figure_set, "knife_offences", "2022", per=100_000)
    assert gap.kind == "gap" and gap.value == Decimal(4944) * 100_000 / 2_920_000 - country.value
    assert gap.value > 0
    relative = figures.national_gap(figure_set, "knife_offences", "West Midlands", "2022", per=100_000,
                                    percent=True)
    assert one_decimal(relative.value) == one_decimal(gap.value * 100 / country.value)
    with pytest.raises(ValueError, match="is a count"):
        figures.national_gap(figure_set, "homicides", "West Midlands", "2022")


def test_percentages_are_national_only_when_stored(empty_workspace, tmp_path):
    path = tmp_path / "satisfaction.csv"
    lines = ["area,measure,period,value,unit,source"]
    lines += [f"{force},victim_satisfaction,2022,{70 + index % 9},percent,Survey" for index, force in
              enumerate(FORCE_NAMES)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty_workspace.import_figures(path)
    figure_set = figures.FigureSet.load(empty_workspace)
    with pytest.raises(MissingFigure, match="England and Wales"):
        figures.national(figure_set, "victim_satisfaction", "2022")
    path.write_text("area,measure,period,value,unit,source\nEngland and Wales,victim_satisfaction,2022,74.5,"
                    "percent,Survey\n", encoding="utf-8")
    empty_workspace.import_figures(path)
    figure_set = figures.FigureSet.load(empty_workspace)
    gap = figures.national_gap(figure_set, "victim_satisfaction", "Kent", "2022")
    kent = figure_set.get("victim_satisfaction", "Kent", "2022").exact
    assert gap.value == kent - Decimal("74.5") and "percentage points" in gap.derivation


@pytest.mark.parametrize("number, text", [(1, "1st"), (2, "2nd"), (3, "3rd"), (4, "4th"), (11, "11th"),
                                          (12, "12th"), (13, "13th"), (21, "21st"), (22, "22nd"),
                                          (43, "43rd"), (111, "111th")])
def test_ordinals(number, text):
    assert figures.ordinal(number) == text


def test_a_year_of_four_stored_quarters_is_ranked_from_one_periods_figures(empty_workspace, tmp_path):
    path = tmp_path / "quarters.csv"
    lines = ["area,measure,period,value,unit,source"]
    lines += [f"{force},homicides,2022-Q{quarter},{index + quarter},count,Home Office"
              for index, force in enumerate(FORCE_NAMES) for quarter in (1, 2, 3, 4)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    empty_workspace.import_figures(path)
    one_period = figures.FigureSet.load(empty_workspace, periods=["2022"])
    found = figures.rank(one_period, "homicides", "South Wales", "2022")
    assert found.value == 1 and found.standing.value == 42 * 4 + 10


def test_a_comparison_ranks_the_count_and_the_rate_and_gives_the_gap(empty_workspace, tmp_path):
    compared = figures.compare(loaded(empty_workspace, tmp_path), "firearms_offences", "West Midlands", "2022")
    assert [value.kind for value in compared.derived()] == ["rank", "rank", "national", "national", "gap", "ratio"]
    assert (compared.count_rank.per, compared.rank.per) == (None, 100_000)
    assert compared.national_count.value == sum(all_forces.made_up(force, "firearms_offences", "2022")
                                                 for force in FORCE_NAMES)
    assert compared.gap.value == compared.value.value - compared.national.value
    assert compared.gap.comparison.side == "above" and compared.unranked is None
    assert compared.ratio.value == compared.value.value / compared.national.value


def test_a_comparison_without_every_force_says_which_forces_are_missing(empty_workspace, tmp_path):
    compared = figures.compare(loaded(empty_workspace, tmp_path, leave_out=("Gwent", "Kent")),
                               "homicides", "West Midlands", "2022")
    assert compared.rank is None and compared.count_rank is None and compared.gap is None
    assert isinstance(compared.unranked, MissingForces)
    assert set(compared.unranked.missing) == {"Gwent", "Kent"}


def test_a_comparison_with_no_other_force_held_names_all_43_not_the_first_missing():
    """"Cleveland and 42 other forces" read as if Cleveland were the one to fetch."""
    missing = MissingForces("knife_offences", sorted(FORCE_NAMES), "2026-Q3")
    assert str(missing) == "missing figure: knife_offences for all 43 forces in 2026-Q3"
    assert str(MissingForces("knife_offences", ["Kent", "Dorset"], "2026-Q3")) == \
        "missing figure: knife_offences for Kent and 1 other force in 2026-Q3"
    # An office that has imported its own figures alone: no one of the others is the one to fetch.
    others = sorted(set(FORCE_NAMES) - {"Staffordshire"})
    assert str(MissingForces("knife_offences", others, "2026-Q3")) == \
        "missing figure: knife_offences for 42 of the 43 forces in 2026-Q3"
