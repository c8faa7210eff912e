"""The period words of a paragraph rolled forward: the words each figure is
read by move with it, and what cannot move is named for the writer.

A figure is read by the period named beside it or before it in its sentence
("17 in 2024", "In April to June 2026 there were 5"), else by the latest
period its paragraph named before its sentence ("Full-year figures for 2025
are now available. The force recorded 14 homicides over the year"), as
review reads it (``drafter.claims.number_periods``). A figure moves only
with those words: the paragraph's phrase moves with it, and a figure whose
words name another period than its own (or months no period can be, "in
the final quarter of the year" read by "2025" for a quarter's figure) keeps
its value and is named for the writer. A figure rolled against the text
around it would be a wrong sentence review might not catch.

Months that are no reporting period ("between June and August", the months
before the statement) move only where they are exactly the months of a
figure moving in their sentence. Elsewhere they date counts no stored figure
holds (closure orders, calls, shifts worked): moving the months alone would
give last quarter's counts the new months, so they are kept and named, with
the months they would be a statement on.
"""

from __future__ import annotations

import re
from dataclasses import replace

from drafter.claims.comparisons import SAME_QUARTER_OF
from drafter.claims.matching import sentence_context
from drafter.claims.number_periods import read_by_paragraph
from drafter.claims.running_totals import own_months, own_span
from drafter.figures.half_year_names import half_year
from drafter.drafts.roll_half_years import half_years_moved
from drafter.drafts.roll_quarter_places import quarter_places, quarter_places_moved
from drafter.figures.month_spans import find_month_spans
from drafter.figures.period_text import MONTH_NUMBERS, data_drawn_dates, find_periods, rewrite
from drafter.figures.periods import QUARTER, Period

# "This statement covers …", "This quarterly report sets out …", "The figures below are for …": a
# sentence about the statement itself, whose own period is the draft's once copied.
_ABOUT_ITSELF = re.compile(r"\bthis\s+(?:quarter's\s+|quarterly\s+)?(?:statement|report|paper|update)\b"
                           r"|\bthe\s+figures\s+(?:below|above|that\s+follow|in\s+the\s+sections\s+below)\s+"
                           r"(?:are\s+(?:for|those\s+for)|cover)\b", re.IGNORECASE)
# "The Commissioner publishes this statement every quarter … It covers October to December 2024.":
# a sentence going on about the statement a sentence before it named.
_IT_COVERS = re.compile(r"\s*it\s+(?:covers|reports\s+on|is\s+for|sets\s+out|looks\s+at)\b", re.IGNORECASE)
# "The next update will cover …", "The Quarter 3 statement will be brought to …", "This statement
# will next be updated for April to June 2026", "… each quarter. The next will cover …": the next one.
_ABOUT_THE_NEXT = re.compile(r"\bnext\s+(?:quarter's\s+|quarterly\s+)?(?:statement|report|paper|update|edition)\b"
                             r"|\bthe\s+next(?:\s+one)?\s+(?:will|is\s+due)\b"
                             r"|\b(?:statement|report|paper|update)\b[^.;]{0,80}?\b(?:will|is\s+due\s+to)\s+"
                             r"(?:next\s+)?be\b"
                             r"|\bwill\s+next\s+(?:receive|consider|see|be\s+(?:presented|published|brought|updated|"
                             r"produced|considered|received|reported))\b",
                             re.IGNORECASE)
# "The Quarter 3 statement": a statement named by its quarter, which "the" before it does not
# make a count ("the quarter 3 county lines were closed" would be).
_NAMED_BY_QUARTER = re.compile(r"\b(?:quarter|qtr\.?|Q)\s*(?P<n>[1-4])(?=\s+(?:statement|report|paper|update)\b)",
                               re.IGNORECASE)
# "… will be brought to the Panel's February 2025 meeting", "published on 6 February 2025": when
# the next statement is due, which copy forward cannot know.
_DUE_DATE = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December)\s+(?:19|20)\d\d\b", re.IGNORECASE)
# "Mae'r datganiad hwn yn ymdrin â …": the same, in Welsh.
_ABOUT_ITSELF_IN_WELSH = re.compile(r"\b(?:datganiad|adroddiad|papur|diweddariad)\s+(?:hwn|yma)\b", re.IGNORECASE)
# "Bydd y diweddariad nesaf yn ymdrin ag Ebrill i Fehefin 2026": the next one, in Welsh.
_ABOUT_THE_NEXT_IN_WELSH = re.compile(r"\b(?:datganiad|adroddiad|papur|diweddariad)\s+nesaf\b", re.IGNORECASE)
# How long ago a period may end and still read as "the latest" in a paragraph without figures.
RECENT_MONTHS = 24
# Words joined to the period phrase that follows ("the third and final quarter of 2025/26", where only
# "final quarter of 2025/26" is the phrase): moving the phrase alone would leave them saying the old quarter.
_JOINED_BEFORE = re.compile(r"\b(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?:and|or|&)\s+$",
                            re.IGNORECASE)
