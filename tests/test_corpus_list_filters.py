"""``drafter corpus list --force NAME --since YYYY-MM --until YYYY-MM``: a
researcher with many forces' statements lists one force's, or some months',
as each force's name is written anywhere in drafter."""

from __future__ import annotations


def test_one_forces_statements_in_some_months(cli, seeded_workspace):
    result = cli("corpus", "list", "--force", "ashmoor", "--since", "2026-01", "--until", "2026-06", "--json",
                 workspace=seeded_workspace.path)
    assert result.exit_code == 0, result.stderr
    assert [(s["force"], s["date"][:7]) for s in result.json()] == [("Ashmoor", "2026-06"), ("Ashmoor", "2026-03")]


def test_nothing_matching_is_said_so(cli, seeded_workspace):
    result = cli("corpus", "list", "--force", "Ashmoor", "--since", "2030-01", workspace=seeded_workspace.path)
    assert result.exit_code == 0
    assert result.stdout.strip() == "No statement in the corpus is of that force and those months."


def test_a_bad_month_or_force_is_one_line(cli, seeded_workspace):
    month = cli("corpus", "list", "--since", "2026-13", workspace=seeded_workspace.path)
    assert month.exit_code == 1 and month.stderr.strip().startswith("drafter: error: --since '2026-13': ")
    day = cli("corpus", "list", "--until", "2026-01-05", workspace=seeded_workspace.path)
    assert day.stderr.strip() == "drafter: error: --until '2026-01-05': give a month as YYYY-MM, such as 2025-04"
    force = cli("corpus", "list", "--force", "Nowhere", workspace=seeded_workspace.path)
    assert force.exit_code == 1 and force.stderr.strip().startswith("drafter: error: unknown area 'Nowhere'")
