"""Filling the default sentence templates with figures: exact sentences, provenance,
missing figures, workspace overrides and the sandbox."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import drafter.fill as filling
from drafter.errors import BadPeriod, TemplateError, UnknownPriority
from drafter.priorities import PRIORITY_IDS
from drafter.settings import bundled_templates

REPO = Path(__file__).resolve().parents[1]
WEST_MIDLANDS = REPO / "corpus" / "figures" / "west-midlands.csv"
SEVERNSHIRE = REPO / "corpus" / "figures" / "severnshire.csv"
DCPP = "HMICFRS Digital Crime and Performance Pack"


@pytest.fixture
def west_midlands(empty_workspace):
    """An empty workspace (bundled templates) holding the West Midlands figures."""
    empty_workspace.import_figures(WEST_MIDLANDS)
    return empty_workspace


def sentence(result, name):
    return next(s for s in result.sentences if s.template.endswith("/" + name))


def write_template(workspace, name: str, text: str) -> Path:
    workspace.templates_dir.mkdir(exist_ok=True)
    path = workspace.templates_dir / name
    path.write_text(text, encoding="utf-8")
    return path


# -- the reference figures ------------------------------------------------------------
def test_homicide_sentence_for_west_midlands_2022(west_midlands):
    result = west_midlands.fill("homicide", "2022", "West Midlands")
    filled = sentence(result, "count_and_rate")
    assert filled.text == ("The West Midlands recorded 45 homicides in 2022 "
                           "(15.4 per million population), the same as the previous year.")
    assert filled.figures == [
        {"measure": "homicides", "area": "West Midlands", "period": "2022", "value": 45, "source": DCPP},
        {"measure": "population", "area": "West Midlands", "period": "2022", "value": 2920000,
         "source": "Population implied by the HMICFRS Digital Crime and Performance Pack rates"},
        {"measure": "homicides", "area": "West Midlands", "period": "2021", "value": 45, "source": DCPP},
    ]
    assert sentence(result, "count_then_change").text == (
        "In the year ending December 2022, the West Midlands recorded 45 homicides; "
        "compared with the previous year, the number was unchanged.")
    assert sentence(result, "rate_compared").text == (
        "The homicide rate in the West Midlands was 15.4 per million population in 2022, "
        "against 15.4 in 2021.")


def test_neighbourhood_crime_sentences_for_west_midlands_2022(west_midlands):
    result = west_midlands.fill("neighbourhood-crime", "2022", "West Midlands")
    assert sentence(result, "total_change").text == (
        "The West Midlands recorded 65,450 neighbourhood crimes in the year ending December 2022, "
        "an increase of 18.5% from the previous year, when there were 55,219.")
    assert sentence(result, "parts_by_change").text == (
        "Of the four kinds of neighbourhood crime, the largest change was in theft from the person "
        "(a 39.6% rise), followed by vehicle crime (a 23.4% rise), residential burglary "
        "(an 8.7% rise) and robbery of personal property (a 7.7% rise).")
    assert sentence(result, "parts_in_order").text == (
        "Residential burglary increased by 8.7%, robbery of personal property increased by 7.7%, "
        "theft from the person increased by 39.6% and vehicle crime increased by 23.4%.")
    assert len(sentence(result, "parts_in_order").figures) == 8


def test_serious_violence_rates_for_west_midlands_2022(west_midlands):
    result = west_midlands.fill("serious-violence", "2022", "West Midlands")
    assert sentence(result, "both_rates").text == (
        "Per 100,000 population, the West Midlands recorded 34.9 firearms offences and 169.3 knife "
        "or sharp-instrument offences in the year ending December 2022.")


@pytest.mark.parametrize("priority", PRIORITY_IDS)
def test_every_default_template_is_filled_or_reported(west_midlands, priority):
    result = west_midlands.fill(priority, "2022", "West Midlands")
    templates = {info.id for info in filling.list_templates(west_midlands, priority)}
    reported = ({s.template for s in result.sentences} | {m["template"] for m in result.missing}
                | set(result.not_applicable))
    assert reported == templates
    for filled in result.sentences:
        assert filled.text and filled.figures and not filled.missing
        assert not filling.PLACEHOLDER_RE.search(filled.text)
        assert filled.text[0].isupper() and filled.text.endswith(".")
        assert "  " not in filled.text and " ," not in filled.text


def test_the_west_midlands_file_has_nothing_for_three_priorities(west_midlands):
    # The reference statement gives no figures for these; they are reported, not invented.
    for priority in ("drugs-county-lines", "victim-satisfaction", "cyber-crime"):
        result = west_midlands.fill(priority, "2022", "West Midlands")
        assert result.sentences == [] and result.missing


@pytest.mark.skipif(not SEVERNSHIRE.exists(), reason="sample Severnshire figures not present")
@pytest.mark.parametrize("priority", PRIORITY_IDS)
def test_every_default_template_fills_from_the_sample_figures(empty_workspace, priority):
    empty_workspace.import_figures(SEVERNSHIRE)
    result = empty_workspace.fill(priority, "2025-Q2", "Severnshire")
    # Comparisons with the national figure need every force's figures, which the
    # sample (a made-up force) does not have: they say so rather than guess.
    assert [gap for gap in result.missing if gap["area"] != "all 43 forces"] == []
    assert result.sentences


# -- missing figures ----------------------------------------------------------------------
def test_missing_figures_are_named_not_shown_as_blank_or_zero(west_midlands):
    result = west_midlands.fill("serious-violence", "2022", "West Midlands")
    data = result.to_dict()
    assert set(data) == {"sentences", "missing"}
    assert {"template": "serious-violence/knife_change", "measure": "knife_offences",
            "area": "West Midlands", "period": "2021"} in data["missing"]
    assert "serious-violence/knife_change" not in [s["template"] for s in data["sentences"]]
    for item in data["sentences"]:
        assert set(item) == {"template", "text", "figures"}
        assert all(set(f) == {"measure", "area", "period", "value", "source"} for f in item["figures"])


def test_render_template_puts_a_placeholder_where_a_figure_is_missing(west_midlands):
    filled = filling.render_template(west_midlands, "serious-violence/knife_change", "2022", "West Midlands")
    assert not filled.fillable
    assert "[[missing knife_offences for West Midlands 2021]]" in filled.text
    assert "4,944" in filled.text  # the figure that is there is still used
    found = [m.groupdict() for m in filling.PLACEHOLDER_RE.finditer(filled.text)]
    assert found == [{"measure": "knife_offences", "area": "West Midlands", "period": "2021"}]
    assert filled.missing == [{"template": "serious-violence/knife_change", "measure": "knife_offences",
                               "area": "West Midlands", "period": "2021"}]


def test_a_missing_figure_used_only_in_a_condition_still_leaves_a_placeholder(west_midlands):
    filled = filling.render_template(west_midlands, "homicide/small_numbers_caution", "2020", "West Midlands")
    assert filled.missing
    assert filling.PLACEHOLDER_RE.search(filled.text)


def test_an_area_with_no_figures_is_all_missing(west_midlands):
    result = west_midlands.fill("homicide", "2022", "Testshire")
    assert result.sentences == []
    assert {m["area"] for m in result.missing} == {"Testshire"}


def test_area_names_match_without_regard_to_case(west_midlands):
    result = west_midlands.fill("homicide", "2022", "west midlands")
    assert sentence(result, "count_and_rate").text.startswith("The West Midlands recorded 45")


def test_the_workspace_area_is_the_default(west_midlands):
    west_midlands.settings.area = "West Midlands"
    assert sentence(west_midlands.fill("homicide", "2022"), "count_and_rate")


def test_unknown_priority_bad_period_and_unknown_template(west_midlands):
    with pytest.raises(UnknownPriority, match="homicide, serious-violence"):
        west_midlands.fill("burglary", "2022", "West Midlands")
    with pytest.raises(BadPeriod):
        west_midlands.fill("homicide", "2022/24", "West Midlands")
    with pytest.raises(TemplateError, match="homicide has count_and_rate"):
        filling.render_template(west_midlands, "homicide/nope", "2022", "West Midlands")
    with pytest.raises(TemplateError, match="expected <priority>/<name>"):
        filling.render_template(west_midlands, "homicide", "2022", "West Midlands")


# -- wording follows the data -------------------------------------------------------------------
def _import(workspace, tmp_path, rows: str):
    path = tmp_path / "t.csv"
    path.write_text("area,measure,period,value,unit\n" + rows, encoding="utf-8")
    workspace.import_figures(path)


def test_a_small_homicide_swing_is_broadly_stable_and_comes_with_a_caution(empty_workspace, tmp_path):
    _import(empty_workspace, tmp_path, "T,homicides,2022,47,\nT,homicides,2021,45,\n"
                                       "T,population,2022,1000000,\n")
    result = empty_workspace.fill("homicide", "2022", "T")
    assert sentence(result, "count_and_rate").text == (
        "T recorded 47 homicides in 2022 (47.0 per million population), broadly stable compared "
        "with the previous year, when there were 45 (an increase of 4.4%).")
    assert sentence(result, "small_numbers_caution").text == (
        "Homicides are rare enough that the move from 45 in 2021 to 47 in 2022 (little change, "
        "a 4.4% rise) should be read with caution rather than as a trend.")


def test_a_part_with_little_change_reads_as_one_bracket(empty_workspace, tmp_path):
    _import(empty_workspace, tmp_path, "T,residential_burglary,2022,800,\nT,residential_burglary,2021,1000,\n"
                                       "T,robbery_personal,2022,300,\nT,robbery_personal,2021,250,\n"
                                       "T,theft_from_person,2022,399,\nT,theft_from_person,2021,400,\n"
                                       "T,vehicle_crime,2022,1100,\nT,vehicle_crime,2021,1000,\n")
    filled = filling.render_template(empty_workspace, "neighbourhood-crime/parts_by_change", "2022", "T")
    assert filled.text.endswith("and theft from the person (little change, a 0.3% fall).")
    assert "((" not in filled.text and "))" not in filled.text


def test_a_maintainers_template_bracketing_little_change_gives_one_bracket(empty_workspace, tmp_path):
    _import(empty_workspace, tmp_path, "T,homicides,2022,47,\nT,homicides,2021,45,\n")
    write_template(empty_workspace, "homicide.j2", (
        "{# The count, its change in brackets. #}\n"
        "{% macro bracketed() %}{{ area }} had {{ figure('homicides') | plural('homicide') }}\n"
        "({{ change('homicides') | change_short }}) in {{ period.label() }}.{% endmacro %}\n"
    ))
    filled = filling.render_template(empty_workspace, "homicide/bracketed", "2022", "T")
    assert filled.text == "T had 47 homicides (little change, a 4.4% rise) in 2022."


def test_a_caution_about_small_numbers_is_left_out_when_numbers_are_large(empty_workspace, tmp_path):
    _import(empty_workspace, tmp_path, "T,homicides,2022,470,\nT,homicides,2021,400,\n"
                                       "T,population,2022,1000000,\n")
    result = empty_workspace.fill("homicide", "2022", "T")
    # (T is not one of the 43 forces, so it has no rank either.)
    assert result.not_applicable == ["homicide/small_numbers_caution", "homicide/rate_rank"]
    assert "homicide/small_numbers_caution" not in [s.template for s in result.sentences]


def test_quarters_are_compared_with_the_same_quarter_a_year_earlier(empty_workspace, tmp_path):
    _import(empty_workspace, tmp_path, "T,homicides,2023-Q3,4,\nT,homicides,2022-Q3,2,\n"
                                       "T,population,2023,1000000,\n")
    filled = filling.render_template(empty_workspace, "homicide/count_and_rate", "2023-Q3", "T")
    assert filled.text == ("T recorded 4 homicides in the third quarter of 2023 (4.0 per million "
                           "population), an increase from the same quarter a year earlier, "
                           "when there were 2.")


def test_satisfaction_changes_are_in_percentage_points(empty_workspace, tmp_path):
    _import(empty_workspace, tmp_path, "T,victim_satisfaction,2024/25,73.5,percent\n"
                                       "T,victim_satisfaction,2023/24,71.6,percent\n")
    filled = filling.render_template(empty_workspace, "victim-satisfaction/overall", "2024/25", "T")
    assert filled.text == (
        "In 2024/25, 73.5% of victims surveyed in T said they were satisfied with the service they "
        "received from the police, an increase of 1.9 percentage points from the previous financial "
        "year, when it was 71.6%.")


_SATISFACTION_MOVED_ALIKE = ("T,victim_satisfaction,2025,72.8,percent\nT,victim_satisfaction,2024,71.1,percent\n"
                            "T,domestic_abuse_satisfaction,2025,80.4,percent\n"
                            "T,domestic_abuse_satisfaction,2024,78.7,percent\n")


def test_two_satisfaction_rates_that_moved_alike_are_worded_alike(empty_workspace, tmp_path):
    _import(empty_workspace, tmp_path, _SATISFACTION_MOVED_ALIKE)
    result = empty_workspace.fill("victim-satisfaction", "2025", "T")
    assert sentence(result, "overall").text.endswith(
        "an increase of 1.7 percentage points from the previous year, when it was 71.1%.")
    assert sentence(result, "domestic_abuse").text == (
        "Among victims of domestic abuse, satisfaction stood at 80.4% in 2025, an increase of "
        "1.7 percentage points from the previous year, when it was 78.7%.")


def test_one_threshold_in_points_decides_every_percentage(empty_workspace, tmp_path):
    _import(empty_workspace, tmp_path, _SATISFACTION_MOVED_ALIKE)
    # A measure listed by name does not give a percentage a rule of its own.
    write_template(empty_workspace, "settings.toml", "[stable_threshold]\npercentage_points = 2.0\n"
                                                     "victim_satisfaction = 0.5\n")
    result = empty_workspace.fill("victim-satisfaction", "2025", "T")
    for name in ("overall", "domestic_abuse"):
        assert "broadly stable compared with the previous year" in sentence(result, name).text
        assert sentence(result, name).text.endswith("(an increase of 1.7 percentage points).")


def test_vary_picks_wordings_by_period(empty_workspace, tmp_path):
    _import(empty_workspace, tmp_path, "T,homicides,2022,4,\nT,homicides,2021,2,\nT,homicides,2020,3,\n"
                                       "T,population,2020,1000000,\n")
    texts = [filling.render_template(empty_workspace, "homicide/rate_compared", p, "T").text
             for p in ("2022", "2021", "2022")]
    assert texts[0] == texts[2]
    assert ("against" in texts[0]) != ("against" in texts[1])


# -- templates: listing, overriding, errors ----------------------------------------------------
def test_list_templates_gives_ids_and_descriptions(empty_workspace):
    templates = filling.list_templates(empty_workspace)
    assert {t.priority for t in templates} == set(PRIORITY_IDS)
    for priority in PRIORITY_IDS:
        assert sum(t.priority == priority for t in templates) >= 3
    for info in templates:
        assert info.id.startswith(info.priority + "/")
        assert info.description and "{" not in info.description
        assert info.file.endswith(f"{info.priority}.j2")
        assert "_" != info.id.split("/")[1][0]  # helpers are not offered
    homicide = filling.list_templates(empty_workspace, "homicide")
    assert homicide[0].to_dict()["id"] == "homicide/count_and_rate"


def test_a_workspace_copy_overrides_the_bundled_file(west_midlands):
    write_template(west_midlands, "homicide.j2", (
        "{# Just the count. #}\n"
        "{% macro just_count() %}{{ area }} had {{ figure('homicides') | plural('homicide') }}.{% endmacro %}\n"
    ))
    result = west_midlands.fill("homicide", "2022", "West Midlands")
    assert [(s.template, s.text) for s in result.sentences] == [
        ("homicide/just_count", "West Midlands had 45 homicides.")]
    assert filling.list_templates(west_midlands, "homicide")[0].file == str(Path("templates") / "homicide.j2")
    # Other priorities still come from the bundled files.
    assert sentence(west_midlands.fill("neighbourhood-crime", "2022", "West Midlands"), "total_change")


def test_seeded_copies_of_the_defaults_fill_the_same(west_midlands):
    west_midlands.templates_dir.mkdir()
    for path in bundled_templates().glob("*.j2"):
        shutil.copy2(path, west_midlands.templates_dir / path.name)
    result = west_midlands.fill("homicide", "2022", "West Midlands")
    assert sentence(result, "count_and_rate").text.endswith("the same as the previous year.")


def test_a_workspace_settings_file_changes_the_threshold(west_midlands):
    write_template(west_midlands, "settings.toml", "[stable_threshold]\ndefault = 20.0\n")
    result = west_midlands.fill("neighbourhood-crime", "2022", "West Midlands")
    assert sentence(result, "total_change").text.endswith(
        "broadly stable compared with the previous year, when there were 55,219 (an increase of 18.5%).")


def test_a_bad_settings_file_is_named(west_midlands):
    write_template(west_midlands, "settings.toml", "[stable_threshold]\ndefault = 'high'\n")
    with pytest.raises(TemplateError, match=r"templates/settings.toml:2: stable_threshold.default must be a number"):
        west_midlands.fill("homicide", "2022", "West Midlands")
    write_template(west_midlands, "settings.toml", "[stable_threshold\n")
    with pytest.raises(TemplateError, match=r"templates/settings.toml: line 1: not valid TOML"):
        west_midlands.fill("homicide", "2022", "West Midlands")
    # A table declared twice, as a maintainer adding a threshold at the end of the file does.
    write_template(west_midlands, "settings.toml", "[small_count]\ndefault = 0\n\n[small_count]\nhomicides = 50\n")
    with pytest.raises(TemplateError) as raised:
        west_midlands.fill("homicide", "2022", "West Midlands")
    assert str(raised.value) == ("templates/settings.toml: line 4: not valid TOML (Cannot declare [small_count] "
                                 "twice, at column 13)")
    # Saved by Notepad as "Unicode": read.
    (west_midlands.templates_dir / "settings.toml").write_bytes("[small_count]\nhomicides = 50\n".encode("utf-16"))
    west_midlands.fill("homicide", "2022", "West Midlands")


def test_a_syntax_error_names_the_file_and_line(west_midlands):
    write_template(west_midlands, "homicide.j2", (
        "{# One. #}\n"
        "{% macro one() %}{{ figure('homicides') }}{% endmacro %}\n"
        "\n"
        "{% macro two() %}{{ figure('homicides') }\n"
        "{% endmacro %}\n"
    ))
    with pytest.raises(TemplateError) as caught:
        west_midlands.fill("homicide", "2022", "West Midlands")
    assert str(caught.value) == ("templates/homicide.j2:4: unexpected '}' "
                                 "(line 4 opens '{{' without closing it with '}}')")
    with pytest.raises(TemplateError, match=r"^templates/homicide.j2:4: "):
        filling.list_templates(west_midlands, "homicide")


def test_a_mistake_found_while_rendering_names_the_line(west_midlands):
    write_template(west_midlands, "homicide.j2", (
        "{# Fine. #}\n"
        "{% macro fine() %}{{ figure('homicides') }}{% endmacro %}\n"
        "{# Misspelt. #}\n"
        "{% macro misspelt() %}\n"
        "{{ figure('homicides') }} and {{ figuer('x') }}\n"
        "{% endmacro %}\n"
    ))
    result = west_midlands.fill("homicide", "2022", "West Midlands")
    # The good sentence is still offered; the broken one is named by its line.
    assert [sentence.template for sentence in result.sentences] == ["homicide/fine"]
    assert result.broken == ["templates/homicide.j2:5: unknown name 'figuer' (did you mean 'figure'?)"]
    with pytest.raises(TemplateError) as caught:
        filling.render_template(west_midlands, "homicide/misspelt", "2022", "West Midlands")
    assert str(caught.value) == "templates/homicide.j2:5: unknown name 'figuer' (did you mean 'figure'?)"


@pytest.mark.parametrize("body,complaint", [
    ("{{ ''.__class__.__mro__ }}", "unsafe"),
    ("{{ figure.__self__ }}", "unsafe"),
    ("{{ period.__class__.__init__.__globals__ }}", "unsafe"),
    ("{% include '/etc/passwd' %}", "cannot include '/etc/passwd'"),
    ("{% include '../../../../etc/passwd' %}", "cannot include"),
    ("{% import 'settings.toml' as s %}", "cannot include 'settings.toml'"),
    ("{{ 'x' * 10000000 }}", "too long"),
    ("{{ 9 ** 99999 }}", "too large"),
    ("{{ range(10000000) | list | length }}", "Range too big"),
    # Loops within loops: each range is allowed, but not hours of work for one sentence.
    ("{% for i in range(100000) %}{% for j in range(100000) %}x{% endfor %}{% endfor %}",
     "the template's loops go over more than 1,000,000 items for one sentence"),
])
def test_the_sandbox_refuses_to_leak(west_midlands, body, complaint):
    write_template(west_midlands, "homicide.j2", "{# Bad. #}\n{% macro bad() %}" + body + "{% endmacro %}\n")
    with pytest.raises(TemplateError) as caught:
        filling.render_template(west_midlands, "homicide/bad", "2022", "West Midlands")
    message = str(caught.value)
    assert message.startswith("templates/homicide.j2:2: ")
    assert complaint in message
    assert "root:" not in message and "\n" not in message


def test_templates_may_include_their_own_helper_files(west_midlands):
    write_template(west_midlands, "_shared.j2", "{% macro rate_words(r) %}{{ r | decimal }} per million{% endmacro %}")
    write_template(west_midlands, "homicide.j2", (
        "{% from '_shared.j2' import rate_words %}\n"
        "{# Rate. #}\n"
        "{% macro rate_only() %}{{ rate_words(rate('homicides')) }}.{% endmacro %}\n"
    ))
    filled = filling.render_template(west_midlands, "homicide/rate_only", "2022", "West Midlands")
    assert filled.text == "15.4 per million."