# "since it began in 2024", "launched in 2025": history, not last quarter's news.
_SINCE = re.compile(r"\b(?:since|began|begun|launched|started|introduced|established|opened|set\s+up)\b[^.;]*$",
                    re.IGNORECASE)


class PeriodWords:
    """One paragraph's period words and month spans, and which of them move."""

    def __init__(self, doc, text: str, mover):
        self.doc, self.mover = doc, mover
        self.sentences = [((s.start, s.end), s.text, s.start_char) for s in doc.sents] if doc is not None \
            else [(None, text, 0)]
        self.spans = find_month_spans(text)
        self.spans_moved: dict[int, Period] = {}  # a span's start → the period whose months it now names

    def hold(self, mention, old: Period, new: Period, moved: dict) -> str | None:
        """Why ``mention`` (``old``'s figure, moving to ``new``) must keep its
        value, or None, having recorded in ``moved`` (sentence → {period: new
        period}) the paragraph's words that move with it."""
        if self.doc is None or mention.role != "current" or mention.period_named or mention.period_stated:
            return None
        sentence = self.doc[mention.sentence[0]:mention.sentence[1]]
        spans = [s for s in self.spans if sentence.start_char <= s.start < sentence.end_char]
        if spans:
            if all(span.covers(old) for span in spans):
                self.spans_moved.update((span.start, new) for span in spans)
                return None
            return (f"dated by '{spans[0].text}', months the figure's period ({old}) is not: "
                    f"kept as written, check it for {self.mover.target}")
        read_by = read_by_paragraph(sentence_context(self.doc, mention, []), mention)
        if read_by is None:
            return None
        named = [(key, phrase) for key, text, offset in self.sentences if offset < sentence.start_char
                 for phrase in find_periods(text) if phrase.period == read_by]
        if read_by != old:
            words = f"'{named[-1][1].text}'" if named else str(read_by)
            return (f"its sentence names no period, and the paragraph's {words} before it is not the "
                    f"figure's ({old}): kept as written, check it for {self.mover.target}")
        if any(moved.get(key, {}).get(old, new) != new for key, _ in named):
            return f"the paragraph's '{named[-1][1].text}' dates figures moving elsewhere: kept as written"
        for key, _ in named:
            moved.setdefault(key, {})[old] = new
        return None

    def write(self, moved: dict, edits, result, numbers) -> None:
        """Move the period words of sentences whose figures moved; name the
        recent ones left in a paragraph without figures, those left behind in
        a sentence without figures by figures that moved, and every month span
        that could not move."""
        moved_from = {period for changes in moved.values() for period in changes}
        with_figures = {n.sentence for n in numbers if n.matched is not None}
        has_figures = bool(with_figures)
        named_itself = False
        for key, sentence_text, offset in self.sentences:
            changes = moved.get(key)
            about_the_next = self.mover.target != self.mover.main and _ABOUT_THE_NEXT.search(sentence_text)
            itself = bool(_ABOUT_ITSELF.search(sentence_text))
            about_itself = itself or named_itself and bool(_IT_COVERS.match(sentence_text))
            named_itself = named_itself or itself
            for phrase in find_periods(sentence_text):
                if phrase.quarter:  # "Quarter 1": the quarter it is in the statement copied, or of the next one
                    phrase = replace(phrase, period=phrase.resolve(self.mover.target if about_the_next
                                                                   else self.mover.main))
                if phrase.relative:
                    continue
                start, end = offset + phrase.start, offset + phrase.end
                if edits.covered(start, end):
                    continue
                if joined := _JOINED_BEFORE.search(sentence_text[:phrase.start]):
                    result.not_rolled.append({"text": sentence_text[joined.start():phrase.end],
                                              "reason": f"names {phrase.period} in words joined to another "
                                              "quarter's, which copy forward cannot reword: reword it"})
                    continue
                if changes and phrase.period in changes:
                    edits.add(start, end, rewrite(phrase, changes[phrase.period]))
                elif changes and (year := _same_quarter_moved(sentence_text, phrase, changes)) is not None:
                    edits.add(start, end, rewrite(phrase, year))
                elif _names_the_statement_s_own_period(phrase, about_itself, self.mover):
                    edits.add(start, end, rewrite(phrase, _own_moved(phrase, self.mover)))
                elif _names_the_next_statement_s_period(phrase, sentence_text, self.mover):
                    edits.add(start, end, rewrite(phrase, self.mover.move_rolling(phrase.period)))
                elif changes and phrase.period == self.mover.main:
                    # "No homicides were recorded between April and June 2024, compared with two in
                    # the same quarter of 2023": what it dates is in words no figure holds
                    result.not_rolled.append({"text": phrase.text, "reason": f"names {phrase.period}, the period "
                                              "of the statement copied, which no figure beside it moved on from: "
                                              "update it with what it dates"})
                elif has_figures and key not in with_figures and phrase.period in moved_from:
                    result.not_rolled.append({"text": phrase.text, "reason": f"names {phrase.period}, which "
                                              "the paragraph's figures moved on from: check it"})
                elif not has_figures and _recent(phrase.period, self.mover) \
                        and not _SINCE.search(sentence_text[max(0, phrase.start - 30):phrase.start]):
                    when = "the period of the statement copied" if phrase.period == self.mover.main \
                        else f"recent when the statement copied ({self.mover.main}) was written"
                    result.not_rolled.append({"text": phrase.text, "reason": f"names {phrase.period}, "
                                              f"{when}: check it still holds"})
            if about_the_next:
                self._next_quarter_named(sentence_text, offset, edits)
                self._due_dates_left(sentence_text, offset, edits, result)
            self._month_counts_left(key, sentence_text, offset, edits, result, numbers)
            if self.mover.target != self.mover.main:
                self._data_dates_left(sentence_text, offset, edits, result)
            self._half_years(key, sentence_text, offset, edits, numbers)
            self._quarter_places(sentence_text, offset, edits, result, about_itself or bool(changes))
        for span in self.spans:
            if span.start in self.spans_moved:
                edits.add(span.start, span.end, span.naming(self.spans_moved[span.start]))
            elif not edits.covered(span.start, span.end):
                result.not_rolled.append({"text": span.text, "reason": self._span_left(span)})

    def _half_years(self, key, sentence: str, offset: int, edits, numbers) -> None:
        """Half a year a sentence names moves six months with a half-yearly
        statement, unless a number it dates is kept as written (and named for
        the writer): moved, the words would date last half-year's count."""
        if any(n.sentence == key and n.checked and not edits.covered(n.start, n.end) for n in numbers):
            return
        for start, end, new in half_years_moved(sentence, self.mover.main, self.mover.target):
            edits.add(offset + start, offset + end, new)

    def _quarter_places(self, sentence: str, offset: int, edits, result, moving: bool) -> None:
        """"The third calendar quarter of the year" in a sentence about the statement, or one
        whose figures moved, moves with them; named for the writer while they wait."""
        main, target = self.mover.main, self.mover.target
        if target != main and moving:
            for start, end, new in quarter_places_moved(sentence, main, target):
                edits.add(offset + start, offset + end, new)
        elif target == main and main.kind == QUARTER and moving:
            result.not_rolled.extend({"text": words, "reason": f"names {main}, the quarter of the statement "
                                      "copied, by its place in the year: give the next one's"}
                                     for words in quarter_places(sentence))

    def _next_quarter_named(self, sentence: str, offset: int, edits) -> None:
        """"The Quarter 3 statement will be brought to …" of the quarter the draft
        now covers: the statement after it, a quarter on."""
        target, after = self.mover.target, self.mover.move_rolling(self.mover.target)
        for named in _NAMED_BY_QUARTER.finditer(sentence):
            number = int(named.group("n"))
            if target.kind == QUARTER and number in (target.financial_quarter, target.quarter):
                moved = after.financial_quarter if number == target.financial_quarter else after.quarter
                edits.add(offset + named.start("n"), offset + named.end("n"), str(moved))

    def _due_dates_left(self, sentence: str, offset: int, edits, result) -> None:
        """Name for the writer the dates a sentence about the next statement gives
        for it (a meeting, a publication), which stay as written."""
        for due in _DUE_DATE.finditer(sentence):
            if not edits.covered(offset + due.start(), offset + due.end()):
                result.not_rolled.append({"text": due.group(), "reason": "when the next statement is due, as the "
                                          f"statement copied said it: give the date for the one after "
                                          f"{self.mover.target}"})

    def _data_dates_left(self, sentence: str, offset: int, edits, result) -> None:
        """Name when the figures copied were drawn ("data extracted on 5 July 2026"), kept as
        written: the next quarter's are drawn later."""
        for drawn in data_drawn_dates(sentence):
            if not edits.covered(offset + drawn.start("when"), offset + drawn.end("when")):
                result.not_rolled.append({"text": drawn.group("when"), "reason": "when the figures copied were "
                                          f"drawn from their source: give when {self.mover.target}'s were"})

    def _month_counts_left(self, key, sentence: str, offset: int, edits, result, numbers) -> None:
        """Name a month of the quarter copied, or one before it named without its
        year, that dates a count no figure holds ("In February, 186 knives were
        handed in"): kept, it is the statement copied's news, or older."""
        months = own_months(sentence)
        if months is None:
            return
        if self._in_the_quarter_copied(months):
            whose = f"a month of {self.mover.main}, the quarter copied"
        elif self._before_the_quarter_copied(months):
            whose = f"a month before {self.mover.main}, the quarter copied, named without its year"
        else:
            return
        start = sentence.find(months)
        at, end = offset + start, offset + start + len(months)
        if edits.covered(at, end) or any(s.start < end and at < s.end for s in self.spans):
            return
        opening = not sentence[:start].strip()

        def dated(count) -> bool:
            # "In February, 186 knives …": what its opening dates; "two more bins were installed in March":
            # a count before the month in its clause. Not "Since … in March it has been used in 26
            # operations", "used in 54 operations since it came into service in March", nor ", bringing
            # the total to twenty" after it.
            if opening:
                return count.start >= end and not re.search(r"[,;:]", sentence[len(months):count.start - offset]
                                                            .strip(", "))
            return count.end <= at and not re.search(r"[,;:]|\bsince\b", sentence[count.end - offset:start],
                                                     re.IGNORECASE)
        counted = [n for n in numbers if n.sentence == key and n.kind in ("count", "small") and n.matched is None
                   and dated(n)]
        for count in counted:
            result.not_rolled.append({"text": count.text, "reason": f"a count for '{months}', {whose}, which "
                                      f"no stored figure holds: give this quarter's ({self.mover.target}) or take "
                                      "it out"})

    def _before_the_quarter_copied(self, months: str) -> bool:
        """Months named without a year that are neither the quarter copied's nor
        the three after it, when the statement copied was written ("In May" of a
        statement on January to March): older news carried on, which kept would
        one day read as a later year's month ("In February" in October to December)."""
        main = self.mover.main
        named = _months_named(months)
        recent = {(main.first + step) % 12 + 1 for step in range(main.months_long + 3)}
        return bool(named) and main.months_long <= 3 and not _YEAR.search(months) \
            and not any(month in recent for month in named)

    def _in_the_quarter_copied(self, months: str) -> bool:
        main = self.mover.main
        named = _months_named(months)
        year = _YEAR.search(months)
        own = {(main.first + step) % 12 + 1: (main.first + step) // 12 for step in range(main.months_long)}
        return bool(named) and main.months_long <= 3 and all(
            month in own and (year is None or int(year.group()) == own[month]) for month in named)

    def _span_left(self, span) -> str:
        main = self.mover.main
        # Before the next period's figures are in, the statement still moves on by its own step.
        step = main.months_to(self.mover.target) or self.mover.step or main.months_to(main.following())
        if step % 12 == 0:
            return "names months, not a period figures are stored for: check it, with the numbers it dates"
        ahead = "a quarter" if step == 3 else f"{step} months"
        sentence = next((text for _, text, offset in self.sentences if offset <= span.start < offset + len(text)), "")
        if own_span(sentence) not in (None, half_year(sentence)):  # "Year to date (April to December 2023)"
            return (f"names the months of a total to date: {ahead} on they are '{span.extended(step)}'; "
                    "update them with the total")
        return (f"names months, not a period figures are stored for: {ahead} on they are "
                f"'{span.moved(step)}'; update them with the numbers they date")


def _same_quarter_moved(sentence: str, phrase, changes: dict) -> Period | None:
    """The year "the same quarter of 2022" names once the quarter it means
    moved with the sentence's figures (2022-Q4 to 2023-Q1: "… of 2023")."""
    same = SAME_QUARTER_OF.search(sentence, 0, phrase.end)
    if phrase.style != "year" or same is None or same.end() != phrase.end:
        return None
    moved = {new for old, new in changes.items() if old.kind == QUARTER and old.end.year == phrase.period.end.year}
    return Period.parse(str(moved.pop().end.year)) if len(moved) == 1 else None


def _names_the_statement_s_own_period(phrase, about_itself: bool, mover) -> bool:
    """The period a statement says it covers (in a sentence ``about_itself``)
    moves with it, as its title's does; said of anything else, it may be
    history and is left to the writer. Before the next period's figures are
    in, the draft keeps the statement's period, and the words are still
    flagged as last quarter's."""
    return _its_own(phrase, mover) and mover.target != mover.main and about_itself


def _own_moved(phrase, mover):
    return mover.move(phrase.period) if phrase.period == mover.main else mover.move_rolling(phrase.period)


def _its_own(phrase, mover) -> bool:
    """The statement's period, or the year named by its end that ends with it ("This statement
    covers January to March 2026 and the year ending March 2026"), which moves with the data."""
    return phrase.period == mover.main or (phrase.style or "").endswith("year_ending") \
        and phrase.period.months_long == 12 and phrase.period.last == mover.main.last


def _names_the_next_statement_s_period(phrase, sentence: str, mover) -> bool:
    """"The next update will cover April to June 2024", "The Quarter 3 statement will
    be brought to the February 2025 meeting": the period after the statement's, which
    the draft now covers, is a period on in the draft, as its own is."""
    return (phrase.period == mover.target and mover.target != mover.main
            and bool(_ABOUT_THE_NEXT.search(sentence)))


def _recent(period: Period, mover) -> bool:
    """Ends in the two years up to the end of the statement's own period: words
    that speak of the quarter just gone rather than of history or plans."""
    return mover.main.last - RECENT_MONTHS < period.last <= mover.main.last



_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _months_named(months: str) -> list[int]:
    """The months (1 to 12) words name with their capital: "In February" → [2]."""
    return [MONTH_NUMBERS[word.lower()] for word in re.findall(r"[A-Za-z]+", months)
            if word.lower() in MONTH_NUMBERS and word[:1].isupper()]

def welsh_period_words(text: str, mover, edits, result) -> None:
    """The period words of a paragraph in Welsh, or in Welsh and English,
    which copy forward does not reword: the statement's own period, where the
    paragraph is about the statement itself ("This statement covers October to
    December 2023. / Mae'r datganiad hwn yn ymdrin â Hydref i Ragfyr 2023"),
    moves in both languages, as the title's does; when none of its figures was
    named for the writer, a recent period it names is ("Bu un lladdiad rhwng
    Hydref a Rhagfyr 2023": its count in words is no figure review reads)."""
    if mover.target == mover.main:
        return  # the figures wait for the next period: nothing moves
    about_itself = _ABOUT_ITSELF.search(text) or _ABOUT_ITSELF_IN_WELSH.search(text)
    about_the_next = _ABOUT_THE_NEXT.search(text) or _ABOUT_THE_NEXT_IN_WELSH.search(text)
    listed = bool(result.not_rolled)
    for phrase in find_periods(text):
        if phrase.relative or phrase.period is None:
            continue
        # the next statement's period is the draft's own, so it moves a period on as the draft's did
        new_period = _own_moved(phrase, mover) if about_itself and _its_own(phrase, mover) else \
            mover.move_rolling(phrase.period) if about_the_next and phrase.period == mover.target else None
        if new_period is not None:
            new = rewrite(phrase, new_period)
            if edits.add(phrase.start, phrase.end, new):
                _welsh_with(text, phrase.start, new, edits)
        elif not listed and _recent(phrase.period, mover):
            result.not_rolled.append({"text": phrase.text, "reason": f"names {phrase.period} in a Welsh paragraph, "
                                      "which copy forward does not reword: kept as written, give its words and "
                                      f"figures for {mover.target} as the English paragraph does"})
            listed = True


_WITH_BEFORE = re.compile(r"\b(â|ag)\s+$", re.IGNORECASE)


def _welsh_with(text: str, start: int, new: str, edits) -> None:
    """Welsh "â" ("with") is "ag" before a vowel: "yn ymdrin â Hydref i
    Ragfyr" rolled is "yn ymdrin ag Ionawr i Fawrth"."""
    found = _WITH_BEFORE.search(text[max(0, start - 4):start])
    if found is None:
        return
    wanted = "ag" if new[:1].lower() in "aeiouwyâêîôûŵŷ" else "â"
    if found.group(1).lower() != wanted:
        at = max(0, start - 4) + found.start(1)
        edits.add(at, at + len(found.group(1)), wanted)
