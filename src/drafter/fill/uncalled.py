"""What the templates offer nowhere: a ``.j2`` file that is no priority's and
that none imports, and a macro of a priority's file that takes arguments and
that nothing calls: not a sentence (a sentence takes none), not a helper
either. A maintainer who gives a sentence a default ("count_rank(order='lowest')")
would otherwise never learn why it is not listed. A priority's file that cannot
be read or parsed is passed over here: its own mistake is named where it is
loaded, and must not hide the other files'."""

from __future__ import annotations

from pathlib import Path

import jinja2
from jinja2 import nodes

from drafter.errors import TemplateError
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
        tree = tree_if_readable(workspace, environment, path)
        if tree is None:
            continue
        lines += [_why(shown_path(workspace, path), macro) for macro in _macros_nothing_calls(tree)]
    return lines


def why_not_a_sentence(workspace, path, tree, name: str) -> str:
    """The line saying why ``name`` of the file at ``path`` (parsed as ``tree``) is no sentence, or ''."""
    return next((_why(shown_path(workspace, path), macro) for macro in _macros_nothing_calls(tree)
                 if macro.name == name), "")


def tree_if_readable(workspace, environment, path: Path | None):
    """The parsed file at ``path``, or None when there is none or it cannot be
    read or parsed: its own mistake is named where it is loaded, and must not
    stop the other files being looked at."""
    if path is None or not path.is_file():
        return None
    try:
        return parsed(environment, read_source(workspace, path), path.name, str(path))
    except (TemplateError, jinja2.TemplateError):
        return None


def stray_files(workspace, environment) -> list[str]:
    """A line for each ``.j2`` file of the workspace's templates that is neither
    a priority's file nor included or imported by one: its sentences are
    offered nowhere (a file named for a priority id that does not exist, or
    misspelt), which a maintainer would otherwise never be told."""
    from jinja2 import meta

    from drafter.errors import closest_names
    from drafter.priorities import PRIORITY_IDS

    own = workspace.templates_dir
    if not Path(own).is_dir():
        return []
    priority_files = [f"{priority}.j2" for priority in PRIORITY_IDS]
    used: set[str] = set()
    for name in priority_files:
        path = find_file(workspace, name)
        tree = tree_if_readable(workspace, environment, path)
        if tree is not None:
            used.update(meta.find_referenced_templates(tree))
        elif path is not None and Path(path).is_file():
            # A priority's file that does not parse is named on its own; what it imports cannot be
            # told, so no other file is called stray for it.
            return []
    lines = []
    for path in sorted(Path(own).glob("*.j2")):
        if path.name in priority_files or path.name in used:
            continue
        close = closest_names(path.name, priority_files)
        hint = (f"did you mean {close[0]}?" if close else
                f"the priorities' files are {', '.join(priority_files)}; a file of shared "
                "macros must be imported by one of them")
        lines.append(f"{shown_path(workspace, path)}: not a priority's template file, so its "
                     f"sentences are offered nowhere ({hint})")
    return lines
