"""A maintainer checks the workspace's templates after editing them: every
template is filled and the sentences reviewed, and a sentence review
disputes is named with its template's file and line, so an office's own
template can never write what drafter's review then flags."""

from __future__ import annotations

import pytest

WRONG_PAST = """
{# The count, and last year's count written three too high (a maintainer's slip). #}
{% macro count_against_last_year() %}
Homicides in {{ place }} numbered {{ figure('homicides') | number }} in {{ period.label() }},
against {{ (figure('homicides', period=previous) + 3) | number }} in {{ previous.label() }}.
{% endmacro %}
"""


@pytest.fixture
def office(seeded_workspace):
    return seeded_workspace


def test_the_bundled_templates_pass_the_check(office, cli):
    checked = cli("figures", "templates", "--check", "--period", "2025", workspace=office.path)
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    assert "filled for Severnshire, 2025: none disputed by review" in checked.stdout


def test_a_sentence_review_disputes_is_named_with_its_template(office, cli):
    path = office.templates_dir / "homicide.j2"
    before = path.read_text(encoding="utf-8")
    path.write_text(before + WRONG_PAST, encoding="utf-8")
    line = before.count("\n") + 3  # the blank line, the comment, then the macro
    checked = cli("figures", "templates", "--check", "--period", "2025", workspace=office.path)
    assert checked.exit_code == 1
    first = checked.stdout.splitlines()[0]
    assert first.startswith(f"templates/homicide.j2:{line}: homicide/count_against_last_year (Severnshire, 2025):")
    last_year = int(office.list_figures(area="Severnshire", period="2024", measure="homicides")[0].value)
    assert f"against {last_year + 3} in 2024" in checked.stdout
    assert ": 1 sentence disputed" in checked.stdout.splitlines()[-1]
    assert path.read_text(encoding="utf-8") == before + WRONG_PAST, "checking changes no template"

    as_json = cli("figures", "templates", "--check", "--period", "2025", "--json", workspace=office.path)
    (dispute,) = as_json.json()["disputes"]
    assert dispute["template"] == "homicide/count_against_last_year" and dispute["line"] == line


def test_a_check_of_an_area_or_period_without_figures_is_one_line(office, cli):
    no_area = cli("figures", "templates", "--check", "--area", "Dorset", workspace=office.path)
    assert no_area.exit_code == 1 and "no figures are stored for area" in no_area.stderr
    assert "Traceback" not in no_area.stderr and len(no_area.stderr.strip().splitlines()) == 1
    no_period = cli("figures", "templates", "--check", "--period", "2019", workspace=office.path)
    assert no_period.exit_code == 1 and "no figures are stored for Severnshire in 2019" in no_period.stderr


def test_area_and_period_go_with_check(office, cli):
    listed = cli("figures", "templates", "--period", "2025", workspace=office.path)
    assert listed.exit_code == 2 and "--area and --period go with --check" in listed.stderr


GHOST = """
{% macro ghost() %}
{{ place | capitalise }} seized {{ figure('zombie_knives_seized') | number }} zombie knives in {{ period.label() }}.
{% endmacro %}
"""


SLIP = """
{% macro slip() %}
{{ place | capitalise }} recorded {{ figure('firearm_offences') | number }} firearms offences in {{ period.label() }}.
{% endmacro %}
"""


