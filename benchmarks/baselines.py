"""The engines drafter is compared with, behind one small interface:
``build(texts)`` then ``search(query, k) -> [document index, ...]``.

- bm25s (its numpy backend and, where numba is installed, its numba backend;
  its own English stop words, no stemmer: PyStemmer is not a drafter
  dependency), and bm25s over drafter's own analysed terms, to separate the
  ranking function from the analysis;
- SQLite FTS5 with the porter stemmer, ranked by its bm25(); query words are
  OR-ed (FTS5's default AND returns nothing for paragraph-length queries);
- tantivy (Rust, BM25, English stemming tokenizer), query words OR-ed.
"""

from __future__ import annotations

import importlib.util
import re
import sqlite3
import tempfile

_FTS_WORD = re.compile(r"[^\W_]+")


def installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


class Bm25sEngine:
    def __init__(self, backend: str = "numpy", analyse=None):
        self.backend = backend
        self.analyse = analyse  # None: bm25s's own tokenizer
        self.name = "bm25s" if backend == "numpy" else f"bm25s ({backend})"
        if analyse is not None:
            self.name = "bm25s (drafter terms)"

    def build(self, texts: list[str]) -> None:
        import bm25s

        self.retriever = bm25s.BM25(backend=self.backend)
        if self.analyse is None:
            tokens = bm25s.tokenize(texts, stopwords="en", show_progress=False)
        else:
            tokens = [self.analyse(text) for text in texts]
        self.retriever.index(tokens, show_progress=False)
        self.size = len(texts)

    def _query_tokens(self, query: str) -> list[str]:
        import bm25s

        if self.analyse is None:
            words = bm25s.tokenize([query], stopwords="en", return_ids=False, show_progress=False)[0]
        else:
            words = self.analyse(query)
        vocabulary = self.retriever.vocab_dict
        return [w for w in words if w in vocabulary]

    def search(self, query: str, k: int) -> list[int]:
        words = self._query_tokens(query)
        if not words:
            return []
        documents, scores = self.retriever.retrieve([words], k=min(k, self.size), show_progress=False,
                                                    n_threads=1, backend_selection=self.backend)
        return [int(d) for d, s in zip(documents[0], scores[0]) if s > 0]


class Fts5Engine:
    name = "SQLite FTS5"

    def build(self, texts: list[str]) -> None:
        self.conn = sqlite3.connect(":memory:")
        self.conn.execute("CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='porter unicode61')")
        with self.conn:
            self.conn.executemany("INSERT INTO docs(rowid, body) VALUES (?, ?)",
                                  ((i, t) for i, t in enumerate(texts)))

    def search(self, query: str, k: int) -> list[int]:
        words = _FTS_WORD.findall(query.lower())
        if not words:
            return []
        match = " OR ".join(f'"{w}"' for w in dict.fromkeys(words))
        rows = self.conn.execute(
            "SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?", (match, k))
        return [r[0] for r in rows]


class TantivyEngine:
    name = "tantivy"

    def build(self, texts: list[str]) -> None:
        import tantivy

        builder = tantivy.SchemaBuilder()
        builder.add_integer_field("doc", stored=True, indexed=True, fast=True)
        builder.add_text_field("body", stored=False, tokenizer_name="en_stem")
        self.schema = builder.build()
        self.directory = tempfile.TemporaryDirectory(prefix="tantivy-")
        self.index = tantivy.Index(self.schema, path=self.directory.name)
        writer = self.index.writer(heap_size=200_000_000, num_threads=1)
        for i, text in enumerate(texts):
            writer.add_document(tantivy.Document(doc=i, body=text))
        writer.commit()
        writer.wait_merging_threads()
        self.index.reload()
        self.searcher = self.index.searcher()

    def search(self, query: str, k: int) -> list[int]:
        words = _FTS_WORD.findall(query.lower())
        if not words:
            return []
        parsed = self.index.parse_query(" OR ".join(dict.fromkeys(words)), ["body"])
        result = self.searcher.search(parsed, k)
        return [self.searcher.doc(address)["doc"][0] for _, address in result.hits]
