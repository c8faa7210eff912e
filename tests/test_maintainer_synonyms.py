"""A maintainer editing the workspace's synonyms file as an office would: a
local scheme's name and its acronym, a mapping, comments and blank lines;
search uses the edit at once, and bad lines are named by number, every one."""

from __future__ import annotations

LOCAL_SCHEMES = """
# -- local schemes (added by the commissioner's office) --

PK, Project Keystone, focused deterrence programme
HRP => Operation Lantern, homicide risk panel
"""


def add_lines(workspace, text: str) -> int:
    """Append to the workspace's synonyms file; the number of its first new line."""
    path = workspace.path / "synonyms.txt"
    before = path.read_text(encoding="utf-8")
    path.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1


def test_a_local_scheme_and_its_acronym_are_found_by_either_name(indexed_workspace, cli):
    before = cli("search", "PK", "--json", "--limit", "3", workspace=indexed_workspace.path).json()
    assert not any("Project Keystone" in hit["text"] for hit in before)

    add_lines(indexed_workspace, LOCAL_SCHEMES)
    by_acronym = cli("search", "PK", "--json", "--limit", "3", workspace=indexed_workspace.path)
    assert by_acronym.exit_code == 0
    hits = by_acronym.json()
    assert "Project Keystone" in hits[0]["text"]
    assert "PK" in hits[0]["matched"]

    mapped = cli("search", "HRP", "--json", "--limit", "3", workspace=indexed_workspace.path).json()
    assert "Operation Lantern" in mapped[0]["text"]


def test_every_bad_line_is_named_with_its_number(indexed_workspace, cli):
    first = add_lines(indexed_workspace, LOCAL_SCHEMES + "Keystone\nPCC, , commissioner\n"
                      "HRP => Operation Lantern => panel\n")
    bad = first + LOCAL_SCHEMES.count("\n")
    result = cli("search", "knife crime", workspace=indexed_workspace.path)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"drafter: error: {indexed_workspace.path / 'synonyms.txt'}: line {bad}: 'Keystone' has "
        "nothing to be a synonym of (list two or more entries separated by commas) "
        f"(and 2 more bad lines: {bad + 1} and {bad + 2})")
    assert "Traceback" not in result.stderr
