"""``drafter figures`` (import, list, templates) and ``drafter fill``."""

from __future__ import annotations

import click

from drafter.cli import common
from drafter.cli.common import plural, print_json, workspace_from
from drafter.columns import fit, wrap

# A file with thousands of bad rows is usually one mistake repeated: show enough to see it.
PROBLEMS_SHOWN = 20
AREAS_SHOWN = 5


@click.group()
def figures() -> None:
    """Import and list crime figures, and the sentence templates they fill.

    Example: drafter figures import figures.csv
    """


@figures.command("import")
@click.argument("file", type=click.Path(path_type=str))
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON.")
@click.pass_context
def import_(ctx, file, as_json) -> None:
    """Import figures from a CSV file.

    Columns: area, measure, period, value, and optionally unit and source
    (a blank source means the file's name). Periods are years (2022), quarters (2022-Q3) or financial years (2022/23).
    Every bad row is reported with its line number, and nothing is imported
    until the whole file is clean. Figures already stored for the same area,
    measure and period are replaced.

    Example: drafter figures import west-midlands.csv
    """
    from drafter.errors import FiguresError

    workspace = workspace_from(ctx)
    try:
        report = workspace.import_figures(file)
    except FiguresError as error:
        described = []
        for problem in error.problems[:PROBLEMS_SHOWN]:
            line = getattr(problem, "line", None)
            reason = getattr(problem, "reason", str(problem))
            where = f"{error.file}:{line}" if line is not None else error.file
            described.append(f"{where}: {reason}")
        count = len(error.problems)
        if count == 1:
            click.echo(f"drafter: error: {described[0]} (nothing imported)", err=True)
        else:
            for text in described:
                click.echo(f"drafter: error: {text}", err=True)
            if count > len(described):
                click.echo(f"drafter: error: {error.file}: "
                           f"{plural(count - len(described), 'more problem')} not shown", err=True)
            click.echo(f"drafter: error: {error.file}: nothing imported ({count:,} problems)", err=True)
        ctx.exit(1)
        return
    if as_json:
        print_json(report.to_dict())
        return
    periods = report.periods[0] if len(report.periods) == 1 else \
        f"{report.periods[0]} to {report.periods[-1]}"
    areas = ", ".join(report.areas[:AREAS_SHOWN])
    if len(report.areas) > AREAS_SHOWN:
        areas += f" and {plural(len(report.areas) - AREAS_SHOWN, 'other area')}"
    width = common.terminal_width()
    click.echo(wrap(f"imported {report.file}: {plural(report.rows, 'figure')} for {areas}, "
                    f"{periods} ({report.added:,} added, {report.replaced:,} replaced, "
                    f"{report.unchanged:,} unchanged)", width))
    for item in report.replacements[:PROBLEMS_SHOWN]:
        change = (f"{item['old']} -> {item['new']}" if item["old"] != item["new"]
                  else f"{item['new']} (same value; unit or source changed)")
        click.echo(f"  replaced {item['measure']}, {item['area']}, {item['period']}: {change}")
    if len(report.replacements) > PROBLEMS_SHOWN:
        click.echo(f"  and {plural(len(report.replacements) - PROBLEMS_SHOWN, 'other replacement')}")


