"""``drafter figures`` (import, list, templates) and ``drafter fill``."""

from __future__ import annotations

from pathlib import Path

import click

from drafter.cli import common
from drafter.cli.common import GIVEN, plural, print_json, workspace_from
from drafter.cli.figures_report import print_problems, print_report
from drafter.columns import fit, wrap

# A file with thousands of bad rows is usually one mistake repeated: show enough to see it.


@click.group(short_help="Import and list figures; list sentence templates.")
def figures() -> None:
    """Import and list crime figures, and the sentence templates they fill.

    Example: drafter figures import figures.csv
    """


@figures.command("import", short_help="Import figures from a .csv, .xlsx or .ods file.")
@click.argument("file", type=click.Path(path_type=str))
@click.option("--sheet", type=GIVEN, metavar="NAME", help="Import only this sheet of a workbook.")
@click.option("--measure", type=GIVEN, metavar="MEASURE",
              help="The measure of a wide table's columns whose titles name none drafter knows.")
@click.option("--period", type=GIVEN, metavar="PERIOD",
              help="The period of a wide table's columns when neither they nor the sheet name one.")
@click.option("--mapping", metavar="FILE.toml", type=click.Path(path_type=str),
              help="A mapping for a file you import again and again (columns, sheet, areas, rows to leave out).")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def import_(ctx, file, sheet, measure, period, mapping, as_json) -> None:
    """Import figures from a CSV, Excel (.xlsx) or OpenDocument (.ods) file.

    \b
    Four layouts are read:
    - one figure a row: columns area, measure, period, value, and optionally
      unit and source (a blank source means the file's name);
    - the Home Office's police recorded crime open data (one row per force,
      quarter and offence): every force at once, quarters added up into
      financial years, calendar years and the 12 months ending June and
      September, and England and Wales as the sum of the 43 forces;
    - wide tables (ONS police force area tables, performance packs): forces in
      rows under title and note rows, each column's measure and period read
      from its title ("Homicides 2022/23", "Rate per 100,000", "Victim
      satisfaction (%)"), a heading over it, or the sheet's title, or each
      row's period from a column of its own ("Force, Quarter, Homicides");
    - one force's own summary: measures in rows, periods in columns, under a
      title naming the force ("Lancashire: performance summary").

    Periods are years (2022), quarters (2022-Q3), financial years (2022/23)
    or years ending June or September (YE2023-06). Force names are matched to
    the 43 forces of England and Wales; other areas must be listed in the
    workspace's settings.toml (areas = [...]). Markers such as [x], [c], ..
    and - mean no figure. Which offence rows and column titles make up each
    measure is set in the workspace's templates/figures-import.toml. Nothing
    is imported until the whole file is clean; every bad row or cell is
    named. Figures already stored for the same area, measure and period are
    replaced; a measure stored in one unit (a percentage) is refused in
    another (a count).

    \b
    Example: drafter figures import west-midlands.csv
    Example: drafter figures import prc-pfa-mar2013-onwards-tables.ods
    Example: drafter figures import pfa-tables.xlsx --sheet "Table P1"
    Example: drafter figures import knife-crime.xlsx --measure knife_offences --period 2022/23
    Example: drafter figures import performance-pack.xlsx --mapping pack.toml
    """
    from drafter.errors import FiguresError

    common.no_standard_input([file], "figures")
    workspace = workspace_from(ctx)
    try:
        report = workspace.import_figures(file, sheet=sheet, measure=measure, period=period,
                                          mapping=mapping)
    except FiguresError as error:
        print_problems(ctx, error)
        return
    if as_json:
        print_json(report.to_dict())
        return
    print_report(report)


def _measure_hint(workspace, measure: str | None) -> str:
    """" No area has figures for knife_offence: did you mean knife_offences?" for a
    measure no stored figure has, else ""."""
    from drafter.figures import closest_measure, normalise_measure

    if not measure:
        return ""
    known = {figure.measure for figure in workspace.list_figures()}
    typed = normalise_measure(measure)
    if typed in known:
        return ""
    close = closest_measure(typed, known)
    return f" No area has figures for {typed}" + (f": did you mean {close}?" if close else ".")


@figures.command("list")
@click.option("--area", type=GIVEN, metavar="AREA", help="Only this area (any case).")
@click.option("--period", type=GIVEN, metavar="PERIOD",
              help="Only this period: 2022, 2022-Q3, 2022/23 or YE2023-06.")
