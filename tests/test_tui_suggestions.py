"""What the Similar pane lists and in what order, and what rolling forward left
for the writer: the desk's bookkeeping that needs no terminal."""

from __future__ import annotations

from drafter.tui.rolled import Marks, left_for_writer, next_left, roll_counts, roll_summary, side_by_side
from drafter.tui.suggestions import NOTHING_CLOSE, Exclusions, arrange

from drafter.drafts import Draft, DraftParagraph, DraftSection, Origin
from drafter.search import RELEVANCE_LEVELS, SearchHit, relevance_level


def hit(score: float, priority: str, number: int = 1, statement_id: int = 9, text: str | None = None):
    return SearchHit(paragraph_id=number, statement_id=statement_id, number=number, priority=priority,
                     text=text or f"paragraph {number} of statement {statement_id}", score=score,
                     title=None, force="Severnshire", date="2026-06", file=None)


CLOSE, RELATED = RELEVANCE_LEVELS["close"][0], RELEVANCE_LEVELS["related"][0]
WEAK, RELATED_SCORE, CLOSE_SCORE = RELATED / 2, (RELATED + CLOSE) / 2, min(1.0, CLOSE * 1.3)


def test_levels_follow_the_calibrated_thresholds():
    assert relevance_level(CLOSE) == "close" and relevance_level(1.0) == "close"
    assert relevance_level(RELATED) == "related" and relevance_level(CLOSE - 0.001) == "related"
    assert relevance_level(0.0) == "weak" and relevance_level(RELATED - 0.001) == "weak"
    assert hit(CLOSE_SCORE, "homicide").to_dict()["level"] == "close"


def test_a_weak_list_says_nothing_is_close():
    own = [hit(WEAK, "homicide", 1), hit(WEAK * 0.8, "homicide", 2)]
    groups = arrange(own, own, section_name="Homicide", priority="homicide", scope="section", limit=8)
    assert [group.heading for group in groups] == [f"Homicide · {NOTHING_CLOSE}"]
    assert groups[0].hits == own


def test_clearly_closer_matches_elsewhere_follow_the_sections_own():
    own = [hit(WEAK, "homicide", 1), hit(WEAK * 0.9, "homicide", 2)]
    elsewhere = [hit(CLOSE_SCORE, "serious-violence", 11), hit(CLOSE_SCORE * 0.95, "serious-violence", 12)]
    groups = arrange(own, elsewhere + own, section_name="Homicide", priority="homicide",
                     scope="section", limit=8)
    assert [group.heading for group in groups] == [
        f"Homicide · {NOTHING_CLOSE}", "Closer matches under other priorities", "More under Homicide"]
    assert groups[1].hits == elsewhere and groups[1].named
    assert groups[2].hits == own


def test_a_match_elsewhere_no_better_than_the_sections_stays_out():
    own = [hit(RELATED_SCORE, "homicide", 1)]
    elsewhere = [hit(RELATED_SCORE * 1.1, "serious-violence", 11)]
    groups = arrange(own, elsewhere + own, section_name="Homicide", priority="homicide",
                     scope="section", limit=8)
    assert [group.heading for group in groups] == ["Homicide"]


def test_all_priorities_is_one_named_list():
    everywhere = [hit(CLOSE_SCORE, "serious-violence", 11), hit(WEAK, "homicide", 1)]
    groups = arrange([], everywhere, section_name="Homicide", priority="homicide", scope="all", limit=8)
    assert [(group.heading, group.hits, group.named) for group in groups] == [
        ("All priorities", everywhere, True)]


def test_the_writers_own_paragraph_and_its_source_are_never_suggested():
    origin = Origin.corpus(15, 11)
    origin.copied = "The words as copied, before the roll."
    exclusions = Exclusions.for_paragraph("The words now.", origin)
    assert exclusions.excludes(hit(0.9, "homicide", 11, statement_id=15))
    assert exclusions.excludes(hit(0.9, "homicide", 3, statement_id=2, text="The  words now."))
    assert exclusions.excludes(hit(0.9, "homicide", 4, statement_id=2,
                                   text="The words as copied, before the roll."))
    assert not exclusions.excludes(hit(0.9, "homicide", 11, statement_id=16))


