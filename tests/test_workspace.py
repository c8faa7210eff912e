"""Opening, seeding and choosing workspaces."""

from __future__ import annotations

import pytest

import drafter
from drafter.errors import WorkspaceError


def test_new_workspace_is_seeded_with_the_sample_corpus(seeded_workspace):
    statements = seeded_workspace.list_statements()
    assert len(statements) >= 8
    # Two house styles: Severnshire's numbered board papers, Ashmoor's web pages.
    assert {s.force for s in statements} == {"Severnshire", "Ashmoor"}
    assert all(s.paragraphs >= 20 for s in statements)
    assert {s.file.rsplit(".", 1)[1] for s in statements if s.force == "Ashmoor"} == {"html", "docx"}
    assert any(seeded_workspace.templates_dir.glob("*.j2"))
    assert seeded_workspace.list_figures(area="Severnshire")
    assert seeded_workspace.list_figures(area="Ashmoor")
    assert (seeded_workspace.path / "settings.toml").exists()


def test_seeding_happens_once(seeded_workspace):
    count = len(seeded_workspace.list_statements())
    path = seeded_workspace.path
    seeded_workspace.close()
    with drafter.open_workspace(path) as again:
        assert len(again.list_statements()) == count


def test_workspace_env_variable_chooses_the_workspace(cli, tmp_path, monkeypatch):
    monkeypatch.setenv("DRAFTER_WORKSPACE", str(tmp_path / "chosen"))
    result = cli("corpus", "list", "--json")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "chosen" / "drafter.db").exists()


def test_a_file_in_place_of_the_workspace_is_a_clear_error(cli, tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    result = cli("corpus", "list", workspace=blocker)
    assert result.exit_code != 0
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_corrupt_database_is_a_clear_error(tmp_path, cli):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "drafter.db").write_bytes(b"this is not sqlite" * 100)
    result = cli("corpus", "list", workspace=root)
    assert result.exit_code != 0
    assert "drafter.db" in result.stderr
    assert "Traceback" not in result.stderr


def test_bad_settings_are_reported_with_the_file(tmp_path):
    root = tmp_path / "ws"
    root.mkdir()
    (root / "settings.toml").write_text('section_order = ["homicide"]\n')
    with pytest.raises(WorkspaceError, match="settings.toml"):
        drafter.open_workspace(root, seed=False)


def test_removing_a_statement_removes_its_original_copy(empty_workspace, tmp_path):
    source = tmp_path / "statement.txt"
    source.write_text(
        "Example Board\n\nMarch 2025\n\nIntroduction\n\n1. An opening paragraph that states the purpose.\n\n"
        "Reduce Serious Violence\n\n2. A paragraph about violence reduction work in the area.\n",
        encoding="utf-8",
    )
    report = empty_workspace.add_statements([source])
    assert report.added, report.failed
    originals = list(empty_workspace.originals_dir.iterdir())
    assert len(originals) == 1
    empty_workspace.remove_statement(report.added[0]["id"])
    assert not list(empty_workspace.originals_dir.iterdir())
    assert empty_workspace.list_statements() == []


def test_a_removed_statements_id_is_never_given_to_another(empty_workspace, tmp_path):
    def statement(name: str, words: str):
        path = tmp_path / name
        path.write_text(f"Example Board\n\nMarch 2025\n\nIntroduction\n\n1. {words}\n", encoding="utf-8")
        return path

    first = empty_workspace.add_statements([statement("a.txt", "The first statement says this.")])
    removed_id = first.added[0]["id"]
    empty_workspace.remove_statement(removed_id)
    second = empty_workspace.add_statements([statement("b.txt", "The second statement says that.")])
    assert second.added[0]["id"] != removed_id
