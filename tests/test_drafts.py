"""The draft model and where drafts start: numbering that follows every edit,
provenance that survives editing, the skeleton, and copying a past statement
forward."""

from __future__ import annotations

import pytest
from test_drafts_support import (  # noqa: F401  (fixtures)
    _reference_workspace,
    reference_workspace,
    sample_statement,
    store_statement,
)

from drafter import drafts
from drafter.drafts import Draft, DraftError, DraftParagraph, Origin, UnknownSection
from drafter.errors import BadPeriod, NotFound
from drafter.priorities import PRIORITY_IDS

ORDER_WORDS = "Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021"


def numbers(draft: Draft) -> list[tuple[str, str, int | None]]:
    return [(section.key, paragraph.text, number) for section, paragraph, number in draft.numbered()]


@pytest.fixture
def draft(empty_workspace) -> Draft:
    made = drafts.new_draft(empty_workspace, date="2024-06")
    drafts.append_paragraph(made, "homicide", "Homicide A.")
    drafts.append_paragraph(made, "homicide", "Homicide B.")
    drafts.append_paragraph(made, "serious-violence", "Violence A.")
    return made


# -- skeleton -------------------------------------------------------------------------
def test_empty_skeleton_has_every_section_in_order_with_defaults(empty_workspace):
    made = drafts.new_draft(empty_workspace, date="2023-12")
    keys = [section.key for section in made.sections]
    assert keys == ["introduction", *PRIORITY_IDS, "closing"]
    assert made.title == ("Performance Report – National Policing Priorities – "
                          "Severnshire Police and Crime Commissioner Statement")
    assert made.board == empty_workspace.settings.board
    assert (made.date, made.period, made.area) == ("2023-12", "2022", "Severnshire")
    assert made.id is not None and made.revision == 1
    intro, closing = made.section("introduction"), made.section("closing")
    assert ORDER_WORDS in intro.paragraphs[0].text
    assert ORDER_WORDS in closing.paragraphs[0].text and "quarter" in closing.paragraphs[0].text
    assert closing.numbered is False and closing.heading == "Reporting frequency"
    assert [n for _s, _p, n in made.numbered()] == [1, None]
    assert all(made.section(key).status == "empty" for key in PRIORITY_IDS)


def test_section_order_follows_the_workspace_setting(empty_workspace):
    order = list(reversed(PRIORITY_IDS))
    empty_workspace.settings.section_order = order
    made = drafts.new_draft(empty_workspace)
    assert [section.key for section in made.sections][1:-1] == order


def test_bad_date_and_period_are_refused(empty_workspace):
    with pytest.raises(DraftError, match="2023-13"):
        drafts.new_draft(empty_workspace, date="2023-13")
    with pytest.raises(BadPeriod, match="last year"):
        drafts.new_draft(empty_workspace, period="last year")
    assert drafts.list_drafts(empty_workspace) == []


# -- numbering -----------------------------------------------------------------------
def test_numbers_run_across_sections_and_skip_the_closing(draft):
    assert numbers(draft) == [
        ("introduction", draft.section("introduction").paragraphs[0].text, 1),
        ("homicide", "Homicide A.", 2), ("homicide", "Homicide B.", 3),
        ("serious-violence", "Violence A.", 4),
        ("closing", draft.section("closing").paragraphs[0].text, None),
    ]


def test_numbers_follow_insert_delete_and_move(draft):
    draft.insert_paragraph("homicide", 0, DraftParagraph("Homicide first."))
    assert [(text, n) for _k, text, n in numbers(draft)][1:5] == [
        ("Homicide first.", 2), ("Homicide A.", 3), ("Homicide B.", 4), ("Violence A.", 5)]

    draft.remove_paragraph("homicide", 1)  # "Homicide A."
    assert [(text, n) for _k, text, n in numbers(draft)][1:4] == [
        ("Homicide first.", 2), ("Homicide B.", 3), ("Violence A.", 4)]

    draft.move_paragraph("serious-violence", 0, "introduction", 0)
    assert [(key, text, n) for key, text, n in numbers(draft)][:2] == [
        ("introduction", "Violence A.", 1), ("introduction", draft.section("introduction").paragraphs[1].text, 2)]
    assert draft.section("serious-violence").status == "empty"
    assert draft.paragraph_by_number(3)[1].text == "Homicide first."


