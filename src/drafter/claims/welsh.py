"""Numbers in a paragraph written in Welsh (a bilingual statement sets its
paragraphs in both languages).

Review reads a sentence's measures, periods and roles by English grammar and
English words, which find nothing in Welsh. A Welsh paragraph's numbers are
therefore read by what Welsh puts around them, no further:

* the base of a rate ("25.0 fesul 100,000 o'r boblogaeth") and the number
  of forces ("o'r 43 heddlu", "y pedwar heddlu yng Nghymru") are no figures;
* a rate's number is one of the area's rates per that base, and any other
  number of ten or more one of its stored figures, for the period its
  sentence names in Welsh ("rhwng Ebrill a Mehefin 2026", "y flwyddyn hyd at
  Fehefin 2026", by :mod:`drafter.figures.period_text`), else the period under
  review, when its sentence names that measure in Welsh: "Cofnodwyd 396 o
  droseddau cyllyll" is verified as the knife offences the figures hold, as
  the English paragraph's 396 is, but "Rhoddwyd 25 o sgyrsiau" (25 talks)
  is not the 25 drug trafficking offences the figures hold;
* a number that is neither stays unverified, and its warning says the
  paragraph is in Welsh rather than that the area has no such figure.
"""

from __future__ import annotations

import functools
import re

from drafter.claims.evidence import Candidate, Evidence
from drafter.claims.measures import rate_base
from drafter.claims.numbers import NumberMention
from drafter.figures.importing.mapping import RATE_SUFFIX
from drafter.figures.period_text import find_periods
from drafter.figures.welsh_period_text import WELSH_MONTH_NUMBERS
from drafter.figures.periods import Period

# Short words of Welsh that English does not use; a paragraph made up this much
# of them is in Welsh.
_WELSH_WORDS = frozenset({"yr", "yn", "mae", "roedd", "wedi", "gan", "gyda", "ei", "eu", "ein", "sydd", "sy",
                          "hefyd", "ac", "ar", "hwn", "hon", "hyn", "bod", "fod", "yw", "oedd", "cyfer",
                          "drwy", "gyfer", "ni", "nid", "ag", "â", "o", "y",
                          # "y flwyddyn hyd at fis Mawrth": "at" is English too, so its neighbours count
                          "neu", "hyd", "fis"})
WELSH_SHARE = 0.15
# "fesul 100,000", "am bob 1,000", "ym mhob 100,000", "i bob 1,000": per.
_PER = r"(?:fesul|am\s+bob|ym\s+mhob|i\s+bob)"
_BASE_BEFORE = re.compile(_PER + r"\s+$", re.IGNORECASE)
_BASE_AFTER = re.compile(r"\s+" + _PER + r"\s+(\d{1,3}(?:,\d{3})+|\d+)\b", re.IGNORECASE)
# "43 heddlu", "43 o heddluoedd", "pedwar heddlu": a number of forces.
_FORCES_AFTER = re.compile(r"\s+(?:o\s+)?(?:heddlu|heddluoedd|llu)\b", re.IGNORECASE)
# A number under this that the paragraph ties to no measure is too likely a coincidence.
SMALLEST_UNNAMED = 10

# Welsh words naming a measure, by a word its id holds. Each is the part of the
# word that every mutation keeps ("cyllyll", "gyllyll", "chyllyll",
# "nghyllyll"; "llofruddiaeth", "lofruddiaeth"), found within the sentence's words.
_WELSH_MEASURE_WORDS = (
    ("homicide", ("ofrudd", "ynladd", "laddiad")),
    ("knife", ("yllyll", "yllell", "lafn")),
    ("weapon", ("arfau", "yllyll")),
    ("firearm", ("dryll", "ddryll", "nryll", "arfau tân")),
    ("county_lines", ("inell",)),
    ("drug", ("yffur",)),
    ("seizure", ("atafael",)),
    ("burglar", ("yrgler", "wrgler", "yrglar", "wrglar")),
    ("vehicle", ("erbyd",)),
    ("robbery", ("adrad", "ysbeil")),
    ("theft", ("dwyn", "adrad")),
    ("neighbourhood", ("ymdogaeth",)),
    ("fraud", ("twyll", "dwyll", "nhwyll", "thwyll")),
    ("cyber", ("eiber",)),
    ("satisf", ("odlon", "oddhad")),
    ("asb", ("wrthgymdeithasol",)),
    ("anti_social", ("wrthgymdeithasol",)),
    ("domestic", ("am-drin", "amdrin")),
    ("victim", ("ioddefw",)),
)


