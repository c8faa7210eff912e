"""Which of the writer's words a hit matches, as the results list shows them.

A hit shows the writer's words it holds, directly or through an expansion it
holds whole ("emergency department" for "A&E"), in the query's order, then
the expanded words it holds as its own text writes them; a word is listed
once however its capitals are written ("Police" opening a sentence of a
pasted paragraph, "police" within one).
"""

from __future__ import annotations


def matched_words(index, documents: list[int], plan, texts: list[str]) -> list[list[str]]:
    """For each of ``documents`` (with its ``texts``), the words it matches of ``plan``."""
    import numpy as np

    # Per segment, each column's places among the plan's terms: a document
    # then looks only at the terms it contains, in plan order.
    places_by_segment = []
    for known in plan.columns:
        places: dict[int, list[int]] = {}
        for place, column in enumerate(known.tolist()):
            if column >= 0:
                places.setdefault(column, []).append(place)
        places_by_segment.append(places)
    order = plan.word_order
    sort_key = {word: order.get(word, 0) for _, written in plan.links for word in written}
    collection = index.collection
    forms = None
    words: list[list[str]] = []
    for entry, text in zip(index.entries[np.asarray(documents, dtype=np.int64)].tolist(), texts):
        segment, local = collection.segment_of(entry)
        places = places_by_segment[collection.segments.index(segment)]
        contained = places.keys() & set(segment.entry_columns(local).tolist())
        held = {plan.terms[place] for column in contained for place in places[column]}
        found: list[str] = []
        seen: set[str] = set()
        extra: set[str] = set()
        for terms, written in plan.links:
            if held.issuperset(terms):
                for word in written:
                    if word.casefold() not in seen:
                        seen.add(word.casefold())
                        found.append(word)
                extra.update(plan.expanded.intersection(terms))
        found.sort(key=sort_key.__getitem__)
        if extra:
            forms = forms or index.forms_of(plan.expanded)
            for word in _written(text, extra, forms):
                if word.casefold() not in seen:
                    seen.add(word.casefold())
                    found.append(word)
        words.append(found)
    return words


def _written(text: str, terms: set[str], owners: dict[str, set[str]]) -> list[str]:
    """Words of ``text`` written for one of ``terms``, as written, in order.

    Each word is looked for with ``str.find`` in the lower-cased text (a
    regular expression of alternatives took 60 to 90 microseconds a
    paragraph), keeping the places where it is a whole word.
    """
    lower = text.lower()
    if len(lower) != len(text):  # lower-casing changed lengths: positions would not match
        from drafter.search.terms import WORD

        words = WORD.findall(text)
        return list(dict.fromkeys(w for w in words if not owners.get(w.lower(), set()).isdisjoint(terms)))
    found: list[tuple[int, int, str]] = []
    for form, owner in owners.items():
        if owner.isdisjoint(terms):
            continue
        at = lower.find(form)
        while at >= 0:
            end = at + len(form)
            if (at == 0 or not _is_word_character(lower[at - 1])) and \
                    (end == len(lower) or not _is_word_character(lower[end])):
                found.append((at, -end, text[at:end]))
            at = lower.find(form, end)
    written, reached = [], 0
    for at, end, word in sorted(found):  # the longest word at a place, as a regex would
        if at >= reached:
            written.append(word)
            reached = -end
    return list(dict.fromkeys(written))


def _is_word_character(character: str) -> bool:
    return character.isalnum() or character == "_"
