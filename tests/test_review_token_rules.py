"""The attribute ruler's and the rule lemmatizer's work done by lookup gives
every token exactly what spaCy's own components give it, the first time a
word is seen and every time after, and a kept parse names every string its
tokens use."""

from __future__ import annotations

import struct
import zlib

import pytest

from drafter.nlp import load_full_pipeline
from drafter.review.parse_bytes import doc_from_bytes, doc_to_bytes
from drafter.review.token_rules import AttributeRules, RuleLemmas

VARIED = [
    "There were 45 homicides in 2022, the same as the year prior.",
    "I gave it to you, but it was late; they're gonna meet and we've gotta go. Let's see.",
    "Y'all ain't seen nothin' yet, c'mon, said the officer, and I'd tell 'em so.",
    "The survey was launched in May. Victims were contacted by caseworkers. Letters were sent.",
    "Who did it? Nobody knows: something, anything, everyone and somebody were all asked.",
    "Knife offences fell by 6% to 1,180,  down from 1,310;\n\nwe paid £250,000 for 14 youth workers.",
    "Reducing Violence Against Women and Girls (VAWG) is a key priority for Dyfed-Powys Police.",
    "Mae'r Comisiynydd yn falch iawn — the Commissioner is pleased — with www.example.org/stats.",
    "That is what those who had done it did: they had had enough, and she herself said so.",
    "Priority area | Crime levels\nReduce serious violence | 668 offences in the 12 months",
    "   Neighbourhood crime has fallen.\t\tBurglary is down; vehicle crime isn't.",
    "He's been being watched, hasn't he? It's been there, and its owner's gone.",
    "",
]


def attributes(doc) -> list[tuple]:
    """Every attribute the two components write, as stored (ids, not text)."""
    return [tuple(row) for row in doc.to_array(["TAG", "POS", "MORPH", "LEMMA", "DEP"]).tolist()] + \
        [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def nlp():
    nlp = load_full_pipeline()
    if "attribute_ruler" not in nlp.pipe_names:
        pytest.skip("no English spaCy model installed")
    return nlp


def by_lookup(nlp, texts: list[str]):
    """The texts parsed up to the ruler, then given attributes and lemmas by
    lookup, each text twice: first with the lookups empty, then filled."""
    rules = AttributeRules(nlp.get_pipe("attribute_ruler").patterns, nlp.vocab)
    lemmas = RuleLemmas(nlp.get_pipe("lemmatizer"))
    parsed = list(nlp.pipe(texts, disable=["attribute_ruler", "lemmatizer", "ner"]))
    first = [lemmas(rules(doc.copy())) for doc in parsed]
    again = [lemmas(rules(doc.copy())) for doc in parsed]
    return first, again


def test_tokens_get_what_spacys_own_components_give_them(nlp):
    model = list(nlp.pipe(VARIED, disable=["ner"]))
    first, again = by_lookup(nlp, VARIED)
    for text, theirs, looked_up, looked_up_again in zip(VARIED, model, first, again):
        assert attributes(looked_up) == attributes(theirs), text
        assert attributes(looked_up_again) == attributes(theirs), text


def test_the_exceptions_in_the_rules_are_applied(nlp):
    [doc], _ = by_lookup(nlp, ["They're gonna go, and I'd say it's been done."])
    lemmas = {t.text: t.lemma_ for t in doc}
    assert lemmas["gon"] == "go" and lemmas["na"] == "to"
    assert lemmas["'re"] == "be" and lemmas["been"] == "be"
    assert {t.text: t.pos_ for t in doc}["'re"] == "AUX"


def test_every_sample_paragraph_gets_what_spacys_components_give_it(nlp, seeded_workspace):
    texts = []
    for stored in seeded_workspace.list_statements()[:6]:
        statement = seeded_workspace.get_statement(stored.id).to_dict()
        texts += [p["text"] for section in statement["sections"] for p in section["paragraphs"]]
    assert len(texts) > 150
    model = list(nlp.pipe(texts, disable=["ner"]))
    first, _ = by_lookup(nlp, texts)
    for text, theirs, looked_up in zip(texts, model, first):
        assert attributes(looked_up) == attributes(theirs), text


def test_a_kept_parse_names_every_string_its_tokens_use(nlp):
    for doc in nlp.pipe(VARIED):
        named = set()
        for token in doc:
            named.update((token.text, token.tag_, token.lemma_, token.norm_, str(token.morph),
                          token.dep_, token.ent_type_, token.ent_kb_id_, token.ent_id_))
        data = doc_to_bytes(doc)
        body = zlib.decompress(data)
        tokens, size = struct.unpack_from("<II", body)
        assert tokens == len(doc)
        assert body[8:8 + size].decode("utf-8") == "\0".join(sorted(named))
        read = doc_from_bytes(data, nlp.vocab)
        assert attributes(read) == attributes(doc)
        assert [(e.start, e.end, e.label_) for e in read.ents] == [(e.start, e.end, e.label_) for e in doc.ents]


def test_words_never_seen_are_lemmatised_as_spacy_lemmatises_them(nlp):
    """Every third exception in the tables, and words of the index with the suffixes
    the rules strip, in each part of speech with and without features."""
    from spacy.tokens import Doc

    lemmatizer = nlp.get_pipe("lemmatizer")
    lookups = lemmatizer.lookups
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        words.update(sorted(lookups.get_table("lemma_exc").get(pos, {}))[::3])
        known = sorted(lookups.get_table("lemma_index").get(pos, []))[::400]
        words.update(word + suffix for word in known for suffix in ("", "s", "es", "ed", "ing", "er", "est"))
    words.update(["Cardiff", "VAWG", "£250,000", "1,180", "co-operation", "don't", "e-mail"])
    shapes = [("NOUN", "Number=Plur"), ("NOUN", "Number=Sing"), ("VERB", "Tense=Past|VerbForm=Fin"),
              ("VERB", "VerbForm=Ger"), ("ADJ", "Degree=Cmp"), ("ADV", ""), ("PROPN", "Number=Sing"),
              ("X", "")]
    looked_up = RuleLemmas(lemmatizer)
    words = sorted(words)
    assert len(words) > 2500
    for pos, morph in shapes:
        doc = Doc(nlp.vocab, words=words)
        for token in doc:
            token.pos_, token.lemma = pos, 0
            token.set_morph(morph or None)
        for token in doc:
            assert looked_up.lemma(token) == lemmatizer.rule_lemmatize(token)[0], (token.text, pos, morph)
