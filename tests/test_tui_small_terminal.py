"""On a small terminal (80x24, and 70x20 with a screen magnifier on) what a
dialog says is shown whole where the writer needs it: the end of a long title
a blank field keeps (the quarter it names), every word of a dialog's hint.
Each dialog is shown on its own, without the desk and its index."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from drafter.errors import DrafterError
from drafter.review.findings import Finding
from drafter.tui.screens.confirm import ConfirmScreen
from drafter.tui.screens.details import DetailsScreen, DraftDetails
from drafter.tui.keys import DESK_ACTIONS, NARROW_HIDDEN
from drafter.tui.screens.export import ExportScreen
from drafter.tui.screens.pickers import StatementPickerScreen
from drafter.tui.screens.review import ReviewScreen
from drafter.tui.widgets.status import DeskFooter, StatusBar
from textual.binding import Binding
from textual.widgets import Button
from textual.screen import Screen
from test_tui_support import wait_for
from tui_screen_host import ScreenHost

pytestmark = pytest.mark.anyio

LONG_TITLE = ("National Policing Priorities – Cumbria Police, Fire and Crime Commissioner "
              "Statement, April to June 2026")


@pytest.fixture
def anyio_backend():
    return "asyncio"


@pytest.mark.parametrize("size", [(70, 20), (80, 24), (160, 48)], ids=lambda size: f"{size[0]}x{size[1]}")
async def test_the_copied_title_shows_the_quarter_it_names(size):
    form = DetailsScreen("New draft copied forward", DraftDetails("", "2026-11", "", "Cumbria"),
                         kept_title=LONG_TITLE)
    app = ScreenHost(form)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        await pilot.pause()
        title = form.query_one("#details-title")
        seen = title.render_line(0).text.strip()
        assert seen == title.placeholder, "the hint is shown whole, not cut at the field's end"
        assert seen.startswith("blank: “… ") and seen.endswith("Statement, April to June 2026”")


async def test_the_export_dialog_hint_says_every_key_on_70_columns(tmp_path):
    draft = SimpleNamespace(title="Cumbria statement", date="2026-11")
    app = ScreenHost(ExportScreen(draft, tmp_path))
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        hint = app.screen.query_one(".dialog-hint")
        seen = " ".join(hint.render_line(row).text.strip() for row in range(hint.size.height))
        assert seen == "↑↓ format · Enter exports · Tab moves between fields · Esc cancels"


class FooterOnly(Screen):
    """The desk's keys and its footer, nothing else."""

    BINDINGS = [Binding(action.keys, action.action, action.label, show=action.show)
                for action in DESK_ACTIONS]

    def compose(self):
        yield DeskFooter(NARROW_HIDDEN, wide_at=120)


class FooterHost(ScreenHost):
    """Ctrl+Q, bound by the app as the desk's app binds it."""

    BINDINGS = [Binding("ctrl+q", "quit", "Quit", priority=True)]


@pytest.mark.parametrize("width, words", [
    (60, ["Help", "Sections", "Similar", "Figures"]),
    (70, ["Help", "Sections", "Similar", "Figures", "Review"]),
    (80, ["Help", "Sections", "Similar", "Figures", "Review", "Quit"])])
async def test_the_footer_shows_only_keys_it_has_room_for_whole(width, words):
    app = FooterHost(FooterOnly())
    async with app.run_test(size=(width, 20)) as pilot:
        footer = app.screen.query_one(DeskFooter)
        await wait_for(pilot, lambda: bool(footer.query(".-command-palette")), timeout=5, what="the footer")
        await pilot.pause()
        keys = [key for key in footer.query("FooterKey") if not key.has_class("-command-palette")]
        palette = footer.query_one(".-command-palette")
        assert [key.description for key in keys] == words
        assert all(key.region.right <= palette.region.x for key in keys), "no key is cut or covered"
        assert palette.region.right <= width