def test_a_slip_for_a_measure_and_a_stray_file_fail_the_check_and_a_new_measure_waits(office, cli):
    """A measure close to one the figures import reads ("firearm_offences") is
    a slip, in fill and the check alike; one no figures of are stored yet
    ("zombie_knives_seized") waits for them, as fill says, and fills once
    imported in the one-figure-a-row layout."""
    path = office.templates_dir / "homicide.j2"
    before = path.read_text(encoding="utf-8")
    path.write_text(before + GHOST + SLIP, encoding="utf-8")
    (office.templates_dir / "county-lines.j2").write_text("{% macro lines() %}x{% endmacro %}\n", encoding="utf-8")
    checked = cli("figures", "templates", "--check", workspace=office.path)
    assert checked.exit_code == 1
    errors = [line for line in checked.stderr.splitlines() if line.startswith("drafter: error:")]
    slip_line = before.count(chr(10)) + GHOST.count(chr(10)) + 3
    assert f"drafter: error: templates/homicide.j2:{slip_line}: unknown measure 'firearm_offences': no " \
           "figures of it are stored for any area (did you mean 'firearms_offences'?)" in errors
    assert any(line.startswith("drafter: error: templates/county-lines.j2: not a priority's template file")
               for line in errors)
    assert "2 template mistakes" in checked.stdout.splitlines()[-1]
    assert f"drafter: warning: templates/homicide.j2:{before.count(chr(10)) + 2}: homicide/ghost: not fillable " \
           "for Severnshire in any period checked (missing zombie_knives_seized for " in checked.stderr
    assert "; no figures of zombie_knives_seized are stored for any area yet)" in checked.stderr
    filled = cli("fill", "homicide", "--period", "2025", "--area", "Severnshire", workspace=office.path)
    assert "not fillable: homicide/ghost: missing zombie_knives_seized for Severnshire 2025" in filled.stdout
    assert "did you mean 'firearms_offences'?" in filled.stderr

    (office.templates_dir / "county-lines.j2").unlink()
    path.write_text(before + GHOST, encoding="utf-8")
    rows = office.path / "seized.csv"
    rows.write_text("area,measure,period,value\nSevernshire,zombie_knives_seized,2025,31\n", encoding="utf-8")
    assert cli("figures", "import", rows, workspace=office.path).exit_code == 0
    ghost = cli("fill", "homicide/ghost", "--period", "2025", "--area", "Severnshire", workspace=office.path)
    assert ghost.exit_code == 0 and "Severnshire seized 31 zombie knives in 2025." in ghost.stdout


def test_a_priority_file_saved_empty_is_named_not_taken_for_figures_that_apply(office, cli):
    """The workspace's file takes the bundled one's place: saved empty by
    mistake, its priority would get no sentences; fill and the check say so
    where fill said no sentences applied to the figures."""
    (office.templates_dir / "cyber-crime.j2").write_text("{# Fraud and cybercrime: to do #}\n", encoding="utf-8")
    problem = ("drafter: error: templates/cyber-crime.j2: holds no sentences (no macro a writer can pick), so "
               "cyber-crime gets none; delete the file to use the bundled cyber-crime.j2")
    filled = cli("fill", "cyber-crime", "--period", "2025", "--area", "Severnshire", workspace=office.path)
    assert filled.exit_code == 1
    assert filled.stderr.strip() == problem
    assert "No sentences apply" not in filled.stdout
    checked = cli("figures", "templates", "--check", "--period", "2025", "--area", "Severnshire",
                  workspace=office.path)
    assert checked.exit_code == 1 and problem in checked.stderr.splitlines()


def test_a_template_that_needs_other_forces_figures_is_a_warning_not_a_failure(office, cli):
    checked = cli("figures", "templates", "--check", workspace=office.path)
    assert checked.exit_code == 0
    assert "drafter: warning: templates/serious-violence.j2:" in checked.stderr
    assert "serious-violence/knife_national: not fillable for Severnshire in any period checked (missing " \
           "knife_offences for other forces in every period checked, and knife_offences for 2022/23 only)" \
           in checked.stderr


BROKEN = """
{# wrong #}
{% macro wrong() %}
{{ place | capitalise }} recorded {{ (figure('homicides').value + 5) | number }} homicides in {{ period.label() }}.
{% endmacro %}
{# badfilter #}
{% macro badfilter() %}
{{ place | capitalise }} recorded {{ figure('homicides') | decimal('abc', 7) }} homicides in {{ period.label() }}.
{% endmacro %}
"""


def test_a_template_that_fails_is_named_by_its_error_only(office, cli):
    """It fails where homicides are stored and lacks them elsewhere: "not
    fillable ... (missing homicides)" would send the maintainer looking for
    figures that are there."""
    path = office.templates_dir / "homicide.j2"
    before = path.read_text(encoding="utf-8")
    path.write_text(before + BROKEN, encoding="utf-8")
    line = before.count("\n") + 3
    checked = cli("figures", "templates", "--check", workspace=office.path)
    assert checked.exit_code == 1
    assert f"drafter: error: templates/homicide.j2:{line + 1}: an int has no attribute 'value'" \
           in checked.stderr.splitlines()
    assert f"drafter: error: templates/homicide.j2:{line + 5}: one_decimal() takes 1 positional argument but 3 " \
           "were given" in checked.stderr.splitlines()
    assert "homicide/wrong" not in checked.stderr and "homicide/badfilter" not in checked.stderr
    assert checked.stdout.splitlines()[-1].endswith("2 template mistakes (below); 1 template never filled")


