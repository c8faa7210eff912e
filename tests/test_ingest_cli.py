"""``drafter corpus`` commands over real files: batches with bad files,
duplicates, and the JSON shapes of list and show."""

from __future__ import annotations

import pytest
from builders import DocxBuilder, statement_text

import drafter
from drafter.store.schema import set_meta

GOOD_TEXT = statement_text(
    [("Reduce serious violence", ["Knife crime fell by 9% this quarter.",
                                  "Two more surrender bins were installed in market towns."]),
     ("Tackle cyber crime", ["A fraud helpline for older residents opened in May."])],
    closing="This statement comes to the panel every quarter.",
)


@pytest.fixture
def workspace_path(tmp_path):
    """A workspace without the bundled sample statements, so the corpus holds
    only what each test adds."""
    path = tmp_path / "corpus-ws"
    with drafter.open_workspace(path, seed=False) as workspace:
        set_meta(workspace.database, "seeded", "1")
    return path


@pytest.fixture
def files(tmp_path):
    folder = tmp_path / "incoming"
    folder.mkdir()
    (folder / "severnshire-2024-03.txt").write_text(GOOD_TEXT, encoding="utf-8")
    builder = DocxBuilder()
    builder.paragraph("Westdale Police and Crime Panel")
    builder.paragraph("Date: 5 June 2024")
    builder.heading("Reduce murder and other homicides", 2)
    builder.numbered("Every homicide this year was reviewed by the prevention panel.")
    builder.numbered("The review found no missed warning signs in the quarter.")
    (folder / "westdale-2024-06.docx").write_bytes(builder.to_bytes())
    (folder / "figures.xls").write_bytes(b"\xd0\xcf\x11\xe0 not a statement")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\nnothing useful here\n")
    (folder / "renamed.docx").write_text(GOOD_TEXT, encoding="utf-8")
    return folder


def add_json(cli, workspace_path, *paths):
    result = cli("corpus", "add", *paths, "--json", workspace=workspace_path)
    return result, result.json()


def test_batch_with_good_and_bad_files(cli, workspace_path, files):
    result, report = add_json(cli, workspace_path, *sorted(files.iterdir()))
    assert result.exit_code == 1
    assert sorted(item["file"] for item in report["added"]) == ["severnshire-2024-03.txt", "westdale-2024-06.docx"]
    failed = {item["file"].rsplit("/", 1)[-1]: item["error"] for item in report["failed"]}
    assert failed["figures.xls"].startswith("unsupported format .xls")
    assert failed["empty.txt"] == "empty file"
    assert failed["broken.pdf"].startswith("corrupt PDF")
    assert failed["renamed.docx"] == "this is plain text, not a Word document: rename it to end in .txt"
    assert all("\n" not in error for error in failed.values())
    assert "Traceback" not in result.stderr
    westdale = next(item for item in report["added"] if item["file"].startswith("westdale"))
    assert (westdale["force"], westdale["date"], westdale["paragraphs"]) == ("Westdale", "2024-06-05", 2)


def test_batch_errors_without_json_are_one_line_each(cli, workspace_path, files):
    result = cli("corpus", "add", files, workspace=workspace_path)  # a directory: only supported suffixes
    assert result.exit_code == 1
    errors = result.stderr.strip().splitlines()
    assert len(errors) == 3 and all(line.startswith("drafter: error: ") for line in errors)
    assert "Traceback" not in result.stderr
    assert result.stdout.count("added ") == 2


def test_adding_the_same_file_twice_is_a_duplicate(cli, workspace_path, files):
    good = files / "severnshire-2024-03.txt"
    first, report = add_json(cli, workspace_path, good)
    assert first.exit_code == 0
    statement_id = report["added"][0]["id"]
    again, report = add_json(cli, workspace_path, good)
    assert again.exit_code == 0
    assert report["added"] == [] and report["duplicates"][0]["id"] == statement_id


