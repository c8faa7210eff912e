"""A parsed paragraph's text, kept: spaCy builds ``Doc.text`` again from its
tokens each time it is asked for, and a review asks for it many times over
(each number, each sentence, each check)."""

from __future__ import annotations

import weakref

_TEXTS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def text_of(doc) -> str:
    """``doc.text``, built once for each parsed paragraph."""
    try:
        return _TEXTS[doc]
    except KeyError:
        text = _TEXTS[doc] = doc.text
        return text
