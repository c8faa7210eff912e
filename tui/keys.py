"""Every desk action with its keys, in one table.

The desk's bindings, its footer, the help screen and the command palette are
all built from ``DESK_ACTIONS``, so a key shown anywhere is a key that works.
Function keys and Ctrl+letter combinations were chosen because they reach the
app unchanged through SSH and tmux; the editor's own keys (Ctrl+A/E/K/U/W/Z/Y,
F6, F7) are left alone. Alt+letter keys arrive as Esc and the letter, which the
editor would type: they are bound ahead of it (``takes_priority``); Alt+B and
Alt+F are left alone, as terminals send them for moving by word.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DeskAction:
    action: str
    """Name of the action method on the desk screen (``action_<name>``)."""
    keys: str
    """Textual key names, comma separated; the first is the one displayed."""
    label: str
    """Short label for the footer; the action's name in the command palette."""
    description: str
    """One line for the help screen and the command palette."""
    show: bool = True
    """Shown in the footer (every action is listed in help and the palette)."""
    narrow: bool = True
    """Also shown in the footer of a narrow terminal, whose 80 columns hold six keys."""

    @property
    def takes_priority(self) -> bool:
        """Bound ahead of the focused widget: an Alt+letter key carries its letter,
        which the editor would otherwise type."""
        return any(key.startswith("alt+") for key in self.keys.split(","))


DESK_ACTIONS: tuple[DeskAction, ...] = (
    DeskAction("help", "f1,question_mark", "Help",
               "Show the keys and how the desk works (? works outside the editor)"),
    DeskAction("sections", "f2", "Sections", "Show the section list and move to a section"),
    DeskAction("similar", "f3", "Similar", "Past paragraphs like the one under the cursor"),
    DeskAction("figures", "f4", "Figures", "Template sentences filled with this period's figures"),
    DeskAction("preview", "f5", "Preview", "The whole statement as it will be exported",
               narrow=False),
    DeskAction("save", "ctrl+s", "Save", "Save a revision now (the desk also saves as you pause)",
               narrow=False),
    DeskAction("export", "ctrl+o", "Export", "Export the statement to DOCX, Markdown or text",
               narrow=False),
    DeskAction("review", "f8", "Review", "Check the draft: changes, reuse, figures, dates, wording"),
    DeskAction("revisions", "f9", "Revisions", "List saved revisions and restore one", narrow=False),
    DeskAction("similar_scope", "alt+a", "All priorities",
               "Similar: switch between this section's priority and all priorities", show=False),
    DeskAction("next_left", "ctrl+f", "Next left",
               "Go to the next paragraph with something the roll forward left for you", show=False),
    DeskAction("roll_details", "f12,alt+d", "Before/after",
               "This paragraph before and after rolling forward: what moved, what was left",
               show=False),
    DeskAction("reject_roll", "alt+r", "Reject roll",
               "Reject the roll for this paragraph: its words as copied come back", show=False),
    DeskAction("next_section", "ctrl+down,alt+down", "Next section", "Go to the next section", show=False),
    DeskAction("previous_section", "ctrl+up,alt+up", "Previous section", "Go to the previous section",
               show=False),
    DeskAction("toggle_done", "ctrl+t", "Section done", "Mark the section done, or back to drafting",
               show=False),
    DeskAction("new_draft", "ctrl+n", "New draft",
               "Start a new draft, empty or copied forward from a past statement", show=False),
    DeskAction("open_draft", "ctrl+l", "Open a draft", "Open another draft", show=False),
    DeskAction("details", "ctrl+g", "Draft details", "Edit the draft's title, presenter, date, period and area",
               show=False),
    DeskAction("rebuild_index", "ctrl+r", "Rebuild index",
               "Rebuild the search index from the corpus (if search is unavailable)", show=False),
    DeskAction("edit", "escape", "Editor", "Back to the editor", show=False),
)

EDITOR_COMMANDS: tuple[tuple[str, str, str, str], ...] = (
    ("undo", "ctrl+z", "Undo", "Undo the last change in the editor"),
    ("redo", "ctrl+y", "Redo", "Redo the change just undone"),
)
"""The editor's own keys offered in the command palette: (desk action, keys, name, what it does)."""

NARROW_HIDDEN = frozenset(action.action for action in DESK_ACTIONS if action.show and not action.narrow)
"""Footer keys left to help (F1) and the palette (Ctrl+P) on a narrow terminal."""

PANE_KEYS: tuple[tuple[str, str, str], ...] = (
    ("Similar", "enter", "Insert the highlighted paragraph after the cursor's paragraph"),
    ("Similar", "o", "Open the whole statement it comes from"),
    ("Similar", "a", "Switch between this section's priority and all priorities"),
    ("Before/after", "r", "Reject the roll for the paragraph"),
    ("Before/after", "n", "Go to the next paragraph with something left"),
    ("Figures", "enter", "Insert the highlighted sentence after the cursor's paragraph"),
    ("Editor", "ctrl+z / ctrl+y", "Undo / redo"),
    ("Editor", "ctrl+left / ctrl+right", "Move by word (add shift to select)"),
    ("Editor", "f7", "Select all"),
    ("Anywhere", "ctrl+p", "Command palette: every action by name"),
    ("Anywhere", "typing", "Letters typed in a pane (Preview, Similar, Figures) are written in the editor"),
    ("Anywhere", "ctrl+q", "Quit (your work is saved first)"),
)


def display_key(keys: str) -> str:
    """The first key, written the way people say it: ``Ctrl+S``, ``F2``, ``Alt+↓``."""
    key = keys.split(",")[0]
    names = {"up": "↑", "down": "↓", "left": "←", "right": "→", "escape": "Esc",
             "enter": "Enter", "ctrl": "Ctrl", "alt": "Alt", "shift": "Shift",
             "question_mark": "?"}
    parts = key.split("+")
    return "+".join(names.get(part, part.upper() if len(part) <= 3 else part.capitalize())
                    for part in parts)
