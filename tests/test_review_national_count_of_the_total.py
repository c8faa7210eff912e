"""The national count a sentence sets its force's part in ("Of the 145 homicides
recorded in England and Wales in …, 5 were in Lancashire", "5 of the 145
homicides in England and Wales") is held to England and Wales, where it was an
unverified figure, so a template writing it with national(...) failed the check.
A count that is not the nation's is called wrong."""

from __future__ import annotations

import pytest

from drafter.forces import FORCES

TEMPLATE = """{# The force's part of the national count. #}
{% macro part_of_national() %}
Of the {{ national('homicides') | number }} homicides recorded in England and Wales in {{ period.label() }},
{{ figure('homicides') | number }} were in {{ place }}.
{% endmacro %}
"""

STATEMENT = """\
Lancashire Police and Crime Panel, 10 November 2026

Reduce Murder and other Homicide

1. Of the {total} homicides recorded in England and Wales in the third quarter of 2026, 5 were in Lancashire.

2. Lancashire recorded 5 of the {total} homicides in England and Wales in the third quarter of 2026.
"""


def _figures() -> str:
    rows = ["area,measure,period,value"]
    for number, force in enumerate(FORCES):
        homicides = 5 if force.name == "Lancashire" else number % 4
        rows.append(f"{force.name},homicides,2026-Q3,{homicides}")
    return "\n".join(rows) + "\n"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("national-count")
    (root / "figures.csv").write_text(_figures(), encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.import_figures(root / "figures.csv")
        opened.templates_dir.mkdir(exist_ok=True)
        (opened.templates_dir / "homicide.j2").write_text(TEMPLATE, encoding="utf-8")
        yield opened, root


def _national_total(workspace) -> int:
    return sum(5 if force.name == "Lancashire" else number % 4 for number, force in enumerate(FORCES))


def _quoted(workspace, root, total):
    path = root / f"statement-{total}.txt"
    path.write_text(STATEMENT.format(total=total), encoding="utf-8")
    report = workspace.review(path, period="2026-Q3", area="Lancashire")
    return [n for n in report.figures if n.text == str(total)]


def test_the_national_count_is_verified(workspace):
    opened, root = workspace
    total = _national_total(opened)
    quoted = _quoted(opened, root, total)
    assert [(n.status, n.measure) for n in quoted] == [("verified", "homicides")] * 2


def test_a_count_that_is_not_the_nations_is_wrong(workspace):
    opened, root = workspace
    quoted = _quoted(opened, root, _national_total(opened) + 1)
    assert [n.status for n in quoted] == ["wrong", "wrong"]


def test_the_template_passes_the_check(workspace):
    opened, _ = workspace
    checked = opened.check_templates(area="Lancashire", period="2026-Q3")
    assert checked.sentences == 1 and checked.disputes == [] and checked.broken == []
