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
_NAMING = [_ATTRIBUTES.index(name) for name in
           ("ORTH", "NORM", "TAG", "DEP", "ENT_TYPE", "ENT_KB_ID", "ENT_ID", "LEMMA")]
_MORPH = _ATTRIBUTES.index("MORPH")
_HEADER = struct.Struct("<II")  # tokens, bytes of strings
FORMAT = "drafter-doc-1"  # part of the parse cache's key


def doc_to_bytes(doc) -> bytes:
    import numpy as np

    columns = doc.to_array([*_ATTRIBUTES, "SPACY"]).astype(np.uint64, copy=False)
    values, spaces = columns[:, :-1], columns[:, -1].astype(np.uint8)
    # The strings the tokens name, found from the distinct values of each column.
    strings = doc.vocab.strings
    named = {strings[key] for key in np.unique(values[:, _NAMING]).tolist()}
    empty_morph = doc.vocab.morphology.EMPTY_MORPH  # a token without features reads as ""
    named.update("" if strings[key] == empty_morph else strings[key]
                 for key in np.unique(values[:, _MORPH]).tolist())
    text = "\0".join(sorted(named)).encode("utf-8")
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
