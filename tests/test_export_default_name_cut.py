"""The default export name of a long title is cut at a word, and never just
after a period's month names whose year it cuts off: "National Policing
Priorities statement – July to September 2026" for the January 2027 meeting
is "national-policing-priorities-statement-2027-01.md". Before, it was
"...-statement-july-to-september-2027-01.md", which reads as July to
September 2027. A Welsh letter is its letter without the accent ("Gŵyl" is
"gwyl", where it was "g-yl") and an apostrophe joins its word ("commissioners",
not "commissioner-s").
"""

from __future__ import annotations

import pytest

from drafter import drafts
from drafter.export import default_output


@pytest.mark.parametrize("title, name", [
    ("National Policing Priorities statement – July to September 2026",
     "national-policing-priorities-statement-2027-01.md"),
    ("National Policing Priorities: a statement for the quarter ending September 2026",
     "national-policing-priorities-a-statement-2027-01.md"),
    ("National Crime and Policing Measures: Q4 2025/26", "national-crime-and-policing-measures-q4-2025-26-2027-01.md"),
], ids=["month span", "quarter ending", "short enough"])
def test_a_cut_name_keeps_no_month_without_its_year(empty_workspace, tmp_path, title, name):
    draft = drafts.new_draft(empty_workspace, title=title, date="2027-01")
    assert default_output(draft, "md", tmp_path).name == name


@pytest.mark.parametrize("title, name", [
    ("Datganiad chwarterol – Ymgyrch Gŵyl", "datganiad-chwarterol-ymgyrch-gwyl-2027-01.md"),
    ("The Commissioner’s statement on the priorities", "the-commissioners-statement-on-the-priorities-2027-01.md"),
], ids=["Welsh letter", "apostrophe"])
def test_a_name_keeps_its_letters_and_words_whole(empty_workspace, tmp_path, title, name):
    draft = drafts.new_draft(empty_workspace, title=title, date="2027-01")
    assert default_output(draft, "md", tmp_path).name == name
