"""The command palette (Ctrl+P): every desk action by name, with its key."""

from __future__ import annotations

from functools import partial

from drafter.tui.keys import DESK_ACTIONS, display_key
from textual.command import DiscoveryHit, Hit, Hits, Provider


class DeskCommands(Provider):
    """Offers the desk's actions while a draft is open."""

    def _commands(self):
        from drafter.tui.screens.desk import DeskScreen

        desk = self.app.desk
        if desk is None or not isinstance(desk, DeskScreen):
            return []
        commands = []
        for action in DESK_ACTIONS:
            if action.action == "edit":
                continue
            name = f"{action.description} ({display_key(action.keys)})"
            commands.append((name, partial(desk.run_action, action.action), action.label))
        return commands

    async def discover(self) -> Hits:
        for name, callback, label in self._commands():
            yield DiscoveryHit(name, callback, help=label)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, callback, label in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(score, matcher.highlight(name), callback, help=label)
