"""The Similar pane: past paragraphs like the one under the cursor.

Hits arrive from a background search, already arranged in groups
(``drafter.tui.suggestions``); this widget only shows them, each with its
relevance level and the writer's words picked out, and turns keys into
requests (insert one, open its statement, switch between the section's
priority and all priorities) for the desk to carry out.
"""

from __future__ import annotations

import re

from drafter.tui.layout import LEVEL_STYLES, level_cue, short_title, statement_label
from drafter.tui.widgets.lists import CountedOptionList
from rich.console import Group
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

MATCHED_STYLE = "bold underline"


def also_in_count(hit) -> int:
    also_in = getattr(hit, "also_in", 0) or 0
    return also_in if isinstance(also_in, int) else len(also_in)


def also_in_label(hit, others: int) -> str:
    """"also in 4 statements", or where the near-copies mix the writer's
    force with others, the search's words for it ("also in 3 other Cumbria
    statements; 16 of other forces")."""
    elsewhere = getattr(hit, "also_in_other_forces", 0)
    if isinstance(elsewhere, int) and 0 < elsewhere < others:
        return hit.also_in_words
    return f"also in {others} statement{'s' if others != 1 else ''}"


ENDINGS = ("ies", "ing", "es", "ed", "s", "d")
"""Endings a matched word may be written with or without: search matches the
writer's "weapons" to the paragraph's "weapon sweeps", and both are picked out."""
MIN_STEM = 4


def stem_of(word: str) -> str:
    """``word`` without one common English ending ("seized" → "seiz")."""
    lowered = word.lower()
    for ending in ENDINGS:
        stem = lowered[:-len(ending)]
        if lowered.endswith(ending) and len(stem) >= MIN_STEM and not stem.endswith(("s", "u", "i")):
            return stem
    return lowered


def word_forms(word: str) -> str:
    """A pattern for ``word`` and its forms with the usual endings."""
    stem = stem_of(word)
    if len(stem) < MIN_STEM:
        return re.escape(word)
    return re.escape(stem) + "(?:" + "|".join(("e", "y", *ENDINGS)) + ")?"


