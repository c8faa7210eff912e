"""How many of a hit's near-copies are in other forces' statements, and
which statements are the writer's force's (the version a hit is shown by).

Near-copies are grouped across forces (a template paragraph reads alike
everywhere), but a writer counts their own force's statements as the
paragraph's history. The count is read from the index's own arrays (each
paragraph's statement) and one map of statements to forces per index and
force, so a search over a large corpus does not fetch every member of a
large group from the database.
"""

from __future__ import annotations

import weakref

_OTHER_FORCES: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def split_by_force(workspace, index, documents: list[int], hits: list) -> None:
    """Set each hit's ``own_force`` (the workspace's) and
    ``also_in_other_forces``: of the other statements its near-copies are
    in, those of forces other than the workspace's."""
    import numpy as np

    own = workspace.settings.force
    for hit in hits:
        hit.own_force = own
    grouped = [(document, hit) for document, hit in zip(documents, hits) if hit.also_in]
    if not grouped:
        return
    other, counted = _other_force_statements(workspace, index, own)
    statement_ids = index.arrays["statement_ids"]
    for document, hit in grouped:
        group = int(index.groups[document])
        if group not in counted:
            members = index.group_members[int(index.group_indptr[group]):int(index.group_indptr[group + 1])]
            # Members are ordered by date, then statement: a statement's
            # paragraphs in a group lie together, so its first is where the
            # statement changes (no sort needed).
            ordered = statement_ids[members]
            statements = ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]
            statements = statements[statements < len(other)]
            counted[group] = int(other[statements].sum())
        # The hit is one of its group's members, so its own statement is among those counted.
        own_counted = hit.statement_id < len(other) and bool(other[hit.statement_id])
        hit.also_in_other_forces = min(counted[group] - own_counted, hit.also_in)


def own_force_statements(workspace, index):
    """A boolean array by statement id: whether that statement is the
    workspace's force's; None when the workspace names no force."""
    own = workspace.settings.force
    if not own:
        return None
    other, _ = _other_force_statements(workspace, index, own)
    return ~other


def _other_force_statements(workspace, index, own: str | None):
    """(A boolean array by statement id: whether that statement is another
    force's; how many of each group's statements are other forces', as they are counted). Kept
    with the index it was made for (a new statement means a new index), per
    force."""
    import numpy as np

    from drafter.store.statements import statement_forces

    held = _OTHER_FORCES.get(index)
    if held is not None and held[0] == own:
        return held[1], held[2]
    forces = statement_forces(workspace.database)
    mine = (own or "").casefold()
    other = np.zeros(max(forces, default=-1) + 1, dtype=bool)
    for statement, force in forces.items():
        other[statement] = (force or "").casefold() != mine
    counted: dict[int, int] = {}  # group → how many of its statements are other forces', worked out once
    _OTHER_FORCES[index] = (own, other, counted)
    return other, counted
