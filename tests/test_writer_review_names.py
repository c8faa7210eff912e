"""Review names a paragraph the way the writer sees it: its printed number
where it has one, otherwise its first words (and bullet, table or heading),
never a position the writer would have to count ("#4"). Checked in the
desk's review pane (F8) and in ``drafter review``'s output, on the Ashmoor
sample (a web-style force: no numbers, sub-headings and bullets) and on the
numbered Severnshire sample."""

from __future__ import annotations

import re

import pytest
from test_tui_support import (
    desk_app,
    newest_draft,
    no_cursor_blink,
    open_desk,
    open_review,
    wait_for,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

COUNTED_POSITION = re.compile(r"#\d")


def words_of(where: str) -> str:
    """The words inside a name such as ``bullet “Operation Kestrel, the homicide…”``."""
    return where.split("“", 1)[1].rstrip("”").rstrip("…")


def test_cli_review_names_an_unnumbered_paragraph_by_its_first_words(seeded_workspace, cli):
    draft = newest_draft(seeded_workspace, "Ashmoor")
    report = seeded_workspace.review(draft.id)
    text = cli("review", draft.id, workspace=seeded_workspace.path).output  # piped: one line each
    located = [f for f in report.findings if f.index is not None]
    assert located, "the Ashmoor draft has findings on its paragraphs"
    for finding in located:
        where = report.place(finding)
        paragraph = draft.section(finding.section).paragraphs[finding.index]
        assert paragraph.text.startswith(words_of(where)), where
        assert where.startswith("bullet “") == (paragraph.kind == "bullet")
        assert f"  {where}  {finding.severity}" in text
    assert not COUNTED_POSITION.search(text)


def test_cli_review_at_80_columns_heads_findings_with_the_paragraphs_words(seeded_workspace):
    from drafter.review import render_text

    draft = newest_draft(seeded_workspace, "Ashmoor")
    report = seeded_workspace.review(draft.id)
    lines = render_text(report, width=80).splitlines()
    assert all(len(line) <= 80 for line in lines)
    bullet = next(report.place(f) for f in report.findings
                  if f.index is not None and report.place(f).startswith("bullet “"))
    heading = lines.index(f"  {bullet}")
    assert lines[heading + 1].split()[0] in ("error", "warning", "info")
    assert lines.count(f"  {bullet}") == 1, "named once for all its findings"


def test_cli_review_still_names_a_numbered_paragraph_by_its_number(seeded_workspace, cli):
    draft = newest_draft(seeded_workspace, "Severnshire")
    report = seeded_workspace.review(draft.id)
    text = cli("review", draft.id, workspace=seeded_workspace.path).output
    numbered = [f for f in report.findings if f.paragraph is not None]
    assert numbered
    for finding in numbered:
        assert report.place(finding) == f"¶{finding.paragraph}"
        assert f"¶{finding.paragraph}  {finding.severity}" in text


@pytest.mark.anyio
@pytest.mark.parametrize("anyio_backend", ["asyncio"])
@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_the_review_pane_names_paragraphs_as_the_report_does(indexed_workspace, size):
    draft = newest_draft(indexed_workspace, "Ashmoor")
    report = indexed_workspace.review(draft.id)
    expected = {(f.section, f.index, f.message): report.place(f) for f in report.findings}
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        review = await open_review(pilot)
        options = review.query_one("#review-findings")
        prompts = {}
        for position in range(options.option_count):
            option = options.get_option_at_index(position)
            if option.id is not None:
                prompts[option.id] = str(option.prompt)
        assert not any(COUNTED_POSITION.search(prompt) for prompt in prompts.values())
        bullet_id = None
        for option_id, prompt in prompts.items():
            finding = review.findings[int(option_id)]
            where = expected[(finding.section, finding.index, finding.message)]
            if where is not None:
                assert where in prompt
                if where.startswith("bullet “") and bullet_id is None:
                    bullet_id = option_id
        assert bullet_id is not None, "the Ashmoor draft has a finding on a bullet"
        chosen = review.findings[int(bullet_id)]
        options.highlighted = options.get_option_index(bullet_id)
        await pilot.press("enter")
        await wait_for(pilot, lambda: app.screen is desk, what="the desk")
        assert desk.session.section_key == chosen.section
        under_cursor = desk.editor.current_paragraph_text()
        assert under_cursor.startswith("- " + words_of(expected[(chosen.section, chosen.index,
                                                                 chosen.message)]))