def test_never_filled_names_only_what_is_missing_in_every_period_as_missing_in_every_period(office, cli, tmp_path):
    """Kent has homicides for 2022/23 and 2023/24, no population: population
    is missing in every period checked, homicides only for the year before
    2022/23 (the change against it)."""
    path = tmp_path / "kent.csv"
    path.write_text("area,measure,period,value\nKent,homicides,2022/23,14\nKent,homicides,2023/24,12\n",
                    encoding="utf-8")
    assert cli("figures", "import", path, workspace=office.path).exit_code == 0
    checked = cli("figures", "templates", "--check", "--area", "Kent", workspace=office.path)
    warnings = checked.stderr.splitlines()
    where = {info.id: f"{info.file}:{info.line}" for info in office.list_templates()}
    assert (f"drafter: warning: {where['homicide/count_and_rate']}: homicide/count_and_rate: not fillable for Kent "
            "in any period checked (missing population for 2022/23 and 2023/24 in every period checked, and "
            "homicides for 2021/22 only)") in warnings
    assert (f"drafter: warning: {where['victim-satisfaction/overall']}: victim-satisfaction/overall: not fillable "
            "for Kent in any period checked (missing victim_satisfaction for 2021/22, 2022/23 and 2023/24)") in warnings


def test_a_rate_per_a_base_review_cannot_read_is_a_template_mistake(office, cli):
    """per=7 wrote "a rate of 0.0000633…", which review then called an unverified figure."""
    path = office.templates_dir / "homicide.j2"
    before = path.read_text(encoding="utf-8")
    path.write_text(before + "\n{% macro per_seven() %}\nThe rate was {{ rate('homicides', per=7) | decimal }}."
                    "\n{% endmacro %}\n", encoding="utf-8")
    line = before.count("\n") + 3
    checked = cli("figures", "templates", "--check", workspace=office.path)
    assert checked.exit_code == 1
    assert (f"drafter: error: templates/homicide.j2:{line}: rate('homicides', per=7): per must be 1000, 100000 "
            "or 1000000") in checked.stderr.splitlines()


LAID_OUT = """
{# Knife offences against a year earlier, the direction words on a line of their own. #}
{% macro knife_laid_out() %}
{% set c = change('knife_offences') %}
There were {{ c.current | plural('knife or sharp instrument offence') }} in {{ period.months() }},
{% if c.direction == 'increase' %}up from{% elif c.direction == 'decrease' %}down from{% else %}the same as{% endif %}
{{ c.previous | number }} a year earlier.
{% endmacro %}
"""

JOINED = """
{# Knife offences with the space before the figure left out. #}
{% macro knife_joined() %}
{% set c = change('knife_offences') %}
Knife offences numbered {{ c.current | number }} in {{ period.months() }}, against{{ c.previous | number }} a year earlier.
{% endmacro %}
"""


def test_a_line_break_after_a_block_tag_is_a_space_in_the_sentence(office, cli):
    path = office.templates_dir / "serious-violence.j2"
    path.write_text(path.read_text(encoding="utf-8") + LAID_OUT, encoding="utf-8")
    now = office.list_figures(area="Severnshire", period="2025-Q2", measure="knife_offences")[0].value
    before = office.list_figures(area="Severnshire", period="2024-Q2", measure="knife_offences")[0].value
    filled = cli("fill", "serious-violence/knife_laid_out", "--period", "2025-Q2", workspace=office.path)
    assert filled.exit_code == 0, filled.stderr
    assert f"from {int(before)} a year earlier." in filled.stdout
    assert f"from{int(before)}" not in filled.stdout and int(now) != int(before)
    checked = cli("figures", "templates", "--check", "--period", "2025-Q2", workspace=office.path)
    assert checked.exit_code == 0, checked.stdout + checked.stderr


def test_the_check_names_a_word_run_into_a_figure(office, cli):
    path = office.templates_dir / "serious-violence.j2"
    before = path.read_text(encoding="utf-8")
    path.write_text(before + JOINED, encoding="utf-8")
    last_year = int(office.list_figures(area="Severnshire", period="2024-Q2", measure="knife_offences")[0].value)
    checked = cli("figures", "templates", "--check", "--period", "2025-Q2", workspace=office.path)
    assert checked.exit_code == 1
    line = before.count("\n") + 3  # the blank line, the comment, then the macro
    assert (f"templates/serious-violence.j2:{line}: serious-violence/knife_joined (Severnshire, 2025-Q2): "
            f"run-together: 'against{last_year}' runs a word and a figure together") in checked.stdout


