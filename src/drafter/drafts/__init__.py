"""Drafts: the model, starting points (empty or copied forward), editing
sections, and every saved revision.

The model is in ``model`` (its editor markup in ``markup``), where a draft starts in ``starting``, section
operations in ``editing``, saving and revisions in ``revisions``, comparisons
in ``diff``; the SQL is in ``drafter.store.drafts``.
"""

from drafter.drafts.editing import (
    append_paragraph,
    append_text,
    insert_corpus_paragraph,
    insert_template,
    paragraph_index,
    remove_paragraph,
    replace_paragraph,
    set_status,
)
from drafter.drafts.markup import BULLET_MARK
from drafter.drafts.markup import Item as EditorItem
from drafter.drafts.markup import items_of as editor_items
from drafter.drafts.model import (
    CLOSE_EDIT_RATIO,
    STATUSES,
    Draft,
    DraftError,
    DraftParagraph,
    DraftSection,
    DraftSummary,
    Origin,
    RevisionInfo,
    UnknownRevision,
    UnknownSection,
    clean_paragraph,
    split_paragraphs,
)
from drafter.drafts.revisions import (
    delete_draft,
    diff_revisions,
    draft_to_resume,
    get_draft,
    get_revision,
    last_place,
    list_drafts,
    list_revisions,
    new_draft,
    remember_place,
    restore_revision,
    save_draft,
)
from drafter.drafts.starting import kept_as_copied, next_quarter, rolled_forward, usual_header
from drafter.errors import DraftChanged

__all__ = [
    "BULLET_MARK", "CLOSE_EDIT_RATIO", "STATUSES", "Draft", "DraftChanged", "DraftError", "DraftParagraph", "DraftSection",
    "DraftSummary", "EditorItem", "Origin", "RevisionInfo", "UnknownRevision", "UnknownSection",
    "append_paragraph", "append_text", "delete_draft", "draft_to_resume", "editor_items", "diff_revisions", "get_draft", "get_revision",
    "clean_paragraph", "insert_corpus_paragraph", "insert_template", "paragraph_index", "remove_paragraph", "replace_paragraph", "kept_as_copied", "last_place", "list_drafts", "list_revisions",
    "new_draft", "next_quarter", "rolled_forward",
    "RollReport", "reject_roll", "remember_place", "restore_revision", "save_draft", "set_status", "split_paragraphs", "usual_header",
]


def __getattr__(name: str):
    # Rolling reads figures and claims; loaded on first use, so that opening a
    # workspace (the desk's first paint, ``drafter --help``) does not wait for them.
    if name in ("RollReport", "reject_roll"):
        from drafter.drafts import roll

        return getattr(roll, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
