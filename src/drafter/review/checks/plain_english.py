"""Plain English: long sentences, the passive voice, and reading ease per section.

Thresholds (info findings, for the writer's judgement):

* a sentence of more than ``LONG_SENTENCE_WORDS`` (35) words;
* a paragraph where at least two sentences, and at least half of them, have a
  passive main clause (spaCy's ``nsubjpass`` / ``auxpass`` dependency labels on
  the sentence's root verb: "Prevention tactics … were recognised by the
  inspectorate") — an occasional passive is fine, a paragraph that hides who
  does what is not;
* a section whose Flesch reading ease (``textstat.flesch_reading_ease``) is
  below ``READING_EASE_FLOOR`` (30: "very difficult", the level of academic
  papers; plain-English guidance aims for 60 and board papers usually score
  30–50).

Paragraphs in Welsh (a bilingual statement sets each paragraph in both
languages) are left out of every measure: they are English measures, and
the English parse of Welsh finds neither sentences nor verbs.

Reading ease comes from textstat, pinned below 0.7.4: later releases count
syllables with NLTK's CMU dictionary, which they try to download at run time
(review never goes to the network) and which costs seconds to import;
0.7.3 counts them with pyphen, offline and fast.
"""

from __future__ import annotations

from drafter.claims.welsh import in_welsh
from drafter.nlp import has_parser
from drafter.review.document import ReviewDocument
from drafter.review.findings import Finding, shortened

LONG_SENTENCE_WORDS = 35
READING_EASE_FLOOR = 30.0
PASSIVE_MIN_SENTENCES = 2
_PASSIVE_LABELS = ("nsubjpass", "auxpass", "csubjpass")


def reading_ease(text: str) -> float:
    """Flesch reading ease of ``text`` (higher is easier; 60 and above is plain English)."""
    import textstat

    return float(textstat.flesch_reading_ease(text)) if text.strip() else 0.0


def _words(sentence) -> int:
    return sum(1 for t in sentence if not (t.is_punct or t.is_space))


def _passive(sentence) -> bool:
    """The main clause is passive ("The survey is aligned with…"); a passive
    relative clause ("…how they are treated") leaves the actor named."""
    root = sentence.root
    main_verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    return any(child.dep_ in _PASSIVE_LABELS for verb in main_verbs for child in verb.children)


def check(document: ReviewDocument) -> tuple[list[Finding], dict]:
    """Findings and per-section reading ease {section label: score}."""
    findings: list[Finding] = []
    parser = None
    for paragraph in document.paragraphs():
        doc = paragraph.doc
        if doc is None or in_welsh(paragraph.text):
            continue
        if parser is None:
            from drafter.nlp import load_full_pipeline

            parser = has_parser(load_full_pipeline())
        passive = []
        for sentence in doc.sents:
            count = _words(sentence)
            if count > LONG_SENTENCE_WORDS:
                findings.append(Finding(
                    "plain-english", paragraph.section_label, paragraph.number,
                    f"long sentence: {count} words (over {LONG_SENTENCE_WORDS})",
                    shortened(sentence.text), index=paragraph.index))
            if parser and _passive(sentence):
                passive.append(sentence)
        sentences = len(list(doc.sents))
        if len(passive) >= PASSIVE_MIN_SENTENCES and len(passive) * 2 >= sentences:
            findings.append(Finding(
                "plain-english", paragraph.section_label, paragraph.number,
                f"passive voice in {len(passive)} of {sentences} sentences"
                " (say who does what)", shortened(passive[0].text), index=paragraph.index))
    scores: dict[str, float] = {}
    for section in document.sections:
        text = "\n\n".join(p.text for p in section.paragraphs if not in_welsh(p.text))
        if len(text.split()) < 20:
            continue
        score = round(reading_ease(text), 1)
        scores[section.label] = score
        if score < READING_EASE_FLOOR:
            findings.append(Finding(
                "plain-english", section.label, None,
                f"hard to read: Flesch reading ease {score:.0f} (below {READING_EASE_FLOOR:.0f})"))
    return findings, {"reading_ease": scores, "long_sentence_words": LONG_SENTENCE_WORDS,
                      "reading_ease_floor": READING_EASE_FLOOR}
