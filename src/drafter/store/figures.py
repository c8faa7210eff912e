"""The figures tables. (Owned by the figures module; see drafter.figures.)"""

from __future__ import annotations

SCHEMA = """
CREATE TABLE IF NOT EXISTS figure_imports (
    id INTEGER PRIMARY KEY,
    file TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    added INTEGER NOT NULL,
    replaced INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS figures (
    area TEXT NOT NULL,
    measure TEXT NOT NULL,
    period TEXT NOT NULL,
    value REAL NOT NULL,
    unit TEXT,
    source TEXT,
    import_id INTEGER REFERENCES figure_imports(id),
    PRIMARY KEY (area, measure, period)
);
"""
