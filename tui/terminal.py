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

It also reads keys with ``DeskKeyParser``: keys arriving together (Esc, Ctrl+O,
Esc within milliseconds, over SSH or from tmux) must never type text the
writer did not.
"""

from __future__ import annotations

import os
import selectors
from codecs import getincrementaldecoder

from textual._xterm_parser import XTermParser
from textual.driver import Driver

ESC = "\x1b"


class DeskKeyParser(XTermParser):
    """Textual's key reader, but an Esc never becomes the letter "^".

    After an Esc, Textual waits for the rest of an escape sequence. If none
    comes and the terminal pauses, it reads the Esc as Alt on the key after it
    ("\x1b\x0f" is Ctrl+O). If the next Esc comes first, it gives the keys back
    one by one with the Esc as a printable "^", which the editor typed into
    the draft: Esc, Ctrl+O, Esc sent together wrote "^" and opened the export
    dialog. Here a sequence cut short by the next Esc is read as one cut short
    by a pause.
    """

    _alt_next = False

    def _sequence_to_key_events(self, sequence: str, alt: bool = False):
        # Asked for a lone Esc only while a sequence cut short by the next Esc
        # is given back key by key; the Esc is always that sequence's first key.
        if sequence == ESC:
            self._alt_next = True
            return
        alt, self._alt_next = alt or self._alt_next, False
        yield from super()._sequence_to_key_events(sequence, alt)


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

        def run_input_thread(self) -> None:
            """Textual's input loop, reading keys with ``DeskKeyParser``."""
            parser = DeskKeyParser(self._debug)
            decode = getincrementaldecoder("utf-8")().decode
            with selectors.SelectSelector() as selector:
                selector.register(self.fileno, selectors.EVENT_READ)
                while True:
                    final = self.exit_event.is_set()  # one last read of what is waiting
                    for _, mask in selector.select(0.1):
                        if mask & selectors.EVENT_READ:
                            data = decode(os.read(self.fileno, 4096), final=final)
                            for event in parser.feed(data) if data else ():
                                self.process_message(event)
                    for event in parser.tick():
                        self.process_message(event)
                    if final:
                        break

    return DeskDriver