def test_the_source_of_a_touched_up_paragraph_from_a_web_page_is_not_suggested():
    """A web page numbers none of its paragraphs: the one inserted from it and
    touched up is known by its place (p12), and neither the pane for it nor for
    any other paragraph of the draft offers that source back."""
    def unnumbered(place: int, statement_id: int = 15):
        found = hit(0.9, "homicide", statement_id=statement_id, text=f"Past paragraph p{place}, as published.")
        found.number, found.statement_place = None, place
        return found

    origin = Origin.corpus(15, None, 12).as_edited()
    exclusions = Exclusions.for_paragraph("Past paragraph p12, touched up.", origin)
    assert exclusions.excludes(unnumbered(12))
    assert not exclusions.excludes(unnumbered(13))
    assert not exclusions.excludes(unnumbered(12, statement_id=16))
    elsewhere = Exclusions.for_paragraph("Another paragraph.").holding(
        [DraftParagraph("Past paragraph p12, touched up.", origin)])
    assert elsewhere.excludes(unnumbered(12)) and not elsewhere.excludes(unnumbered(13))


def rolled_paragraph(text: str, copied: str, rolled: list[tuple[str, str]], left: list[str],
                     edited: bool = False) -> DraftParagraph:
    origin = Origin.corpus(15, 5)
    origin.copied = copied
    origin.edited = edited
    origin.rolled = [{"old": old, "new": new, "measure": "homicides", "area": "Severnshire",
                      "from_period": "2026-Q1", "to_period": "2026-Q2", "source": "Home Office"}
                     for old, new in rolled]
    origin.not_rolled = [{"text": words, "reason": "check it"} for words in left]
    return DraftParagraph(text, origin)


def test_rolled_numbers_are_found_in_order_as_whole_numbers():
    text = "In 2026 there were 3 homicides, compared with 4 a year earlier (13 in 2023)."
    marks = Marks.of(rolled_paragraph(text, "x", [("4", "3"), ("3", "4")], ["2023"]))
    found = [(text[start:end], kind) for start, end, kind in marks.spans(text)]
    assert found == [("3", "rolled"), ("4", "rolled"), ("2023", "left")]


def test_something_left_counts_until_the_writer_deals_with_it():
    untouched = rolled_paragraph("Rates rose in 2025/26.", "Rates rose in 2025/26.", [],
                                 ["2025/26", "Rates rose in 2024/25."])
    assert len(left_for_writer(untouched)) == 2  # as the roll left it, everything counts
    edited = rolled_paragraph("Rates rose in 2025/26 again.", "Rates rose in 2025/26.", [],
                              ["2025/26", "Rates rose in 2024/25."], edited=True)
    assert [entry["text"] for entry in left_for_writer(edited)] == ["2025/26"]


def test_the_summary_and_the_next_paragraph_with_something_left():
    def section(key, paragraphs):
        return DraftSection(key=key, heading=key, paragraphs=paragraphs)

    done = rolled_paragraph("12 offences.", "10 offences.", [("10", "12")], [])
    left = rolled_paragraph("In 2025/26, 12 offences.", "In 2025/26, 10 offences.", [("10", "12")],
                            ["2025/26"])
    draft = Draft(id=1, title="t", board="b", date="2026-09", presented_by="", area="Severnshire",
                  period="2026-Q2", sections=[section("homicide", [done, left]),
                                              section("serious-violence", [done])])
    assert roll_counts(draft) == (3, 1)
    assert roll_summary(draft) == "3 figures rolled forward, 1 left for you"
    assert roll_summary(draft, short=True) == "3 rolled · 1 left"
    assert next_left(draft, "homicide", 0) == ("homicide", 1)
    assert next_left(draft, "serious-violence", 0) == ("homicide", 1)  # round to the start


def test_before_and_after_pick_out_what_changed():
    before, after = side_by_side("There were 4 homicides, an increase.", "There were 3 homicides, a decrease.")
    assert before.plain == "There were 4 homicides, an increase."
    assert after.plain == "There were 3 homicides, a decrease."
    changed = {after.plain[span.start:span.end] for span in after.spans}
    assert "3" in changed and "decrease." in changed and "homicides," not in changed
