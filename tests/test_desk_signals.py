"""The real desk, on a real pseudo-terminal, told to go: when its terminal
hangs up (SSH dropped, tmux killed), when sent SIGHUP, when sent SIGTERM
(a shutdown), and when Ctrl+Q arrives with the last words typed, it saves the
words typed so far and exits promptly; control keys arriving together type
nothing."""

from __future__ import annotations

import fcntl
import os
import re
import selectors
import signal
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

import drafter

# Autosave is put off, so only the desk's own leaving can store the typed words.
DESK = """
import fcntl, os, sys, termios
os.setsid()
fcntl.ioctl(0, termios.TIOCSCTTY, 0)  # the pty becomes the desk's terminal, as in tmux or SSH
import drafter
from drafter.tui.app import DeskApp, make_app
DeskApp.AUTOSAVE_DELAY = 3600
DeskApp.CURSOR_BLINK = False
with drafter.open_workspace(sys.argv[1], seed=False) as workspace:
    make_app(workspace).run()
"""
TYPED = "Zebra crossings near every school"
ESCAPES = re.compile(r"\x1b(\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(\x07|\x1b\\)|[PX^_][^\x1b]*\x1b\\|[@-Z\\-_])")
SECONDS = 60  # generous: only a desk that does not go would take this long


class Terminal:
    """The terminal side of a pseudo-terminal: keys in, screen text out, and
    hanging up (closing it, as tmux does when it is killed)."""

    def __init__(self, master: int):
        self.master = master
        self.output = bytearray()
        self.closed = False
        self.grew = threading.Condition()
        self._stop_reading, self._wake = os.pipe()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        with selectors.DefaultSelector() as selector:
            selector.register(self.master, selectors.EVENT_READ)
            selector.register(self._stop_reading, selectors.EVENT_READ)
            chunk = b"-"
            while chunk:
                ready = [key.fd for key, _ in selector.select()]
                try:
                    chunk = os.read(self.master, 65536) if self.master in ready else b""
                except OSError:  # EIO: every process on the other side has gone
                    chunk = b""
                with self.grew:
                    self.output += chunk
                    self.closed = not chunk
                    self.grew.notify_all()

    def text(self, since: int = 0) -> str:
        return ESCAPES.sub("", self.output[since:].decode("utf-8", "replace"))

    def wait_for(self, words: str, since: int = 0) -> None:
        deadline = time.monotonic() + SECONDS
        with self.grew:
            while words not in self.text(since):
                left = deadline - time.monotonic()
                assert left > 0 and not self.closed, f"{words!r} never shown:\n{self.text(since)[-2000:]}"
                self.grew.wait(left)

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode("utf-8"))

    def finish_reading(self) -> None:
        """Wait for the desk's last output (it has exited)."""
        self.reader.join(SECONDS)
        assert not self.reader.is_alive()

    def hang_up(self) -> None:
        os.write(self._wake, b"x")
        self.reader.join(SECONDS)
        self.close()

    def close(self) -> None:
        for fd in (self.master, self._stop_reading, self._wake):
            try:
                os.close(fd)
            except OSError:
                pass  # closed already, by hanging up


@pytest.fixture
def desk(indexed_workspace):
    """A desk open on a saved draft, its search ready (no worker busy), and its terminal."""
    root = indexed_workspace.path
    draft = indexed_workspace.new_draft(title="Severnshire quarterly statement", date="2025-06")
    indexed_workspace.close()
    master, slave = os.openpty()
    fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    process = subprocess.Popen([sys.executable, "-c", DESK, str(root)], stdin=slave, stdout=slave,
                               stderr=slave, env=_terminal_environment())
    os.close(slave)
    terminal = Terminal(master)
    try:
        terminal.wait_for("Search ready")
        yield process, terminal, root, draft.id
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        terminal.close()


def _terminal_environment() -> dict[str, str]:
    """The desk's environment as a terminal gives it: its size is the pty's, not
    COLUMNS and LINES that a test runner's worker may have set for itself."""
    inherited = {name: value for name, value in os.environ.items() if name not in ("COLUMNS", "LINES")}
    return {**inherited, "TERM": "xterm-256color"}


def _words_typed(terminal: Terminal, root: Path, draft_id: int) -> None:
    """Type the words at the start of the draft and wait until the desk shows
    the last of them joined to the paragraph's first word: only then has it
    read every key (keys still in the terminal when it hangs up never reach
    the desk). The words wrap, so they are not looked for whole."""
    joined = TYPED.split()[-1] + _saved_text(root, draft_id)[1].split()[0]
    shown = len(terminal.output)
    terminal.type(TYPED)
    terminal.wait_for("Editing…", since=shown)
    terminal.wait_for(joined, since=shown)


def _exits_promptly(process) -> int:
    return process.wait(timeout=SECONDS)


def _saved_text(root: Path, draft_id: int) -> tuple[int, str]:
    with drafter.open_workspace(root, seed=False) as workspace:
        draft = workspace.get_draft(draft_id)
        return draft.revision, "\n".join(p.text for s in draft.sections for p in s.paragraphs)


def test_a_hung_up_terminal_saves_the_draft_and_the_desk_exits(desk):
    process, terminal, root, draft_id = desk
    _words_typed(terminal, root, draft_id)
    terminal.hang_up()  # as tmux kill-server does: the kernel sends the desk SIGHUP and SIGCONT
    assert _exits_promptly(process) == 0
    revision, text = _saved_text(root, draft_id)
    assert revision == 2 and TYPED in text


@pytest.mark.parametrize("number", [signal.SIGHUP, signal.SIGTERM], ids=["SIGHUP", "SIGTERM"])
def test_a_signal_to_go_saves_the_draft_and_gives_the_terminal_back(desk, number):
    process, terminal, root, draft_id = desk
    _words_typed(terminal, root, draft_id)
    process.send_signal(number)
    assert _exits_promptly(process) == 0
    revision, text = _saved_text(root, draft_id)
    assert revision == 2 and TYPED in text
    terminal.finish_reading()
    assert b"\x1b[?1049l" in terminal.output  # the terminal is given back: the alternate screen is left


def test_control_keys_together_type_nothing_and_words_sent_with_ctrl_q_are_saved(desk):
    process, terminal, root, draft_id = desk
    shown = len(terminal.output)
    # Esc, Ctrl+S, Esc, Left in one read: once the Esc before Ctrl+S was typed as "^" and saved.
    terminal.type("\x1b\x13\x1b\x1b[D")
    terminal.wait_for("Nothing new to save", since=shown)
    terminal.type(TYPED + "\x11")  # the last words and Ctrl+Q in one read
    assert _exits_promptly(process) == 0
    revision, text = _saved_text(root, draft_id)
    assert revision == 2 and TYPED in text
    assert "^" not in text
