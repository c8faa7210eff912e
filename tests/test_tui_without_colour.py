"""What a dialog means is read from its characters, not its colours: a writer on
a terminal without colour (NO_COLOR, a monochrome console, a screen magnifier's
high contrast) sees which format is chosen and which paragraph a suggestion
came from. Each dialog is shown on its own, without the desk and its index."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from drafter.tui.notifications import DeskNotifications
from drafter.tui.screens.export import ExportScreen
from drafter.tui.screens.statement import StatementScreen
from drafter.tui.widgets.figures import FiguresPane
from drafter.tui.widgets.preview import PreviewPane
from textual.geometry import Region
from textual.app import App
from textual.screen import Screen
from textual.widgets import RadioButton
from test_tui_support import wait_for
from tui_screen_host import ScreenHost

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def shown(widget) -> str:
    return widget.render().plain


async def test_only_the_chosen_export_format_has_its_dot(tmp_path):
    draft = SimpleNamespace(title="Cumbria statement", date="2026-11")
    app = ScreenHost(ExportScreen(draft, tmp_path))
    async with app.run_test(size=(70, 20)) as pilot:
        await pilot.pause()
        buttons = list(app.screen.query(RadioButton))
        assert [shown(button)[:3] for button in buttons] == ["▐●▌", "▐ ▌", "▐ ▌"]
        await pilot.press("down")
        assert [shown(button)[:3] for button in buttons] == ["▐ ▌", "▐●▌", "▐ ▌"]
        assert shown(buttons[1]).strip() == "▐●▌ Markdown (.md)"


class OneStatement:
    """The one call the statement screen makes of a workspace."""

    def __init__(self, statement) -> None:
        self.statement = statement

    def get_statement(self, statement_id: int):
        return self.statement


async def test_the_paragraph_a_suggestion_came_from_has_a_bar_beside_it():
    paragraphs = [SimpleNamespace(number=None, text=text) for text in (
        "There were 61 offences involving a knife or sharp instrument in October to December 2025.",
        "Knife surrender bins in Carlisle and Workington took in 212 blades over the quarter.",
        "The Serious Violence Duty partnership has published its needs assessment.")]
    statement = SimpleNamespace(id=2, force="Cumbria", date="2025-12", title="Statement", sections=[
        SimpleNamespace(priority="serious-violence", heading="Reduce serious violence", paragraphs=paragraphs)])
    screen = StatementScreen(OneStatement(statement), 2, text=paragraphs[1].text)
    app = ScreenHost(screen)
    async with app.run_test(size=(70, 20)) as pilot:
        await wait_for(pilot, lambda: len(screen.query(".statement-paragraph")) == 3, timeout=5,
                       what="the statement")
        await pilot.pause()
        shown_paragraphs = list(screen.query(".statement-paragraph"))
        # Each paragraph's first line as drawn, its border included.
        first_cells = [paragraph.render_lines(Region(0, 0, paragraph.size.width, 1))[0].text[:1]
                       for paragraph in shown_paragraphs]
        assert first_cells == [" ", "▌", " "]


class NoticeHost(DeskNotifications, App):
    """The desk's notifications in an app with nothing else."""

    CSS_PATH = ScreenHost.CSS_PATH

    def __init__(self) -> None:
        super().__init__()
        self.notices: list[tuple[str, str]] = []


async def test_an_error_or_a_warning_is_marked_by_its_shape_as_the_review_marks_it():
    app = NoticeHost()
    async with app.run_test(size=(70, 20), notifications=True) as pilot:
        app.notify("Exported to /srv/statements/cumbria.docx")
        app.notify("Search is unavailable: the index folder cannot be read.", severity="error")
        app.notify("Similar orders by words alone.", severity="warning")
        await wait_for(pilot, lambda: len(app.screen.query("Toast")) == 3, timeout=5, what="the toasts")
        toasts = [" ".join(str(toast.render()).split()) for toast in app.screen.query("Toast")]
        assert toasts == ["Exported to /srv/statements/cumbria.docx",
                          "✖ Search is unavailable: the index folder cannot be read.",
                          "▲ Similar orders by words alone."]
        assert app.notices[1] == ("error", "Search is unavailable: the index folder cannot be read.")


class PreviewOnly(Screen):
    def compose(self):
        yield PreviewPane(id="preview")


async def test_the_preview_tells_a_sections_heading_from_a_sub_heading_without_colour():
    statement = ("Reduce serious violence\n\nWhat the figures show\n\n"
                 "There were 57 offences involving a knife or sharp instrument.\n")
    screen = PreviewOnly()
    app = ScreenHost(screen)
    async with app.run_test(size=(70, 20)) as pilot:
        pane = screen.query_one(PreviewPane)
        pane.show_statement(statement, ["Reduce serious violence"], "Reduce serious violence",
                            {"What the figures show"})
        await pilot.pause()
        block = pane.query(".preview-block").last()
        lines = {block.render_line(y).text.strip(): block.render_line(y) for y in range(block.size.height)}

        def drawn(line: str) -> set[str]:
            return {name for segment in lines[line] if segment.text.strip() and segment.style
                    for name in ("bold", "underline") if getattr(segment.style, name)}

        assert drawn("Reduce serious violence") == {"bold", "underline"}
        assert drawn("What the figures show") == {"bold"}
        assert drawn("There were 57 offences involving a knife or sharp instrument.") == set()


class FiguresOnly(Screen):
    def compose(self):
        yield FiguresPane(id="figures")


async def test_tab_to_the_figures_used_says_so_on_its_top_line():
    screen = FiguresOnly()
    app = ScreenHost(screen)
    async with app.run_test(size=(70, 20)) as pilot:
        box = screen.query_one("#figures-detail-box")

        def top_line() -> str:
            return box.render_lines(Region(0, 0, box.size.width, 1))[0].text

        await pilot.pause()
        assert app.focused is screen.query_one("#figures-sentences")
        assert "scroll" not in top_line()
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is box
        assert "focus here: ↑↓ scroll · Shift+Tab back to the sentences" in top_line()
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is screen.query_one("#figures-sentences") and "scroll" not in top_line()
