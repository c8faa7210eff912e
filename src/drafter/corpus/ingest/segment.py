"""The one segmenter every reader feeds: blocks in, a Statement out.

It decides, for every format alike, which blocks form the header, which are section headings (by
their wording as well as their shape), which are sub-headings inside a section, bullets, tables,
numbered paragraphs (keeping the printed numbers) and which are the rest of a paragraph cut by a page
break. Every word of the body lands in the title, a heading, a sub-heading or
a paragraph; only header fields (board, date, "Presented by") are read apart.
"""

from __future__ import annotations

import re

from drafter.corpus.ingest import header as header_lines
from drafter.corpus.ingest.annexes import split_annexes
from drafter.corpus.ingest.blocks import Block, is_priority_table, join_lines, priority_table_blocks
from drafter.corpus.ingest.lists import lead_ins, priority_lists
from drafter.corpus.ingest.recognise import (
    heading_key,
    inner_headings,
    is_about_the_priorities,
    is_lead_in,
    is_signatory_role,
    is_site_furniture,
    is_subheading_wording,
    is_template_header,
    why_not_a_statement,
)
from drafter.corpus.ingest.shapes import (
    bare_numbered_heading,
    bullet_text,
    continues_numbering,
    ends_sentence,
    is_key_figure_line,
    is_short_heading,
    looks_like_heading,
    reads_as_numbered_heading,
    section_opened_by,
    typed_number,
    without_section_number,
)
from drafter.errors import IngestError
from drafter.priorities import (CLOSING, INTRODUCTION, MAX_HEADING_WORDS, PRIORITY_IDS, classify_heading,
                                stands_in_for_a_priority)
from drafter.statement import (
    BULLET,
    PARAGRAPH,
    SUBHEADING,
    TABLE,
    Paragraph,
    Section,
    Statement,
    table_text,
)

# Headings are sometimes numbered ("2 Reduce Serious Violence", "3.1 Knife crime").
_HEADING_NUMBER = re.compile(r"^\(?\d{1,2}(?:\.\d{1,2})*\s?[.)]?\s+(?=\S)")
# Long enough to be prose rather than a header line such as a title.
_MAX_HEADER_WORDS = 30
# A title block is a few lines: the office's name and the statement's, each perhaps in two languages.
_MAX_TITLE_LINES = 4
_NAMES_THE_PRIORITIES = re.compile(r"\bnational\s+(?:policing\s+priorities|crime\s+and\s+policing\s+measures)\b", re.I)
# A sign-off is a name, a role, perhaps the office and a date.
_MAX_SIGN_OFF_LINES = 4
_TEMPLATE_COLUMNS = 3
# "2. Reduce murder…" numbers its section ("3.1 Knife crime" is a sub-section).
_SECTION_NUMBER = re.compile(r"^\(?(\d{1,2})\s?[.)]?\s+(?=\S)")
# "Homicide: Nottinghamshire recorded 14 homicides…": a label run in at the
# start of a paragraph.
_RUN_IN_LABEL = re.compile(r"^([A-Z][^:.;]{2,80}):\s+(?=\S)")


