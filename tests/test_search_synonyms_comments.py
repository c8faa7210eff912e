"""A comment written after an entry of the synonyms file ("VRU, VRN  # Lancashire's
name") ends the entry, as one on a line of its own does, rather than joining
its words to the last entry and quietly making it one no paragraph holds."""

from __future__ import annotations

from drafter.search.synonyms import parse_synonyms


def test_a_comment_after_the_entries_is_no_part_of_them():
    rules = parse_synonyms("VRU, VRN  # Lancashire's name, used from 2025\n"
                           "scam => courier fraud\t# the common kind here\n"
                           "   # an indented comment\n")
    assert [(rule.line, rule.sources, rule.targets) for rule in rules] == [
        (1, ("VRU", "VRN"), ("VRU", "VRN")),
        (2, ("scam",), ("courier fraud",)),
    ]


def test_an_escaped_hash_or_one_inside_a_word_is_kept():
    rules = parse_synonyms("C#, c sharp\nroom \\#4, fourth room\n")
    assert [rule.sources for rule in rules] == [("C#", "c sharp"), ("room #4", "fourth room")]
