"""A writer who inserts a sentence twice, or a paragraph from a statement
older than the one compared with, hears about it in review: the second copy
is a warning naming the first, and the inserted paragraph is called carried
over (from where), not new writing."""

from __future__ import annotations

from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[1] / "corpus" / "statements"
BINS = ("Twenty-one knife surrender bins are now operating, after a bin was added outside Ashcombe leisure "
        "centre in July.")


def paragraph_starting(path: Path, opening: str) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if line.startswith(opening))


def next_quarter_statement(tmp_path: Path, *, replace: dict[str, str]) -> Path:
    """Severnshire's September 2026 statement as the December one, with paragraphs replaced."""
    lines = []
    for line in (SAMPLES / "severnshire-2026-09.txt").read_text(encoding="utf-8").splitlines():
        opening = next((o for o in replace if line.startswith(o)), None)
        lines.append(replace[opening] if opening else line)
    path = tmp_path / "severnshire-2026-12.txt"
    path.write_text("\n".join(lines).replace("September 2026", "December 2026", 1), encoding="utf-8")
    return path


def review(cli, seeded_workspace, path: Path) -> list[dict]:
    result = cli("review", path, "--json", workspace=seeded_workspace.path)
    assert result.exit_code == 0, result.stderr
    return result.json()["findings"]


def test_a_sentence_inserted_twice_is_a_warning_at_the_second_copy(cli, seeded_workspace, tmp_path):
    bins = paragraph_starting(SAMPLES / "severnshire-2026-09.txt", "8. ")
    keystone = paragraph_starting(SAMPLES / "severnshire-2026-09.txt", "9. ")
    path = next_quarter_statement(tmp_path, replace={"8. ": f"{bins} {BINS}", "9. ": f"{keystone} {BINS}"})
    repeated = [f for f in review(cli, seeded_workspace, path) if f["kind"] == "repeated-sentence"]
    assert [(f["paragraph"], f["severity"], f["message"]) for f in repeated] == [
        (8, "warning", "the same sentence is earlier in this paragraph: keep one"),
        (9, "warning", "the same sentence is also in ¶8: keep one"),
    ]
    assert repeated[0]["evidence"] == BINS


def test_short_sentences_and_a_clean_statement_raise_nothing(cli, seeded_workspace, tmp_path):
    bins = paragraph_starting(SAMPLES / "severnshire-2026-09.txt", "8. ")
    path = next_quarter_statement(tmp_path, replace={"8. ": f"{bins} Figures are provisional. Figures are provisional."})
    assert not [f for f in review(cli, seeded_workspace, path) if f["kind"] == "repeated-sentence"]


def test_a_paragraph_from_an_older_statement_is_carried_over_not_new(cli, seeded_workspace, tmp_path):
    """The stalking clinic paragraph is September 2024's ¶4, not in September 2026's statement."""
    clinic = paragraph_starting(SAMPLES / "severnshire-2024-09.txt", "4. ").removeprefix("4. ")
    path = next_quarter_statement(tmp_path, replace={"5. ": f"5. {clinic}"})
    changed = [f for f in review(cli, seeded_workspace, path) if f["kind"] == "changed-paragraph"
               and f["paragraph"] == 5]
    assert len(changed) == 1
    assert changed[0]["message"].startswith("not in statement ")
    assert "but not new writing: carried over from statement " in changed[0]["message"]
    assert changed[0]["message"].endswith("¶4 (Severnshire, 2024-09)")
    assert "new paragraph" not in changed[0]["message"]
