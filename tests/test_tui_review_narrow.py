"""The review's findings read whole at any terminal size: each finding's
last line (its kind, "[not-rolled]", or the end of its message) is shown,
where a finding could lose its last line (at 80×24 the first finding of a
copied-forward draft lost its "[missing-applicability]"): its lines were
counted before the list's scroll bar took two columns, and one that wrapped
onto one more line at the narrower width was cut off there."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from drafter.review.findings import Finding
from drafter.tui.screens.review import ReviewScreen
from test_tui_support import desk_app, no_cursor_blink, settle, wait_for

__all__ = ["no_cursor_blink"]  # the autouse fixture, imported to apply here

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


class _Reviewed:
    """A workspace whose review of the draft gives findings of every length
    from a short line to three lines and more at 80 columns."""

    def __init__(self, count: int = 40):
        self.findings = [Finding("not-rolled", "introduction", None,
                                 " ".join(["figure"] * (6 + at)) + f" end{at:02d}", severity="warning")
                         for at in range(count)]

    def review(self, draft_id):
        return SimpleNamespace(findings=self.findings, notes=[], place=lambda finding: None,
                               findings_summary=lambda: f"{len(self.findings)} findings")


def blocks(lines: list[str]) -> list[str]:
    """The findings shown whole: the lines from one mark to the next."""
    starts = [at for at, line in enumerate(lines) if line.lstrip().startswith("▲")]
    return [" ".join(lines[start:end]) for start, end in zip(starts, starts[1:])]


@pytest.mark.parametrize("size", [(80, 24), (80, 40), (100, 30), (160, 48)])
async def test_every_finding_shown_whole_ends_with_its_kind(empty_workspace, size):
    draft = SimpleNamespace(id=1, sections=[SimpleNamespace(key="introduction", heading="Introduction")])
    reviewed = _Reviewed()
    app = desk_app(empty_workspace)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.push_screen(ReviewScreen(reviewed, draft))
        await wait_for(pilot, lambda: isinstance(app.screen, ReviewScreen) and app.screen.findings,
                       what="the findings")
        await settle(pilot)
        for _ in range(2):  # the top of the list, then further down it
            listed = app.screen.query_one("#review-findings")
            lines = [listed.render_line(y).text.rstrip() for y in range(listed.size.height)]
            shown = blocks(lines)
            assert len(shown) >= 2, lines
            for block in shown:
                assert block.endswith("[not-rolled]"), lines
            await pilot.press("pagedown")
            await settle(pilot)
