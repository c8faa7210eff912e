"""The Similar pane as a writer meets it: an honest relevance cue, the best
match wherever it sits, the writer's words picked out, and never the
writer's own paragraph or its source."""

from __future__ import annotations

import pytest
from drafter.tui.suggestions import NOTHING_CLOSE, rank_of
from test_tui_support import (
    copied_forward_draft,
    desk_app,
    no_cursor_blink,
    notifications,
    open_desk,
    paste,
    settle,
    wait_for,
)

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio

CROSS_PRIORITY = "Officers seized weapons during a week of action against knife crime"
CLOSER = "Closer matches under other priorities"


@pytest.fixture
def anyio_backend():
    return "asyncio"


async def at_section(pilot, key: str):
    desk = await open_desk(pilot)
    while desk.session.section_key != key:
        await pilot.press("ctrl+down")
    await settle(pilot)
    return desk


async def type_paragraph(pilot, desk, text: str) -> None:
    asked = len(pilot.app.suggestion_latencies)
    await pilot.press("ctrl+end")
    if desk.editor.text.strip():
        await pilot.press("enter", "enter")
    await paste(pilot, text)
    await wait_for(pilot, lambda: len(pilot.app.suggestion_latencies) > asked
                   and desk.similar.heading.startswith("Like ¶"), what="suggestions for the words")
    await settle(pilot)


def group_titles(desk) -> list[str]:
    return [group.heading for group in desk.similar.groups]


async def test_a_knife_crime_sentence_under_homicide_finds_the_weeks_of_action(indexed_workspace):
    indexed_workspace.new_draft(date="2026-11")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await at_section(pilot, "homicide")
        await type_paragraph(pilot, desk, CROSS_PRIORITY)
        own, closer, *_ = desk.similar.groups
        # The section's own matches are weak, and the pane says so.
        assert own.heading == f"Homicide · {NOTHING_CLOSE}" and not own.hits
        assert desk.similar.state == f"Like ¶2 · Homicide · {NOTHING_CLOSE}"
        assert all(hit.level == "weak" for group in desk.similar.groups for hit in group.hits
                   if hit.priority == "homicide")
        assert closer.heading == CLOSER
        assert len(closer.hits) == 3
        assert all(hit.priority == "serious-violence" and hit.level == "close" for hit in closer.hits)
        assert all("week of action" in hit.text for hit in closer.hits)
        assert all(group.hits[0].score > 0 for group in desk.similar.groups if group.hits)
        # Each closer match carries its priority's name, and the writer's words are picked out.
        options = desk.similar.hit_list
        label, words = options.get_option_at_index(options.highlighted).prompt.renderables
        assert label.plain.startswith("▮▮▮ close · Serious violence · ")
        picked = {words.plain[span.start:span.end].lower() for span in words.spans}
        assert {"knife", "week", "action"} <= picked
        # "weapons" was typed; the paragraph's "weapon sweeps" is the same word.
        assert "weapon" in picked and "weapon sweeps" in words.plain
        assert "knife" in [word.lower() for word in closer.hits[0].matched]


async def test_inserting_a_match_from_another_priority_keeps_its_source(indexed_workspace):
    draft = indexed_workspace.new_draft(date="2026-11")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(80, 24)) as pilot:
        desk = await at_section(pilot, "homicide")
        await type_paragraph(pilot, desk, CROSS_PRIORITY)
        # Under the editor, the three closer matches show a line each without scrolling.
        hit_list = desk.similar.hit_list
        assert hit_list.scroll_offset.y == 0
        assert hit_list.scrollable_content_region.height >= 1 + 2 * len(desk.similar.groups[1].hits)
        chosen = desk.similar.groups[1].hits[0]
        await pilot.press("f3", "enter")
        await settle(pilot)
        inserted = next(p for p in desk.session.section.paragraphs if p.text == " ".join(chosen.text.split()))
        assert (inserted.origin.kind, inserted.origin.statement_id, inserted.origin.number) == \
            ("corpus", chosen.statement_id, chosen.number)
        assert "(Serious violence)" in notifications(app)[-1]
        # The pane follows the cursor to the inserted paragraph, and never offers it again.
        await wait_for(pilot, lambda: desk.similar.heading.startswith("Like ¶3"), what="the pane to follow")
        await settle(pilot)
        shown = {(hit.statement_id, hit.number) for hit in desk.similar.hits}
        assert (chosen.statement_id, chosen.number) not in shown
        await wait_for(pilot, lambda: not desk.session.dirty, what="the autosave")
        stored = indexed_workspace.get_draft(draft.id).section("homicide").paragraphs
        assert any(p.origin.statement_id == chosen.statement_id for p in stored)


async def test_the_pane_switches_to_all_priorities_and_back(indexed_workspace):
    indexed_workspace.new_draft(date="2026-11")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await at_section(pilot, "homicide")
        await type_paragraph(pilot, desk, CROSS_PRIORITY)
        await pilot.press("alt+a")
        await wait_for(pilot, lambda: group_titles(desk) == ["All priorities"], what="all priorities")
        assert desk.similar.heading == "Like ¶2 · all priorities"
        everywhere = desk.similar.groups[0].hits
        assert everywhere[0].priority == "serious-violence"
        # Closest first: the levels the writer sees never go back up the list.
        levels = [rank_of(hit) for hit in everywhere]
        assert levels == sorted(levels, reverse=True)
        await pilot.press("f3", "a")  # the pane's own key does the same
        await wait_for(pilot, lambda: CLOSER in group_titles(desk), what="the section's view again")


