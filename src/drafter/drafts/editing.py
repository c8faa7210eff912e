"""Changing a draft's sections: adding the writer's own paragraphs, corpus
paragraphs and filled templates, and marking sections done. The caller saves."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftError, DraftParagraph, DraftSection, Origin
from drafter.statement import PARAGRAPH, TABLE


def append_paragraph(draft: Draft, section_key: str, text: str,
                     origin: Origin | None = None) -> DraftParagraph:
    """Add a paragraph at the end of a section (the writer's own unless ``origin`` says otherwise)."""
    return draft.insert_paragraph(section_key, None, DraftParagraph(text, origin or Origin.writer()))


def append_text(draft: Draft, section_key: str, text: str) -> list[DraftParagraph]:
    """Add the writer's ``text`` at the end of a section, read as the desk's editor reads
    it (``markup``): "- " a bullet, "### " a sub-heading, "| a | b |" rows a table, a blank
    line between paragraphs. So a bullet added here stays a bullet when the desk next saves
    the section, rather than a paragraph opening with "- " turning into one then."""
    from drafter.drafts import markup

    draft.section(section_key)
    items = markup.parse(text)
    if not items:
        raise DraftError(f"section {section_key!r}: a paragraph needs some text")
    return [draft.insert_paragraph(section_key, None, DraftParagraph(item.text, Origin.writer(), item.kind,
                                                                     item.cells)) for item in items]


def insert_corpus_paragraph(workspace, draft: Draft, section_key: str, statement_id: int,
                            number: int | None, position: int | None = None,
                            place: int | None = None) -> DraftParagraph:
    """Copy a paragraph of corpus statement ``statement_id`` into a section:
    the one printed as ``number``, or the one at ``place`` in the statement's
    order (``corpus show`` lists it as ``p12``). A statement that printed no
    numbers (a web page, most Word files) takes ``number`` as the place.

    The paragraph keeps its provenance (statement id and printed number) and its
    kind: a table keeps its rows and cells, a bullet and a sub-heading stay what they
    were rather than becoming a numbered paragraph.
    ``position`` is the index within the section (None: at the end).
    """
    from drafter.store.statements import get_paragraph, get_paragraph_at, numbers_its_paragraphs

    draft.section(section_key)  # an unknown key fails before the corpus is read
    database, statement_id = workspace.database, int(statement_id)
    if place is None and number is not None and not numbers_its_paragraphs(database, statement_id):
        place = int(number)
    row = (get_paragraph_at(database, statement_id, int(place)) if place is not None
           else get_paragraph(database, statement_id, int(number)))
    return draft.insert_paragraph(section_key, position, DraftParagraph(
        row["text"], Origin.corpus(statement_id, row["number"], place), row["kind"] or PARAGRAPH, row["cells"]))


def insert_template(workspace, draft: Draft, section_key: str, template_id: str,
                    position: int | None = None) -> DraftParagraph:
    """Fill sentence template ``template_id`` for the draft's area and period and add it.

    A missing figure leaves a ``[[missing ...]]`` placeholder in the text; export
    refuses the draft until it is filled or removed.
    """
    from drafter.fill import render_template

    draft.section(section_key)
    filled = render_template(workspace, template_id, draft.period, draft.area)
    if not filled.text.strip():
        raise DraftError(f"template {template_id!r} does not apply to the figures for "
                         f"{draft.area} {draft.period}")
    origin = Origin.from_template(filled.template or template_id, list(filled.figures or []))
    return draft.insert_paragraph(section_key, position, DraftParagraph(filled.text, origin))


def set_status(draft: Draft, section_key: str, status: str) -> DraftSection:
    section = draft.section(section_key)
    section.set_status(status)
    return section




def paragraph_index(draft: Draft, section_key: str, ref: str) -> int:
    """Where in the section the paragraph ``ref`` names is: its number as ``draft show``
    prints it ("4" or "¶4"), or its place in the section counting every paragraph, bullet,
    sub-heading and table ("p3", the third)."""
    section = draft.section(section_key)
    text = (ref or "").strip().lstrip("¶").strip()
    if text[:1] in ("p", "P") and text[1:].isdigit():
        place = int(text[1:])
        if not 1 <= place <= len(section.paragraphs):
            raise DraftError(f"section {section_key!r} has no paragraph p{place} "
                             f"(its paragraphs are p1 to p{len(section.paragraphs)})")
        return place - 1
    if not text.isdigit():
        raise DraftError(f"{ref!r}: give a paragraph's number as 'draft show' prints it (4) or its "
                         "place in the section (p3 for the third)")
    numbers = [number for shown, _, number in draft.numbered() if shown is section]
    if int(text) not in numbers:
        held = (f"its paragraphs are numbered {min(filter(None, numbers))} to {max(filter(None, numbers))}"
                if any(numbers) else "it numbers none of its paragraphs: give a place, e.g. p1")
        raise DraftError(f"section {section_key!r} has no paragraph {int(text)} ({held})")
    return numbers.index(int(text))


def replace_paragraph(draft: Draft, section_key: str, ref: str, text: str) -> list[DraftParagraph]:
    """Put the writer's ``text`` (read as ``append_text`` reads it) in place of paragraph ``ref``.
    Words with no markup keep the paragraph's kind (a bullet stays a bullet), and words close
    to the old ones keep its origin, marked edited, as the desk's editor keeps them."""
    from drafter.drafts import markup
    from drafter.drafts.close_edit import is_close_edit

    index = paragraph_index(draft, section_key, ref)
    section = draft.section(section_key)
    old = section.paragraphs[index]
    items = markup.parse(text)
    if not items:
        raise DraftError(f"section {section_key!r}: give the words to put in place of paragraph {ref}, "
                         "or remove it")
    new = []
    for item in items:
        kind = old.kind if len(items) == 1 and item.kind == PARAGRAPH and old.kind != TABLE else item.kind
        origin = old.origin.as_edited() if len(items) == 1 and is_close_edit(old.text, item.text) \
            else Origin.writer()
        new.append(DraftParagraph(item.text, origin, kind, item.cells))
    draft.remove_paragraph(section_key, index)
    for offset, paragraph in enumerate(new):
        draft.insert_paragraph(section_key, index + offset, paragraph)
    return new


def remove_paragraph(draft: Draft, section_key: str, ref: str) -> DraftParagraph:
    """Take paragraph ``ref`` (see ``paragraph_index``) out of the section."""
    return draft.remove_paragraph(section_key, paragraph_index(draft, section_key, ref))
