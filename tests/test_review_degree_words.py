"""Words saying how big a change was are held to the size the sentence gives:
"fell slightly" of a fall of 8.4%, or "significantly higher" of a rise of 0.4
percentage points, is a ``degree-word`` warning naming the size, for the
writer to reword, where it passed. Copy forward keeps a change's words while
moving its figure, so a quarter on "fell slightly, by 2.2%" can be a fall of
8.4%: review of the draft says so.

Staffordshire's figures here are written for the project (the force is real,
its figures invented).
"""

from __future__ import annotations

import pytest

FIGURES = """\
area,measure,period,value,unit
Staffordshire,residential_burglary,2025-Q2,450,
Staffordshire,residential_burglary,2026-Q2,440,
Staffordshire,residential_burglary,2025-Q3,450,
Staffordshire,residential_burglary,2026-Q3,412,
Staffordshire,victim_satisfaction,2025-Q3,72.6,percent
Staffordshire,victim_satisfaction,2026-Q3,73.0,percent
"""
TITLE = "# Staffordshire Commissioner: National Policing Priorities, {months} 2026\n\nPublished {published} 2026\n\n"


def statement(tmp_path, body: str, months="July to September", published="November"):
    path = tmp_path / "staffordshire.md"
    path.write_text(TITLE.format(months=months, published=published) + body, encoding="utf-8")
    return path


@pytest.fixture
def workspace(empty_workspace, tmp_path):
    (tmp_path / "figures.csv").write_text(FIGURES, encoding="utf-8")
    empty_workspace.import_figures(tmp_path / "figures.csv")
    return empty_workspace


def degree_findings(report) -> list[str]:
    return [f.message for f in report.findings if f.kind == "degree-word"]


@pytest.mark.parametrize("sentence, said, size", [
    ("Residential burglary fell slightly to 412 offences in July to September 2026, a decrease of 8.4% "
     "compared with July to September 2025.", "fell slightly", "8.4%"),
    ("There was a slight fall in residential burglary, to 412 offences in July to September 2026, "
     "8.4% fewer than in July to September 2025.", "slight fall", "8.4%"),
    ("Victim satisfaction was 73.0% in July to September 2026, significantly higher than a year earlier, "
     "up 0.4 percentage points.", "significantly higher", "0.4 percentage points"),
])
def test_words_the_size_does_not_bear_out_are_named_with_the_size(workspace, tmp_path, sentence, said, size):
    body = f"## Reduce neighbourhood crime\n\n{sentence}\n" if "burglary" in sentence else \
        f"## Improve victim satisfaction\n\n{sentence}\n"
    [message] = degree_findings(workspace.review(statement(tmp_path, body), area="Staffordshire"))
    assert message.startswith(f"'{said}': the change is {size} (")
    assert "reword, or give the size alone" in message


@pytest.mark.parametrize("sentence", [
    "Residential burglary fell sharply to 412 offences in July to September 2026, a decrease of 8.4% "
    "compared with July to September 2025.",
    "Victim satisfaction was 73.0% in July to September 2026, slightly higher than a year earlier, "
    "up 0.4 percentage points.",
    "Victim satisfaction was 73.0% in July to September 2026, up 0.4 percentage points on a year earlier; "
    "the change is not significantly different from no change.",
])
def test_words_that_fit_the_size_pass(workspace, tmp_path, sentence):
    section = "Reduce neighbourhood crime" if "burglary" in sentence else "Improve victim satisfaction"
    report = workspace.review(statement(tmp_path, f"## {section}\n\n{sentence}\n"), area="Staffordshire")
    assert degree_findings(report) == []


def test_copy_forward_keeps_the_words_and_review_names_what_no_longer_fits(workspace, tmp_path):
    last_quarter = statement(tmp_path, "## Reduce neighbourhood crime\n\nResidential burglary fell slightly to 440 "
                             "offences in April to June 2026, a decrease of 2.2% compared with April to June 2025.\n",
                             months="April to June", published="August")
    [added] = workspace.add_statements([last_quarter], force="Staffordshire").added
    draft = workspace.new_draft(from_statement=added["id"], period="2026-Q3")
    text = " ".join(p.text for s in draft.sections for p in s.paragraphs)
    assert "fell slightly to 412" in text and "8.4%" in text
    [message] = degree_findings(workspace.review(draft.id))
    assert message.startswith("'fell slightly': the change is 8.4% (")
