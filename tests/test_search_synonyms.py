"""The workspace's synonyms file: its format, what it does to searches, and
bad files reported in one line naming the file and the line."""

from __future__ import annotations

import pytest
from test_search_support import indexed_copy

import drafter
from drafter.errors import SynonymsError
from drafter.search import bundled_synonyms, parse_synonyms, read_synonyms


@pytest.fixture
def workspace(tmp_path):
    with drafter.open_workspace(indexed_copy(tmp_path), seed=False) as opened:
        yield opened


def _write(workspace, text: str):
    path = workspace.path / "synonyms.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_equivalent_and_explicit_lines_as_solr_reads_them():
    rules = parse_synonyms("# comment\n\nVRU, violence reduction unit\n"
                           "burglar alarm => intruder alarm\nfoo\\, bar, baz\n")
    assert [(r.line, r.sources, r.targets, r.replaces) for r in rules] == [
        (3, ("VRU", "violence reduction unit"), ("VRU", "violence reduction unit"), False),
        (4, ("burglar alarm",), ("intruder alarm",), True),
        (5, ("foo, bar", "baz"), ("foo, bar", "baz"), False),
    ]


@pytest.mark.parametrize("text, line, problem", [
    ("ok, fine\nalarm =>\n", 2, "nothing after '=>'"),
    ("=> alarm\n", 1, "nothing before '=>'"),
    ("a => b => c\n", 1, "more than one '=>'"),
    ("\n\nlonely\n", 3, "'lonely' has nothing to be a synonym of"),
    ("a, , b\n", 1, "an empty entry"),
    ("a, b,\n", 1, "an empty entry"),
    ("a, --\n", 1, "'--' has no letters or digits"),
])
def test_a_bad_line_is_named_with_its_number(text, line, problem):
    with pytest.raises(SynonymsError) as raised:
        parse_synonyms(text, "synonyms.txt")
    message = str(raised.value)
    assert message.startswith(f"synonyms.txt: line {line}: {problem}")
    assert "\n" not in message


def test_every_bad_line_is_counted_in_the_one_message():
    with pytest.raises(SynonymsError, match=r"line 1: .* \(and 2 more bad lines: 2 and 4\)$"):
        parse_synonyms("a =>\nb =>\nfine, good\nc =>\n", "synonyms.txt")


@pytest.mark.parametrize("data, problem", [
    (b"vru, vrp\n\x00\x01\x02", "line 2: not text"),
    (b"vru, vrp\nd\xe9cor, decor\n", "line 2: not UTF-8 text"),
])
def test_a_file_that_is_not_text_is_refused_naming_the_line(tmp_path, data, problem):
    path = tmp_path / "synonyms.txt"
    path.write_bytes(data)
    with pytest.raises(SynonymsError, match=f"^{path}: {problem}"):
        read_synonyms(path)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_a_file_saved_as_utf16_with_its_mark_is_read(tmp_path, encoding):
    path = tmp_path / "synonyms.txt"
    mark = {"utf-16-le": "\ufeff", "utf-16-be": "\ufeff"}.get(encoding, "")
    path.write_bytes((mark + "# Notepad's \"Unicode\"\r\nVRU, violence reduction unit\r\n").encode(encoding))
    assert [rule.sources for rule in read_synonyms(path)] == [("VRU", "violence reduction unit")]


def test_utf16_without_its_mark_is_told_to_be_saved_as_utf8(tmp_path):
    path = tmp_path / "synonyms.txt"
    path.write_bytes("VRU, violence reduction unit\n".encode("utf-16-le"))
    with pytest.raises(SynonymsError, match=f"^{path}: line 1: UTF-16 text .*save the file as UTF-8"):
        read_synonyms(path)


@pytest.mark.parametrize("encoding", ["utf-32", "utf-32-le", "utf-32-be"])
def test_a_file_saved_as_utf32_with_its_mark_is_read(tmp_path, encoding):
    path = tmp_path / "synonyms.txt"
    mark = "" if encoding == "utf-32" else "\ufeff"
    path.write_bytes((mark + "# saved as UTF-32\r\nVRU, violence reduction unit\r\n").encode(encoding))
    assert [rule.sources for rule in read_synonyms(path)] == [("VRU", "violence reduction unit")]


def test_utf32_without_its_mark_is_named_not_shown_as_zero_bytes(tmp_path):
    path = tmp_path / "synonyms.txt"
    path.write_bytes("VRU, violence reduction unit\n".encode("utf-32-be"))
    with pytest.raises(SynonymsError, match=f"^{path}: line 1: UTF-32 text without a byte order mark "
                                            r"\(save the file as UTF-8\)$"):
        read_synonyms(path)