@click.option("--measure", type=GIVEN, metavar="MEASURE", help="Only this measure, e.g. homicides.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def list_(ctx, area, period, measure, as_json) -> None:
    """List stored figures by area, measure and period.

    Example: drafter figures list --area "West Midlands" --measure homicides
    """
    from drafter.fill import stored_value

    from drafter.figures import Revisions

    workspace = workspace_from(ctx)
    found = workspace.list_figures(area=area, period=period, measure=measure)
    revised = Revisions.load(workspace, area and workspace.area_named(area), every_area=not area) if found else None

    def earlier(figure) -> list:
        return revised.all_of(figure.measure, figure.period, figure.area) if revised else []

    if as_json:
        print_json([{**figure.to_dict(), "earlier": [
            {"value": r.value, "revised_in": Path(r.revised_in).name, "revised_at": r.revised_at[:10]}
            for r in earlier(figure)]} for figure in found])
        return
    if not found:
        if area or period or measure:
            click.echo(f"No figures match.{_measure_hint(workspace_from(ctx), measure)}")
        else:
            click.echo("No figures stored: import some with 'drafter figures import FILE.csv'.")
        return
    width = common.terminal_width()
    area_width = min(24, max(len("AREA"), *(len(f.area) for f in found)))
    measure_width = min(28, max(len("MEASURE"), *(len(f.measure) for f in found)))
    click.echo(f"{'AREA':<{area_width}}  {'MEASURE':<{measure_width}}  {'PERIOD':<9}  "
               f"{'VALUE':>12}  SOURCE")
    for figure in found:
        click.echo(fit(f"{figure.area[:area_width]:<{area_width}}  "
                       f"{figure.measure[:measure_width]:<{measure_width}}  {figure.period:<9}  "
                       f"{stored_value(figure.value, figure.unit):>12}  {figure.source or '-'}", width))
        for revision in earlier(figure):  # what a statement written before each release quoted
            click.echo(fit(f"  was {stored_value(revision.value, revision.unit)} {revision.words()}", width))


@figures.command("remove", short_help="Remove figures imported for the wrong area or period.")
@click.option("--area", type=GIVEN, metavar="AREA", help="Area whose figures to remove.")
@click.option("--period", type=GIVEN, metavar="PERIOD",
              help="Period whose figures to remove: 2022, 2022-Q3 or 2022/23.")
@click.option("--measure", type=GIVEN, metavar="MEASURE", help="Only this measure.")
@click.pass_context
def remove(ctx, area, period, measure) -> None:
    """Remove stored figures of an area, a period, or an area's period.

    Give --area, --period or both (and --measure for one measure). Figures
    imported again later are simply added back.

    Example: drafter figures remove --area Cumbria --period 2026-Q4
    """
    from drafter.errors import DrafterError

    if not area and not period:
        raise DrafterError("give --area, --period or both (and --measure for one measure)")
    removed = workspace_from(ctx).remove_figures(area=area, period=period, measure=measure)
    what = ", ".join(removed[part] for part in ("measure", "area", "period") if removed[part])
    click.echo(f"removed {plural(removed['removed'], 'figure')} ({what})")


@figures.command("templates")
@click.argument("priority", required=False)
@click.option("--check", is_flag=True,
              help="Fill every template and review the sentences: name each one review disputes.")
@click.option("--area", type=GIVEN, metavar="AREA",
              help="With --check: the area to fill for (default: the workspace's).")
@click.option("--period", type=GIVEN, metavar="PERIOD",
              help="With --check: one period (default: every period the area's figures hold).")
@click.option("--json", "as_json", is_flag=True, help="Print the templates (or the check) as JSON.")
@click.pass_context
def templates(ctx, priority, check, area, period, as_json) -> None:
    """List sentence templates (ids and descriptions), or check them.

    For one priority, or for all of them when none is given. With --check,
    every template is filled for the area in each period and the sentences
    are reviewed as a statement would be: each sentence review disputes (a
    figure it cannot trace, wrong arithmetic, a direction the figures
    contradict, a stale or wrong figure) is named with its template's file
    and line, and the exit code is 1. Run it after editing a template.

    The templates are the workspace's templates/*.j2 files; the functions and
    filters they can use are listed in its templates/README.md.

    \b
    Example: drafter figures templates homicide
    Example: drafter figures templates --check --area Cumbria
    """
    workspace = workspace_from(ctx)
    if check:
        _check_templates(ctx, workspace, priority, area, period, as_json)
        return
    if area or period:
        raise click.UsageError("--area and --period go with --check")
    from drafter.errors import TemplateError
    from drafter.priorities import PRIORITY_IDS

    found, mistakes = [], []
    for one in [priority] if priority else PRIORITY_IDS:
        try:  # one file's mistake is named, and the other priorities' sentences still listed
            found += workspace.list_templates(one)
        except TemplateError as error:
            mistakes.append(str(error))
    if as_json:
        print_json([info.to_dict() for info in found])
    else:
        id_width = max((len(info.id) for info in found), default=0)
        width = common.terminal_width()
        for info in found:
            click.echo(f"{info.id:<{id_width}}  " + wrap(info.description, width, id_width + 2))
    stray = mistakes + workspace.stray_template_files()
    for line in stray:
        click.echo(f"drafter: error: {line}", err=True)
    if stray:
        ctx.exit(1)


def _check_templates(ctx, workspace, priority, area, period, as_json) -> None:
    if priority:
        raise click.UsageError("--check checks every priority's templates; leave out the priority")
    result = workspace.check_templates(area, period)
    if as_json:
        print_json(result.to_dict())
    else:
        width = common.terminal_width()
        for dispute in result.disputes:
            click.echo(f"{dispute.file}:{dispute.line}: {dispute.template} ({dispute.area}, {dispute.period}): "
                       f"{dispute.kind}: " + wrap(dispute.message, width, 4))
            click.echo("    " + wrap(dispute.sentence, width, 4))
        for line in result.never_filled:
            click.echo(f"drafter: warning: {line}", err=True)
        span = result.periods[0] if len(result.periods) == 1 else f"{result.periods[0]} to {result.periods[-1]}"
        verdicts = [f"{plural(result.disputed_sentences, 'sentence')} disputed" if result.disputes
                    else "none disputed by review"]
        if result.broken:
            verdicts.append(f"{plural(len(result.broken), 'template mistake')} (below)")
        if result.never_filled:
            verdicts.append(f"{plural(len(result.never_filled), 'template')} never filled")
        click.echo(f"{plural(result.sentences, 'sentence')} filled for {result.area}, {span}: {'; '.join(verdicts)}")
    for line in result.broken:
        click.echo(f"drafter: error: {line}", err=True)
    if result.disputes or result.broken:
        ctx.exit(1)


def _describe_figure(figure: dict) -> str:
    from drafter.fill import stored_value

    value = stored_value(figure["value"], figure.get("unit"))
    return f"{figure['measure']}, {figure['area']}, {figure['period']} = {value} ({figure['source'] or 'no source'})"


@click.command()
@click.argument("priority", metavar="PRIORITY[/TEMPLATE]")
@click.option("--period", required=True, type=GIVEN, metavar="PERIOD",
              help="Period to report: 2022, 2022-Q3 or 2022/23.")
@click.option("--area", type=GIVEN, metavar="AREA", help="Area whose figures to use (default: the workspace's area).")
@click.option("--json", "as_json", is_flag=True, help="Print the sentences as JSON.")
@click.pass_context
def fill(ctx, priority, period, area, as_json) -> None:
    """Fill a priority's sentence templates with figures.

    Each sentence is shown with the figures it used and their sources. A
    sentence whose figures are not all stored is listed as not fillable,
    naming what is missing; one with nothing to say of these figures (a rank
    of an area that is not a police force) as not applicable. Give
    PRIORITY/TEMPLATE to fill one template.

    Example: drafter fill homicide --period 2022 --area "West Midlands"
    """
    from drafter.figures import Period

    Period.parse(period)
    workspace = workspace_from(ctx)
    chosen_area = area or workspace.settings.area
    if "/" in priority:
        sentence = workspace.render_template(priority, period, chosen_area)
        sentences = [sentence] if sentence.fillable and sentence.text else []
        missing, broken = sentence.missing, []
        not_applicable = [sentence.template] if sentence.fillable and not sentence.text else []
        result_dict = {"sentences": [s.to_dict() for s in sentences], "missing": missing}
    else:
        result = workspace.fill(priority, period, chosen_area)
        sentences, missing, broken = result.sentences, result.missing, result.broken
        not_applicable = result.not_applicable
        result_dict = result.to_dict()
    result_dict["not_applicable"] = not_applicable
    if broken and not sentences and not missing:
        _say_broken(ctx, broken)
    if not sentences:
        # Every template would be "not fillable" for an area or period with
        # no figures; one line says which areas or periods have some instead.
        workspace.stored_periods(chosen_area, period)
    if as_json:
        print_json(result_dict)
        if broken:
            _say_broken(ctx, broken)
        return
    width = common.terminal_width()
    for sentence in sentences:
        click.echo(f"{sentence.template}")
        click.echo("  " + wrap(sentence.text, width, 2))
        for figure in sentence.figures:
            click.echo("    from " + wrap(_describe_figure(figure), width, 9))
    for gap in missing:
        click.echo(f"not fillable: {gap['template']}: missing {gap['measure']} for "
                   f"{gap['area']} {gap['period']}")
    if not_applicable:
        # A template may say nothing of some figures (a rank of an area that is no
        # force, a caution about small numbers when they are large): said, not hidden.
        click.echo(f"not applicable to {chosen_area}, {Period.parse(period)}: " + ", ".join(not_applicable))
    if not sentences and not missing and not broken and not not_applicable:
        click.echo("No sentences apply to these figures.")
    if broken:
        _say_broken(ctx, broken)


def _say_broken(ctx, broken: list[str]) -> None:
    """One line for each template mistake found filling, then exit 1: the
    sentences that did fill are shown above them."""
    for line in broken:
        click.echo(f"drafter: error: {line}", err=True)
    ctx.exit(1)


@figures.command("derived")
@click.option("--period", required=True, type=GIVEN, metavar="PERIOD",
              help="Period: 2022, 2022-Q3, 2022/23 or YE2023-06.")
@click.option("--area", type=GIVEN, metavar="AREA", help="Area (default: the workspace's area).")
@click.option("--measure", type=GIVEN, metavar="MEASURE", help="Only this measure, e.g. homicides.")
@click.option("--json", "as_json", is_flag=True, help="Print the values as JSON.")
@click.pass_context
def derived_(ctx, period, area, measure, as_json) -> None:
    """Show every value drafter derives from the figures, and how.

    Rates per million, per 100,000 and per 1,000 population, and changes on
    a year earlier: the same values fill writes into sentences and review
    checks statements against. With every force's figures for the period,
    each measure also has the force's rank among the 43 (on the count and on
    the rate, ties named as joint), the England and Wales figure and rate,
    the gap to the national rate and how many times the national rate the
    force's is; without them, one line says so.

    \b
    Kinds: figure, rate, change, points, rank, national, gap, ratio. With --json
    each is an object (kind, measure, area, period, value, per, against,
    derivation, figures); a rank adds "rank" (position, out_of, joint,
    joint_with, order, described) and a gap "side" (above, below or level);
    the line about missing forces goes to standard error.

    Example: drafter figures derived --area "West Midlands" --period 2022 --measure homicides
    """
    from drafter.errors import DrafterError

    workspace = workspace_from(ctx)
    values = workspace.derived_values(period, area, measure)
    if not values:
        raise DrafterError(f"no figures for {area or workspace.settings.area} in {period}"
                           + (f" for {measure}" if measure else ""))
    measures = list(dict.fromkeys(v.measure for v in values if v.measure != "population"))
    compared = {c.measure: c for c in workspace.national_comparisons(period, measures, values[0].area)}
    listed = _beside_comparisons(values, compared)
    note = _unranked_note(compared.values(), period)
    if as_json:
        print_json([_derived_dict(value) for value in listed])
        if note:
            click.echo(f"drafter: note: {note}", err=True)
        return
    width = common.terminal_width()
    for value in listed:
        # Where the figures came from, as review's findings say it: the source, else the file.
        click.echo(f"{value.kind:<8} " + wrap(value.derivation + (f" ({value.sources})" if value.sources else ""),
                                              width, 9))
    if note:
        click.echo(wrap(note, width))


def _beside_comparisons(values, compared) -> list:
    """Each measure's values followed by its ranks, national values and gap."""
    listed = []
    for index, value in enumerate(values):
        listed.append(value)
        last_of_measure = index + 1 == len(values) or values[index + 1].measure != value.measure
        if last_of_measure and value.measure in compared:
            listed.extend(compared[value.measure].derived())
    return listed


def _derived_dict(value) -> dict:
    found = {"kind": value.kind, "measure": value.measure, "area": value.area, "period": str(value.period),
             "value": float(value.value), "per": value.per,
             "against": str(value.against) if value.against else None,
             "derivation": value.derivation, "figures": value.provenance()}
    standing = value.standing
    if standing is not None:
        found["rank"] = {"position": standing.position, "out_of": standing.out_of, "joint": standing.joint,
                         "joint_with": list(standing.joint_with), "order": standing.order,
                         "described": standing.describe()}
    elif value.kind == "gap":
        found["side"] = value.comparison.side
    return found


def _unranked_note(comparisons, period) -> str | None:
    """One line for every measure without a rank: why (which forces have no figure)."""
    from drafter.errors import MissingForces, NotRanked, forces_without

    comparisons = list(comparisons)
    unranked = [c for c in comparisons if c.unranked is not None]
    not_ranked = next((c.unranked for c in unranked if isinstance(c.unranked, NotRanked)), None)
    if not_ranked is not None:
        return f"no ranks: {not_ranked}"
    short = [c for c in unranked if isinstance(c.unranked, MissingForces)]
    if not short:
        return None
    # Named by the figure each lacks: a force with its own count may lack the population a rate divides by.
    lacking: dict[str, list[str]] = {}
    for comparison in short:
        for force, measure in comparison.unranked.lacking.items():
            forces = lacking.setdefault(measure, [])
            if force not in forces:
                forces.append(force)
    without = "; ".join(f"no {measure} for {forces_without(forces)}" for measure, forces in lacking.items())
    which = "" if len(short) == len(comparisons) else f" (no rank for {', '.join(c.measure for c in short)})"
    return f"ranks among the 43 forces need every force's figures for {period}: {without}{which}"