def test_numbers_follow_editor_text_and_are_never_stored(empty_workspace, draft):
    draft.set_section_text("homicide", "Homicide A.\n\nA new middle paragraph.\n\nHomicide B.")
    saved = drafts.save_draft(empty_workspace, draft)
    again = drafts.get_draft(empty_workspace, saved.id)
    assert [n for _s, _p, n in again.numbered()] == [1, 2, 3, 4, 5, None]
    stored = again.to_dict()["sections"][1]["paragraphs"]
    assert all(set(paragraph) == {"text", "origin"} for paragraph in stored)


def test_unknown_section_key_names_the_valid_ones(draft):
    with pytest.raises(UnknownSection, match="no-such.*serious-violence"):
        draft.section("no-such")
    with pytest.raises(UnknownSection):
        drafts.append_paragraph(draft, "no-such", "Text.")


def test_blank_paragraph_is_refused(draft):
    with pytest.raises(DraftError, match="needs some text"):
        drafts.append_paragraph(draft, "homicide", "   ")


# -- editor text and provenance ----------------------------------------------------------
def corpus_draft(empty_workspace) -> Draft:
    made = drafts.new_draft(empty_workspace)
    section = made.section("serious-violence")
    section.paragraphs = [
        DraftParagraph("Knife surrender bins collected 400 blades across the county this year.",
                       Origin.corpus(7, 15)),
        DraftParagraph("Violence fell by 3.2% in 2022.", Origin.from_template(
            "serious-violence/change", [{"measure": "violence", "area": "X", "period": "2022",
                                         "value": 3.2, "source": "ONS"}])),
        DraftParagraph("A paragraph the writer typed about mentoring.", Origin.writer()),
    ]
    return made


def test_section_text_round_trips(empty_workspace):
    made = corpus_draft(empty_workspace)
    section = made.section("serious-violence")
    before = [(p.text, p.origin) for p in section.paragraphs]
    section.set_text(section.text())
    assert [(p.text, p.origin) for p in section.paragraphs] == before


def test_editing_keeps_origins_of_unchanged_and_close_paragraphs(empty_workspace):
    made = corpus_draft(empty_workspace)
    made.set_section_text("serious-violence", (
        "A brand new opening paragraph about youth diversion.\n\n"
        "Knife surrender bins collected 450 blades across the county this year.\n\n"
        "Violence fell by 3.2% in 2022.\n"
        "   \n"
        "A paragraph the writer typed about mentoring.\n"
    ))
    paragraphs = made.section("serious-violence").paragraphs
    assert [p.origin.kind for p in paragraphs] == ["writer", "corpus", "template", "writer"]
    assert (paragraphs[1].origin.statement_id, paragraphs[1].origin.number, paragraphs[1].origin.edited) == (7, 15, True)
    assert paragraphs[2].origin.edited is False
    assert paragraphs[2].origin.figures[0]["value"] == 3.2


def test_moved_unchanged_paragraph_keeps_its_origin(empty_workspace):
    made = corpus_draft(empty_workspace)
    texts = [p.text for p in made.section("serious-violence").paragraphs]
    made.set_section_text("serious-violence", "\n\n".join([texts[2], texts[0], texts[1]]))
    kinds = [(p.origin.kind, p.origin.edited) for p in made.section("serious-violence").paragraphs]
    assert kinds == [("writer", False), ("corpus", False), ("template", False)]


def test_rewritten_paragraph_becomes_the_writers(empty_workspace):
    made = corpus_draft(empty_workspace)
    texts = [p.text for p in made.section("serious-violence").paragraphs]
    made.set_section_text("serious-violence", "\n\n".join([
        "Completely different words on a different subject entirely.", texts[1], texts[2]]))
    first = made.section("serious-violence").paragraphs[0]
    assert first.origin == Origin.writer()


def whole_statement_as_one_paragraph(name: str) -> str:
    """A bundled sample statement run together: thousands of characters with no blank line,
    as a report pasted in one piece arrives."""
    from pathlib import Path

    path = Path(__file__).parent.parent / "corpus" / "statements" / name
    return " ".join(path.read_text(encoding="utf-8").split())


