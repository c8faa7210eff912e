"""A maintainer editing the workspace's sentence templates: the mistakes one
makes (a misspelt measure, an unclosed ``{{``, a file saved by a Windows
editor, a file named for no priority) each come back as one line naming the
file and the line, and a good new sentence is offered at once."""

from __future__ import annotations

from pathlib import Path

import pytest

from drafter.errors import TemplateError

REPO = Path(__file__).resolve().parents[1]
SEVERNSHIRE = REPO / "corpus" / "figures" / "severnshire.csv"

NEW_SENTENCE = """
{# Knife crime and firearms together, for a short section (added by the office). #}
{% macro weapons_together() %}
{{ place | capitalise }} recorded {{ figure('knife_offences') | number }} knife offences and
{{ figure('firearms_offences') | number }} firearms offences in {{ period.label() }}.
{% endmacro %}
"""


@pytest.fixture
def office(seeded_workspace):
    """A seeded workspace, as a commissioner's office keeps it."""
    return seeded_workspace


def own_file(workspace, priority: str = "serious-violence") -> Path:
    return workspace.templates_dir / f"{priority}.j2"


def add_to(workspace, text: str, priority: str = "serious-violence") -> int:
    """Append ``text`` to a priority's file; the line number its first line gets."""
    path = own_file(workspace, priority)
    before = path.read_text(encoding="utf-8")
    path.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1 + (len(text) - len(text.lstrip("\n")))


def test_a_new_sentence_is_listed_filled_and_passes_review(office, cli):
    add_to(office, NEW_SENTENCE)
    listed = cli("figures", "templates", "serious-violence", workspace=office.path)
    assert listed.exit_code == 0
    assert "serious-violence/weapons_together" in listed.stdout
    assert "Knife crime and firearms together" in listed.stdout

    filled = cli("fill", "serious-violence/weapons_together", "--period", "2025",
                 "--area", "Severnshire", workspace=office.path)
    assert filled.exit_code == 0, filled.stderr
    knives = office.list_figures(area="Severnshire", period="2025", measure="knife_offences")[0]
    assert f"{int(knives.value):,} knife offences" in filled.stdout

    draft = cli("draft", "new", "--area", "Severnshire", "--period", "2025", "--date", "2026-02",
                "--json", workspace=office.path).json()["id"]
    assert cli("draft", "edit", draft, "--section", "serious-violence", "--fill",
               "serious-violence/weapons_together", workspace=office.path).exit_code == 0
    report = cli("review", draft, "--json", workspace=office.path).json()
    disputed = [f for f in report["findings"] if f["section"] == "serious-violence"
                and f["kind"] in {"wrong-figure", "arithmetic", "direction", "stale-figure",
                                  "unverified-figure"}]
    assert disputed == []


def test_a_misspelt_measure_is_a_template_error_not_a_missing_figure(office, cli):
    line = add_to(office, NEW_SENTENCE.replace("figure('firearms_offences')",
                                               "figure('firearm_offences')"))
    result = cli("fill", "serious-violence", "--period", "2025", "--area", "Severnshire",
                 workspace=office.path)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"drafter: error: templates/serious-violence.j2:{line + 3}: unknown measure "
        "'firearm_offences': no figures of it are stored for any area "
        "(did you mean 'firearms_offences'?)")
    assert "Traceback" not in result.stderr


def test_a_measure_not_yet_imported_is_still_only_missing(office):
    add_to(office, NEW_SENTENCE.replace("figure('firearms_offences')",
                                        "figure('stalking_offences')"))
    result = office.fill("serious-violence", "2025", "Severnshire")
    assert [gap["measure"] for gap in result.missing
            if gap["template"] == "serious-violence/weapons_together"] == ["stalking_offences"]


