"""A macro given arguments (a sentence with a default, count_rank(order='lowest'))
is no sentence, and when no macro calls it it is offered nowhere: the templates
listing and the check name it by its line, and filling it by its id says why,
where it vanished without a word ("no template 'homicide/count_rank'")."""

from __future__ import annotations

import pytest

from drafter.errors import TemplateError

TEMPLATE = """{# The count, worded by a helper that takes arguments. #}
{% macro count() %}{{ counted('homicides', 'homicide') }}{% endmacro %}

{#- A helper a sentence calls, named without the underscore. -#}
{% macro counted(measure, noun) %}There were {{ figure(measure) | plural(noun) }}.{% endmacro %}

{# The count's rank from the lowest. #}
{% macro count_rank(order='lowest') %}
{% set r = rank('homicides', order=order) %}
{{ place | capitalise }} had {{ r }} number of homicides {{ r.among }}.
{% endmacro %}
"""


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    import drafter

    root = tmp_path_factory.mktemp("uncalled")
    with drafter.open_workspace(root / "ws", seed=False) as workspace:
        workspace.templates_dir.mkdir(exist_ok=True)
        (workspace.templates_dir / "homicide.j2").write_text(TEMPLATE, encoding="utf-8")
        yield workspace


WHY = ("templates/homicide.j2:8: count_rank takes arguments (order), so it is not a sentence a writer can "
       "pick, and no macro calls it: take its arguments away to offer it, or start its name with _ if it "
       "is a helper")


def test_the_listing_names_a_macro_offered_nowhere(office):
    assert [info.id for info in office.list_templates("homicide")] == ["homicide/count"]
    assert office.stray_template_files() == [WHY]


def test_filling_it_by_its_id_says_why(office):
    with pytest.raises(TemplateError) as caught:
        office.render_template("homicide/count_rank", "2025-Q3", "Warwickshire")
    assert str(caught.value) == WHY


def test_a_priority_file_that_does_not_parse_makes_no_other_file_stray(tmp_path):
    import drafter

    with drafter.open_workspace(tmp_path / "ws", seed=False) as workspace:
        workspace.templates_dir.mkdir(exist_ok=True)
        (workspace.templates_dir / "shared.j2").write_text("{% macro _said(n) %}{{ n }}{% endmacro %}\n",
                                                            encoding="utf-8")
        (workspace.templates_dir / "homicide.j2").write_text(
            "{% import 'shared.j2' as shared %}\n{# The count. #}\n{% macro count() %}{{ shared._said(1) }"
            "{% endmacro %}\n", encoding="utf-8")
        assert not [line for line in workspace.stray_template_files() if "shared.j2" in line]
