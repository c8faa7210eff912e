"""Review's parse: the model's own result, made faster (attribute rules by
lookup, entities only where a number is written in words), kept by text so a text is
parsed once, and a table read row by row."""

from __future__ import annotations

import pytest

from drafter.claims.numbers import extract_numbers
from drafter.nlp import load_full_pipeline
from drafter.review.document import ReviewParagraph
from drafter.review.parsing import parse_paragraphs, review_parser
from drafter.store import parses

TEXTS = [
    "There were 45 homicides in 2022, the same as the year prior.",
    "Twenty-six young people are engaged, and forty farmers signed up; nine found work.",
    "Let's see: there is a plan, and they're gonna meet. I gave it to you, but it was late.",
    "The survey was launched in May. Victims were contacted by caseworkers. Letters were sent.",
    "Knife offences fell by 6% to 1,180, down from 1,310; we paid £250,000 for 14 youth workers.",
    "Reducing Violence Against Women and Girls (VAWG), including domestic abuse, is a key priority.",
    "One hundred and twelve cases were reviewed in the first three months of the year.",
]


def tokens(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i, t.is_sent_start)
            for t in doc]


def numbers(text: str, doc) -> list[tuple]:
    return [(m.text, m.kind, m.value, m.in_words, m.sentence)
            for m in extract_numbers(text, doc)]


@pytest.fixture(scope="module")
def both():
    nlp = load_full_pipeline()
    if "ner" not in nlp.pipe_names:
        pytest.skip("no English spaCy model installed")
    return list(nlp.pipe(TEXTS)), review_parser().parse(TEXTS)


def test_the_review_parse_is_the_models_own(both):
    full, fast = both
    for text, model, review in zip(TEXTS, full, fast):
        assert tokens(review) == tokens(model), text


def test_numbers_in_words_are_found_as_the_model_finds_them(both):
    full, fast = both
    for text, model, review in zip(TEXTS, full, fast):
        assert numbers(text, review) == numbers(text, model), text
    found = {m[0] for m in numbers(TEXTS[1], fast[1])}
    assert {"Twenty-six", "forty", "nine"} <= found


def test_entities_are_left_out_of_sentences_without_numbers(both):
    _, fast = both
    assert not fast[5].ents  # a sentence of names and no number


def test_a_tables_rows_are_its_sentences():
    text = ("Priority area | Crime levels and time period\n"
            "Reduce murder and other homicide | 11 offences in the 12 months to December 2023\n"
            "Reduce serious violence | 668 offences in the 12 months to December 2023")
    [doc] = review_parser().parse([text])
    rows = [s.text.strip() for s in doc.sents]
    assert "Reduce murder and other homicide | 11 offences in the 12 months to December 2023" in rows


def test_a_text_is_parsed_once_and_read_back_the_same(empty_workspace, monkeypatch):
    database = empty_workspace.database
    first = [ReviewParagraph("homicide", "homicide", i, i + 1, text) for i, text in enumerate(TEXTS)]
    parse_paragraphs(first, database)

    def parsed_again(*_):
        raise AssertionError("a text already parsed was parsed again")

    monkeypatch.setattr(review_parser(), "parse", parsed_again)
    again = [ReviewParagraph("homicide", "homicide", i, i + 1, text) for i, text in enumerate(TEXTS)]
    parse_paragraphs(again, database)
    for made, read in zip(first, again):
        assert tokens(read.doc) == tokens(made.doc)
        assert numbers(read.text, read.doc) == numbers(made.text, made.doc)
        assert [(e.start, e.end, e.label_) for e in read.doc.ents] == \
            [(e.start, e.end, e.label_) for e in made.doc.ents]


def test_reviewing_twice_gives_the_same_report(seeded_workspace, tmp_path):
    from review_real_samples import WEST_MERCIA_APPLICABILITY

    path = tmp_path / "wm.txt"
    path.write_text(WEST_MERCIA_APPLICABILITY, encoding="utf-8")
    first = seeded_workspace.review(str(path), area="Severnshire").to_dict()
    second = seeded_workspace.review(str(path), area="Severnshire").to_dict()
    assert first == second


def test_a_damaged_kept_parse_is_parsed_again_and_replaced(seeded_workspace, tmp_path):
    import sqlite3

    from review_real_samples import WEST_MERCIA_APPLICABILITY

    path = tmp_path / "wm.txt"
    path.write_text(WEST_MERCIA_APPLICABILITY, encoding="utf-8")
    first = seeded_workspace.review(str(path), area="Severnshire").to_dict()
    other = sqlite3.connect(str(seeded_workspace.path / "drafter.db"), isolation_level=None)
    try:
        damaged = other.execute("UPDATE parses SET doc = substr(doc, 1, 7)").rowcount
    finally:
        other.close()
    assert damaged
    assert seeded_workspace.review(str(path), area="Severnshire").to_dict() == first
    other = sqlite3.connect(str(seeded_workspace.path / "drafter.db"))
    try:
        sizes = [row[0] for row in other.execute("SELECT length(doc) FROM parses")]
    finally:
        other.close()
    assert min(sizes) > 7  # kept again whole


def test_a_busy_workspace_reviews_without_waiting_to_keep_the_parse(seeded_workspace, tmp_path):
    import sqlite3
    import time

    from review_real_samples import WEST_MERCIA_APPLICABILITY

    path = tmp_path / "wm.txt"
    path.write_text(WEST_MERCIA_APPLICABILITY, encoding="utf-8")
    review_parser()  # the model loaded before the clock starts
    other = sqlite3.connect(str(seeded_workspace.path / "drafter.db"), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another process writing, as a long corpus add does
    try:
        started = time.monotonic()
        report = seeded_workspace.review(str(path))
        waited = time.monotonic() - started
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert report.document.force == "West Mercia"
    assert waited < 30  # not the minute a write would wait for the lock


def test_the_cache_keeps_the_most_recently_used(empty_workspace, monkeypatch):
    import itertools
    from types import SimpleNamespace

    clock = itertools.count(1)
    monkeypatch.setattr(parses, "time", SimpleNamespace(time=lambda: float(next(clock))))
    monkeypatch.setattr(parses, "KEEP", 3)
    database = empty_workspace.database
    for i in range(5):
        parses.store(database, "p", [(f"h{i}", b"doc")], used=[])
    parses.store(database, "p", [("h5", b"doc")], used=["h2"])
    assert sorted(parses.cached(database, "p", [f"h{i}" for i in range(6)])) == ["h2", "h4", "h5"]


def test_every_number_in_words_in_the_samples_is_read_as_the_model_reads_it(seeded_workspace, both):
    from drafter.claims.numbers import parse_number_words

    texts = []
    for stored in seeded_workspace.list_statements():
        statement = seeded_workspace.get_statement(stored.id).to_dict()
        texts += [p["text"] for section in statement["sections"] for p in section["paragraphs"]]
    with_words = [t for t in texts if any(parse_number_words(w) is not None for w in t.split())]
    assert len(with_words) > 40
    full = list(load_full_pipeline().pipe(with_words))
    fast = review_parser().parse(with_words)
    in_words = 0
    for text, model, review in zip(with_words, full, fast):
        assert numbers(text, review) == numbers(text, model), text
        in_words += sum(1 for m in numbers(text, review) if m[3])
    assert in_words > 50