# English words that Welsh does not spell: one of them makes a short paragraph English.
_ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "in", "was", "were", "is", "are", "for", "with", "by",
                            "on", "at", "from", "this", "that", "have", "has", "had", "been", "we", "our",
                            "it", "its", "as", "an", "be", "than", "which", "who", "their", "they"})
# How a Welsh word is spelt where English spells none: "llinell", "rhoddwyd", "nghymru",
# "ddau", "ffyrdd", "cyllell" open so ("cyber" and "cycle" are English); "droseddau"
# ("bureau" is English), "cofnodwyd", "ffyrdd", "gwybodaeth" end so; "bywyd", "trwy"
# hold "w" as a vowel after a consonant; ŵ and ŷ are Welsh letters.
_WELSH_SPELLING = re.compile(
    r"^(?:ll|rh|dd|ff|ngh|mh|nh|cy[^bc])\w|\w(?:[^e]au|wyd|ydd|aeth|oedd|[^r]iad|ddu)$|[bcdfghlmnprst]wy|[ŵŷ]")
# How a table's text sets its cells apart, and words Welsh tables title their columns with.
_TABLE_CELLS = " | "
_WELSH_TABLE_WORDS = frozenset({"mesur", "chwarter", "diwethaf", "blwyddyn", "flwyddyn", "hyd", "mis", "fis",
                                "newid", "nifer", "cyfnod", "gwahaniaeth", "cyfanswm", "cyfradd"})
# A verb opening its sentence ("Caewyd 12 llinell", "Arestiodd"): capitalised as a
# place name is, so only these endings count there, after a stem no place name has.
_WELSH_VERB = re.compile(r"^\w{3,}(?:wyd|odd|asom)$")


@functools.lru_cache(maxsize=4096)  # asked of one paragraph's text by many checks
def in_welsh(text: str) -> bool:
    """Whether a paragraph is written in Welsh: by its short words, or in a
    short paragraph with none of English's, by how its words are spelt
    ("Caewyd 12 llinell gyffuriau."). A name is no Welsh word: "Officers in
    Llanelli closed 12 county lines" is English, and so is "Caerphilly: 12"."""
    # "Mae'r", "o'i", "â'r": the word before the elided article or pronoun.
    written = [word.strip(".,;:()\"'‘’“”").replace("’", "'").split("'")[0] for word in text.split()]
    words = [word.lower() for word in written]
    welsh = sum(1 for word in words if word in _WELSH_WORDS)
    if welsh >= 2 and welsh >= WELSH_SHARE * len(words):
        return True
    return _spelt_welsh(written) or _TABLE_CELLS in text and _table_in_welsh(words)


def _table_in_welsh(words: list[str]) -> bool:
    """Whether a table's cells read as Welsh: a table has few of either
    language's short words ("Mesur | Blwyddyn hyd at fis Mawrth 2026"), so each
    word is weighed, and Welsh must outnumber the rest two to one, which a table
    in both languages ("This quarter / Y chwarter hwn") never does."""
    lettered = [word for word in words if word.isalpha()]
    welsh = sum(1 for word in lettered if word in _WELSH_WORDS or word in _WELSH_TABLE_WORDS
                or word in WELSH_MONTH_NUMBERS or _WELSH_SPELLING.search(word))
    return welsh >= 2 and welsh > 2 * (len(lettered) - welsh)


