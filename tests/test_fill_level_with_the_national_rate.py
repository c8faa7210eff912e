"""A rate level with the national rate as written (26.4 against 26.4) has no
size of gap, whatever the rates behind them: a template giving the size beside
the side writes "level with", never "0.2% level with"."""

from __future__ import annotations

import all_forces

LEVEL = {("Warwickshire", "population", "2022"): 1_000_000, ("Warwickshire", "knife_offences", "2022"): 264,
         # 15,867 in 60 million is 26.445 per 100,000: 26.4 as written, 0.17% above Warwickshire's 26.400.
         ("England and Wales", "population", "2022"): 60_000_000,
         ("England and Wales", "knife_offences", "2022"): 15_867}

TEMPLATE = """{# The knife rate against the national rate, with the gap's size. #}
{% macro knife_gap() %}
{% set gap = national_gap('knife_offences', per=100000, percent=True) %}
{{ place }} ran at {{ gap.area_value | decimal }} per 100,000 population,
{% if gap.size %}{{ gap.size | percent }} {% endif %}{{ gap.side }} the England and Wales rate of
{{ gap.national_value | decimal }}.
{% endmacro %}
"""


def test_a_rate_level_as_written_has_no_size_of_gap(empty_workspace, tmp_path):
    all_forces.import_all(empty_workspace, tmp_path, values=LEVEL, national=True)
    empty_workspace.templates_dir.mkdir(exist_ok=True)
    (empty_workspace.templates_dir / "serious-violence.j2").write_text(TEMPLATE, encoding="utf-8")
    filled = empty_workspace.render_template("serious-violence/knife_gap", "2022", "Warwickshire")
    assert filled.text == ("Warwickshire ran at 26.4 per 100,000 population, level with the "
                           "England and Wales rate of 26.4.")