class LongFindings:
    """A workspace whose review of the draft gives findings of two and three lines at 70 columns."""

    def __init__(self) -> None:
        words = "the statement does not say which national priorities apply locally and why"
        self.findings = [Finding("missing-applicability", "introduction", 1, f"{words} ({at})", severity=severity)
                         for at, severity in enumerate(["error", "warning", "info"])]

    def review(self, draft_id):
        return SimpleNamespace(findings=self.findings, notes=[], place=lambda finding: None,
                               findings_summary=lambda: f"{len(self.findings)} findings")


async def test_a_findings_wrapped_lines_stand_under_its_words_not_under_its_mark():
    draft = SimpleNamespace(id=1, sections=[SimpleNamespace(key="introduction", heading="Introduction")])
    screen = ReviewScreen(LongFindings(), draft)
    app = ScreenHost(screen)
    async with app.run_test(size=(70, 20)) as pilot:
        await wait_for(pilot, lambda: bool(screen.findings), timeout=5, what="the findings")
        await pilot.pause()
        listed = screen.query_one("#review-findings")
        lines = [listed.render_line(y).text.rstrip() for y in range(listed.size.height)]
        marked = [line for line in lines if line.lstrip()[:1] in ("✖", "▲", "•")]
        assert len(marked) == 3, lines
        mark_column = len(marked[0]) - len(marked[0].lstrip())
        words_column = mark_column + 2
        wrapped = [line for line in lines if line.strip() and line not in marked and "Introduction" not in line]
        assert wrapped, "each finding takes more than one line at 70 columns"
        assert all(len(line) - len(line.lstrip()) == words_column for line in wrapped), lines


class ThreeStatements:
    """The calls the copy-forward list makes of a workspace: the office's three statements."""

    settings = SimpleNamespace(force="Cumbria")

    def list_statements(self):
        return [SimpleNamespace(id=number, date=date, force="Cumbria", paragraphs=paragraphs, file=file)
                for number, date, paragraphs, file in (
                    (1, "2026-08", 14, "cumbria-panel-2026-08-national-priorities.txt"),
                    (3, "2026-05", 9, "cumbria-pfcc-national-priorities-2026-05.docx"),
                    (2, "2025-12", 18, "cumbria-pfcc-national-priorities-2026-02.html"))]


async def test_a_statement_in_the_copy_forward_list_wraps_between_its_facts_under_them():
    screen = StatementPickerScreen(ThreeStatements())
    app = ScreenHost(screen)
    async with app.run_test(size=(70, 20)) as pilot:
        listed = screen.query_one(".picker-list")
        await wait_for(pilot, lambda: listed.option_count == 3, timeout=5, what="the statements")
        await pilot.pause()
        lines = [listed.render_line(y).text.rstrip() for y in range(listed.size.height)]
        lines = [line for line in lines if line.strip()]
        assert [line.strip() for line in lines[:2]] == [
            "2026-08  Cumbria · 14 ¶", "cumbria-panel-2026-08-national-priorities.txt"], lines
        assert lines[1].index("cumbria-panel") == lines[0].index("Cumbria"), "the file name stands under the force"
        assert not any(line.endswith("·") for line in lines)



LONG_QUESTION = ("The draft still has 9 unfilled placeholders:\n"
                 + "\n".join("  Reduce neighbourhood crime: [[missing neighbourhood_crime for Cumbria 2026-Q4]]"
                             for _ in range(5))
                 + "\n  … and 4 more\n\nThese priority sections have nothing in them yet:\n"
                 + "\n".join(f"  {heading}" for heading in ("Reduce murder and other homicide",
                                                            "Reduce serious violence", "Tackle cyber crime"))
                 + "\n\nExport anyway?")


