"""What every desk screen shares."""

from __future__ import annotations

from textual.worker import Worker


class ReportsWorkerFailures:
    """Mixin for screens: a worker that fails unexpectedly becomes an error
    notification (worker messages stop at their screen; they do not reach the app)."""

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.app.report_worker_failure(event)
