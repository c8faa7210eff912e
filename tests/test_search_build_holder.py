"""A search tells another drafter's build that is working from one stopped with
Ctrl+Z by the process the lock file names: it waits for a working one (its index
is the one to search) and gives up on a stopped one after a moment, making an
index in memory, where it gave up on every build after a fixed wait and made a
whole index of its own beside a colleague's ordinary build."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys

import pytest

from drafter.search.build_holder import RUNNING, STOPPED, UNKNOWN, holder_state

_HOLD = ("import fcntl, os, sys, time\n"
         "from drafter.search.build_holder import claim\n"
         "handle = os.fdopen(os.open(sys.argv[1], os.O_RDWR | os.O_CREAT, 0o666), 'rb')\n"
         "fcntl.flock(handle, fcntl.LOCK_EX)\nclaim(handle)\nprint('held', flush=True)\ntime.sleep(30)\n")


def _stop(holder, lock) -> None:
    """Stop the holder, and return once the system shows it stopped (a signal lands a moment later)."""
    import time

    os.kill(holder.pid, signal.SIGSTOP)
    for _ in range(200):
        if holder_state(lock) == STOPPED:
            return
        time.sleep(0.01)


@pytest.fixture
def held_lock(tmp_path):
    lock = tmp_path / ".lock"
    holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(lock)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    yield lock, holder
    holder.kill()
    holder.wait()


def test_a_working_holder_and_a_stopped_one_are_told_apart(held_lock):
    lock, holder = held_lock
    assert holder_state(lock) == RUNNING
    _stop(holder, lock)
    try:
        assert holder_state(lock) == STOPPED
    finally:
        os.kill(holder.pid, signal.SIGCONT)


def test_a_holder_on_another_machine_or_unnamed_is_unknown(tmp_path):
    lock = tmp_path / ".lock"
    lock.write_text(f"{os.getpid()} not-{socket.gethostname()}\n", encoding="utf-8")
    assert holder_state(lock) == UNKNOWN
    lock.write_text("", encoding="utf-8")
    assert holder_state(lock) == UNKNOWN


def test_a_search_waits_for_a_working_build_and_not_for_a_stopped_one(tmp_path, monkeypatch):
    import threading

    import drafter
    from drafter.search import files

    monkeypatch.setattr(files, "BUILD_WAIT_SECONDS", 10)
    monkeypatch.setattr(files, "SEARCH_WAIT_SECONDS", 0.2)
    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        lock = files.make_index_root(workspace) / ".lock"
        holder = subprocess.Popen([sys.executable, "-c", _HOLD, str(lock)], stdout=subprocess.PIPE, text=True)
        try:
            assert holder.stdout.readline().strip() == "held"
            _stop(holder, lock)
            with files.build_lock(workspace, searching=True) as held:
                assert held is False  # stopped: a moment, then an index in memory
            os.kill(holder.pid, signal.SIGCONT)
            threading.Timer(0.5, holder.kill).start()  # the working build finishes after the search's moment
            with files.build_lock(workspace, searching=True) as held:
                assert held is True
        finally:
            holder.kill()
            holder.wait()
