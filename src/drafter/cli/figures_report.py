"""What 'drafter figures import' says: the problems that stopped an import,
or what it added, revised, restated, kept and left out."""

from __future__ import annotations

import re
from pathlib import Path

import click

from drafter.cli import common
from drafter.cli.common import plural
from drafter.columns import wrap

PROBLEMS_SHOWN = 20
AREAS_SHOWN = 5

# What a problem can be settled with, for problems that say what they need.
_OPTION_FOR = {"period": "--period"}
# "Change on last year", "% change", "+/-", "Difference": a column of changes, which the figures give.
_CHANGE_TITLE = re.compile(r"'[^']*(?:\bchange\b|\bdifference\b|\bvariance\b|\+/-|\+ ?/ ?-|\bincrease\b|"
                           r"\bdecrease\b)[^']*'$", re.IGNORECASE)

# "3-year average (2022/23 to 2024/25)", "Five year average": no one period's figure.
_AVERAGE_TITLE = re.compile(r"'[^']*\baverage\b[^']*'$", re.IGNORECASE)


def print_problems(ctx, error) -> None:
    described = []
    for problem in error.problems[:PROBLEMS_SHOWN]:
        line = getattr(problem, "line", None)
        cell = getattr(problem, "cell", None)
        reason = getattr(problem, "reason", str(problem))
        option = _OPTION_FOR.get(getattr(problem, "needs", None))
        if option:
            reason += f" (give it with {option})"
        where = f"{error.file}:{line}" if line is not None else \
            f"{error.file}: {cell}" if cell else error.file
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


def print_report(report) -> None:
    periods = report.periods[0] if len(report.periods) == 1 else \
        f"{report.periods[0]} to {report.periods[-1]}"
    areas = ", ".join(report.areas[:AREAS_SHOWN])
    if len(report.areas) > AREAS_SHOWN:
        areas += f" and {plural(len(report.areas) - AREAS_SHOWN, 'other area')}"
    width = common.terminal_width()
    read = ""
    if report.layouts != ["long"]:
        sheets = f", {plural(len(report.sheets), 'sheet')}" if len(report.sheets) > 1 else ""
        read = f" ({' and '.join(report.layouts)}, {plural(report.rows_read, 'row')} read{sheets})"
    click.echo(wrap(f"imported {report.file}{read}: {plural(report.rows, 'figure')} for {areas}, "
                    f"{periods} ({report.added:,} added, {report.replaced:,} replaced, "
                    f"{report.unchanged:,} unchanged)", width))
    notes = []
    if report.computed:
        notes.append(f"{plural(report.computed, 'figure')} added up from quarters or forces")
    if report.no_figure:
        notes.append(f"{plural(report.no_figure, 'cell')} with no figure (blank, [x], .., -) left out")
    bodies = [name for name in report.left_out if name not in report.left_out_regions]
    if bodies:
        notes.append(f"left out, having no police force area in England and Wales: {', '.join(bodies)}")
    for where in report.regions_only:
        place = f"sheet {where!r}" if report.sheets else where  # a CSV file is named, a workbook's sheet
        notes.append(f"no figures for any force from {place}: its rows are for regions and countries")
    if report.left_out_regions:
        notes.append(f"left out, as regions, countries or totals, not police force areas: "
                     f"{', '.join(report.left_out_regions)}")
    for total in report.totals_as_national:
        notes.append(f"{total} stored as England and Wales: it is the sum of the 43 forces")
    if report.left_out_by_mapping:
        notes.append(f"left out, as the mapping says (leave_out): {', '.join(report.left_out_by_mapping)}")
    changes = [column for column in report.not_imported if _CHANGE_TITLE.search(column)]
    if changes:
        notes.append(_listed("columns of changes, not imported (drafter works changes out from the figures)",
                             changes))
    averages = [column for column in report.not_imported if column not in changes and _AVERAGE_TITLE.search(column)]
    if averages:
        notes.append(_listed("columns of averages, not imported (drafter keeps each period's own figure)", averages))
    unknown = [column for column in report.not_imported if column not in changes and column not in averages]
    if unknown:
        notes.append(_listed("columns naming no known measure, not imported", unknown))
    if report.rows_not_imported:
        notes.append(_listed("rows naming no known measure, not imported", report.rows_not_imported))
    if report.no_period_read:
        notes.append(_listed("columns naming no period drafter reads, not imported", report.no_period_read))
    from drafter.fill import stored_value

    for item in report.kept[:PROBLEMS_SHOWN]:
        notes.append(f"kept {item['measure']}, {item['area']}, {item['period']} = {stored_value(item['value'])} from "
                     f"{item['source'] or 'an earlier import'}: this file gives no figure for it (remove it "
                     "with 'drafter figures remove' if it was withdrawn)")
    for item in report.filled[:PROBLEMS_SHOWN]:
        notes.append(f"filled in {item['measure']}, {item['area']}, {item['period']} = {stored_value(item['value'])}, "
                     f"which {Path(item['withheld_in']).name} gave no figure for")
    if len(report.filled) > PROBLEMS_SHOWN:
        notes.append(f"and {plural(len(report.filled) - PROBLEMS_SHOWN, 'other figure')} filled in where an "
                     "earlier file gave none (--json lists them)")
    if report.fractional_counts:
        shown = [f"{item['measure']}, {item['area']}, {item['period']} = {item['value']} ({item['place']})"
                 for item in report.fractional_counts]
        notes.append(_listed("counts with a fraction, stored as given (check the cells)", shown))
    if report.national_from_stored:
        notes.append(f"England and Wales added up with the figures stored before for "
                     f"{', '.join(report.national_from_stored)}, which this file has no rows for")
    for measure in dict.fromkeys(item["measure"] for item in report.totals_with_stored):
        notes.append(_listed(f"{measure} worked out again as the sum of its parts, with parts stored before",
                             [f"{item['area']} {item['period']}" for item in report.totals_with_stored
                              if item["measure"] == measure]))
    for measure, close in report.new_measures.items():
        notes.append(f"new measure {measure}" + (f" (did you mean {close}? check its spelling)" if close else ""))
    for note in notes:
        click.echo("  " + wrap(note, width, 2))
    _print_replacements(report.replacements)


def _listed(what: str, columns: list[str]) -> str:
    more = len(columns) - AREAS_SHOWN
    return f"{what}: {', '.join(columns[:AREAS_SHOWN])}" + (f" and {plural(more, 'other')}" if more > 0 else "")


def _print_replacements(replacements: list[dict]) -> None:
    """Revised values first, each named; a newer release of a table restates
    most figures unchanged under its own name, and those are only counted."""
    from drafter.fill import stored_value

    revised = [item for item in replacements if item["old"] != item["new"]]
    restated = len(replacements) - len(revised)
    for item in revised[:PROBLEMS_SHOWN]:
        # a value changed by hand outside drafter ("n/a") is shown as it was stored
        old = stored_value(item["old"]) if isinstance(item["old"], (int, float)) else item["old"]
        new = stored_value(item["new"])
        click.echo(f"  revised {item['measure']}, {item['area']}, {item['period']}: {old} -> {new}")
    if len(revised) > PROBLEMS_SHOWN:
        click.echo(f"  and {plural(len(revised) - PROBLEMS_SHOWN, 'other revised figure')} (--json lists them)")
    if restated:
        click.echo(f"  {plural(restated, 'figure')} restated with the same value (a new source or unit)")
