"""The desk names things as the rest of drafter does: Similar's "Like
paragraph N" counts a section's paragraphs as the section list does
(sub-headings are not paragraphs; numbered paragraphs go by their numbers),
and the review's summary counts findings in the words of ``drafter review``."""

from __future__ import annotations

import pytest
from drafter.tui.layout import paragraph_label
from drafter.tui.widgets.sections import section_prompt
from test_tui_support import ashmoor_draft, desk_app, no_cursor_blink, open_desk, open_review, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

UNNUMBERED = ["paragraph", "subheading", "bullet", "bullet", "subheading", "paragraph"]
NUMBERED = ["paragraph", "bullet", "subheading", "paragraph", "table"]


@pytest.mark.parametrize(("index", "label"), [
    (0, "paragraph 1"), (1, "the sub-heading"), (3, "paragraph 3"), (5, "paragraph 4")])
def test_an_unnumbered_sections_paragraphs_are_counted_without_sub_headings(index, label):
    assert paragraph_label(UNNUMBERED, index, None) == label


@pytest.mark.parametrize(("index", "label"), [
    (0, "¶12"), (1, "the bullet after ¶12"), (2, "the sub-heading"), (3, "¶13"),
    (4, "the table after ¶13")])
def test_a_numbered_sections_paragraphs_go_by_their_numbers(index, label):
    assert paragraph_label(NUMBERED, index, 12) == label


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.anyio
@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_similar_names_the_last_paragraph_as_the_section_list_counts_them(indexed_workspace, size):
    draft = ashmoor_draft(indexed_workspace)
    section = next(s for s in draft.sections
                   if any(p.kind == "subheading" for p in s.paragraphs) and s.paragraphs[-1].kind != "subheading")
    counted = sum(1 for p in section.paragraphs if p.kind != "subheading")
    assert counted < len(section.paragraphs)  # sub-headings to be left out
    assert f"({counted} ¶)" in section_prompt(section, None).plain
    indexed_workspace.remember_draft_place(draft.id, section.key, len(section.paragraphs) - 1)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        assert desk.session.section_key == section.key
        await wait_for(pilot, lambda: desk.similar.heading.startswith("Like "), what="the Similar pane")
        assert desk.similar.heading.startswith(f"Like paragraph {counted} · ")


@pytest.mark.anyio
async def test_the_desks_review_counts_findings_in_the_clis_words(indexed_workspace):
    draft = ashmoor_draft(indexed_workspace)
    cli_counts = indexed_workspace.review(draft.id).summary_line().split(" · ")[0]
    assert cli_counts.endswith(" info")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        await open_desk(pilot)
        review = await open_review(pilot)
        state = str(review.query_one("#review-state").render())
        assert state.splitlines()[0] == cli_counts
        # The summary is said once on the review screen.
        shown = "\n".join(str(widget.render()) for widget in review.query("Static"))
        assert shown.count(cli_counts.split(":")[0]) == 1, shown