def test_a_long_paragraph_typed_into_keeps_its_origin_and_a_long_new_one_is_the_writers(
        empty_workspace):
    made = corpus_draft(empty_workspace)
    texts = [p.text for p in made.section("serious-violence").paragraphs]
    pasted = whole_statement_as_one_paragraph("severnshire-2026-06.txt")
    assert len(pasted) > 8000
    made.set_section_text("serious-violence", "\n\n".join([pasted, *texts[1:]]))
    assert made.section("serious-violence").paragraphs[0].origin == Origin.writer()
    made.section("serious-violence").paragraphs[0].origin = Origin.corpus(7, 14)
    middle = len(pasted) // 2
    edited = f"{pasted[:middle]} and in Ŵyŷ, “this summer” — {pasted[middle:]}"
    made.set_section_text("serious-violence", "\n\n".join([edited, *texts[1:]]))
    kept = made.section("serious-violence").paragraphs[0].origin
    assert (kept.kind, kept.statement_id, kept.number, kept.edited) == ("corpus", 7, 14, True)
    other = whole_statement_as_one_paragraph("severnshire-2024-09.txt")
    made.set_section_text("serious-violence", "\n\n".join([other, *texts[1:]]))
    assert made.section("serious-violence").paragraphs[0].origin == Origin.writer()


def test_status_moves_with_the_text_and_done_is_the_writers_call(draft):
    section = draft.section("drugs-county-lines")
    assert section.status == "empty"
    draft.set_section_text("drugs-county-lines", "Cannabis factories were closed.")
    assert section.status == "drafting"
    drafts.set_status(draft, "drugs-county-lines", "done")
    draft.set_section_text("drugs-county-lines", "Cannabis factories were closed down.")
    assert section.status == "done"
    draft.set_section_text("drugs-county-lines", "  \n\n ")
    assert section.status == "empty" and section.paragraphs == []
    with pytest.raises(DraftError, match="finished"):
        drafts.set_status(draft, "drugs-county-lines", "finished")


def test_dict_round_trip_keeps_everything(empty_workspace):
    made = corpus_draft(empty_workspace)
    copy = Draft.from_dict(made.to_dict(), id=made.id, revision=made.revision)
    assert copy == made


# -- inserting from the corpus -----------------------------------------------------------
def test_insert_corpus_paragraph_keeps_provenance(empty_workspace):
    statement_id = store_statement(empty_workspace, sample_statement())
    made = drafts.new_draft(empty_workspace)
    paragraph = drafts.insert_corpus_paragraph(empty_workspace, made, "serious-violence", statement_id, 5)
    assert paragraph.text == "Knife surrender bins collected 400 blades."
    assert (paragraph.origin.kind, paragraph.origin.statement_id, paragraph.origin.number) == ("corpus", statement_id, 5)
    with pytest.raises(NotFound, match=f"statement {statement_id} has no paragraph 99"):
        drafts.insert_corpus_paragraph(empty_workspace, made, "serious-violence", statement_id, 99)
    with pytest.raises(NotFound, match="statement"):
        drafts.insert_corpus_paragraph(empty_workspace, made, "serious-violence", 999, 1)


# -- copying forward -----------------------------------------------------------------------
def test_copy_forward_maps_sections_keeps_headings_and_folds_the_unknown(empty_workspace):
    statement_id = store_statement(empty_workspace, sample_statement("2024-03-12"))
    made = drafts.new_draft(empty_workspace, from_statement=statement_id)
    assert [s.key for s in made.sections] == ["introduction", *PRIORITY_IDS, "closing"]
    assert (made.date, made.period, made.area) == ("2024-06", "2023", "Testshire")
    assert made.board == "Testshire Police and Crime Panel"
    assert made.presented_by == "Chief Executive"
    assert made.from_statement == statement_id
    homicide = made.section("homicide")
    assert homicide.heading == "Cutting Murder and Homicide"
    # The unrecognised "Our estates programme" section lands after homicide's own paragraphs.
    assert [p.origin.number for p in homicide.paragraphs] == [2, 3, 4]
    assert all(p.origin.kind == "corpus" and p.origin.statement_id == statement_id for p in homicide.paragraphs)
    assert made.section("drugs-county-lines").heading == "Drug Supply and County Lines"
    assert made.section("drugs-county-lines").status == "empty"
    assert made.section("victim-satisfaction").status == "drafting"
    closing = made.section("closing")
    assert closing.paragraphs[0].text == "This report comes to the panel each quarter."
    assert closing.paragraphs[0].origin.number is None
    note = drafts.list_revisions(empty_workspace, made.id)[0].note
    assert f"statement {statement_id}" in note and "'Our estates programme' folded into" in note


