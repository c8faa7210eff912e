"""Keys that reach the desk together, as over a slow SSH link or from tmux:
words typed just before Ctrl+Q are saved, and Esc arriving with other control
keys never types anything into the draft."""

from __future__ import annotations

import pytest
from drafter.tui.terminal import DeskKeyParser
from test_tui_support import copied_forward_draft, desk_app, no_cursor_blink, open_desk
from textual import events

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def draft_text(workspace, draft_id: int) -> str:
    draft = workspace.get_draft(draft_id)
    return "\n".join(paragraph.text for section in draft.sections for paragraph in section.paragraphs)


@pytest.mark.parametrize("size", [(80, 24), (160, 48)], ids=["80x24", "160x48"])
async def test_words_typed_together_with_ctrl_q_are_saved(indexed_workspace, size):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace, quick=False)  # no autosave: only quitting can save them
    async with app.run_test(size=size) as pilot:
        desk = await open_desk(pilot)
        desk.editor.focus()
        await pilot.pause()
        # One read from the terminal: every key is queued before the first is handled.
        for key in "Lamps":
            app.post_message(events.Key(key, key))
        app.post_message(events.Key("space", " "))
        for key in "fixed":
            app.post_message(events.Key(key, key))
        app.post_message(events.Key("ctrl+q", "\x11"))
        await pilot.pause()
    saved = indexed_workspace.get_draft(draft.id)
    assert saved.revision == 2
    assert draft_text(indexed_workspace, draft.id).startswith("Lamps fixed")


def keys_read(*chunks: str) -> list[tuple[str, str | None]]:
    """The keys the desk reads from what the terminal sends, each chunk in one read."""
    parser = DeskKeyParser()
    read = [event for chunk in chunks for event in parser.feed(chunk)]
    read += parser.feed("")  # the end: a lone Esc waiting for more is an Esc
    return [(event.key, event.character) for event in read if isinstance(event, events.Key)]


def typed(keys) -> str:
    return "".join(character for key, character in keys
                   if character and character.isprintable() and not key.startswith("alt+"))


def test_esc_ctrl_o_esc_together_open_and_close_the_export_without_typing():
    keys = keys_read("\x1b\x0f\x1b")
    assert keys == [("ctrl+o", "\x0f"), ("escape", "\x1b")]
    assert typed(keys) == ""


def test_a_burst_of_function_keys_and_escapes_types_nothing():
    # F3 F4 F5 F8 Esc F2 Esc F9 Esc Ctrl+O Esc Ctrl+G Esc F1 Esc, as tmux sends them in one go
    burst = "\x1bOR\x1bOS\x1b[15~\x1b[19~\x1b\x1bOQ\x1b\x1b[20~\x1b\x0f\x1b\x07\x1b\x1bOP\x1b"
    keys = keys_read(burst)
    assert typed(keys) == ""
    assert [key for key, _ in keys] == ["f3", "f4", "f5", "f8", "escape", "f2", "escape", "f9",
                                        "ctrl+o", "ctrl+g", "escape", "f1", "escape"]


def test_alt_r_followed_at_once_by_esc_is_still_alt_r():
    assert keys_read("\x1br\x1b") == [("alt+r", "r"), ("escape", "\x1b")]


def test_a_caret_the_writer_types_is_still_typed():
    assert typed(keys_read("2^10 and x^2")) == "2^10 and x^2"
    assert typed(keys_read("\x1b[A^", "\x1b\x1b[B^")) == "^^"
