"""A key figure set on a line of its own ("Homicides – 5", "Drug trafficking
offences - 118", "Knife offences: 95"), in a board paper or a Markdown page,
is a paragraph whose count review holds to the period the statement covers,
not a heading that opens a section of its own and leaves the priority above
it empty (the bundled figures: Severnshire had 3 homicides and 181 drug
trafficking offences in April to June 2026)."""

from __future__ import annotations

import pytest

from drafter.corpus.ingest.shapes import looks_like_heading

TEXT = """Severnshire Police and Crime Panel
3 November 2026
Title: National Policing Priorities statement

This statement covers April to June 2026.

Reduce murder and other homicide

{homicides}

1. The homicide prevention partnership met twice.

Drug supply and county lines

{drugs}

2. Officers visited every school in the county.

Reduce serious violence

3. Violence reduction work goes on across the county.
"""

MARKDOWN = """# Severnshire Police and Crime Commissioner: National Policing Priorities statement

November 2026

This statement covers April to June 2026.

## Reduce murder and other homicide

{homicides}

The homicide prevention partnership met twice.

## Drug supply and county lines

{drugs}

Officers visited every school in the county.

## Reduce serious violence

Violence reduction work goes on across the county.
"""


def _review(workspace, tmp_path, name, template, **lines):
    path = tmp_path / name
    path.write_text(template.format(**lines), encoding="utf-8")
    return workspace.review(path)


def _messages(report, kind):
    return [f.message for f in report.findings if f.kind == kind]


@pytest.mark.parametrize("name, template", [("severnshire-2026-11.txt", TEXT),
                                            ("severnshire-2026-11.md", MARKDOWN)])
@pytest.mark.parametrize("homicides, drugs", [
    ("Homicides – 5", "Drug trafficking offences - 118"),
    ("Homicides: 5", "Drug trafficking offences — 118"),
    ("Homicides 5", "Drug trafficking offences 118"),
])
def test_a_wrong_key_figure_on_its_own_line_is_a_wrong_figure(seeded_workspace, tmp_path, name, template,
                                                               homicides, drugs):
    report = _review(seeded_workspace, tmp_path, name, template, homicides=homicides, drugs=drugs)
    wrong = _messages(report, "wrong-figure")
    assert [message.split(":")[0] for message in wrong] == ["5 homicides in 2026-Q2",
                                                            "118 drug trafficking offences in 2026-Q2"]
    assert not any("nothing under it" in message for message in _messages(report, "missing-priority"))
    homicide = next(s for s in report.document.sections if s.key == "homicide")
    assert homicide.paragraphs[0].text == homicides


@pytest.mark.parametrize("count", ["1 180", "1\u00a0180", "1\u202f180"])
@pytest.mark.parametrize("separator", [" –", ":", " -"])
def test_a_key_figure_with_its_thousands_set_apart_by_a_space_is_checked(seeded_workspace, tmp_path, count,
                                                                         separator):
    drugs = f"Drug trafficking offences{separator} {count}"
    report = _review(seeded_workspace, tmp_path, "severnshire-2026-11.txt", TEXT, homicides="Homicides – 3",
                     drugs=drugs)
    assert [message.split(":")[0] for message in _messages(report, "wrong-figure")] == [
        "1 180 drug trafficking offences in 2026-Q2"]
    assert not any("nothing under it" in message for message in _messages(report, "missing-priority"))
    assert not looks_like_heading(drugs)


@pytest.mark.parametrize("name, template", [("severnshire-2026-11.txt", TEXT),
                                            ("severnshire-2026-11.md", MARKDOWN)])
def test_a_right_key_figure_on_its_own_line_is_verified(seeded_workspace, tmp_path, name, template):
    report = _review(seeded_workspace, tmp_path, name, template,
                     homicides="Homicides – 3", drugs="Drug trafficking offences - 181")
    assert not _messages(report, "wrong-figure")
    assert not any("nothing under it" in message for message in _messages(report, "missing-priority"))
    assert {m.text: m.status for m in report.figures if m.text in ("3", "181")} == {"3": "verified",
                                                                                   "181": "verified"}


