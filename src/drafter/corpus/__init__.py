"""Adding past statements to the corpus: each file is read (``ingest``: one
reader per format feeding one segmenter), checked against what is stored
(by content hash), and stored with a copy of the original."""

from drafter.corpus.adding import AddReport, add_statements, known_areas
from drafter.corpus.ingest import SUPPORTED_SUFFIXES, read_statement

__all__ = ["AddReport", "SUPPORTED_SUFFIXES", "add_statements", "known_areas", "read_statement"]