async def test_a_copied_paragraph_is_not_offered_its_own_source(indexed_workspace):
    draft = copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await at_section(pilot, "serious-violence")
        paragraphs = desk.session.section.paragraphs
        for index, paragraph in enumerate(paragraphs[:3]):
            desk.editor.go_to_paragraph(index)
            await wait_for(pilot, lambda: desk.similar.heading.startswith(
                f"Like ¶{desk.session.first_number() + index}"), what="the pane to follow the cursor")
            await settle(pilot)
            sources = {(hit.statement_id, hit.number) for hit in desk.similar.hits}
            assert (paragraph.origin.statement_id, paragraph.origin.number) not in sources
            assert " ".join(paragraph.text.split()) not in {" ".join(h.text.split()) for h in desk.similar.hits}
        assert draft.from_statement == paragraphs[0].origin.statement_id


async def test_a_copied_forward_draft_is_not_offered_the_paragraphs_it_already_holds(
        indexed_workspace):
    """Enter on a hit inserts it: a paragraph the draft holds (copied forward from the same
    statement, a few lines up) would go in twice."""
    copied_forward_draft(indexed_workspace)
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await at_section(pilot, "drugs-county-lines")
        held = {(p.origin.statement_id, p.origin.number) for section in desk.session.draft.sections
                for p in section.paragraphs if p.origin.kind == "corpus"}
        held_words = {" ".join(p.text.split()) for section in desk.session.draft.sections
                      for p in section.paragraphs}
        for index in range(len(desk.session.section.paragraphs)):
            desk.editor.go_to_paragraph(index)
            await wait_for(pilot, lambda: desk.similar.heading.startswith(
                f"Like ¶{desk.session.first_number() + index}"), what="the pane to follow the cursor")
            await settle(pilot)
            assert desk.similar.hits, "the pane still offers past paragraphs"
            offered = {(hit.statement_id, hit.number) for hit in desk.similar.hits}
            assert not offered & held
            assert not {" ".join(hit.text.split()) for hit in desk.similar.hits} & held_words


async def test_a_heading_query_keeps_to_the_sections_priority(indexed_workspace):
    indexed_workspace.new_draft(date="2026-11")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await at_section(pilot, "serious-violence")
        assert desk.similar.heading.startswith("Like the heading")
        assert [group.title for group in desk.similar.groups] == ["Serious violence"]
        assert {hit.priority for hit in desk.similar.hits} == {"serious-violence"}


async def test_inserting_a_table_from_the_pane_keeps_it_a_table_with_its_source(indexed_workspace):
    from drafter.tui.widgets.similar import SimilarPane

    [table] = [hit for hit in indexed_workspace.search("national metrics and data source crime levels", limit=5)
               if hit.kind == "table"][:1]
    indexed_workspace.new_draft(date="2026-11")
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await at_section(pilot, "introduction")
        desk.on_similar_pane_insert(SimilarPane.Insert(table))
        await settle(pilot)
        desk.sync_editor()
        [inserted] = [p for p in desk.session.section.paragraphs if p.kind == "table"]
        assert inserted.cells == table.cells and len(inserted.cells) > 2
        assert (inserted.origin.kind, inserted.origin.statement_id) == ("corpus", table.statement_id)
        assert desk.editor.text.count("\n| ") >= len(table.cells) - 1  # one line a row, not one flattened line


async def test_inserting_an_unnumbered_paragraph_keeps_its_place_in_its_statement(indexed_workspace):
    """A web page prints no paragraph numbers: the paragraph inserted from it is
    recorded by its place (p12, as `corpus show` prints it), so the draft, its
    review and `draft show --origins` can say which paragraph it was."""
    from drafter import drafts
    from drafter.tui.widgets.similar import SimilarPane

    hit = next(hit for hit in indexed_workspace.search("neighbourhood policing teams burglary", limit=10)
               if hit.number is None and hit.kind == "paragraph")
    draft = indexed_workspace.new_draft(date="2026-11")
    # The place is the one `draft edit --insert N:pK` takes for the same paragraph.
    at_place = drafts.insert_corpus_paragraph(indexed_workspace, indexed_workspace.get_draft(draft.id),
                                              "neighbourhood-crime", hit.statement_id, None, place=hit.statement_place)
    assert at_place.text == hit.text
    app = desk_app(indexed_workspace)
    async with app.run_test(size=(160, 48)) as pilot:
        desk = await at_section(pilot, "neighbourhood-crime")
        desk.on_similar_pane_insert(SimilarPane.Insert(hit))
        await settle(pilot)
        assert f"Inserted p{hit.statement_place} of" in notifications(app)[-1]
        await pilot.press("ctrl+q")
    [inserted] = [p for p in indexed_workspace.get_draft(draft.id).section("neighbourhood-crime").paragraphs
                  if p.origin.kind == "corpus"]
    assert (inserted.origin.statement_id, inserted.origin.number, inserted.origin.place) == \
        (hit.statement_id, None, hit.statement_place)
    assert inserted.origin.label() == f"corpus {hit.statement_id}:p{hit.statement_place}"