class _Item:
    """A block once the segmenter has decided what it is."""

    def __init__(self, block: Block):
        self.block = block
        self.cells = block.cells
        self.text = block.text
        self.number = block.number
        self.bullet = block.bullet
        self.level = block.level
        self.numbered_heading = False  # "2. Specified Information Order"
        self.heading_number: int | None = None  # its 2
        self.sign_off = False  # the signatory's name and role closing the statement
        self.styled = block.heading is True  # set as a heading or in bold, not typed as a line
        if self.cells is not None:
            self.heading = False
        else:
            self._read_marks()
            self.heading = self.number is None and not self.bullet and _is_heading(self.block, self.text)
        self.priority = classify_heading(self.text) if self.heading else None

    def _read_marks(self) -> None:
        block = self.block
        if block.heading is True:
            # Set in bold or as a heading, "2. Reduce murder…" numbers "2.1" under it as typed text does.
            section_number = _SECTION_NUMBER.match(self.text)
            self.heading_number = int(section_number.group(1)) if section_number else None
            self.text = _HEADING_NUMBER.sub("", self.text)
            return
        if self.number is None and not self.bullet:
            self.number, self.text = typed_number(self.text)
            if self.number is None:
                mark = bullet_text(self.text)
                if mark is not None:
                    self.bullet, self.text = True, mark
        if self.number is not None and block.heading is None and block.is_single_line \
                and reads_as_numbered_heading(self.text):
            self.make_numbered_heading()  # "2. Specified Information Order", not paragraph 2

    def make_numbered_heading(self) -> None:
        self.heading_number, self.number, self.numbered_heading = self.number, None, True
        self.block = Block(self.block.lines, heading=True, level=self.block.level)
        self.heading = _is_heading(self.block, self.text)
        self.priority = classify_heading(self.text) if self.heading else None

    @property
    def kind(self) -> str:
        if self.cells is not None:
            return TABLE
        return BULLET if self.bullet else PARAGRAPH

    def make_bullet(self) -> None:
        self.heading, self.priority, self.number, self.bullet = False, None, None, True


def _is_heading(block: Block, text: str) -> bool:
    if block.heading is False or block.continues:
        return False
    words = len(text.split())
    if block.heading is True:
        return 0 < words <= MAX_HEADING_WORDS
    if not block.is_single_line or not looks_like_heading(text):
        return False
    if text.rstrip().endswith(":"):
        # "A summary of planned activity:" heads what follows; "This quarter we have:" leads into it.
        return classify_heading(text) is not None or is_subheading_wording(text)
    return not is_lead_in(text)


def _stand_ins_kept_as_sub_headings(items) -> None:
    """"Victims", "Online crime": a priority's section only where the statement gives that
    priority no heading of its own and says it once, at the level of the other priorities'
    headings; else a sub-heading ("### Victims" under each priority)."""
    headings = [item for item in items if item.heading and item.priority in PRIORITY_IDS]
    own = [item for item in headings if not stands_in_for_a_priority(item.text)]
    levels = {item.block.level for item in own}
    for item in headings:
        if stands_in_for_a_priority(item.text) and (
                any(other.priority == item.priority for other in own) or item.block.level not in levels
                or sum(other.heading and other.text.casefold() == item.text.casefold() for other in items) > 1):
            item.priority = None


def segment(blocks: list[Block], file: str, areas=(), site: str | None = None, running=()) -> Statement:
    """Turn a reader's blocks into a Statement, or say why there is none. ``areas`` may be its force too;
    ``site`` (a saved page's website) and ``running`` (Word's page headers, footers) name it after its header."""
    # A table of the priorities is their sections; a page copied from a browser brings the site's menus.
    blocks = [part for block in blocks for part in (
        priority_table_blocks(block.cells) if block.cells and is_priority_table(block.cells) else [block])]
    items = [_Item(block) for block in blocks if block.text
             and not (block.cells is None and block.is_single_line and is_site_furniture(block.text))]
    if not items:
        raise IngestError(file, "no text found")
    _headed_by_their_numbers(items)
    items = _run_in_headings(_flattened_tables(items))
    priority_lists(items)
    lead_ins(items)
    _stand_ins_kept_as_sub_headings(items)
    if not _is_statement(items):
        raise IngestError(file, why_not_a_statement(items))
    header_items, body = _split_header(items)
    _sign_off(body)
    fields = [line for item in header_items for line in _header_lines(item)]
    header = header_lines.read_header(fields)
    statement = Statement(title=header.title, board=header.board, date=header.date,
                          presented_by=header.presented_by, header_notes=header.notes)
    statement.sections, statement.annexes = split_annexes(_sections(body))
    body_text = [p.text for s in statement.sections for p in s.paragraphs]
    headings = [s.heading for s in statement.sections if s.heading]
    if statement.date is None:
        statement.date = header_lines.date_in_text([statement.title or "", *headings[:1], *body_text[:6]]) or \
            header_lines.date_in_title(statement.title) or header_lines.date_in_text(list(running)) or \
            header_lines.date_in_file_name(file)
    statement.force = header_lines.read_force(
        title=statement.title, board=statement.board, lines=[*fields, *([site] if site else []), *running],
        text=" \n".join([*headings, *body_text]), file=file, areas=areas)
    return statement


