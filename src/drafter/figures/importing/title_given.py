"""A sheet's title against what the import is told about its columns.

The measure and period a wide table's title (or, failing that, the sheet's
name) names are what its columns hold. What the import is given, with
``--measure`` and ``--period`` or in the file's own mapping (its ``period =``
or a ``[columns]`` entry), is for what the titles leave open: given against
the title, it would file the whole table under the wrong measure or period,
and a mapping reused on next year's workbook would overwrite last year's
figures. So a contradiction is refused, once for the file, at the title's
cell, naming both what the title says and what was given.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafter.figures.importing.gathered import Gathered
from drafter.figures.importing.headers import measures_named, title_period
from drafter.figures.importing.mapping import Mapping
from drafter.figures.importing.problems import Problem, shown
from drafter.figures.importing.tables import Sheet


@dataclass(frozen=True)
class Given:
    """A measure or period the import was told, and who told it."""

    option: str  # "measure" or "period"
    value: object
    says: str  # "--period says 2024/25"
    advice: str  # how to put it right
    key: str  # one refusal per key in a file

    @classmethod
    def by_option(cls, option: str, value) -> "Given | None":
        if value is None:
            return None
        return cls(option, value, f"--{option} says {value}", f"import it without --{option}", option)

    @classmethod
    def by_mapping_period(cls, mapping: Mapping) -> "Given | None":
        if mapping.period is None:
            return None
        return cls("period", mapping.period, f'{mapping.file} says period = "{mapping.period}"',
                   f"take period out of {mapping.file} (the title gives it), or correct it", "mapping period")

    @classmethod
    def by_mapped_column(cls, mapping: Mapping, title: str, option: str, value) -> "Given":
        return cls(option, value, f"{mapping.file} [columns] {title!r} says {option} {value}",
                   f"correct that entry in {mapping.file}, or take it out (the title gives the {option})",
                   f"columns {title} {option}")


def against_title(sheet: Sheet, titles: list[str], title_cells: list[tuple[int, int]], gathered: Gathered,
                  mapping: Mapping, given: Given | None, said) -> bool:
    """Whether ``given`` says other than the sheet's title (``said``) for a
    column the title speaks for; the refusal is added the first time."""
    if given is None or said is None or given.value == said:
        return False
    if given.key in gathered.options_refused:
        return True
    gathered.options_refused.add(given.key)
    where = _title_naming(titles, given.option, said, mapping)
    named = f"the sheet's title {shown(titles[where])}" if where is not None \
        else f"the sheet's name {sheet.name!r}"
    reason = f"{named} names the {given.option} {said}, but {given.says}: "
    problem = sheet.problem(reason + given.advice, *title_cells[where]) if where is not None \
        else Problem(reason + given.advice)
    gathered.problems.append(problem)
    if given.key == "period" and sheet.name is not None:
        # Another sheet of the workbook may need --period: then this one is imported on its own.
        alone = (f"import sheet {sheet.name!r} on its own, with --sheet {shown(sheet.name)} and without "
                 "--period, and the sheets whose titles name no period with --period")
        gathered.refusal_when_others_need[problem] = sheet.problem(reason + alone, *title_cells[where]) \
            if where is not None else Problem(reason + alone)
    return True


def _title_naming(titles: list[str], option: str, said, mapping: Mapping) -> int | None:
    """Which of the title lines names the sheet's ``option`` (None: the sheet's name does)."""
    for index, line in enumerate(titles):
        named = title_period([line]) if option == "period" else measures_named(line, mapping)
        if named == said or (isinstance(named, set) and said in named):
            return index
    return None