def test_the_bundled_file_is_valid_and_seeded_into_new_workspaces(tmp_path):
    assert len(read_synonyms(bundled_synonyms())) > 100
    with drafter.open_workspace(tmp_path / "seeded") as seeded:
        copied = seeded.path / "synonyms.txt"
        assert copied.read_text(encoding="utf-8") == bundled_synonyms().read_text(encoding="utf-8")


def test_an_acronym_finds_the_words_and_the_words_find_the_acronym(workspace):
    # The corpus says "violence reduction unit"; "VRU" appears nowhere in it.
    hits = workspace.search("VRU mentoring")
    assert "violence reduction unit" in hits[0].text
    assert hits[0].matched[:2] == ["VRU", "mentoring"]
    _write(workspace, "ECU, economic crime unit\n")
    assert "economic crime unit" in workspace.search("ECU")[0].text


def test_an_edit_takes_effect_at_the_next_search_without_reindexing(workspace):
    assert workspace.search("scrumping") == []
    _write(workspace, "scrumping, burglary\n")
    hits = workspace.search("scrumping")
    assert hits and "Burglary prevention" in hits[0].text
    assert workspace.index_is_current()


def test_an_explicit_mapping_replaces_the_writers_word(workspace):
    _write(workspace, "weapons => machete\n")
    texts = [hit.text for hit in workspace.search("weapons")]
    assert texts and all("machete" in text for text in texts)


def test_spelling_variants_are_one_term(workspace):
    british = workspace.search("neighbourhood crime burglary")
    american = workspace.search("neighborhood crime burglary")
    assert [(h.paragraph_id, round(h.score, 6)) for h in american] == \
        [(h.paragraph_id, round(h.score, 6)) for h in british]


def test_a_bad_workspace_file_stops_search_with_one_line(workspace):
    _write(workspace, "vru, vrp\nalarm =>\n")
    with pytest.raises(SynonymsError, match=r"synonyms\.txt: line 2: nothing after '=>'$"):
        workspace.search("knife surrender bins")


def test_a_bad_workspace_file_is_one_error_line_from_the_cli(cli, tmp_path):
    root = indexed_copy(tmp_path)
    (root / "synonyms.txt").write_text("knife, blade\nsurrender =>\n", encoding="utf-8")
    result = cli("search", "knife surrender bins", workspace=root)
    assert result.exit_code != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr
    assert lines[0].startswith("drafter: error: ") and "synonyms.txt: line 2: nothing after '=>'" in lines[0]


def test_an_entry_with_only_common_words_is_named(workspace):
    _write(workspace, "the, of\n")
    with pytest.raises(SynonymsError, match=r"line 1: 'the' has no searchable words"):
        workspace.search("knife")


def test_without_a_workspace_file_the_bundled_one_is_used(workspace):
    assert not (workspace.path / "synonyms.txt").exists()
    assert "violence reduction unit" in workspace.search("VRU")[0].text


def test_scammed_reaches_fraud_as_scam_does(workspace):
    # "scammed" is not lemmatised to "scam", so the bundled file names it.
    for query in ("victims who were scammed", "scam victims"):
        hits = workspace.search(query)
        assert any("romance fraud" in hit.text for hit in hits), query
        assert any("fraud" in hit.matched for hit in hits), query


def test_a_long_line_is_kept_once_not_once_per_entry():
    # Each entry of an N-entry line once held its own copy of the N - 1
    # others: N² in time and memory, minutes for a line of 50,000 words.
    from drafter.search.synonyms import SynonymMap

    words = [f"scheme{number}x" for number in range(3000)]
    synonyms = SynonymMap(parse_synonyms(", ".join(words) + "\nknife, blade\n"), lambda entry: entry.split())
    shared = {id(targets) for entries in synonyms.by_first.values() for _, targets, *_ in entries}
    assert len(shared) == 2  # one list of targets per line
    start, end, alternatives, replaces = synonyms.matches(["scheme17x"])[0]
    assert (start, end, replaces) == (0, 1, False)
    assert len(alternatives) == 2999 and ("scheme17x",) not in alternatives


def test_every_entry_of_a_long_line_finds_the_others(workspace):
    words = [f"scheme{number}x" for number in range(3000)]
    _write(workspace, ", ".join([*words[:1500], "knife surrender", *words[1500:]]) + "\n")
    hits = workspace.search("scheme2999x bins")
    assert hits and "knife surrender bins" in hits[0].text
    assert workspace.search("scheme0x bins")[0].text == hits[0].text