def _headed_by_their_numbers(items: list[_Item]) -> None:
    """"4. Partnership working" over "4.1 The force…": a short numbered line
    whose number the next paragraph carries on is its section's heading."""
    for item, following in zip(items, items[1:]):
        bare = None if item.number is not None or item.bullet or item.block.heading is not None \
            else bare_numbered_heading(item.text)
        if bare is not None and item.block.is_single_line and section_opened_by(following.text) == bare[0]:
            item.number, item.text = bare  # "2 Reduce murder…" over "2.1 …": its number has no dot
        if item.number is not None and item.block.heading is None and item.block.is_single_line \
                and following.cells is None and is_short_heading(item.text) \
                and continues_numbering(f"{item.number}. {item.text}", following.text):
            item.make_numbered_heading()


def _is_statement(items: list[_Item]) -> bool:
    """Is this about the national priorities? Numbered paragraphs under a
    recognised section heading are the board-paper style; anything else must
    say what it is about."""
    numbered = any(item.number is not None or item.numbered_heading and section_opened_by(following.text)
                   == item.heading_number for item, following in zip(items, [*items[1:], items[0]]))
    recognised = any(item.priority is not None for item in items)
    if numbered and recognised:
        return True
    return is_about_the_priorities(" \n".join(item.text for item in items))


def _split_header(items: list[_Item]) -> tuple[list[_Item], list[_Item]]:
    """The header is the leading run of field, date and board lines plus one
    title line; the body starts at the first thing that is none of these."""
    titled = False
    for index, item in enumerate(items):
        if item.number is not None or item.bullet or item.cells is not None or item.priority is not None \
                or item.block.boxed:
            return _heading_opens_body(items, index)
        lines = item.block.lines
        if all(header_lines.is_header_line(line) for line in lines) or _is_field_block(item) \
                or index == 0 and _stacked_header(item):
            continue
        if titled and _in_title_block(items, index):
            continue
        if titled or _is_prose(item.text) or is_key_figure_line(item.text):  # "Homicides in the year 14"
            return _heading_opens_body(items, index)
        titled = True
    return _heading_opens_body(items, len(items))


def _sign_off(body: list[_Item]) -> None:
    """The lines closing a statement after its last section: the signatory's
    name and role ("Jane Ashworth", "Police and Crime Commissioner for
    Nottinghamshire"), a date or a "Last updated:" line. They are its
    closing, not headings of empty sections of their own."""
    run = body[-_MAX_SIGN_OFF_LINES:]
    if len(body) <= len(run) or not _closes_a_statement(run[-1]):
        return
    start = next((index for index in range(len(run) - 1, -1, -1) if not (
        run[index].heading and run[index].priority is None or _dates_it(run[index]))), -1) + 1
    for item in run[start:]:
        item.heading, item.bullet, item.sign_off = False, False, True
        item.block = Block(item.block.lines, heading=False, continues=False)


def _closes_a_statement(item: _Item) -> bool:
    return item.block.is_single_line and item.cells is None and (
        is_signatory_role(item.text) and item.priority is None or _dates_it(item))


def _dates_it(item: _Item) -> bool:
    """A date line, or a field such as "Last updated: 20 September 2024"."""
    return header_lines.is_date_line(item.text) or header_lines.is_known_field(item.text)


