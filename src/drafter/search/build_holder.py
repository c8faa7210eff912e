"""Who holds the search index's build lock: the process and machine that took
it, written into the lock file, so that a search can tell a colleague's build
that is working (wait for it: its index is the one to search) from one stopped
with Ctrl+Z, which holds the lock for as long as it stays stopped (make an index
in memory instead), and from one on another machine, which it cannot see."""

from __future__ import annotations

import os
import socket
from pathlib import Path

RUNNING, STOPPED, UNKNOWN = "running", "stopped", "unknown"


def claim(handle) -> None:
    """Write this process and machine into the lock file just taken."""
    try:
        descriptor = handle.fileno()
        os.ftruncate(descriptor, 0)
        os.pwrite(descriptor, f"{os.getpid()} {socket.gethostname()}\n".encode(), 0)
    except OSError:
        pass  # a lock file this user may only read still locks; its holder is then unknown


def holder_state(lock: Path) -> str:
    """RUNNING or STOPPED for a holder on this machine; UNKNOWN for one elsewhere, or unnamed."""
    try:
        pid, host = lock.read_text(encoding="utf-8").split()[:2]
        if host != socket.gethostname():
            return UNKNOWN
        stat = Path(f"/proc/{int(pid)}/stat").read_text(encoding="utf-8")
    except (OSError, ValueError):
        return UNKNOWN
    state = stat.rsplit(")", 1)[-1].split()[0]  # the field after the command's name, which may hold spaces
    return STOPPED if state in ("T", "t") else RUNNING
