"""The Figures pane: the section's template sentences filled for the draft's
period and area, what each used, and which figures are missing; with figures
for every force loaded, each measure's rank among the 43 forces and the
national rate."""

from __future__ import annotations

from drafter.tui.widgets.lists import CountedOptionList
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option


def format_value(value) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value):,}"
    if isinstance(value, (int, float)):
        return f"{value:,}"
    return str(value)


def figure_line(figure: dict) -> str:
    """``homicides · Severnshire · 2022 = 45 (Home Office HIT)``."""
    where = " · ".join(str(figure.get(k)) for k in ("measure", "area", "period") if figure.get(k))
    line = f"{where} = {format_value(figure.get('value'))}"
    if figure.get("source"):
        line += f"  ({figure['source']})"
    return line


def missing_line(missing: dict) -> str:
    return f"{missing.get('measure')} for {missing.get('area')} {missing.get('period')}"


class SentenceList(CountedOptionList):
    BINDINGS = [Binding("enter", "select", "Insert")]


class FiguresDetail(VerticalScroll):
    """The highlighted sentence's figures and sources. Tab stops here, to scroll a long
    list; its top line then says so, as nothing else on the screen shows the focus
    moved (the sentence list's highlight only dims, which no colour may show)."""

    FOCUSED_TITLE = "focus here: ↑↓ scroll · Shift+Tab back to the sentences"

    def on_focus(self) -> None:
        self.border_title = self.FOCUSED_TITLE

    def on_blur(self) -> None:
        self.border_title = None


class FiguresPane(Vertical):
    """Filled sentences to insert; the highlighted one's figures and sources below."""

    class Insert(Message):
        def __init__(self, sentence) -> None:
            super().__init__()
            self.sentence = sentence

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sentences: list = []
        self.missing: list[dict] = []
        self.compared: list = []

    def compose(self) -> ComposeResult:
        yield Static("", id="figures-state", markup=False)
        yield SentenceList(id="figures-sentences")
        with FiguresDetail(id="figures-detail-box"):
            yield Static("", id="figures-detail", markup=False)

    @property
    def sentence_list(self) -> SentenceList:
        return self.query_one(SentenceList)

    def show_state(self, message: str) -> None:
        state = self.query_one("#figures-state", Static)
        state.remove_class("-problem")
        state.update(message)

    def show_nothing(self, message: str) -> None:
        """No sentences to offer, and why."""
        self.sentences, self.missing, self.compared = [], [], []
        self.sentence_list.clear_options()
        self.show_state(message)
        self.show_detail(None)

    def show_problem(self, message: str) -> None:
        """No sentences, for a problem the writer must fix, given all the lines it needs
        (a toast saying it is gone in seconds)."""
        self.show_nothing(message)
        self.query_one("#figures-state", Static).add_class("-problem")

    @property
    def has_problem(self) -> bool:
        return self.query_one("#figures-state", Static).has_class("-problem")

    def show_fill(self, result, heading: str, compared=()) -> None:
        """Fillable sentences first, then those still missing a figure (placeholders
        shown); ``compared``: the section's measures beside every force."""
        self.sentences = list(result.sentences) + list(getattr(result, "not_fillable", []))
        self.missing = list(result.missing)
        self.compared = list(compared)
        options = []
        filled_for = str(getattr(result, "area", "")).casefold()
        for index, sentence in enumerate(self.sentences):
            gaps = getattr(sentence, "missing", None) or []
            prompt = Text(sentence.text, style="dim" if gaps else "")
            note = f"\n{sentence.template}"
            if gaps and all(str(g.get("area", "")).casefold() != filled_for for g in gaps):
                # A national sentence: it waits for every force's figures, not the area's own.
                note += " · needs every force's figures (drafter figures import)"
            elif gaps:
                note += f" · missing {', '.join(sorted({g.get('measure', '?') for g in gaps}))}"
            prompt.append(note, style="red" if gaps else "dim")
            options.append(Option(prompt, id=str(index)))
        sentence_list = self.sentence_list
        sentence_list.set_options(options)
        state = heading
        broken = len(result.broken)
        if not self.sentences and not broken:
            state += " · no sentence templates for this section"
        if self.missing:
            state += f" · {len(self.missing)} figure{'s' if len(self.missing) != 1 else ''} missing"
        if broken:
            state += f" · {broken} template mistake{'s' if broken != 1 else ''}"
        self.show_state(state)
        if options:
            sentence_list.highlighted = 0
        self.show_detail(0 if options else None)

    def show_detail(self, index: int | None) -> None:
        detail = Text()
        if self.compared:
            detail.append("Beside every force:\n", style="bold")
            for comparison in self.compared:
                detail.append(f"  {comparison.measure}: {comparison.describe()}\n")
        if index is not None and 0 <= index < len(self.sentences):
            sentence = self.sentences[index]
            detail.append("Figures used:\n", style="bold")
            for figure in sentence.figures or []:
                detail.append("  " + figure_line(figure) + "\n")
            if not sentence.figures:
                detail.append("  none\n", style="dim")
            for gap in getattr(sentence, "missing", None) or []:
                detail.append("  missing: " + missing_line(gap) + "\n", style="red")
        elif self.missing:
            detail.append("Missing figures:\n", style="bold red")
            for gap in self.missing:
                detail.append("  " + missing_line(gap) + "\n", style="red")
        self.query_one("#figures-detail", Static).update(detail)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.show_detail(event.option_index)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Insert(self.sentences[event.option_index]))
