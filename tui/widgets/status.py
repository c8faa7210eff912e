"""The status bar: which draft and section, what rolling forward left, the save
state, the search index state; and the footer of keys under it."""

from __future__ import annotations

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.widgets import Footer, Static


class StatusBar(Horizontal):
    """``Draft 2 · Serious violence ¶10–17    Saved · rev 12 · 14:03 │ Index ready``."""

    def compose(self) -> ComposeResult:
        yield Static("", id="status-where", markup=False)
        yield Static("", id="status-roll", markup=False)
        yield Static("", id="status-save", markup=False)
        yield Static("", id="status-index", markup=False)

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._shown: dict[str, str] = {}

    def _show(self, part: str, text: str) -> None:
        # Typing calls this on every key: only a real change may cost a layout.
        if self._shown.get(part) != text:
            self._shown[part] = text
            self.query_one(f"#status-{part}", Static).update(text)
            if part != "index":
                self._fit_index()

    def show_where(self, text: str) -> None:
        self._show("where", text)

    def show_roll(self, text: str) -> None:
        """What rolling forward left (nothing shown for a draft that was not rolled)."""
        self.query_one("#status-roll", Static).display = bool(text)
        self._show("roll", text)

    def show_save(self, text: str) -> None:
        self._show("save", text)

    SHORT_INDEX_STATES = (("Building search index…", "Indexing…"), ("Loading search index…", "Loading index…"),
                          ("Search stopped: ", "Search stopped"))
    """The index's states in short words, said when the whole words would cut the draft's
    area and period before them (the Similar pane says the rest): on 80 columns beside a
    roll's count "Search stopped: synonyms.txt" left "Cumbria 2026…" of a draft's name."""

    _index_state = ""

    def show_index(self, text: str) -> None:
        """The search index's state (nothing shown while it is only ready, on a narrow terminal)."""
        self._index_state = text
        self._fit_index()

    def _fit_index(self) -> None:
        text = self._index_state
        if text and self._room_for_where(text) < self._draft_name_width():
            for long, short in self.SHORT_INDEX_STATES:
                if text.startswith(long):
                    text = short + text[len(long):] if short.endswith("…") else short
                    break
        self._show("index", text)
        self.query_one("#status-index", Static).display = bool(text)

    def _draft_name_width(self) -> int:
        """Columns the draft's area and period take, with the "…" cutting the counts after
        them: the counts may give way to a state the writer must act on, the name may not."""
        name = self._shown.get("where", "").split(" · ", 1)
        return cell_len(name[0]) + (2 if len(name) > 1 else 0)

    def _room_for_where(self, index_text: str) -> int:
        """Columns left for the draft's name and section beside the other parts, each padded
        by a column either side."""
        others = [index_text, self._shown.get("save", "")]
        if self._shown.get("roll"):
            others.append(self._shown["roll"])
        return self.app.size.width - 2 - sum(cell_len(part) + 2 for part in others if part)

    def on_resize(self) -> None:
        self._fit_index()


class DeskFooter(Footer):
    """The footer, with the keys in ``hidden_when_narrow`` left out below
    ``wide_at`` columns, and on a terminal narrower still (70 columns, with a
    screen magnifier on) the keys that would not fit whole, last first, so no
    key is shown cut ("f2" with no word after it) or half off the edge (the rest
    are in help and the command palette)."""

    def __init__(self, hidden_when_narrow: frozenset[str], wide_at: int) -> None:
        super().__init__()
        self.hidden_when_narrow, self.wide_at = hidden_when_narrow, wide_at
        self._composed_narrow: bool | None = None
        self._composed_width: int | None = None

    @property
    def narrow(self) -> bool:
        return self.app.size.width < self.wide_at

    @staticmethod
    def key_width(key) -> int:
        """Columns a footer key takes: its key and word, padded as Textual pads them (the
        palette key's border stands in the place of its left padding)."""
        return cell_len(key.key_display) + 2 + (cell_len(key.description) + 1 if key.description else 0)

    def compose(self) -> ComposeResult:
        self._composed_narrow, self._composed_width = self.narrow, self.app.size.width
        hidden = self.hidden_when_narrow if self._composed_narrow else frozenset()
        keys = [key for key in super().compose() if getattr(key, "action", None) not in hidden]
        palette = [key for key in keys if key.has_class("-command-palette")]
        room = self._composed_width - sum(self.key_width(key) for key in palette)
        for key in keys:
            if key not in palette:
                room -= self.key_width(key)
                if room < 0:
                    continue
            yield key

    def fit(self) -> None:
        """Show the keys for the terminal's width, if it changed since."""
        if self.is_mounted and self._composed_width is not None \
                and self._composed_width != self.app.size.width:
            self.refresh(recompose=True)