async def test_a_long_question_scrolls_and_its_answers_stay_on_a_70_by_20_screen():
    screen = ConfirmScreen(LONG_QUESTION, yes="Export anyway", no="Cancel")
    app = ScreenHost(screen)
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        for answer in screen.query(Button):
            assert answer.region.height == 1 and answer.region.bottom <= 20, "the answers are on the screen"
        assert app.focused is screen.query_one("#yes")
        await pilot.press("shift+tab", "end")
        await pilot.pause()
        question = screen.query_one(".confirm-question")
        assert app.focused is question and question.scroll_y == question.max_scroll_y > 0
        await pilot.press("n")
        await pilot.pause()
        assert app.screen is not screen, "n answers from the question too"


async def test_the_drafts_details_keep_their_answers_on_a_70_by_20_screen_beside_a_problem():
    def area_named(area: str) -> str:
        raise DrafterError(f"unknown area {area!r} (closest: Cumbria): not one of the 43 police forces of "
                           "England and Wales; a local area must be listed in the workspace's settings "
                           "(areas = [...])")

    details = DraftDetails(LONG_TITLE, "2026-11", "2026-Q3", "Cumbira",
                           "Chief Executive, Office of the Police, Fire and Crime Commissioner")
    form = DetailsScreen("Draft details", details, accept="Apply", asks_presenter=True, area_named=area_named)
    app = ScreenHost(form)
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        await pilot.press(*["enter"] * 5)
        await pilot.pause()
        assert str(form.query_one("#details-problem").render()).startswith("Unknown area 'Cumbira'")
        inside = form.query_one("#details").scrollable_content_region
        for shown in [*form.query(Button), form.query_one(".dialog-hint")]:
            assert inside.contains_region(shown.region), f"{shown} is cut off"


async def test_the_export_dialog_keeps_its_answers_and_hint_on_a_70_by_20_screen_beside_a_problem(tmp_path):
    draft = SimpleNamespace(title=LONG_TITLE, date="2026-11")
    screen = ExportScreen(draft, tmp_path)
    app = ScreenHost(screen)
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        screen.query_one("#export-name").value = "statement for the panel.pdf"
        await pilot.press("enter")
        await pilot.pause()
        assert "which drafter does not write" in str(screen.query_one("#export-problem").render())
        inside = screen.query_one("#export").scrollable_content_region
        for shown in [*screen.query(Button), screen.query_one(".dialog-hint")]:
            assert inside.contains_region(shown.region), f"{shown} is cut off"


class StatusOnly(Screen):
    def compose(self):
        yield StatusBar(id="status")


@pytest.mark.parametrize("state, said", [("Search stopped: synonyms.txt", "Search stopped"),
                                         ("Building search index… 40%", "Indexing… 40%")])
async def test_on_70_columns_the_status_line_keeps_the_drafts_area_and_period(state, said):
    screen = StatusOnly()
    app = ScreenHost(screen)
    async with app.run_test(size=(70, 20)) as pilot:
        status = screen.query_one(StatusBar)
        status.show_where("Cumbria 2026-Q3 · 14 ¶ · 430 words")
        status.show_roll("17 rolled · 4 left")
        status.show_save("Saved · rev 5")
        status.show_index(state)
        await pilot.pause()
        where = screen.query_one("#status-where")
        assert where.render_line(0).text.strip().startswith("Cumbria 2026-Q3")
        assert str(screen.query_one("#status-index").render()) == said
        # 80 columns beside the roll's count still cannot hold both whole; the name comes first.
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert where.render_line(0).text.strip().startswith("Cumbria 2026-Q3")
        assert str(screen.query_one("#status-index").render()) == said
        await pilot.resize_terminal(110, 24)
        await pilot.pause()
        assert str(screen.query_one("#status-index").render()) == state, "a wide terminal says it whole"
        status.show_roll("")
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        assert str(screen.query_one("#status-index").render()) == state, \
            "80 columns with no roll count hold it whole"
        assert where.render_line(0).text.strip().startswith("Cumbria 2026-Q3")
