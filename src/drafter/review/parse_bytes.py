"""A review parse as bytes, for keeping it by text.

The same annotations as spaCy's ``DocBin`` keeps (its default attributes,
the spaces and the strings they name), written as one array and a string
list. ``DocBin`` goes through srsly's msgpack, which looks up its plug-in
entry points on every call: for a statement's thirty paragraphs that lookup
cost more than the writing and reading themselves.
"""

from __future__ import annotations

import struct
import zlib

_ATTRIBUTES = ("ORTH", "NORM", "TAG", "HEAD", "DEP", "ENT_IOB", "ENT_TYPE", "ENT_KB_ID",
               "ENT_ID", "LEMMA", "MORPH", "POS", "SENT_START")
_HEADER = struct.Struct("<II")  # tokens, bytes of strings
FORMAT = "drafter-doc-1"  # part of the parse cache's key


def doc_to_bytes(doc) -> bytes:
    import numpy as np

    values = doc.to_array(list(_ATTRIBUTES)).astype(np.uint64, copy=False)
    spaces = np.fromiter((bool(t.whitespace_) for t in doc), dtype=np.uint8, count=len(doc))
    strings: set[str] = set()
    for token in doc:
        strings.update((token.text, token.tag_, token.lemma_, token.norm_, str(token.morph),
                        token.dep_, token.ent_type_, token.ent_kb_id_, token.ent_id_))
    text = "\0".join(sorted(strings)).encode("utf-8")
    body = _HEADER.pack(len(doc), len(text)) + text + spaces.tobytes() + values.tobytes()
    return zlib.compress(body, 1)


def doc_from_bytes(data: bytes, vocab):
    """The doc ``doc_to_bytes`` wrote, over ``vocab``; ValueError if ``data``
    is not one."""
    import numpy as np
    from spacy.tokens import Doc

    try:
        body = zlib.decompress(data)
        tokens, text_size = _HEADER.unpack_from(body)
    except (zlib.error, struct.error) as error:
        raise ValueError(f"not a kept parse: {error}") from None
    start = _HEADER.size
    expected = start + text_size + tokens + tokens * len(_ATTRIBUTES) * 8
    if len(body) != expected:
        raise ValueError("not a kept parse: its length does not match its header")
    text = body[start:start + text_size].decode("utf-8")
    for string in text.split("\0"):
        vocab.strings.add(string)
    start += text_size
    spaces = np.frombuffer(body, dtype=np.uint8, count=tokens, offset=start).astype(bool)
    start += tokens
    values = np.frombuffer(body, dtype=np.uint64, offset=start).reshape(tokens, len(_ATTRIBUTES))
    words = [vocab.strings[orth] for orth in values[:, 0].tolist()]
    doc = Doc(vocab, words=words, spaces=spaces.tolist())
    return doc.from_array(list(_ATTRIBUTES), values.copy())
