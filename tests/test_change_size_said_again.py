"""A change given as a count. A change's noun given a second size ("a
reduction of 12 per cent on the same quarter last year, and of 47 on the
previous quarter"): the 47 is how far the count fell on the quarter, checked
as such and moved by copy forward; never a count of its own, which review
used to hold to the figures as the earlier count of a pair (two false
errors). And "fell by 240 to 1,760 …, compared with the same quarter a year
earlier", worked out again by copy forward, where it was named for the writer.

The figures are invented for Cumbria.
"""

from __future__ import annotations

import pytest

import drafter

SENTENCE = ("Neighbourhood crime fell to 1,760 offences in the quarter, a reduction of 12 per cent on the same "
            "quarter last year, and of {size} on the previous quarter.")
HEADER = """\
Cumbria Police and Crime Panel

November 2026

National Policing Priorities: the Commissioner's statement for July to September 2026

Reduce neighbourhood crime

"""


def _office(root, next_quarter: int):
    series = {"2025-Q3": 2000, "2025-Q4": 1950, "2026-Q2": 1807, "2026-Q3": 1760, "2026-Q4": next_quarter}
    (root / "figures.csv").write_text("area,measure,period,value\n" + "".join(
        f"Cumbria,neighbourhood_crime,{period},{value}\n" for period, value in series.items()), encoding="utf-8")
    workspace = drafter.open_workspace(root / "ws", seed=False)
    workspace.import_figures(root / "figures.csv")
    return workspace


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    root = tmp_path_factory.mktemp("cumbria")
    with _office(root, 1700) as workspace:
        yield workspace, root


def _review(office, size: int):
    workspace, root = office
    path = root / f"cumbria-{size}.txt"
    path.write_text(HEADER + SENTENCE.format(size=size) + "\n", encoding="utf-8")
    report = workspace.review(path, area="Cumbria")
    return report, [(f.kind, f.message) for f in report.findings
                    if f.kind in ("wrong-figure", "stale-figure", "arithmetic", "unverified-figure", "direction")]


def test_the_second_size_is_the_fall_on_the_quarter_and_verified(office):
    report, findings = _review(office, 47)
    assert findings == []
    assert {n["text"]: n["status"] for n in report.to_dict()["figures"]}["47"] == "verified"


def test_a_wrong_second_size_is_one_arithmetic_error(office):
    _, findings = _review(office, 40)
    assert findings == [("arithmetic", "reduction of 40 on 2026-Q2 does not follow from the figures: 1,807 in "
                                       "2026-Q2 to 1,760 in 2026-Q3 is 47 fewer")]


def _rolled(workspace, root):
    path = root / "cumbria-2026-q3.txt"
    path.write_text(HEADER + SENTENCE.format(size=47) + "\n", encoding="utf-8")
    workspace.add_statements([path], force="Cumbria")
    draft = workspace.new_draft(from_statement=max(s.id for s in workspace.list_statements()))
    paragraph = next(p for s in draft.sections for p in s.paragraphs if p.text.startswith("Neighbourhood"))
    return draft, paragraph


def test_copy_forward_moves_the_second_size_with_the_count(office):
    workspace, root = office
    draft, paragraph = _rolled(workspace, root)
    assert paragraph.text == ("Neighbourhood crime fell to 1,700 offences in the quarter, a reduction of 13 per cent "
                              "on the same quarter last year, and of 60 on the previous quarter.")
    workspace.save_draft(draft)
    assert [f for f in workspace.review(draft.id).findings if f.severity == "error" and f.section] == []


def test_a_second_size_the_noun_no_longer_fits_is_named_for_the_writer(tmp_path):
    with _office(tmp_path, 1820) as workspace:
        _, paragraph = _rolled(workspace, tmp_path)
    assert "and of 47 on the previous quarter" in paragraph.text
    assert {"text": "and of 47 on the previous quarter",
            "reason": "'reduction', said before it, no longer holds: 2026-Q4's figure is +60 on 2026-Q3, "
                      "reword"} in paragraph.origin.not_rolled


def test_a_fall_given_as_a_count_is_worked_out_again_and_turned(tmp_path):
    """"fell by 240 to 1,760 …, compared with the same quarter a year earlier":
    1,760 moves to 2,000 and a year earlier to 1,950, a rise of 50."""
    with _office(tmp_path, 2000) as workspace:
        path = tmp_path / "cumbria-2026-q3.txt"
        path.write_text(HEADER + "Neighbourhood crime fell by 240 to 1,760 in July to September 2026, compared "
                        "with the same quarter a year earlier.\n", encoding="utf-8")
        workspace.add_statements([path], force="Cumbria")
        draft = workspace.new_draft(from_statement=max(s.id for s in workspace.list_statements()))
    paragraph = next(p for s in draft.sections for p in s.paragraphs if p.text.startswith("Neighbourhood"))
    assert paragraph.text == ("Neighbourhood crime rose by 50 to 2,000 in October to December 2026, compared with "
                              "the same quarter a year earlier.")
    assert paragraph.origin.not_rolled == []


def test_a_fall_given_as_a_count_in_a_sentence_of_its_own_is_named_for_the_writer(tmp_path):
    """"Neighbourhood crime fell by 47 on the previous quarter." after the sentence giving the count:
    the copied quarter's fall, which was kept as written and named for no one."""
    with _office(tmp_path, 2000) as workspace:
        path = tmp_path / "cumbria-2026-q3.txt"
        path.write_text(HEADER + "In July to September 2026 there were 1,760 neighbourhood crimes. Neighbourhood "
                        "crime fell by 47 on the previous quarter.\n", encoding="utf-8")
        workspace.add_statements([path], force="Cumbria")
        draft = workspace.new_draft(from_statement=max(s.id for s in workspace.list_statements()))
    paragraph = next(p for s in draft.sections for p in s.paragraphs if p.text.startswith("In October"))
    assert "2,000 neighbourhood crimes" in paragraph.text
    assert [left["text"] for left in paragraph.origin.not_rolled] == ["47"]
