"""A county written short names its force as "Herts" and "Staffs" already
did ("--area Lancs" is Lancashire); one that could be several forces is
refused with them ("Yorks": the three Yorkshire forces), and a priority given
by one of its words with the one meant ("--priority victims":
victim-satisfaction), where each was refused with no suggestion."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("short, force", [("Lancs", "Lancashire"), ("Hants", "Hampshire"), ("Lincs", "Lincolnshire"),
                                          ("Glos", "Gloucestershire"), ("Wilts", "Wiltshire")])
def test_a_county_written_short_is_its_force(short, force):
    from drafter.forces import force_named

    assert force_named(short) == force


@pytest.mark.parametrize("area, closest", [
    ("Yorks", "(closest: North Yorkshire, South Yorkshire, West Yorkshire)"),
    ("Worcs", "(closest: West Mercia)"),
])
def test_a_short_name_of_several_forces_or_of_part_of_one_suggests_them(cli, workspace_dir, area, closest):
    result = cli("figures", "list", "--area", area, workspace=workspace_dir)
    assert result.exit_code != 0
    [line] = result.stderr.strip().splitlines()
    assert f"unknown area '{area}' {closest}" in line


@pytest.mark.parametrize("priority, meant", [("victims", "victim-satisfaction"), ("cyber", "cyber-crime"),
                                             ("drugs", "drugs-county-lines")])
def test_a_priority_by_one_of_its_words_suggests_it(cli, workspace_dir, priority, meant):
    result = cli("search", "knife arches", "--priority", priority, workspace=workspace_dir)
    assert result.exit_code != 0
    assert f"unknown priority '{priority}' (did you mean '{meant}'?)" in result.stderr


def test_a_word_two_priorities_share_suggests_neither(cli, workspace_dir):
    result = cli("search", "knife arches", "--priority", "crime", workspace=workspace_dir)
    assert result.exit_code != 0
    assert "did you mean" not in result.stderr
