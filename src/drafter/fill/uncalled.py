"""Macros of a priority's template file that take arguments and that nothing
calls: not sentences (a sentence takes none), not helpers either, so offered
nowhere. A maintainer who gives a sentence a default ("count_rank(order='lowest')")
would otherwise never learn why it is not listed."""

from __future__ import annotations

from jinja2 import nodes

from drafter.fill.compiled import parsed
from drafter.fill.loader import find_file, read_source, shown_path
from drafter.priorities import PRIORITY_IDS


def _macros_nothing_calls(tree) -> list[nodes.Macro]:
    named = {node.name for node in tree.find_all(nodes.Name)}
    return [node for node in tree.body if isinstance(node, nodes.Macro) and node.args
            and not node.name.startswith("_") and node.name not in named]


def _why(shown: str, macro: nodes.Macro) -> str:
    arguments = ", ".join(argument.name for argument in macro.args)
    return (f"{shown}:{macro.lineno}: {macro.name} takes arguments ({arguments}), so it is not a sentence a "
            "writer can pick, and no macro calls it: take its arguments away to offer it, or start its name "
            "with _ if it is a helper")


def uncalled_macros(workspace, environment) -> list[str]:
    """One line for each such macro of the priorities' files, naming its file and line."""
    lines = []
    for priority in PRIORITY_IDS:
        path = find_file(workspace, f"{priority}.j2")
        if path is None or not path.is_file():
            continue
        tree = parsed(environment, read_source(workspace, path), path.name, str(path))
        lines += [_why(shown_path(workspace, path), macro) for macro in _macros_nothing_calls(tree)]
    return lines


def why_not_a_sentence(workspace, path, tree, name: str) -> str:
    """The line saying why ``name`` of the file at ``path`` (parsed as ``tree``) is no sentence, or ''."""
    return next((_why(shown_path(workspace, path), macro) for macro in _macros_nothing_calls(tree)
                 if macro.name == name), "")