def _spelt_welsh(written: list[str]) -> bool:
    """Whether a paragraph that has none of English's short words reads as
    Welsh by its spelling: at least two words, and no fewer than read as
    English, or one and none English ("Arestiwyd 14."). Capitalised words are
    left out, as names are capitalised, but for Welsh's short words ("Roedd")
    and a verb opening a sentence."""
    lettered = [word for word in written if any(ch.isalpha() for ch in word)]
    if not lettered or any(word.lower() in _ENGLISH_WORDS for word in lettered):
        return False
    welsh = english = 0
    for position, word in enumerate(lettered):
        lower = word.lower()
        if word[:1].isupper():
            if len(lower) > 1 and lower in _WELSH_WORDS:
                welsh += 1
                continue
            opens_sentence = position == 0 or written[written.index(word) - 1].endswith((".", "!", "?", ":"))
            if opens_sentence and _WELSH_VERB.match(lower):
                welsh += 1
            continue  # a name, or a sentence's first word, tells nothing
        if lower in _WELSH_WORDS or _WELSH_SPELLING.search(lower):
            welsh += 1
        else:
            english += 1
    return welsh >= 2 and welsh >= english or welsh >= 1 and english == 0


def match_welsh_numbers(evidence: Evidence, mentions: list[NumberMention], text: str) -> None:
    """Set each number's status in a Welsh paragraph (see the module notes)."""
    for mention in mentions:
        if not mention.checked:
            mention.status = "not-a-figure"
            continue
        after = text[mention.end:]
        if _BASE_BEFORE.search(text[:mention.start]) or _FORCES_AFTER.match(after):
            mention.status = "not-a-figure"
            continue
        base = _BASE_AFTER.match(after)
        per = int(base.group(1).replace(",", "")) if base else None
        sentence_start, sentence = _sentence_of(text, mention)
        named = _named_periods(sentence, mention.start - sentence_start)
        found = None if evidence.empty else next(
            (f for period in named or [evidence.period] if (f := _stored(evidence, mention, per, period))), None)
        if found is not None and not _names_measure(sentence, rate_base(found.measure) or found.measure):
            found = None
        if found is None:
            mention.status = "unverified" if mention.is_figure else "not-a-figure"
            if named:  # "412 … rhwng Ionawr a Mawrth 2026" is that quarter's, never the review period's
                mention.period, mention.period_named = str(named[0]), True
            continue
        mention.status, mention.measure, mention.period = "verified", found.measure, found.period
        mention.derivation, mention.source, mention.matched = found.derivation, found.source or None, found.derived


def _named_periods(sentence: str, at: int) -> list[Period]:
    """The periods a Welsh sentence names ("rhwng Ebrill a Mehefin 2026"), the
    one nearest the number at ``at`` first."""
    phrases = [p for p in find_periods(sentence) if p.period is not None]
    phrases.sort(key=lambda p: min(abs(p.start - at), abs(p.end - at)))
    return list(dict.fromkeys(p.period for p in phrases))


def _stored(evidence: Evidence, mention: NumberMention, per: int | None, period) -> Candidate | None:
    """The one measure's figure (or rate per ``per``) of ``period`` the number is."""
    if per is None and (mention.kind not in ("count", "percent") or mention.value < SMALLEST_UNNAMED):
        return None
    if period is None:
        return None
    suffix = "_" + RATE_SUFFIX.get(per, "-") if per else None
    found = [c for c in evidence.in_period(period) if mention.matches(c.value) and (
        (c.kind == "rate" and c.per == per) or (c.kind == "figure" and c.measure.endswith(suffix))
        if per else c.kind == "figure" and c.percent == (mention.kind == "percent")
        and rate_base(c.measure) is None)]
    measures = {rate_base(c.measure) or c.measure for c in found}
    if len(measures) != 1:
        return None  # two measures of one value: the words would have to say which
    return min(found, key=lambda c: c.kind != "figure")  # the figure as published before one worked out


def _sentence_of(text: str, mention: NumberMention) -> tuple[int, str]:
    """Where the sentence of ``text`` the number is in starts, and the sentence
    (decimal points and thousands' commas kept inside it)."""
    start = max((m.end() for m in re.finditer(r"[.!?;]\s", text[:mention.start])), default=0)
    end = re.search(r"[.!?;](?:\s|$)", text[mention.end:])
    return start, text[start:mention.end + end.start() if end else len(text)]


def _names_measure(sentence: str, measure: str) -> bool:
    """Whether ``sentence`` names ``measure`` in Welsh words (a measure drafter
    knows no Welsh for is never named)."""
    lower = sentence.lower()
    return any(stem in lower for key, stems in _WELSH_MEASURE_WORDS if key in measure for stem in stems)
