"""How the desk shows notifications (toasts): each recorded in ``notices``,
never read as markup, an error or a warning marked by its shape as well as its
colour, and cleared when a dialog opens, so none sits over it."""

from __future__ import annotations

from drafter.tui.layout import SEVERITY_MARKS
from textual.screen import ModalScreen


class DeskNotifications:
    """For the desk's App, before ``App`` in its bases; the App sets ``notices``."""

    def notify(self, message: str, *, title: str = "", severity="information",
               timeout: float | None = None, markup: bool = True) -> None:
        self.notices.append((severity, message))
        # Messages quote drafts, paths and placeholders ("[[missing ...]]"): never markup.
        # An error or a warning starts with the review's mark for it: a toast's colour alone,
        # which NO_COLOR or a monochrome terminal drops, told it from the desk's news.
        marked = f"{SEVERITY_MARKS[severity]} {message}" if severity in ("error", "warning") else message
        super().notify(marked, title=title, severity=severity, timeout=timeout, markup=False)

    def push_screen(self, screen, *args, **kwargs):
        if isinstance(screen, ModalScreen):
            # At 80x24 two toasts cover half a dialog (F12's "Now" column). The writer
            # has moved on to the dialog, and what the toasts said that lasts (the
            # roll's count, saving) is on the status line.
            self.clear_notifications()
        return super().push_screen(screen, *args, **kwargs)
