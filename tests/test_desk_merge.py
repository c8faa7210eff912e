"""A draft saved elsewhere while the desk has it open: a section both
changed keeps both changes when they are in different paragraphs, and the
desk's words when they are in the same one."""

from __future__ import annotations

from drafter.tui.session import merge_paragraphs


def section(*texts: str, heading: str = "Homicide", status: str = "drafting") -> dict:
    return {"key": "homicide", "heading": heading, "status": status, "numbered": True,
            "paragraphs": [{"text": text, "kind": "paragraph"} for text in texts]}


def texts(merged: dict) -> list[str]:
    return [paragraph["text"] for paragraph in merged["paragraphs"]]


def test_a_paragraph_appended_elsewhere_joins_an_edit_of_the_last_paragraph_here():
    before = section("One.", "Two.")
    merged = merge_paragraphs(before, section("One.", "Two, edited here."), section("One.", "Two.", "Three."))
    assert texts(merged) == ["One.", "Two, edited here.", "Three."]


def test_edits_of_different_paragraphs_both_stand():
    before = section("One.", "Two.", "Three.")
    merged = merge_paragraphs(before, section("One, here.", "Two.", "Three."),
                              section("One.", "Two.", "Three, there."))
    assert texts(merged) == ["One, here.", "Two.", "Three, there."]


def test_the_same_paragraph_changed_in_both_is_not_merged():
    before = section("One.", "Two.")
    assert merge_paragraphs(before, section("One, here.", "Two."), section("One, there.", "Two.")) is None


def test_paragraphs_added_at_the_same_place_in_both_are_not_merged():
    before = section("One.")
    assert merge_paragraphs(before, section("One.", "Here."), section("One.", "There.")) is None


def test_a_paragraph_removed_here_and_another_edited_there_both_stand():
    before = section("One.", "Two.", "Three.")
    merged = merge_paragraphs(before, section("One.", "Three."), section("One, there.", "Two.", "Three."))
    assert texts(merged) == ["One, there.", "Three."]


def test_a_heading_changed_only_there_is_taken():
    before = section("One.")
    merged = merge_paragraphs(before, section("One, here."), section("One.", heading="Reduce homicide"))
    assert merged["heading"] == "Reduce homicide" and texts(merged) == ["One, here."]