def _in_title_block(items: list[_Item], start: int) -> bool:
    """Short lines after the title up to a date or field line, or a line
    dating the statement, are the rest of a title set over several lines (the
    office's name, then "Statement on the National Crime and Policing
    Measures", then "Published: 5 December 2023"; or "National Policing
    Priorities Statement – October 2024" under the office's name), not
    headings of empty sections."""
    for item in items[start:start + _MAX_TITLE_LINES]:
        if item.number is not None or item.bullet or item.cells is not None or item.priority is not None \
                or not item.block.is_single_line or _is_prose(item.text):
            return False
        if header_lines.is_header_line(item.text) or header_lines.parse_date(item.text) \
                or _NAMES_THE_PRIORITIES.search(item.text):  # "National Policing Priorities statement"
            return True
    return False


def _heading_opens_body(items: list[_Item], start: int) -> tuple[list[_Item], list[_Item]]:
    """A heading drafter cannot name, just before the first numbered paragraph or
    numbered itself ("1. Purpose"), opens the body when the header has its title."""
    header, body = items[:start], items[start:]
    if len(header) > 1 and body and (body[0].number is not None or header[-1].heading_number is not None):
        last = header[-1]
        if last.heading and not header_lines.is_header_line(last.text):
            body.insert(0, header.pop())
    return header, body


def _is_field_block(item: _Item) -> bool:
    lines = item.block.lines
    return len(lines) > 1 and sum(map(header_lines.is_header_line, lines)) >= 2 and \
        header_lines.is_header_line(lines[0])


def _stacked_header(item: _Item) -> bool:
    """Opening lines with no blank line between, a date or board among them, none a sentence."""
    lines = item.block.lines
    return 1 < len(lines) <= _MAX_TITLE_LINES and any(map(header_lines.is_header_line, lines)) \
        and not any(_is_prose(line) or line[:1].islower() for line in lines)


def _header_lines(item: _Item) -> list[str]:
    """A header block's lines: one per field when the source set several
    fields without a blank line between them, else the block as one line."""
    lines = item.block.lines
    if _stacked_header(item) and not _is_field_block(item):
        return list(lines)
    if not _is_field_block(item):
        return [item.text]
    out: list[str] = []
    for line in lines:
        if out and not header_lines.is_header_line(line) and not header_lines.is_whole_field(out[-1]):
            out[-1] = f"{out[-1]} {line}"  # the wrapped rest of a long field
        else:
            out.append(line)
    return out


def _is_prose(text: str) -> bool:
    if header_lines.is_header_line(text):
        return False
    words = len(text.split())
    return words > _MAX_HEADER_WORDS or (ends_sentence(text) and words > 3)


def _flattened_tables(items: list[_Item]) -> list[_Item]:
    """The Home Office template table flattened into one short line per cell
    (a PDF or a copied page): the three column titles, then rows of three
    whose first cell names a priority, joined back into a table."""
    out: list[_Item] = []
    index = 0
    while index < len(items):
        cells = [item.text for item in items[index:index + _TEMPLATE_COLUMNS]]
        singles = all(item.cells is None and item.block.is_single_line
                      for item in items[index:index + _TEMPLATE_COLUMNS])
        if len(cells) == _TEMPLATE_COLUMNS and singles and is_template_header(cells):
            rows = [cells]
            index += _TEMPLATE_COLUMNS
            while index + _TEMPLATE_COLUMNS <= len(items):
                group = items[index:index + _TEMPLATE_COLUMNS]
                if not _is_template_row(group):
                    break
                rows.append([item.text for item in group])
                index += _TEMPLATE_COLUMNS
            out.append(_Item(Block(cells=rows)))
            continue
        out.append(items[index])
        index += 1
    return out


def _is_template_row(group: list[_Item]) -> bool:
    """Three lines that are a row of the template: a priority, its measure, a figure."""
    if any(item.cells is not None or item.bullet or ends_sentence(item.text) for item in group):
        return False
    return classify_heading(group[0].text) in PRIORITY_IDS and \
        classify_heading(group[-1].text) not in PRIORITY_IDS


