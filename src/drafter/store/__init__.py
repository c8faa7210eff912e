"""Every read and write of the workspace database goes through this package.

``connection`` opens the database and runs write transactions; ``schema``
creates and migrates the tables, each of which is declared by the module that
reads and writes it (``statements``, ``analyses``, ``figures``, ``drafts``,
``parses``).
"""

from drafter.store.connection import Database, open_database

__all__ = ["Database", "open_database"]
