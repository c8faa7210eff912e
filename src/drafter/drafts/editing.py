"""Changing a draft's sections: adding the writer's own paragraphs, corpus
paragraphs and filled templates, and marking sections done. The caller saves."""

from __future__ import annotations

from drafter.drafts.model import Draft, DraftError, DraftParagraph, DraftSection, Origin
from drafter.statement import PARAGRAPH


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
        row["text"], Origin.corpus(statement_id, row["number"]), row["kind"] or PARAGRAPH, row["cells"]))


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