def _run_in_headings(items: list[_Item]) -> list[_Item]:
    """A short statement may name each priority at the start of its paragraph
    ("Homicide: …", "Cyber crime: …") instead of in a heading. When it has no
    priority headings and two or more priorities are named so, each name is
    its section's heading and the rest of the paragraph the section's text."""
    if any(item.heading and item.priority in PRIORITY_IDS for item in items):
        return items
    labels: dict[int, re.Match] = {}
    for index, item in enumerate(items):
        match = _RUN_IN_LABEL.match(item.text) if item.cells is None and not item.heading \
            and not item.bullet else None
        if match and len(match.group(1).split()) <= MAX_HEADING_WORDS \
                and classify_heading(match.group(1)) in PRIORITY_IDS:
            labels[index] = match
    if len({classify_heading(match.group(1)) for match in labels.values()}) < 2:
        return items
    out: list[_Item] = []
    for index, item in enumerate(items):
        match = labels.get(index)
        if match is None:
            out.append(item)
            continue
        out.append(_Item(Block([match.group(1)], heading=True)))
        out.append(_Item(Block([item.text[match.end():]], number=item.number, heading=False)))
    return out


def _sections(items: list[_Item]) -> list[Section]:
    sections: list[Section] = []
    levels: list[int | None] = []
    heading_number = None  # the current section's printed number ("2." of "2. Reduce…")
    repeated = inner_headings(items)
    for item in items:
        if item.heading:
            current = sections[-1] if sections else None
            another = None not in (item.heading_number, heading_number) and item.heading_number != heading_number
            if current is not None and current.heading and not another \
                    and _is_subheading(item, current, levels[-1], repeated):  # "2. Local context" opens section 2
                current.paragraphs.append(Paragraph(None, item.text, SUBHEADING))
            else:
                sections.append(Section(item.text, item.priority, []))
                levels.append(item.level)
                heading_number = item.heading_number
            continue
        if heading_number is None and sections and sections[-1].heading and not sections[-1].paragraphs \
                and item.cells is None and item.number is None:  # "Introduction" over "1.1 This statement…"
            heading_number = section_opened_by(item.text)
        item.text, printed = without_section_number(item.text, heading_number)
        if not sections or (item.sign_off and sections[-1].priority != CLOSING):
            sections.append(Section(None, CLOSING if sections else None, []))
            levels.append(None)
        paragraphs = sections[-1].paragraphs
        if paragraphs and _continues(item, paragraphs[-1]):
            paragraphs[-1].text = join_lines([paragraphs[-1].text, item.text])
        elif item.cells is not None:
            paragraphs.append(Paragraph(None, table_text(item.cells), TABLE, item.cells))
        else:
            paragraphs.append(Paragraph(item.number, item.text, item.kind, printed=printed))
    if len(sections) > 1 and sections[0].heading is None:
        # A web page's statutory opening has no heading of its own: it is the introduction.
        sections[0].priority = INTRODUCTION
        if sections[1].priority == INTRODUCTION:  # a panel set above the "Introduction" heading
            sections[0].paragraphs.extend(sections[1].paragraphs)
            sections[0].heading = sections.pop(1).heading
    return sections


def _is_subheading(item: _Item, section: Section, level: int | None, repeated: set[str]) -> bool:
    deeper = item.level is not None and level is not None and item.level > level
    if item.priority is not None:
        # "Serious violence performance" under "Reduce serious violence" names no new section; nor,
        # where headings have no level (text, PDF), does "County lines" after that section's paragraphs.
        same = item.priority == section.priority and item.priority not in (INTRODUCTION, CLOSING)
        unlevelled = item.level is None and level is None and bool(section.paragraphs)
        return same and (deeper or unlevelled or is_subheading_wording(item.text))
    return deeper or is_subheading_wording(item.text) or heading_key(item.text) in repeated


def _continues(item: _Item, previous: Paragraph) -> bool:
    """Is this block the rest of the previous paragraph (cut by a page break)?"""
    if item.number is not None or item.bullet or item.cells is not None:
        return False
    if previous.kind not in (PARAGRAPH, BULLET):
        return False
    if item.block.continues is not None:
        return item.block.continues
    first = item.text[:1]
    return first.isalpha() and first.islower() and not ends_sentence(previous.text)
