"""The bundled samples hold two house styles: Severnshire's numbered board
papers and Ashmoor's web pages (saved with their site around them, and as Word
documents), each with figures that agree with what the statements say."""

from __future__ import annotations

import pytest

from drafter.settings import bundled_statements

ASHMOOR = sorted(p for p in bundled_statements().iterdir() if p.name.startswith("ashmoor-"))


def ashmoor(workspace):
    return sorted((s for s in workspace.list_statements() if s.force == "Ashmoor"), key=lambda s: s.date)


def test_ashmoor_is_six_or_more_consecutive_quarters_of_web_pages_and_word():
    assert len(ASHMOOR) >= 6
    assert {p.suffix for p in ASHMOOR} == {".html", ".docx"}
    page = next(p for p in ASHMOOR if p.suffix == ".html").read_text(encoding="utf-8")
    assert "Skip to main content" in page and "cookies" in page and "<nav" in page and "<footer" in page


def test_ashmoor_statements_read_in_their_own_style(seeded_workspace):
    statements = ashmoor(seeded_workspace)
    months = [int(s.date[:4]) * 12 + int(s.date[5:7]) for s in statements]
    assert [b - a for a, b in zip(months, months[1:])] == [3] * (len(months) - 1)
    tables = 0
    for listed in statements:
        stored = seeded_workspace.get_statement(listed.id)
        assert stored.title.startswith("National Crime and Policing Measures: Q")
        priorities = [s for s in stored.sections if s.priority and s.priority not in ("introduction", "closing")]
        assert len(priorities) == 6
        for section in priorities:
            kinds = [p.kind for p in section.paragraphs]
            assert kinds[0] == "subheading" and kinds.count("subheading") >= 2 and "bullet" in kinds
        assert all(p.number is None for s in stored.sections for p in s.paragraphs)
        tables += sum(p.kind == "table" for s in stored.sections for p in s.paragraphs)
    assert tables >= 1


def test_copying_ashmoor_forward_gives_a_web_style_draft(seeded_workspace):
    latest = ashmoor(seeded_workspace)[-1]
    draft = seeded_workspace.new_draft(from_statement=latest.id)
    assert draft.area == "Ashmoor" and draft.board == ""
    assert all(number is None for _, _, number in draft.numbered())
    kinds = {p.kind for s in draft.sections for p in s.paragraphs}
    assert {"subheading", "bullet", "paragraph"} <= kinds
    severnshire = next(s for s in seeded_workspace.list_statements() if s.force == "Severnshire")
    board_paper = seeded_workspace.new_draft(from_statement=severnshire.id)
    assert board_paper.board and [n for _, _, n in board_paper.numbered()][:3] == [1, 2, 3]


@pytest.mark.slow
@pytest.mark.parametrize("which", [0, -1])
def test_ashmoor_figures_agree_with_its_statements(seeded_workspace, which):
    statement = ashmoor(seeded_workspace)[which]
    report = seeded_workspace.review(bundled_statements() / statement.file, area="Ashmoor").to_dict()
    figures = report["summary"]["figures"]
    assert figures["wrong"] == 0 and figures["stale"] == 0
    assert figures["verified"] >= 25
