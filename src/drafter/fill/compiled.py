"""Template files compiled once per process.

Every fill opens its priority's template file afresh, so that an edit saved a
moment ago is used; compiling it again each time cost a `figures templates
--check` a fifth of its time. Both caches are keyed by the file's text as
well as its name, so an edited file is compiled again and never read stale.
"""

from __future__ import annotations

import jinja2

_KEPT = 256


class CompiledTemplates(jinja2.BytecodeCache):
    """Jinja2's compiled code for each template file, kept in memory (Jinja2
    checks the source's checksum before using it)."""

    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        if len(self._code) >= _KEPT:
            self._code.clear()
        self._code[bucket.key] = bucket.bytecode_to_string()

    def clear(self) -> None:
        self._code.clear()


COMPILED = CompiledTemplates()
_PARSED: dict[tuple[str, str, str], jinja2.nodes.Template] = {}


def parsed(environment: jinja2.Environment, source: str, name: str, filename: str) -> jinja2.nodes.Template:
    """The file's syntax tree (read for its sentences), parsed once per text."""
    key = (name, filename, source)
    tree = _PARSED.get(key)
    if tree is None:
        tree = environment.parse(source, name, filename)
        if len(_PARSED) >= _KEPT:
            _PARSED.clear()
        _PARSED[key] = tree
    return tree