@figures.command("list")
@click.option("--area", metavar="AREA", help="Only this area (any case).")
@click.option("--period", metavar="PERIOD", help="Only this period: 2022, 2022-Q3 or 2022/23.")
@click.option("--measure", metavar="MEASURE", help="Only this measure, e.g. homicides.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.pass_context
def list_(ctx, area, period, measure, as_json) -> None:
    """List stored figures by area, measure and period.

    Example: drafter figures list --area "West Midlands" --measure homicides
    """
    from drafter.fill import format_value

    found = workspace_from(ctx).list_figures(area=area, period=period, measure=measure)
    if as_json:
        print_json([figure.to_dict() for figure in found])
        return
    if not found:
        if area or period or measure:
            click.echo("No figures match.")
        else:
            click.echo("No figures stored: import some with 'drafter figures import FILE.csv'.")
        return
    width = common.terminal_width()
    area_width = min(24, max(len("AREA"), *(len(f.area) for f in found)))
    measure_width = min(28, max(len("MEASURE"), *(len(f.measure) for f in found)))
    click.echo(f"{'AREA':<{area_width}}  {'MEASURE':<{measure_width}}  {'PERIOD':<8}  "
               f"{'VALUE':>12}  SOURCE")
    for figure in found:
        click.echo(fit(f"{figure.area[:area_width]:<{area_width}}  "
                       f"{figure.measure[:measure_width]:<{measure_width}}  {figure.period:<8}  "
                       f"{format_value(figure.value, figure.unit):>12}  {figure.source or '-'}", width))


@figures.command("templates")
@click.argument("priority", required=False)
@click.option("--json", "as_json", is_flag=True, help="Print the templates as JSON.")
@click.pass_context
def templates(ctx, priority, as_json) -> None:
    """List sentence templates (ids and descriptions).

    For one priority, or for all of them when none is given.

    Example: drafter figures templates homicide
    """
    found = workspace_from(ctx).list_templates(priority)
    if as_json:
        print_json([info.to_dict() for info in found])
        return
    id_width = max((len(info.id) for info in found), default=0)
    width = common.terminal_width()
    for info in found:
        click.echo(f"{info.id:<{id_width}}  " + wrap(info.description, width, id_width + 2))


def _describe_figure(figure: dict) -> str:
    from drafter.fill import format_value

    return (f"{figure['measure']}, {figure['area']}, {figure['period']} = {format_value(figure['value'])}"
            f" ({figure['source'] or 'no source'})")


@click.command()
@click.argument("priority", metavar="PRIORITY[/TEMPLATE]")
@click.option("--period", required=True, metavar="PERIOD",
              help="Period to report: 2022, 2022-Q3 or 2022/23.")
@click.option("--area", metavar="AREA", help="Area whose figures to use (default: the workspace's area).")
@click.option("--json", "as_json", is_flag=True, help="Print the sentences as JSON.")
@click.pass_context
def fill(ctx, priority, period, area, as_json) -> None:
    """Fill a priority's sentence templates with figures.

    Each sentence is shown with the figures it used and their sources. A
    sentence whose figures are not all stored is listed as not fillable,
    naming what is missing. Give PRIORITY/TEMPLATE to fill one template.

    Example: drafter fill homicide --period 2022 --area "West Midlands"
    """
    from drafter.errors import DrafterError
    from drafter.figures import Period

    Period.parse(period)
    workspace = workspace_from(ctx)
    chosen_area = area or workspace.settings.area
    if "/" in priority:
        sentence = workspace.render_template(priority, period, chosen_area)
        sentences = [sentence] if sentence.fillable else []
        missing = sentence.missing
        result_dict = {"sentences": [s.to_dict() for s in sentences], "missing": missing}
    else:
        result = workspace.fill(priority, period, chosen_area)
        sentences, missing = result.sentences, result.missing
        result_dict = result.to_dict()
    known = workspace.figure_areas()
    if not sentences and not any(name.casefold() == (chosen_area or "").strip().casefold()
                                 for name in known):
        # Every template would be "not fillable"; one line says why instead.
        raise DrafterError(f"no figures are stored for area {chosen_area!r}: areas with figures are "
                           f"{', '.join(known) or 'none (import some with drafter figures import)'}")
    if not sentences:
        stored = workspace.list_figures(area=chosen_area)
        if not any(f.period == str(Period.parse(period)) for f in stored):
            periods = sorted({f.period for f in stored}, key=lambda p: Period.sort_key(Period.parse(p)))
            span = periods[0] if len(periods) == 1 else f"{periods[0]} to {periods[-1]}"
            raise DrafterError(f"no figures are stored for {stored[0].area} in {period}: its figures "
                               f"run from {span}")
    if as_json:
        print_json(result_dict)
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
    if not sentences and not missing:
        click.echo("No sentences apply to these figures.")


@figures.command("derived")
@click.option("--period", required=True, metavar="PERIOD",
              help="Period: 2022, 2022-Q3, 2022/23 or YE2023-06.")
@click.option("--area", metavar="AREA", help="Area (default: the workspace's area).")
@click.option("--measure", metavar="MEASURE", help="Only this measure, e.g. homicides.")
@click.option("--json", "as_json", is_flag=True, help="Print the values as JSON.")
@click.pass_context
def derived_(ctx, period, area, measure, as_json) -> None:
    """Show every value drafter derives from the figures, and how.

    Rates per million, per 100,000 and per 1,000 population, and changes on
    a year earlier: the same values fill writes into sentences and review
    checks statements against.

    Example: drafter figures derived --area "West Midlands" --period 2022 --measure homicides
    """
    from drafter.errors import DrafterError

    workspace = workspace_from(ctx)
    values = workspace.derived_values(period, area, measure)
    if not values:
        raise DrafterError(f"no figures for {area or workspace.settings.area} in {period}"
                           + (f" for {measure}" if measure else ""))
    if as_json:
        print_json([{"kind": v.kind, "measure": v.measure, "area": v.area, "period": str(v.period),
                     "value": float(v.value), "per": v.per,
                     "against": str(v.against) if v.against else None,
                     "derivation": v.derivation, "figures": v.provenance()} for v in values])
        return
    width = common.terminal_width()
    for value in values:
        click.echo(f"{value.kind:<7} " + wrap(value.derivation, width, 8))
