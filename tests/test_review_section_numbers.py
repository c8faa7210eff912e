"""A statement that numbers its paragraphs within their sections ("2.2")
has its findings named by that printed number, in the text report and in
``--json``'s ``paragraph``; plainly numbered and unnumbered statements are
named as before."""

from __future__ import annotations

HEADER = """\
# Statement on the National Policing Priorities

Severnshire Police and Crime Panel
Meeting date: 24 September 2026
Report of the Police and Crime Commissioner for Severnshire

"""

SECTION_NUMBERED = HEADER + """\
## 1. Introduction

1.1 This statement covers April to June 2026 and sets out how Severnshire Police is contributing.

## 2. Reduce neighbourhood crime

2.1 Officers walked every street of the town centre with the council's wardens over the summer.

2.2 There were 999 residential burglaries in April to June 2026.
"""

PLAINLY_NUMBERED = HEADER + """\
## Introduction

1. This statement covers April to June 2026 and sets out how Severnshire Police is contributing.

## Reduce neighbourhood crime

2. Officers walked every street of the town centre with the council's wardens over the summer.

3. There were 999 residential burglaries in April to June 2026.
"""

UNNUMBERED = HEADER + """\
## Introduction

This statement covers April to June 2026 and sets out how Severnshire Police is contributing.

## Reduce neighbourhood crime

Officers walked every street of the town centre with the council's wardens over the summer.

There were 999 residential burglaries in April to June 2026.
"""


def _review(cli, workspace, tmp_path, text: str, *args: str):
    path = tmp_path / "severnshire-2026-09.md"
    path.write_text(text, encoding="utf-8")
    result = cli("review", path, *args, workspace=workspace.path)
    assert result.exit_code == 0, result.stderr
    return result


def _wrong_figure(review: dict) -> dict:
    [finding] = [f for f in review["findings"] if f["kind"] == "wrong-figure"]
    return finding


def test_a_finding_is_named_by_the_number_printed_within_its_section(cli, seeded_workspace, tmp_path):
    review = _review(cli, seeded_workspace, tmp_path, SECTION_NUMBERED, "--json").json()
    assert _wrong_figure(review)["paragraph"] == "2.2"
    assert {f["paragraph"] for f in review["figures"] if f["text"] == "999"} == {"2.2"}
    opening = [f for f in review["findings"] if f["section"] == "introduction" and f["paragraph"] is not None]
    assert opening and {f["paragraph"] for f in opening} == {"1.1"}

    lines = _review(cli, seeded_workspace, tmp_path, SECTION_NUMBERED).stdout.splitlines()
    wrong = [line for line in lines if " wrong-figure " in line]
    assert [line.split()[0] for line in wrong] == ["¶2.2"]


def test_plainly_numbered_and_unnumbered_statements_are_named_as_before(cli, seeded_workspace, tmp_path):
    numbered = _review(cli, seeded_workspace, tmp_path, PLAINLY_NUMBERED, "--json").json()
    assert _wrong_figure(numbered)["paragraph"] == 3

    unnumbered = _review(cli, seeded_workspace, tmp_path, UNNUMBERED, "--json").json()
    assert _wrong_figure(unnumbered)["paragraph"] is None
    lines = _review(cli, seeded_workspace, tmp_path, UNNUMBERED).stdout.splitlines()
    assert any(line.strip().startswith("“There were 999 residential burglaries…”") for line in lines)


def test_rank_and_comparison_listings_name_the_paragraph_as_the_findings_do(cli, seeded_workspace, tmp_path):
    text = SECTION_NUMBERED + (
        "\n2.3 Severnshire recorded the highest number of residential burglaries in the country in "
        "April to June 2026.\n\n2.4 Residential burglaries were lower than a year earlier.\n")
    review = _review(cli, seeded_workspace, tmp_path, text, "--json").json()
    assert [claim["paragraph"] for claim in review["ranks"]] == ["2.3"]
    assert [comparison["paragraph"] for comparison in review["comparisons"]] == ["2.4"]
