"""What every desk screen shares."""

from __future__ import annotations

from textual.worker import Worker


class ReportsWorkerFailures:
    """Mixin for screens: a worker that fails unexpectedly becomes an error
    notification (worker messages stop at their screen; they do not reach the app)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.app.report_worker_failure(event)


class DismissedOnce:
    """Mixin for screens that close with a result: a key typed ahead that reaches
    the screen after it was dismissed (Enter twice on a form's last field) does
    nothing, where a second dismissal ran its result again and popped the
    screen under it, which stopped the desk."""

    _dismissed = False

    def dismiss(self, result=None):
        if self._dismissed:
            return None
        self._dismissed = True
        return super().dismiss(result)
