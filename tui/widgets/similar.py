"""The Similar pane: past paragraphs like the one under the cursor.

Hits arrive from a background search; this widget only shows them and turns
keys into requests (insert one, open its statement) for the desk to carry out.
"""

from __future__ import annotations

from drafter.tui.layout import similarity_cue, statement_label
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option


def also_in_count(hit) -> int:
    also_in = getattr(hit, "also_in", 0) or 0
    return also_in if isinstance(also_in, int) else len(also_in)


def hit_prompt(hit, best: float, max_chars: int) -> Text:
    prompt = Text()
    prompt.append(similarity_cue(hit.score, best), style="bold green")
    prompt.append(" " + statement_label(hit.force, hit.date, hit.number, hit.subheading), style="bold")
    others = also_in_count(hit)
    if others:
        prompt.append(f" · also in {others} statement{'s' if others != 1 else ''}", style="dim")
    text = " ".join(hit.text.split())
    if len(text) > max_chars:
        cut = text[: max_chars - 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
    prompt.append("\n" + text)
    return prompt


class HitList(OptionList):
    BINDINGS = [
        Binding("enter", "select", "Insert"),
        Binding("o", "open_source", "Open statement"),
    ]

    def action_open_source(self) -> None:
        self.query_ancestor(SimilarPane).open_highlighted()


class SimilarPane(Vertical):
    """Header line (what was searched, or why nothing is shown) and the hit list."""

    class Insert(Message):
        def __init__(self, hit) -> None:
            super().__init__()
            self.hit = hit

    class OpenSource(Message):
        def __init__(self, hit) -> None:
            super().__init__()
            self.hit = hit

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.hits: list = []
        self.heading = ""

    def compose(self) -> ComposeResult:
        yield Static("", id="similar-state", markup=False)
        yield HitList(id="similar-hits")

    @property
    def hit_list(self) -> HitList:
        return self.query_one(HitList)

    def show_state(self, message: str) -> None:
        self.query_one("#similar-state", Static).update(message)

    def on_resize(self) -> None:
        # Hit texts are cut to fit the pane; a new width cuts them again.
        if self.hits:
            highlighted = self.hit_list.highlighted
            self.show_hits(self.hits, self.heading)
            self.hit_list.highlighted = highlighted

    def show_hits(self, hits: list, heading: str) -> None:
        self.hits = list(hits)
        self.heading = heading
        # Before its first layout (or on a hidden tab) the pane has no size yet.
        width = self.size.width or self.screen.size.width
        height = self.size.height or self.screen.size.height // 2
        lines = 4 if height >= 20 else 2
        # Words wrap before the edge: leave room so the text fits its lines.
        max_chars = max(40, (width - 14) * lines)
        best = max((hit.score for hit in self.hits), default=0.0)
        options = [Option(hit_prompt(hit, best, max_chars=max_chars), id=str(index))
                   for index, hit in enumerate(self.hits)]
        hit_list = self.hit_list
        hit_list.set_options(options)
        if options:
            hit_list.highlighted = 0
        self.show_state(heading if hits else heading + " · nothing similar found")

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Insert(self.hits[event.option_index]))

    def open_highlighted(self) -> None:
        index = self.hit_list.highlighted
        if index is not None and 0 <= index < len(self.hits):
            self.post_message(self.OpenSource(self.hits[index]))
