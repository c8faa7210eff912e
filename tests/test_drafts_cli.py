"""``drafter draft ...`` as a script or a writer at a terminal uses it."""

from __future__ import annotations

import pytest
from test_drafts_support import (
    REFERENCE,
    sample_statement,
    store_statement,
    unseeded_workspace,
)


@pytest.fixture
def ws_path(tmp_path):
    root = tmp_path / "cli-draft-ws"
    unseeded_workspace(root).close()
    return root


@pytest.fixture
def run(cli, ws_path):
    def invoke(*args):
        return cli(*args, workspace=ws_path)
    return invoke


def test_new_list_show_as_json(run):
    created = run("draft", "new", "--title", "My statement", "--date", "2024-09", "--json")
    assert created.exit_code == 0, created.stderr
    draft_id = created.json()["id"]
    assert created.json()["period"] == "2023"
    listed = run("draft", "list", "--json").json()
    assert [(d["id"], d["title"], d["revision"]) for d in listed] == [(draft_id, "My statement", 1)]
    shown = run("draft", "show", draft_id, "--json").json()
    assert shown["id"] == draft_id and shown["date"] == "2024-09"
    assert [p["number"] for s in shown["sections"] for p in s["paragraphs"]] == [1, None]


def test_edit_flow_numbers_statuses_revisions_diff_restore(run, ws_path):
    with_statement = unseeded_workspace(ws_path)
    statement_id = store_statement(with_statement, sample_statement())
    with_statement.close()
    draft_id = run("draft", "new", "--date", "2024-09", "--json").json()["id"]

    appended = run("draft", "edit", draft_id, "--section", "homicide", "--append",
                   "Homicides fell to nine this year.")
    assert appended.exit_code == 0, appended.stderr
    assert "revision 2" in appended.stdout
    inserted = run("draft", "edit", draft_id, "--section", "homicide", "--insert", f"{statement_id}:3")
    assert inserted.exit_code == 0, inserted.stderr
    assert run("draft", "edit", draft_id, "--section", "homicide", "--status", "done").exit_code == 0

    shown = run("draft", "show", draft_id, "--origins").stdout
    assert "Reduce Murder and other Homicide  [homicide: done]" in shown
    assert "2. Homicides fell to nine this year.  [writer]" in shown
    assert f"3. A review of every death found lessons for partner agencies.  [corpus {statement_id}:3]" in shown
    assert "Reduce Serious Violence  [serious-violence: empty]" in shown

    revisions = run("draft", "revisions", draft_id).stdout.splitlines()
    assert len(revisions) == 1 + 4 and "homicide marked done" in revisions[-1]
    diff = run("draft", "diff", draft_id, 1, 3).stdout
    assert "+ Homicides fell to nine this year." in diff
    assert "+ A review of every death" in diff

    restored = run("draft", "restore", draft_id, 2)
    assert restored.stdout.strip() == f"draft {draft_id}: revision 2 restored as revision 5"
    assert "3. A review" not in run("draft", "show", draft_id).stdout

    assert run("draft", "delete", draft_id).stdout.strip() == f"deleted draft {draft_id}"
    assert run("draft", "list").stdout.startswith("No drafts yet")


@pytest.mark.parametrize("args,message", [
    (("draft", "show", "42"), "no draft with id 42"),
    (("draft", "edit", "1", "--section", "nowhere", "--append", "x"), "unknown section 'nowhere'"),
    (("draft", "edit", "1", "--section", "homicide", "--insert", "3-15"), "expected STATEMENT_ID:NUMBER"),
    (("draft", "edit", "1", "--section", "homicide", "--insert", "99:1"), "no statement with id 99"),
    (("draft", "edit", "1", "--section", "homicide"), "nothing to do"),
    (("draft", "edit", "1", "--section", "homicide", "--append", "a", "--insert", "1:1"), "only one of"),
    (("draft", "restore", "1", "9"), "draft 1 has no revision 9"),
    (("draft", "diff", "1", "1", "8"), "draft 1 has no revision 8"),
    (("draft", "new", "--date", "Sept 2024"), "expected YYYY-MM"),
    (("draft", "new", "--from", "31"), "no statement with id 31"),
    (("draft", "delete", "5"), "no draft with id 5"),
])
def test_bad_input_is_a_one_line_error(run, args, message):
    assert run("draft", "new").exit_code == 0
    result = run(*args)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("drafter: error: ") and message in lines[0], result.stderr


