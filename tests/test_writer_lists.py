"""A writer on a web-style force builds lists: a past paragraph (F3) or a
figure sentence (F4) inserted after a bullet joins the list as its next
bullet, as the house style has it; after an ordinary paragraph it is an
ordinary paragraph, as before."""

from __future__ import annotations

import pytest
from test_tui_support import (
    ashmoor_draft,
    desk_app,
    no_cursor_blink,
    open_desk,
    settle,
    show_filled_sentences,
    wait_for,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def at_paragraph(pilot, key: str, index: int):
    desk = await open_desk(pilot)
    while desk.session.section_key != key:
        await pilot.press("ctrl+down")
    desk.editor.go_to_paragraph(index)
    await settle(pilot)
    return desk


def last_bullet(section) -> int:
    return max(i for i, p in enumerate(section.paragraphs) if p.kind == "bullet")


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_a_past_paragraph_inserted_after_a_bullet_is_the_next_bullet(indexed_workspace, size):
    draft = ashmoor_draft(indexed_workspace)
    after = last_bullet(draft.section("homicide"))
    app = desk_app(indexed_workspace)
    async with app.run_test(size=size) as pilot:
        desk = await at_paragraph(pilot, "homicide", after)
        await wait_for(pilot, lambda: bool(desk.similar.hits), what="similar paragraphs")
        await pilot.press("f3")
        await settle(pilot)
        chosen = desk.similar.hits[0]
        await pilot.press("enter")
        await settle(pilot)
        paragraphs = desk.session.section.paragraphs
        inserted = paragraphs[after + 1]
        assert inserted.text == " ".join(chosen.text.split())
        assert inserted.kind == "bullet"
        assert inserted.origin.kind == "corpus" and inserted.origin.statement_id == chosen.statement_id
        lines = desk.editor.text.splitlines()
        row = lines.index(f"- {inserted.text}")
        assert lines[row - 1].strip(), "no blank line inside the list"


async def test_a_figure_sentence_inserted_after_a_bullet_is_the_next_bullet(indexed_workspace):
    draft = ashmoor_draft(indexed_workspace)
    after = last_bullet(draft.section("cyber-crime"))
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await at_paragraph(pilot, "cyber-crime", after)
        await show_filled_sentences(pilot, desk)
        sentence = desk.figures.sentences[0]
        await pilot.press("enter")
        await settle(pilot)
        inserted = desk.session.section.paragraphs[after + 1]
        assert inserted.text == " ".join(sentence.text.split())
        assert (inserted.kind, inserted.origin.kind) == ("bullet", "template")


async def test_a_figure_sentence_inserted_after_a_paragraph_stays_a_paragraph(indexed_workspace):
    draft = ashmoor_draft(indexed_workspace)
    section = draft.section("cyber-crime")
    after = next(i for i, p in enumerate(section.paragraphs) if p.kind == "paragraph")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await at_paragraph(pilot, "cyber-crime", after)
        await show_filled_sentences(pilot, desk)
        await pilot.press("enter")
        await settle(pilot)
        assert desk.session.section.paragraphs[after + 1].kind == "paragraph"