def test_every_item_of_an_add_names_the_path_as_given_so_a_script_can_move_the_files_done(
        cli, workspace_path, files, tmp_path):
    good, missing = files / "severnshire-2024-03.txt", tmp_path / "gone.txt"
    _, first = add_json(cli, workspace_path, good)
    _, again = add_json(cli, workspace_path, good, missing)
    assert first["added"][0]["path"] == str(good)
    assert [item["path"] for item in again["duplicates"]] == [str(good)]
    assert [item["path"] for item in again["failed"]] == [str(missing)]


def test_list_and_show_json_shapes(cli, workspace_path, files):
    _, report = add_json(cli, workspace_path, files / "severnshire-2024-03.txt")
    statement_id = report["added"][0]["id"]

    listed = cli("corpus", "list", "--json", workspace=workspace_path).json()
    assert [item["id"] for item in listed] == [statement_id]
    assert set(listed[0]) >= {"id", "title", "force", "date", "paragraphs", "file"}
    assert (listed[0]["force"], listed[0]["date"], listed[0]["paragraphs"]) == ("Severnshire", "2024-03-14", 4)

    shown = cli("corpus", "show", statement_id, "--json", workspace=workspace_path).json()
    assert set(shown) == {"id", "title", "force", "date", "sections"}
    assert [(s["heading"], s["priority"]) for s in shown["sections"]] == [
        ("Reduce serious violence", "serious-violence"),
        ("Tackle cyber crime", "cyber-crime"),
        ("Reporting frequency", "closing"),
    ]
    for section in shown["sections"]:
        assert set(section) == {"heading", "priority", "paragraphs"}
        assert all(set(p) == {"number", "text", "kind"} for p in section["paragraphs"])
        assert all(p["kind"] == "paragraph" for p in section["paragraphs"])
    assert shown["sections"][0]["paragraphs"][0] == {"number": 1, "text": "Knife crime fell by 9% this quarter.",
                                                     "kind": "paragraph"}
    assert shown["sections"][2]["paragraphs"] == [
        {"number": None, "text": "This statement comes to the panel every quarter.", "kind": "paragraph"}]


def test_reference_statement_through_the_cli(cli, workspace_path, reference_path):
    _, report = add_json(cli, workspace_path, reference_path)
    added = report["added"][0]
    assert (added["force"], added["date"], added["paragraphs"]) == ("West Midlands", "2023-09", 32)
    shown = cli("corpus", "show", added["id"], "--json", workspace=workspace_path).json()
    assert len(shown["sections"]) == 8
    numbers = [p["number"] for s in shown["sections"] for p in s["paragraphs"] if p["number"] is not None]
    assert numbers == list(range(1, 32))


def test_remove_then_unknown_ids(cli, workspace_path, files):
    _, report = add_json(cli, workspace_path, files / "severnshire-2024-03.txt")
    statement_id = report["added"][0]["id"]
    removed = cli("corpus", "remove", statement_id, workspace=workspace_path)
    assert removed.exit_code == 0 and str(statement_id) in removed.stdout
    assert cli("corpus", "list", "--json", workspace=workspace_path).json() == []
    for command in (("corpus", "show", statement_id), ("corpus", "remove", statement_id)):
        result = cli(*command, workspace=workspace_path)
        assert result.exit_code != 0
        assert result.stderr.strip() == f"drafter: error: no statement with id {statement_id}"


def test_a_force_given_by_hand_is_spelt_as_drafter_spells_it(cli, workspace_path, files):
    _, report = add_json(cli, workspace_path, files / "severnshire-2024-03.txt", "--force", "west midlands")
    assert report["added"][0]["force"] == "West Midlands"


def test_a_misspelt_force_is_refused_with_the_closest_names_and_nothing_stored(cli, workspace_path, files):
    result = cli("corpus", "add", files / "severnshire-2024-03.txt", "--force", "West Midland",
                 workspace=workspace_path)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "drafter: error: unknown force 'West Midland' (closest: West Midlands): not one of "
        "the 43 police forces of England and Wales; a local area must be listed in the workspace's "
        "settings (areas = [...])")
    assert cli("corpus", "list", "--json", workspace=workspace_path).json() == []