def test_a_bold_key_figure_line_in_a_word_statement_is_checked(seeded_workspace, tmp_path):
    from builders import DocxBuilder

    builder = DocxBuilder()
    builder.heading("Severnshire Police and Crime Commissioner: National Policing Priorities statement")
    builder.paragraph("November 2026")
    builder.paragraph("This statement covers April to June 2026.")
    builder.heading("Reduce murder and other homicide", level=2)
    builder.paragraph("Homicides – 5", bold=True)
    builder.paragraph("The homicide prevention partnership met twice.")
    builder.heading("Reduce serious violence", level=2)
    builder.paragraph("Violence reduction work goes on across the county.")
    path = tmp_path / "severnshire-2026-11.docx"
    path.write_bytes(builder.to_bytes())
    report = seeded_workspace.review(path)
    assert [message.split(":")[0] for message in _messages(report, "wrong-figure")] == ["5 homicides in 2026-Q2"]
    homicide = next(s for s in report.document.sections if s.key == "homicide")
    assert [p.text for p in homicide.paragraphs][:1] == ["Homicides – 5"]


@pytest.mark.parametrize("line", ["Performance – 2026", "Appendix – 2", "Annex: 3", "Priority 2",
                                  "Reduce Serious Violence – Priority 2", "Section 4: Neighbourhood crime",
                                  "Objective 3", "Neighbourhood crime 2026", "Annex 2 Knife crime 12"])
def test_a_heading_ending_in_a_year_or_a_number_of_its_own_is_still_a_heading(line):
    assert looks_like_heading(line)


@pytest.mark.parametrize("line", ["Homicides – 5", "Drug trafficking offences - 118", "Knife offences: 95",
                                  "Neighbourhood crime – 2,576", "Victim satisfaction: 76.3%",
                                  "Knife offences 396", "Neighbourhood crime 1,760", "Victim satisfaction 76.3%"])
def test_a_measure_and_its_count_is_no_heading(line):
    assert not looks_like_heading(line)


def test_key_figures_under_their_own_sub_heading_stay_in_the_priority_s_section(seeded_workspace, tmp_path):
    report = _review(seeded_workspace, tmp_path, "severnshire-2026-11.txt", TEXT,
                     homicides="Key figures for April to June 2026\n\nHomicides 3", drugs="Drug trafficking offences 181")
    assert not any("nothing under it" in message for message in _messages(report, "missing-priority"))
    homicide = next(s for s in report.document.sections if s.key == "homicide")
    assert [p.text for p in homicide.paragraphs][:2] == ["Key figures for April to June 2026", "Homicides 3"]
    assert {m.text: m.status for m in report.figures if m.text in ("3", "181")} == {"3": "verified",
                                                                                   "181": "verified"}


def test_key_figures_listed_one_a_line_under_a_paragraph_number_are_each_their_own(seeded_workspace, tmp_path):
    """"2. Homicides: 4" over "Drug trafficking offences: 181": 4 counts homicides, not the drug
    trafficking offences on the next line (it was read as "4 Drug trafficking offences")."""
    path = tmp_path / "severnshire-2026-11.txt"
    path.write_text("Severnshire Police and Crime Panel\n3 November 2026\nTitle: National Policing Priorities\n\n"
                    "Introduction\n\n1. This statement covers April to June 2026.\n\n"
                    "2. Homicides: 4\nDrug trafficking offences: 181\nKnife and sharp instrument offences: 208\n\n"
                    "Reduce murder and other homicide\n\n3. The homicide prevention partnership met twice.\n",
                    encoding="utf-8")
    report = seeded_workspace.review(path)
    assert [f.message for f in report.findings if f.kind == "wrong-figure"] == [
        "4 homicides in 2026-Q2: the figures give 3 for Severnshire (Home Office police recorded crime); "
        "4 is the figure for 2026-Q1"]
    assert {m.text: m.status for m in report.figures if m.text in ("181", "208")} == {
        "181": "verified", "208": "verified"}