def test_unchanged_edit_saves_nothing(run):
    draft_id = run("draft", "new", "--json").json()["id"]
    result = run("draft", "edit", draft_id, "--section", "homicide", "--status", "empty")
    assert result.exit_code == 0
    assert "nothing changed (still revision 1)" in result.stdout


def test_export_with_the_cli(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft_id = run("draft", "new", "--date", "2024-03", "--title", "Spring statement", "--json").json()["id"]
    run("draft", "edit", draft_id, "--section", "serious-violence", "--append", "Knife crime fell.")
    refused = run("draft", "export", draft_id, "--format", "txt")
    assert refused.exit_code != 0 and refused.stderr == (
        f"drafter: error: draft {draft_id} has 5 empty priority sections (Reduce Murder and other "
        "Homicide; Drug Supply and County Lines; Reduce Neighbourhood Crime; Improve Victim "
        "Satisfaction; Tackle Fraud and Cybercrime); write them, or export anyway with --force\n")
    assert not list(tmp_path.glob("*.txt"))
    written = run("draft", "export", draft_id, "--format", "txt", "--force")
    assert written.exit_code == 0, written.stderr
    assert written.stdout.strip() == f"wrote {tmp_path / 'spring-statement-2024-03.txt'}"
    out = tmp_path / "out.md"
    assert run("draft", "export", draft_id, "-o", out, "--force").exit_code == 0
    assert "## Reduce Serious Violence\n\n2. Knife crime fell." in out.read_text(encoding="utf-8")
    run("draft", "edit", draft_id, "--section", "homicide", "--append",
        "There were [[missing homicides for Severnshire 2023]] homicides.")
    refused = run("draft", "export", draft_id, "-o", tmp_path / "gap.md")
    assert refused.exit_code != 0 and "unfilled placeholder" in refused.stderr
    assert not (tmp_path / "gap.md").exists()
    assert run("draft", "export", draft_id, "-o", tmp_path / "gap.md", "--force").exit_code == 0


def test_export_to_a_dash_is_the_report_on_standard_output_never_a_file_named_dash(run, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    draft_id = run("draft", "new", "--date", "2024-03", "--title", "Spring statement", "--json").json()["id"]
    run("draft", "edit", draft_id, "--section", "serious-violence", "--append", "Knife crime fell.")
    assert run("draft", "export", draft_id, "-o", "-").exit_code == 1  # empty sections refused as for a file
    piped = run("draft", "export", draft_id, "-o", "-", "--force")
    assert piped.exit_code == 0, piped.stderr
    run("draft", "export", draft_id, "-o", tmp_path / "file.md", "--force")
    assert piped.stdout == (tmp_path / "file.md").read_text(encoding="utf-8")
    assert "wrote" not in piped.stdout
    as_text = run("draft", "export", draft_id, "-o", "-", "--format", "txt", "--force")
    assert as_text.exit_code == 0 and as_text.stdout.startswith("Severnshire Police and Crime Panel\n")
    word = run("draft", "export", draft_id, "-o", "-", "--format", "docx", "--force")
    assert word.exit_code == 1 and "a Word document is written to a file" in word.stderr
    assert not (tmp_path / "-").exists()


def test_presented_by_is_left_out_until_someone_is_named(run, tmp_path):
    empty = run("draft", "new", "--date", "2026-11", "--title", "QA empty draft", "--json").json()["id"]
    exported = run("draft", "export", empty, "--format", "txt", "-o", tmp_path / "empty.txt", "--force")
    assert exported.exit_code == 0, exported.stderr
    assert (tmp_path / "empty.txt").read_text(encoding="utf-8").startswith(
        "Severnshire Police and Crime Panel\n\nNovember 2026\n\nTitle: QA empty draft\n\nIntroduction\n")
    assert "Presented by" not in run("draft", "show", empty).stdout
    named = run("draft", "new", "--date", "2026-11", "--presented-by", "Chief Executive", "--json").json()["id"]
    assert "Presented by: Chief Executive" in run("draft", "show", named).stdout
    run("draft", "export", named, "--format", "md", "-o", tmp_path / "named.md", "--force")
    assert "\n\nPresented by: Chief Executive\n\n" in (tmp_path / "named.md").read_text(encoding="utf-8")


def test_copy_forward_edit_and_export_from_the_reference(run, ws_path, tmp_path):
    if not REFERENCE.exists():
        pytest.skip(f"reference statement not present at {REFERENCE}")
    added = run("corpus", "add", REFERENCE, "--json")
    assert added.exit_code == 0, added.stderr
    statement_id = added.json()["added"][0]["id"]
    draft_id = run("draft", "new", "--from", statement_id, "--json").json()["id"]
    run("draft", "edit", draft_id, "--section", "cyber-crime", "--append",
        "A new quarterly fraud clinic opened in the city centre.")
    out = tmp_path / "statement.md"
    assert run("draft", "export", draft_id, "--format", "md", "-o", out).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Strategic Policing and Crime Board\n\nDecember 2023\n\n"
                           "Police and Crime Plan Priority: Regular Item\n\n# Performance Report")
    assert "## Tackle Fraud and Cybercrime" in text
    assert "32. A new quarterly fraud clinic opened in the city centre.\n\n## Reporting frequency" in text


def test_fill_a_template_from_the_cli(run, ws_path, tmp_path):
    csv = tmp_path / "figures.csv"
    csv.write_text("area,measure,period,value,unit,source\n"
                   "Testshire,homicides,2022,12,count,Home Office\n"
                   "Testshire,homicides,2023,9,count,Home Office\n"
                   "Testshire,population,2023,1000000,persons,ONS\n", encoding="utf-8")
    with unseeded_workspace(ws_path) as workspace:
        workspace.import_figures(csv)
    draft_id = run("draft", "new", "--area", "Testshire", "--period", "2023", "--json").json()["id"]
    filled = run("draft", "edit", draft_id, "--section", "homicide", "--fill", "homicide/count_and_rate")
    assert filled.exit_code == 0, filled.stderr
    assert "filled homicide/count_and_rate into homicide" in filled.stdout and filled.stderr == ""
    shown = run("draft", "show", draft_id, "--origins").stdout
    assert "2. Testshire recorded 9 homicides in 2023" in shown and "[template homicide/count_and_rate]" in shown

    gap_id = run("draft", "new", "--area", "Testshire", "--period", "2021", "--json").json()["id"]
    gapped = run("draft", "edit", gap_id, "--section", "homicide", "--fill", "homicide/count_and_rate")
    assert gapped.exit_code == 0
    assert "warning: homicide/count_and_rate: [[missing homicides for Testshire 2021]] left in the text" in gapped.stderr
    refused = run("draft", "export", gap_id, "-o", tmp_path / "gap.txt")
    assert refused.exit_code != 0
    assert "Reduce Murder and other Homicide: [[missing homicides for Testshire 2021]]" in refused.stderr
    unknown = run("draft", "edit", draft_id, "--section", "homicide", "--fill", "homicide/nope")
    assert unknown.exit_code != 0 and "no template 'homicide/nope'" in unknown.stderr


def test_draft_show_keeps_the_bullets_of_a_statement_copied_forward(cli, seeded_workspace):
    ashmoor = next(s for s in seeded_workspace.list_statements() if s.force == "Ashmoor")
    draft = seeded_workspace.new_draft(from_statement=ashmoor.id)
    statement = cli("corpus", "show", str(ashmoor.id), workspace=seeded_workspace.path).stdout
    shown = cli("draft", "show", str(draft.id), workspace=seeded_workspace.path).stdout
    # The statement numbers no paragraph, so each line starts with its place ("p6 • ...").
    bullets = [line for line in statement.splitlines() if line.split(" ", 1)[-1].startswith("• ")]
    assert bullets and sum(line.startswith("• ") for line in shown.splitlines()) == len(bullets)


def test_drafts_of_one_statement_are_told_apart_by_their_figures(cli, seeded_workspace):
    severnshire = next(s for s in seeded_workspace.list_statements() if s.force == "Severnshire")
    first = seeded_workspace.new_draft(from_statement=severnshire.id, roll=False)
    second = seeded_workspace.new_draft(from_statement=severnshire.id, period="2025", roll=False)
    listed = cli("draft", "list", workspace=seeded_workspace.path).stdout.splitlines()
    assert "FIGURES" in listed[0]
    rows = {int(line.split()[0]): line for line in listed[1:]}
    assert f"Severnshire {first.period}" in rows[first.id] and "Severnshire 2025" in rows[second.id]
    as_json = {d["id"]: d for d in cli("draft", "list", "--json", workspace=seeded_workspace.path).json()}
    assert (as_json[second.id]["area"], as_json[second.id]["period"]) == ("Severnshire", "2025")


def test_copy_forward_lists_what_it_left_for_the_writer(cli, seeded_workspace):
    newest = next(s for s in seeded_workspace.list_statements() if s.force == "Severnshire")
    made = cli("draft", "new", "--from", str(newest.id), workspace=seeded_workspace.path)
    assert made.exit_code == 0, made.stderr
    draft = seeded_workspace.list_drafts()[0]
    left = [(number, entry) for _section, paragraph, number in seeded_workspace.get_draft(draft.id).numbered()
            for entry in paragraph.origin.not_rolled]
    lines = made.stdout.splitlines()
    assert left and lines[1].endswith(f"{len(left)} left for you:")
    for number, entry in left:
        assert f"  ¶{number}: “{entry['text']}”: {entry['reason']}" in made.stdout


def test_a_sentence_of_another_priority_is_refused_unless_forced(run, ws_path, tmp_path):
    csv = tmp_path / "figures.csv"
    csv.write_text("area,measure,period,value,unit,source\n"
                   "Testshire,homicides,2023,9,count,Home Office\n"
                   "Testshire,population,2023,1000000,persons,ONS\n", encoding="utf-8")
    with unseeded_workspace(ws_path) as workspace:
        workspace.import_figures(csv)
    draft_id = run("draft", "new", "--area", "Testshire", "--period", "2023", "--json").json()["id"]
    refused = run("draft", "edit", draft_id, "--section", "cyber-crime", "--fill", "homicide/count_and_rate")
    assert refused.exit_code != 0 and refused.stderr == (
        "drafter: error: homicide/count_and_rate is a homicide sentence, not one for cyber-crime "
        "(Tackle Fraud and Cybercrime): fill it into --section homicide, or give --force to put "
        "it here anyway\n")
    assert run("draft", "show", draft_id, "--json").json()["revision"] == 1, "nothing saved"
    forced = run("draft", "edit", draft_id, "--section", "cyber-crime", "--fill", "homicide/count_and_rate",
                 "--force")
    assert forced.exit_code == 0 and "filled homicide/count_and_rate into cyber-crime" in forced.stdout
    # The introduction and closing may sum up any priority.
    summed_up = run("draft", "edit", draft_id, "--section", "introduction", "--fill", "homicide/count_and_rate")
    assert summed_up.exit_code == 0, summed_up.stderr