FINANCIAL_QUARTER = """
{# Homicides in the quarter, named by the financial year it falls in. #}
{% macro homicides_financial_quarter() %}
{{ place | capitalise }} recorded {{ figure('homicides') | plural('homicide') }} in {{ period.financial_label() }}.
{% endmacro %}
"""


def test_a_quarter_named_by_its_financial_year_is_filled_and_passes_the_check(office, cli):
    path = office.templates_dir / "homicide.j2"
    path.write_text(path.read_text(encoding="utf-8") + FINANCIAL_QUARTER, encoding="utf-8")
    filled = cli("fill", "homicide/homicides_financial_quarter", "--period", "2025-Q4", workspace=office.path)
    assert filled.exit_code == 0, filled.stderr
    assert "in the third quarter of 2025/26." in filled.stdout
    january = cli("fill", "homicide/homicides_financial_quarter", "--period", "2026-Q1", workspace=office.path)
    assert "in the fourth quarter of 2025/26." in january.stdout
    checked = cli("figures", "templates", "--check", "--period", "2025-Q4", workspace=office.path)
    assert checked.exit_code == 0, checked.stdout + checked.stderr


def test_an_office_yet_to_import_a_measure_gets_gaps_not_template_mistakes(tmp_path, cli):
    """A new office's workspace holding only its homicide figures: the
    bundled templates using population, firearms or fraud figures wait for
    them (warnings naming what is missing); they are not mistakes, and nor
    is a measure no figures of are stored yet, which fill calls missing too."""
    office_dir = tmp_path / "office"
    assert cli("init", "--force", "Cumbria", workspace=office_dir).exit_code == 0
    figures = tmp_path / "cumbria.csv"
    figures.write_text("area,measure,period,value\nCumbria,homicides,2024,5\nCumbria,homicides,2025,4\n",
                       encoding="utf-8")
    assert cli("figures", "import", figures, workspace=office_dir).exit_code == 0
    checked = cli("figures", "templates", "--check", workspace=office_dir)
    assert checked.exit_code == 0, checked.stderr
    assert "template mistakes" not in checked.stdout and "drafter: error:" not in checked.stderr
    assert "homicide/count_and_rate: not fillable for Cumbria in any period checked (missing population for " \
           "2024 and 2025 in every period checked, and homicides for 2023 only)" in checked.stderr
    path = office_dir / "templates" / "homicide.j2"
    path.write_text(path.read_text(encoding="utf-8") + GHOST, encoding="utf-8")
    ghost = cli("figures", "templates", "--check", workspace=office_dir)
    assert ghost.exit_code == 0, ghost.stderr
    assert "homicide/ghost: not fillable for Cumbria in any period checked (missing zombie_knives_seized for " \
           "2024 and 2025; no figures of zombie_knives_seized are stored for any area yet)" in ghost.stderr


SIGNED = """
{# Knife offences against a year earlier, in per cent. #}
{% macro knife_signed() %}
{% set c = change('knife_offences') %}
Knife offences were {{ c.percent | decimal }}% {{ 'lower' if c.direction == 'decrease' else 'higher' }}
in {{ period.label() }} than in {{ previous.label() }}.
{% endmacro %}
"""


def test_the_check_names_a_signed_figure_beside_words_giving_its_direction(office, cli):
    """A change's ``.percent`` is negative for a fall: "-4.9% lower" says it
    twice. Review reads the size, so only the check's wording rule names it;
    ``.size`` prints what was meant."""
    path = office.templates_dir / "serious-violence.j2"
    before = path.read_text(encoding="utf-8")
    path.write_text(before + SIGNED, encoding="utf-8")
    checked = cli("figures", "templates", "--check", "--period", "2025", "--area", "Severnshire",
                  workspace=office.path)
    assert checked.exit_code == 1
    line = before.count("\n") + 3  # the blank line and the comment, then the macro
    assert (f"templates/serious-violence.j2:{line}: serious-violence/knife_signed (Severnshire, 2025): "
            "signed-figure: '-4.9% lower' gives the direction twice") in checked.stdout
    path.write_text(before + SIGNED.replace("c.percent", "c.size"), encoding="utf-8")
    filled = cli("fill", "serious-violence/knife_signed", "--period", "2025", "--area", "Severnshire",
                 workspace=office.path)
    assert "Knife offences were 4.9% lower in 2025 than in 2024." in filled.stdout
    checked = cli("figures", "templates", "--check", "--period", "2025", "--area", "Severnshire",
                  workspace=office.path)
    assert checked.exit_code == 0, checked.stdout
