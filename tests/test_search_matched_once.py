"""A word the writer gives twice, once with a capital (a pasted paragraph's
"Police" opening a sentence and "police" within one), is listed once among
the words a hit matched."""

from __future__ import annotations

from test_search_honest_matches import workspace  # noqa: F401  (the Fenmoor workspace)


def test_a_word_written_with_and_without_a_capital_is_listed_once(workspace):  # noqa: F811
    hits = workspace.search("Knife surrender bins are emptied weekly. Bins in the town "
                            "centre are emptied by officers, and knife amnesty posters go up.")
    assert hits and hits[0].text.startswith("Knife surrender bins")
    lowered = [word.casefold() for word in hits[0].matched]
    assert len(lowered) == len(set(lowered))
    assert {"knife", "bins", "emptied"} <= set(lowered)
