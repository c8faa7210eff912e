"""The list of the draft's sections with their status and paragraph numbers."""

from __future__ import annotations

from drafter.tui.layout import STATUS_MARKS, first_numbers, short_title
from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option


def section_prompt(section, first: int | None) -> Text:
    mark = STATUS_MARKS.get(section.status, "?")
    style = {"done": "green", "drafting": "yellow"}.get(section.status, "dim")
    prompt = Text()
    prompt.append(f"{mark} ", style=style)
    prompt.append(short_title(section.key, section.heading))
    numbered = sum(1 for paragraph in section.paragraphs if paragraph.is_numbered)
    count = sum(1 for paragraph in section.paragraphs if paragraph.kind != "subheading")
    if first is not None and numbered:
        last = first + numbered - 1
        prompt.append(f"  {first}" + (f"–{last}" if last != first else ""), style="dim")
    elif count:
        prompt.append(f"  ({count} ¶)", style="dim")
    return prompt


class SectionList(OptionList):
    """Sections in draft order; selecting one opens it in the editor."""

    def show_draft(self, draft, current_key: str) -> None:
        numbers = first_numbers(draft)
        options = [Option(section_prompt(section, numbers[section.key]), id=section.key)
                   for section in draft.sections]
        self.set_options(options)
        self.highlight_key(current_key)

    def highlight_key(self, key: str) -> None:
        for index, option in enumerate(self.options):
            if option.id == key:
                self.highlighted = index
                return
