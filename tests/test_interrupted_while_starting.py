"""A Ctrl-C while drafter is still starting (loading its commands, the first
tenth of a second after Enter) is the one line a later Ctrl-C gives, exit
130, where it printed a traceback of the imports it stopped in."""

from __future__ import annotations

import importlib
import sys

import pytest


class _StoppedLoading:
    """Stands for the user's Ctrl-C arriving while one of drafter's commands is loaded."""

    def find_spec(self, name, path=None, target=None):
        if name == "drafter.cli.search":
            raise KeyboardInterrupt
        return None


def test_a_ctrl_c_while_starting_is_one_line(monkeypatch, capsys):
    for name in ("drafter.cli.main", "drafter.cli.search"):
        if name in sys.modules:
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_StoppedLoading(), *sys.meta_path])
    with pytest.raises(SystemExit) as stopped:
        importlib.import_module("drafter.cli.main")
    assert stopped.value.code == 130
    assert capsys.readouterr().err == "drafter: interrupted\n"