def test_copy_forward_date_rolls_over_the_year(empty_workspace):
    statement_id = store_statement(empty_workspace, sample_statement("2023-11"))
    made = drafts.new_draft(empty_workspace, from_statement=statement_id)
    assert (made.date, made.period) == ("2024-02", "2023")
    chosen = drafts.new_draft(empty_workspace, from_statement=statement_id, date="2024-04",
                              period="2023-Q4", title="Own title")
    assert (chosen.date, chosen.period, chosen.title) == ("2024-04", "2023-Q4", "Own title")


def test_copy_forward_from_unknown_statement(empty_workspace):
    with pytest.raises(NotFound, match="statement with id 42"):
        drafts.new_draft(empty_workspace, from_statement=42)


def test_copy_forward_from_the_reference_statement(reference_workspace):
    statement = reference_workspace.list_statements()[0]
    made = drafts.new_draft(reference_workspace, from_statement=statement.id)
    assert [s.heading for s in made.sections] == [
        "Introduction", "Reduce Murder and other Homicide", "Reduce Serious Violence",
        "Drug Supply and County Lines", "Reduce Neighbourhood Crime", "Improve Victim Satisfaction",
        "Tackle Fraud and Cybercrime", "Reporting frequency"]
    numbered = [(p, n) for _s, p, n in made.numbered() if n is not None]
    assert len(numbered) == 31
    assert all(p.origin.kind == "corpus" and p.origin.statement_id == statement.id
               and p.origin.number == n for p, n in numbered)
    assert [len(s.paragraphs) for s in made.sections] == [1, 8, 8, 4, 4, 3, 3, 1]
    assert (made.date, made.period, made.area) == ("2023-12", "2022", "West Midlands")
    assert "West Midlands" in made.title
    assert made.section("serious-violence").paragraphs[-1].text.endswith("tackling this issue.")
    assert all(s.status == "drafting" for s in made.sections)


# -- inserting filled templates ---------------------------------------------------------------
FIGURES_CSV = """\
area,measure,period,value,unit,source
Testshire,homicides,2022,12,count,Home Office police recorded crime
Testshire,homicides,2023,9,count,Home Office police recorded crime
Testshire,population,2023,1000000,persons,ONS mid-year population estimates
Bigshire,homicides,2022,410,count,Home Office police recorded crime
Bigshire,homicides,2023,450,count,Home Office police recorded crime
"""


@pytest.fixture
def figures_workspace(empty_workspace, tmp_path):
    csv = tmp_path / "testshire.csv"
    csv.write_text(FIGURES_CSV, encoding="utf-8")
    empty_workspace.import_figures(csv)
    return empty_workspace


def test_insert_template_fills_figures_and_records_them(figures_workspace):
    made = drafts.new_draft(figures_workspace, date="2024-06", area="Testshire")
    assert made.period == "2023"
    paragraph = drafts.insert_template(figures_workspace, made, "homicide", "homicide/count_and_rate")
    assert "9 homicides" in paragraph.text and "[[missing" not in paragraph.text
    assert paragraph.origin.kind == "template" and paragraph.origin.template == "homicide/count_and_rate"
    used = {(f["measure"], f["period"], f["value"]) for f in paragraph.origin.figures}
    assert {("homicides", "2023", 9), ("homicides", "2022", 12)} <= used
    assert made.section("homicide").status == "drafting"


def test_insert_template_with_missing_figures_leaves_a_placeholder(figures_workspace):
    from drafter.fill import PLACEHOLDER_RE

    made = drafts.new_draft(figures_workspace, date="2024-06", area="Testshire", period="2021")
    paragraph = drafts.insert_template(figures_workspace, made, "homicide", "homicide/count_and_rate")
    assert PLACEHOLDER_RE.search(paragraph.text).group(0) == "[[missing homicides for Testshire 2021]]"


def test_insert_template_that_does_not_apply_or_does_not_exist(figures_workspace):
    from drafter.errors import TemplateError

    made = drafts.new_draft(figures_workspace, date="2024-06", area="Testshire")
    with pytest.raises(TemplateError, match="homicide/nope"):
        drafts.insert_template(figures_workspace, made, "homicide", "homicide/nope")
    with pytest.raises(UnknownSection):
        drafts.insert_template(figures_workspace, made, "nowhere", "homicide/count_and_rate")
    large = drafts.new_draft(figures_workspace, date="2024-06", area="Bigshire")
    with pytest.raises(DraftError, match="does not apply to the figures for Bigshire 2023"):
        drafts.insert_template(figures_workspace, large, "homicide", "homicide/small_numbers_caution")
    assert made.section("homicide").paragraphs == large.section("homicide").paragraphs == []
