"""An office starting drafter for its own force: a workspace begun without
the fictional samples, or an existing one cleared of them, with its settings
naming the force, and statements removed several at a time."""

from __future__ import annotations

import drafter
import pytest

OWN_FIGURES = "measure,area,period,value\nhomicides,Cumbria,2026-Q2,2\nhomicides,Cumbria,2025-Q2,1\n"


def test_a_new_office_starts_without_the_samples(cli, tmp_path):
    root = tmp_path / "cumbria"
    started = cli("init", "--force", "cumbria constabulary", workspace=root)
    assert started.exit_code == 0, started.stderr
    assert started.stdout.startswith(f"started a workspace for Cumbria at {root}, without the sample statements")
    assert "board = 'Cumbria Police and Crime Panel'" in started.stdout
    with drafter.open_workspace(root) as workspace:
        assert workspace.list_statements() == [] and workspace.list_figures() == []
        assert (workspace.settings.area, workspace.settings.force, workspace.settings.areas) == ("Cumbria", "Cumbria", [])
        assert {path.name for path in workspace.templates_dir.glob("*.j2")} >= {"homicide.j2", "cyber-crime.j2"}
    assert "Severnshire" not in cli("corpus", "list", workspace=root).stdout + cli("figures", "list", workspace=root).stdout


def test_a_new_office_may_name_its_board_and_keep_the_samples_to_try(cli, tmp_path):
    root = tmp_path / "avon"
    started = cli("init", "--force", "Avon and Somerset", "--board", "Avon and Somerset Police and Crime Panel",
                  "--samples", workspace=root)
    assert started.exit_code == 0, started.stderr
    with drafter.open_workspace(root) as workspace:
        assert workspace.settings.force == "Avon and Somerset"
        assert {item.force for item in workspace.list_statements()} == {"Severnshire", "Ashmoor"}


def test_init_run_again_for_the_same_force_keeps_the_office_s_own_board(cli, tmp_path):
    root = tmp_path / "cumbria"
    cli("init", "--force", "Cumbria", "--board", "Cumbria Police, Fire and Crime Panel", workspace=root)
    again = cli("init", "--force", "Cumbria", workspace=root)  # a setup script run each night
    assert again.exit_code == 0, again.stderr
    assert "board = 'Cumbria Police, Fire and Crime Panel'" in again.stdout
    moved = cli("init", "--force", "Lancashire", workspace=root)  # another force: its own panel
    assert "board = 'Lancashire Police and Crime Panel'" in moved.stdout


def test_a_board_or_area_line_deleted_goes_back_to_the_office_s_own_not_the_samples(cli, tmp_path):
    root = tmp_path / "cumbria"
    cli("init", "--force", "Cumbria", workspace=root)
    settings = root / "settings.toml"
    settings.write_text("".join(line for line in settings.read_text(encoding="utf-8").splitlines(keepends=True)
                                if not line.startswith(("board", "area ="))), encoding="utf-8")
    with drafter.open_workspace(root) as workspace:
        assert (workspace.settings.area, workspace.settings.board) == ("Cumbria", "Cumbria Police and Crime Panel")


def test_an_existing_workspace_is_cleared_of_the_samples_and_keeps_the_office_s_own(cli, seeded_workspace, tmp_path):
    own = tmp_path / "cumbria-homicides.csv"
    own.write_text(OWN_FIGURES, encoding="utf-8")
    root = seeded_workspace.path
    seeded_workspace.close()
    assert cli("figures", "import", own, workspace=root).exit_code == 0
    named = cli("init", "--force", "Cumbria", workspace=root)
    assert named.exit_code == 0, named.stderr
    assert ("it still holds the sample statements and figures; to remove them: "
            "drafter init --force Cumbria --remove-samples") in named.stdout
    cleared = cli("init", "--force", "Cumbria", "--remove-samples", workspace=root)
    assert cleared.exit_code == 0, cleared.stderr
    assert "removed the samples: 16 statements and " in cleared.stdout
    with drafter.open_workspace(root) as workspace:
        assert workspace.list_statements() == []
        assert {(f.area, f.period, f.value) for f in workspace.list_figures()} == {
            ("Cumbria", "2026-Q2", 2), ("Cumbria", "2025-Q2", 1)}
        assert workspace.settings.areas == [] and workspace.settings.area == "Cumbria"
    text = (root / "settings.toml").read_text(encoding="utf-8")
    assert 'section_order = ["homicide"' in text, "the office's other settings stay as written"