@pytest.mark.parametrize("mistake, problem", [
    ("There were {{ figure('homicides') in {{ period.label() }}.",
     "expected token ':', got '}' (line {line} opens '{{' without closing it with '}}')"),
    ("There were {{ figure('homicides') | comma }}.", "unknown filter 'comma'"),
    ("There were {{ figure('homicides') | numbr }}.", "unknown filter 'numbr' (did you mean 'number'?)"),
    ("There were {{ figures('homicides') }}.", "unknown name 'figures' (did you mean 'figure'?)"),
    ("In {{ period.lable() }} there were some.", "a period has no attribute 'lable' (did you mean 'label'?)"),
    ("It moved by {{ change('homicides').percnt }}.",
     "change(...) has no attribute 'percnt' (did you mean 'percent'?)"),
    # Given to a filter, a misspelt name is named as misspelt, not as a value of the wrong kind.
    ("There were {{ change('homicides').curent | number }}.",
     "change(...) has no attribute 'curent' (did you mean 'current'?)"),
    ("{% if figure('homicides') is mising %}No figure.{% endif %}",
     "unknown test 'mising' (did you mean 'missing'?)"),
])
def test_a_template_mistake_is_one_line_naming_file_and_line(office, cli, mistake, problem):
    line = add_to(office, "\n{# A sentence with a mistake. #}\n{% macro slip() %}\n"
                          f"{mistake}\n{{% endmacro %}}\n", "homicide") + 2
    for args in (["fill", "homicide", "--period", "2025", "--area", "Severnshire"],
                 ["figures", "templates", "homicide"]):
        result = cli(*args, workspace=office.path)
        if args[0] == "figures" and ("name" in problem or "attribute" in problem or "test" in problem):
            continue  # found only when the sentence is filled
        assert result.exit_code == 1
        assert result.stderr.strip() == (f"drafter: error: templates/homicide.j2:{line}: "
                                          + problem.replace("{line}", str(line)))
    # Every other priority still fills.
    assert cli("fill", "serious-violence", "--period", "2025", "--area", "Severnshire",
               workspace=office.path).exit_code == 0


def test_a_template_saved_as_windows_1252_names_the_line_and_column(office, cli):
    path = own_file(office, "homicide")
    text = path.read_text(encoding="utf-8").replace(
        "{# The number of homicides,", "{# The number of homicides \u2013 the office\u2019s count,")
    path.write_bytes(text.encode("cp1252"))
    line = text[:text.index("\u2013")].count("\n") + 1
    result = cli("fill", "homicide", "--period", "2025", "--area", "Severnshire",
                 workspace=office.path)
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"drafter: error: templates/homicide.j2:{line}: not UTF-8 text at column 28 (byte 0x96: "
        "a curly quote, dash or £ saved as Windows-1252?); save the file as UTF-8")


def test_a_byte_order_mark_and_crlf_line_ends_are_fine(office, cli):
    path = own_file(office, "homicide")
    text = path.read_text(encoding="utf-8")
    before = cli("fill", "homicide", "--period", "2025", "--area", "Severnshire",
                 workspace=office.path).stdout
    path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8"))
    after = cli("fill", "homicide", "--period", "2025", "--area", "Severnshire",
                workspace=office.path)
    assert after.exit_code == 0
    assert after.stdout == before
    listed = office.list_templates("homicide")
    assert listed[0].description.startswith("The number of homicides")


def test_a_template_saved_by_notepad_as_unicode_is_read(office, cli):
    """Notepad's "Unicode" is UTF-16 with a byte-order mark: read, as a
    synonyms file saved so is, never called binary."""
    path = own_file(office, "homicide")
    text = path.read_text(encoding="utf-8")
    before = cli("fill", "homicide", "--period", "2025", "--area", "Severnshire", workspace=office.path).stdout
    path.write_bytes(text.replace("{# The number of homicides,", "{# The number of homicides \u2013").replace(
        "\n", "\r\n").encode("utf-16"))
    after = cli("fill", "homicide", "--period", "2025", "--area", "Severnshire", workspace=office.path)
    assert after.exit_code == 0, after.stderr
    assert after.stdout == before
    assert office.list_templates("homicide")[0].description.startswith("The number of homicides \u2013")
    # Without its mark the file cannot be told for sure: named, with what to do.
    path.write_bytes(text.encode("utf-16-le"))
    result = cli("fill", "homicide", "--period", "2025", "--area", "Severnshire", workspace=office.path)
    assert result.exit_code == 1
    assert result.stderr.strip() == ("drafter: error: templates/homicide.j2:1: UTF-16 text without a byte "
                                      "order mark (save the file as UTF-8)")


