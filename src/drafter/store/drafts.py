"""The drafts tables. (Owned by the drafts module; see drafter.drafts.)"""

from __future__ import annotations

SCHEMA = """
CREATE TABLE IF NOT EXISTS drafts (
    id INTEGER PRIMARY KEY,
    title TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    head_revision INTEGER
);
CREATE TABLE IF NOT EXISTS draft_revisions (
    id INTEGER PRIMARY KEY,
    draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    content TEXT NOT NULL,
    note TEXT,
    UNIQUE (draft_id, number)
);
"""