def test_a_misspelt_force_is_refused_in_one_line(cli, seeded_workspace):
    refused = cli("init", "--force", "Cumbira", workspace=seeded_workspace.path)
    assert refused.exit_code == 1
    assert refused.stderr.startswith("drafter: error: unknown force 'Cumbira' (closest: Cumbria")
    assert len(refused.stderr.strip().splitlines()) == 1
    assert seeded_workspace.settings.area == "Severnshire"


def test_several_statements_are_removed_at_once_or_none(cli, seeded_workspace):
    root = seeded_workspace.path
    ids = sorted(item.id for item in seeded_workspace.list_statements())[:3]
    refused = cli("corpus", "remove", ids[0], 9999, workspace=root)
    assert refused.exit_code != 0 and "no statement with id 9999" in refused.stderr
    assert len(seeded_workspace.list_statements()) == 16, "a mistyped id removes nothing"
    removed = cli("corpus", "remove", *ids, workspace=root)
    assert removed.exit_code == 0, removed.stderr
    assert [line.split(":")[0] for line in removed.stdout.splitlines()] == [f"removed {i}" for i in ids]
    assert len(seeded_workspace.list_statements()) == 13


def test_a_misspelt_force_starts_no_workspace(cli, tmp_path):
    root = tmp_path / "not-yet"
    refused = cli("init", "--force", "Cumbrai", workspace=root)
    assert refused.exit_code == 1
    assert refused.stderr.startswith("drafter: error: unknown force 'Cumbrai' (closest: Cumbria")
    assert not root.exists()
    assert cli("init", "--force", "Cumbria", workspace=root).exit_code == 0


@pytest.mark.parametrize("force, board", [
    ("Metropolitan Police Service", "London Assembly Police and Crime Committee"),
    ("Essex", "Essex Police, Fire and Crime Panel"),
    ("Greater Manchester Police", "Greater Manchester Police, Fire and Crime Panel"),
    ("Dyfed-Powys", "Dyfed-Powys Police and Crime Panel"),
])
def test_a_new_office_gets_the_body_its_statements_usually_go_to(cli, tmp_path, force, board):
    started = cli("init", "--force", force, workspace=tmp_path / "office")
    assert started.exit_code == 0, started.stderr
    assert f"board = '{board}'" in started.stdout


def test_removing_the_samples_keeps_a_statement_the_office_filed_under_a_sample_force(cli, seeded_workspace, tmp_path):
    own = tmp_path / "severnshire-briefing.md"
    sections = "".join(f"## {heading}\n\nOur own note on {topic}.\n\n" for heading, topic in [
        ("Reduce Murder and other Homicide", "the homicide review board"),
        ("Reduce Serious Violence", "the knife arches"), ("Disrupt Drugs Supply and County Lines", "cuckooing"),
        ("Reduce Neighbourhood Crime", "burglary patrols"), ("Tackle Cyber Crime", "fraud clinics")])
    own.write_text(f"# Severnshire briefing on the National Policing Priorities\n\nPublished 3 March 2026\n\n{sections}",
                   encoding="utf-8")
    root = seeded_workspace.path
    seeded_workspace.close()
    added = cli("corpus", "add", own, "--json", workspace=root)
    assert added.exit_code == 0, added.stderr
    cleared = cli("init", "--force", "Cumbria", "--remove-samples", workspace=root)
    assert "removed the samples: 16 statements and " in cleared.stdout
    with drafter.open_workspace(root) as workspace:
        assert [item.file for item in workspace.list_statements()] == ["severnshire-briefing.md"]