def matched_pattern(matched: list[str]) -> re.Pattern | None:
    """Whole words (or phrases) the hit shares with the writer's, in any case, a
    single word also with or without a common ending."""
    phrases = sorted({" ".join(word.split()) for word in matched if word and word.strip()},
                     key=len, reverse=True)
    if not phrases:
        return None
    alternatives = "|".join(word_forms(phrase) if " " not in phrase
                            else r"\s+".join(map(re.escape, phrase.split())) for phrase in phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def snippet(text: str, pattern: re.Pattern | None, max_chars: int) -> str:
    """``text`` cut to ``max_chars`` at a word; started a little before the first
    matched word when that would fall beyond the cut (a single line always
    starts at the beginning, which is what names the paragraph)."""
    text = " ".join(text.split())
    if len(text) <= max_chars:
        return text
    start = 0
    first = pattern.search(text) if pattern is not None and max_chars > 80 else None
    if first is not None and first.end() > max_chars - 10:
        start = text.rfind(" ", 0, max(0, first.start() - max_chars // 4)) + 1
    cut = text[start:start + max_chars - 2]
    if start + len(cut) < len(text):
        cut = (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" ,;:") + "…"
    return ("…" + cut) if start else cut


def hit_prompt(hit, max_chars: int, *, named: bool = False) -> Group:
    """The hit's label on one line (cut with … rather than wrapped), then its words."""
    level = getattr(hit, "level", "weak")
    prompt = Text(no_wrap=True, overflow="ellipsis")
    prompt.append(level_cue(level), style=LEVEL_STYLES.get(level, "dim"))
    if named and hit.priority:
        prompt.append(f" · {short_title(hit.priority)}", style="bold")
    prompt.append(" · " + statement_label(hit),
                  style="bold" if not named else "")
    others = also_in_count(hit)
    if others:
        prompt.append(f" · {also_in_label(hit, others)}", style="dim")
    pattern = matched_pattern(list(getattr(hit, "matched", None) or []))
    body = Text(snippet(hit.text, pattern, max_chars))
    if pattern is not None:
        body.highlight_regex(pattern, MATCHED_STYLE)
    return Group(prompt, body)


def group_heading(title: str) -> Text:
    return Text(title, style="bold underline")


class HitList(CountedOptionList):
    BINDINGS = [
        Binding("enter", "select", "Insert"),
        Binding("o", "open_source", "Open statement"),
        Binding("a", "switch_scope", "All priorities"),
    ]

    def action_open_source(self) -> None:
        self.query_ancestor(SimilarPane).open_highlighted()

    def action_switch_scope(self) -> None:
        self.query_ancestor(SimilarPane).post_message(SimilarPane.SwitchScope())


class SimilarPane(Vertical):
    """Header line (what was searched, or why nothing is shown) and the grouped hits."""

    class Insert(Message):
        def __init__(self, hit) -> None:
            super().__init__()
            self.hit = hit

    class OpenSource(Message):
        def __init__(self, hit) -> None:
            super().__init__()
            self.hit = hit

    class SwitchScope(Message):
        """The writer asked for the other scope (section's priority / all priorities)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.groups: list = []
        self.hits: list = []
        """Every hit shown, in the order shown."""
        self.heading = ""

    def compose(self) -> ComposeResult:
        yield Static("", id="similar-state", markup=False)
        yield HitList(id="similar-hits")

    @property
    def hit_list(self) -> HitList:
        return self.query_one(HitList)

    @property
    def state(self) -> str:
        return str(self.query_one("#similar-state", Static).render())

    def show_state(self, message: str) -> None:
        state = self.query_one("#similar-state", Static)
        state.remove_class("-problem")
        state.update(message)

    def show_problem(self, message: str) -> None:
        """A problem the writer must fix, given all the lines it needs."""
        state = self.query_one("#similar-state", Static)
        state.add_class("-problem")
        state.update(message)

    def on_resize(self) -> None:
        # Hit texts are cut to fit the pane; a new width cuts them again.
        if self.hits:
            highlighted = self.hit_list.highlighted
            self.show_groups(self.groups, self.heading)
            self.hit_list.highlighted = highlighted

    def show_groups(self, groups: list, heading: str) -> None:
        """Show ``groups`` (``suggestions.HitGroup``) under ``heading``."""
        self.groups = list(groups)
        self.heading = heading
        # Before its first layout (or on a hidden tab) the pane has no size yet.
        width = self.size.width or self.screen.size.width
        height = self.size.height or self.screen.size.height // 2
        # Under the editor of a small terminal a line of each hit is enough to
        # see the three or four best at once; opened (F3), more of each.
        lines = 4 if height >= 20 else 2 if height >= 12 else 1
        # Words wrap before the edge: leave room so the text fits its lines.
        max_chars = max(40, (width - 14) * lines)
        options: list[Option] = []
        self.hits = []
        notes = []
        for group in self.groups:
            if not group.hits:
                # A title over nothing costs a line: what it says goes on the state line.
                notes.append(group.note or "nothing similar found")
                continue
            options.append(Option(group_heading(group.heading), disabled=True))
            for hit in group.hits:
                options.append(Option(hit_prompt(hit, max_chars, named=group.named),
                                      id=f"hit-{len(self.hits)}"))
                self.hits.append(hit)
        hit_list = self.hit_list
        hit_list.set_options(options)
        first = next((index for index, option in enumerate(options) if not option.disabled), None)
        if first is not None:
            hit_list.highlighted = first
        if not self.groups:
            notes.append("nothing similar found")
        self.show_state(" · ".join([heading, *notes]))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        hit = self.hit_for(event.option)
        if hit is not None:
            self.post_message(self.Insert(hit))

    def hit_for(self, option) -> object | None:
        if option is None or not option.id or not option.id.startswith("hit-"):
            return None
        return self.hits[int(option.id.removeprefix("hit-"))]

    def open_highlighted(self) -> None:
        hit = self.hit_for(self.hit_list.highlighted_option)
        if hit is not None:
            self.post_message(self.OpenSource(hit))
