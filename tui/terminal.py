"""The desk's terminal driver: Textual's own, made safe for a terminal that
goes away (SSH dropped, tmux killed).

When a terminal hangs up, the kernel sends the process that leads its session
SIGHUP and SIGCONT together. Textual takes SIGCONT as "resumed after Ctrl+Z"
and starts application mode again, on the dead terminal: its new output thread
dies on its first write (EIO), and once 30 writes are queued behind it the
next one blocks the event loop for good: the desk then neither saves nor
exits. Enough writes after a hangup do the same to the first output thread,
SIGCONT or not. This driver resumes only on a terminal that is still there and
writes nothing to one that has gone, so the desk's hangup handler always runs
and its shutdown always finishes.
"""

from __future__ import annotations

import os

from textual.driver import Driver


def desk_driver(default: type[Driver]) -> type[Driver]:
    """The driver the desk runs on: Textual's ``default``, hang-up safe where it is the Linux one."""
    try:
        from textual.drivers.linux_driver import LinuxDriver
    except ImportError:  # Windows: no SIGHUP, no SIGCONT
        return default
    if default is not LinuxDriver:
        return default

    class DeskDriver(LinuxDriver):
        @property
        def terminal_is_there(self) -> bool:
            """False once the terminal has hung up: it is then no longer a tty."""
            return os.isatty(self.fileno)  # the keyboard's end, a terminal by the desk's own check

        def resume_application_mode(self) -> None:
            if self.terminal_is_there:  # `fg` after Ctrl+Z, not the SIGCONT of a hangup
                super().resume_application_mode()

        def write(self, data: str) -> None:
            if self.terminal_is_there:
                super().write(data)

    return DeskDriver