def test_a_file_named_for_no_priority_is_reported(office, cli):
    sentence = NEW_SENTENCE
    (office.templates_dir / "knife-crime.j2").write_text(sentence, encoding="utf-8")
    (office.templates_dir / "homicde.j2").write_text(sentence, encoding="utf-8")
    result = cli("figures", "templates", workspace=office.path)
    assert result.exit_code == 1
    assert "homicide/count_and_rate" in result.stdout  # the rest is still listed
    assert result.stderr.splitlines() == [
        "drafter: error: templates/homicde.j2: not a priority's template file, so its sentences "
        "are offered nowhere (did you mean homicide.j2?)",
        "drafter: error: templates/knife-crime.j2: not a priority's template file, so its "
        "sentences are offered nowhere (the priorities' files are homicide.j2, "
        "serious-violence.j2, drugs-county-lines.j2, neighbourhood-crime.j2, "
        "victim-satisfaction.j2, cyber-crime.j2; a file of shared macros must be imported by "
        "one of them)",
    ]
    assert cli("fill", "knife-crime", "--period", "2025", workspace=office.path).exit_code == 1


def test_a_file_of_shared_macros_imported_by_a_priority_is_not_reported(office, cli):
    (office.templates_dir / "office_phrases.j2").write_text(
        "{% macro _force_name() %}Severnshire Police{% endmacro %}\n", encoding="utf-8")
    path = own_file(office, "homicide")
    path.write_text('{% import "office_phrases.j2" as office %}\n'
                    + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("figures", "templates", workspace=office.path)
    assert result.exit_code == 0
    assert result.stderr == ""


def test_a_broken_template_leaves_the_desk_fill_with_one_message(office):
    add_to(office, "\n{% macro slip() %}\n{{ figure('homicides') in\n{% endmacro %}\n", "homicide")
    with pytest.raises(TemplateError, match=r"^templates/homicide\.j2:\d+: "):
        office.fill("homicide", "2025", "Severnshire")
    assert office.fill("serious-violence", "2025", "Severnshire").sentences


def test_a_macro_with_parameters_is_a_helper_not_a_sentence(office, cli):
    add_to(office, """
{% macro count_of(measure, noun) %}
{{ place | capitalise }} recorded {{ figure(measure) | plural(noun) }} in {{ period.label() }}.
{% endmacro %}

{# Homicides, through the office's helper. #}
{% macro through_helper() %}{{ count_of('homicides', 'homicide') }}{% endmacro %}
""", "homicide")
    listed = cli("figures", "templates", "homicide", workspace=office.path)
    assert "homicide/through_helper" in listed.stdout
    assert "homicide/count_of" not in listed.stdout
    filled = cli("fill", "homicide", "--period", "2025", "--area", "Severnshire",
                 workspace=office.path)
    assert filled.exit_code == 0, filled.stderr
    homicides = office.list_figures(area="Severnshire", period="2025", measure="homicides")[0]
    assert f"Severnshire recorded {int(homicides.value)} homicides in 2025." in filled.stdout


def test_a_sentence_pasted_in_and_not_renamed_names_both_lines(office, cli):
    first = next(info for info in office.list_templates("homicide")
                 if info.id == "homicide/count_and_rate")
    assert first
    source = own_file(office, "homicide").read_text(encoding="utf-8")
    first_line = source[:source.index("{% macro count_and_rate()")].count("\n") + 1
    line = add_to(office, """
{# The count alone, a shorter version of the one above. #}
{% macro count_and_rate() %}
There were {{ figure('homicides') | number }} homicides in {{ period.label() }}.
{% endmacro %}
""", "homicide") + 1
    for args in (["figures", "templates", "homicide"],
                 ["fill", "homicide", "--period", "2025", "--area", "Severnshire"]):
        result = cli(*args, workspace=office.path)
        assert result.exit_code == 1
        assert result.stderr.strip() == (
            f"drafter: error: templates/homicide.j2:{line}: a second macro named count_and_rate "
            f"(the first is at line {first_line}); give each sentence its own name")


def test_importing_a_file_that_is_not_there_says_so(office, cli):
    path = own_file(office, "homicide")
    path.write_text('{% import "office-phrases.j2" as phrases %}\n'
                    + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("fill", "homicide", "--period", "2025", "--area", "Severnshire",
                 workspace=office.path)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "drafter: error: templates/homicide.j2:1: cannot include 'office-phrases.j2': "
        "there is no such file in templates or ")


def test_one_sentence_with_a_mistake_leaves_its_priority_s_others_offered(office, cli):
    line = add_to(office, "\n{# A sentence with a slip. #}\n{% macro slip() %}\n"
                          "There were {{ figure('homicdes') | number }} homicides.\n{% endmacro %}\n",
                  "homicide") + 2
    message = (f"templates/homicide.j2:{line}: unknown measure 'homicdes': no figures of it are "
               "stored for any area (did you mean 'homicides'?)")
    # The desk's Figures pane: the good sentences, and the one line for the slip.
    filled = office.fill("homicide", "2025", "Severnshire")
    assert filled.sentences and "homicide/slip" not in {s.template for s in filled.sentences}
    assert filled.broken == [message]
    # The command: the good sentences printed, the slip named, exit 1.
    result = cli("fill", "homicide", "--period", "2025", "--area", "Severnshire", workspace=office.path)
    assert result.exit_code == 1
    assert result.stderr.strip() == f"drafter: error: {message}"
    assert filled.sentences[0].text in " ".join(result.stdout.split())


def test_a_shared_macros_file_imported_by_a_name_a_letter_out_is_named_with_the_file_meant(office, cli):
    (office.templates_dir / "office-helpers.j2").write_text(
        "{% macro force_name() %}Severnshire Police{% endmacro %}\n", encoding="utf-8")
    line = add_to(office, "\n{% import 'office-helper.j2' as office %}\n{# Homicides, by the force's name. #}\n"
                          "{% macro named() %}{{ office.force_name() }} recorded {{ figure('homicides') | number }} "
                          "homicides.{% endmacro %}\n", "homicide")
    result = cli("fill", "homicide/named", "--period", "2025", "--area", "Severnshire", workspace=office.path)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"drafter: error: templates/homicide.j2:{line}: cannot include "
                                    "'office-helper.j2' (did you mean 'office-helpers.j2'?): there is no such file")
    path = own_file(office, "homicide")
    path.write_text(path.read_text(encoding="utf-8").replace("office-helper.j2", "office-helpers.j2"),
                    encoding="utf-8")
    result = cli("fill", "homicide/named", "--period", "2025", "--area", "Severnshire", workspace=office.path)
    assert result.exit_code == 0 and "Severnshire Police recorded" in result.stdout
    assert cli("figures", "templates", "homicide", workspace=office.path).exit_code == 0


def test_a_sentence_edited_between_two_fills_is_filled_as_edited(office):
    """The desk and the CLI fill from the file as saved: a word changed a
    moment ago is in the next sentence filled, and changing it back brings
    the first wording back."""
    add_to(office, NEW_SENTENCE)
    first = office.fill("serious-violence", "2025", "Severnshire")
    edited = own_file(office).read_text(encoding="utf-8").replace("recorded {{", "saw {{")
    own_file(office).write_text(edited, encoding="utf-8")
    second = office.fill("serious-violence", "2025", "Severnshire")
    own_file(office).write_text(edited.replace("saw {{", "recorded {{"), encoding="utf-8")
    third = office.fill("serious-violence", "2025", "Severnshire")

    def weapons(result) -> str:
        return next(s.text for s in result.sentences if s.template == "serious-violence/weapons_together")
    assert weapons(first).startswith("Severnshire recorded ")
    assert weapons(second).startswith("Severnshire saw ")
    assert weapons(third) == weapons(first)
