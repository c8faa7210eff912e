"""The Preview pane: the whole statement as the text export renders it, opened
at the section being written; sections' headings in bold and underlined, sub-headings
in bold, bullets as "•"."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static


def split_at_headings(text: str, headings: list[str]) -> list[tuple[str | None, str]]:
    """Cut the rendered statement into (heading, block) pieces, the header block first.

    ``headings`` are the sections' headings in order; each starts a block where
    it stands alone on a line after a blank one, as the text export lays it out.
    """
    blocks: list[tuple[str | None, list[str]]] = [(None, [])]
    pending = list(headings)
    previous = ""
    for line in text.rstrip("\n").split("\n"):
        if pending and line == pending[0] and previous == "":
            blocks.append((pending.pop(0), []))
        blocks[-1][1].append(line)
        previous = line
    return [(heading, "\n".join(lines).strip("\n")) for heading, lines in blocks]


def emphasised(block: str, headings: set[str], subheadings: set[str] = frozenset()):
    """The block as rich text: a section's heading in bold and underlined, a sub-heading
    in bold, so which is which is seen in the pane's one colour ("What the figures
    show" under "Reduce serious violence" reads as part of it, not a section of its own)."""
    from rich.text import Text

    text = Text(block)
    start = 0
    for line in block.split("\n"):
        if line and line in headings:
            text.stylize("bold underline", start, start + len(line))
        elif line and line in subheadings:
            text.stylize("bold", start, start + len(line))
        start += len(line) + 1
    return text


class PreviewPane(VerticalScroll, can_focus=True):
    """Scrollable, read-only; rebuilt by the desk when the draft changes."""

    def compose(self) -> ComposeResult:
        yield Static("", id="preview-text", markup=False)

    @property
    def text(self) -> str:
        return "\n\n".join(str(block.render()) for block in self.query(Static))

    def show_statement(self, text: str, headings: list[str], current: str | None,
                       subheadings: set[str] | None = None) -> None:
        blocks = split_at_headings(text, headings)
        statics = list(self.query(Static))
        while len(statics) < len(blocks):
            widget = Static("", classes="preview-block", markup=False)
            self.mount(widget)
            statics.append(widget)
        for widget in statics[len(blocks):]:
            widget.remove()
        target = None
        for widget, (heading, block) in zip(statics, blocks):
            widget.update(emphasised(block, set(headings), set(subheadings or ())))
            if heading is not None and heading == current:
                target = widget
        if target is not None:
            self.call_after_refresh(self.scroll_to_widget, target, animate=False, top=True)
