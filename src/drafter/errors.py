"""Errors the engine raises. Front ends turn them into one-line messages
(the CLI, with an exit code) or notifications (the TUI). A mistyped name is
answered here too: every "did you mean" drafter offers comes from
:func:`closest_names`, by one measure of "close"."""

from __future__ import annotations

import re

# A name is offered for a mistyped one when the two share at least this much
# (difflib's ratio, case, spaces, hyphens and underscores aside): one or two
# letters wrong in a name of eight to ten, "homicdes", "Cumbira", "heder_row",
# is offered, and so is a name with a word left off, "North Yorks"; names that
# only share a common ending or a few letters are not ("violent_crime" for
# "vehicle_crime" is 0.77, "Gwent" for "Kentt" 0.6), as a wrong suggestion
# reads as if drafter knew better.
CLOSE_ENOUGH = 0.8


def _folded(name: str) -> str:
    return " ".join(re.split(r"[\s_-]+", str(name).casefold())).strip()


def closest_names(name: str, known, count: int = 1) -> list[str]:
    """The names of ``known`` close enough to ``name`` to be what was meant, closest first."""
    import difflib

    by_folded: dict[str, str] = {}
    for known_name in known:
        by_folded.setdefault(_folded(known_name), known_name)
    close = difflib.get_close_matches(_folded(name), list(by_folded), n=count, cutoff=CLOSE_ENOUGH)
    if not close:
        # "victims" for victim-satisfaction, "cyber" for cyber-crime: one of a name's words, or its start;
        # "drug trafficking" for drug_trafficking_offences: the first words of a longer name.
        stem = _folded(name).removesuffix("s")
        close = [folded for folded in by_folded if len(stem) >= 4 and (
            " " not in stem and any(word.startswith(stem) for word in folded.split())
            or " " in stem and folded.startswith(_folded(name) + " "))]
        close = close if len(close) == 1 else []
    return [by_folded[folded] for folded in close]


def did_you_mean(name: str, known) -> str:
    """" (did you mean 'homicide'?)" for a name close to one of ``known``, else ""."""
    close = closest_names(name, known)
    return f" (did you mean {close[0]!r}?)" if close else ""


class DrafterError(Exception):
    """Base class: the message is complete and fit to show a user as it is."""

    exit_code = 1


class WorkspaceError(DrafterError):
    """The workspace directory or database cannot be used."""


class DraftChanged(DrafterError):
    """A save made on a revision that is no longer the head: another save came first."""

    def __init__(self, draft_id: int, parent: int, head: int):
        self.draft_id, self.parent, self.head = draft_id, parent, head
        super().__init__(f"draft {draft_id} changed while this edit was being saved "
                         f"(it is now revision {head}, the edit was made on {parent}): run it again")


class IngestError(DrafterError):
    """A file could not be read as a statement."""

    def __init__(self, file: str, problem: str):
        self.file = file
        self.problem = problem
        super().__init__(f"{file}: {problem}")


class NotFound(DrafterError):
    """An id names nothing stored."""

    def __init__(self, kind: str, ident: object, message: str | None = None):
        self.kind = kind
        self.ident = ident
        super().__init__(message or f"no {kind} with id {ident}")


class UnknownPriority(DrafterError):
    def __init__(self, priority_id: str, expected: tuple[str, ...] | None = None):
        from drafter.priorities import PRIORITY_IDS

        self.priority_id = priority_id
        expected = expected or PRIORITY_IDS
        super().__init__(f"unknown priority {priority_id!r}{did_you_mean(priority_id, expected)}: "
                         f"expected one of {', '.join(expected)}")


class BadQuery(DrafterError):
    """A search or classify request that cannot be answered (e.g. empty text)."""


class FiguresError(DrafterError):
    """A figures file that cannot be imported; ``problems`` lists every bad row."""

    def __init__(self, file: str, problems: list[str]):
        self.file = file
        self.problems = problems
        summary = problems[0] if len(problems) == 1 else f"{len(problems)} problems: " + "; ".join(problems)
        super().__init__(f"{file}: {summary}")


class BadDate(DrafterError):
    """A statement or meeting date that is not a real month (YYYY-MM) or day (YYYY-MM-DD)."""

    def __init__(self, value: str, problem: str):
        self.value, self.problem = value, problem
        super().__init__(f"date {value!r}: {problem}")


class BadPeriod(DrafterError):
    """A period string that is not YYYY, YYYY-Qn or YYYY/YY."""


class MissingFigure(DrafterError):
    def __init__(self, measure: str, area: str, period: str):
        self.measure, self.area, self.period = measure, area, period
        super().__init__(f"missing figure: {measure} for {area} in {period}")


class MissingForces(MissingFigure):
    """A national comparison needs a figure for every force of the group
    (the 43 forces, or a region's), and some have none. ``missing`` names them,
    ``lacking`` the figure each lacks."""

    def __init__(self, measure: str, missing: list[str], period: str, lacking: dict[str, str] | None = None):
        self.missing = tuple(missing)
        # The figure each force lacks: its own count, or the population its rate divides by.
        self.lacking = {force: (lacking or {}).get(force, measure) for force in self.missing}
        # Named by what most lack; the rest after it ("knife_offences for 42 of the 43 forces
        # and population for Lancashire"), where all were said to lack the first one's.
        by_figure: dict[str, list[str]] = {}
        for force in self.missing:
            by_figure.setdefault(self.lacking[force], []).append(force)
        most, *rest = sorted(by_figure, key=lambda figure: -len(by_figure[figure]))
        whom = forces_without(by_figure[most]) + "".join(
            f" and {figure} for {forces_without(by_figure[figure])}" for figure in rest)
        super().__init__(most, whom, period)


def forces_without(missing) -> str:
    """The forces without a figure, as a message names them: one, or the first
    and how many others; "all 43 forces", or "42 of the 43 forces" where most
    are missing ("Cleveland and 41 other forces" read as if Cleveland were the
    one to fetch, for an office that has imported its own figures alone)."""
    others = len(missing) - 1
    if len(missing) >= 43:
        return "all 43 forces"
    if len(missing) > 43 // 2:
        return f"{len(missing)} of the 43 forces"
    return missing[0] if not others else f"{missing[0]} and {others} other force{'s' if others > 1 else ''}"


class NotRanked(DrafterError):
    """An area that is not one of the 43 forces has no rank among them."""

    def __init__(self, area: str):
        self.area = area
        super().__init__(f"{area} is not one of the 43 forces of England and Wales: it has no rank "
                         "among them")


class TemplateError(DrafterError):
    """A sentence template that cannot be loaded or rendered (file and line named)."""


class ExportError(DrafterError):
    """A draft that cannot be exported as asked (e.g. unfilled placeholders)."""


class IncompleteDraft(ExportError):
    """A draft not ready for its board: unfilled placeholders or a priority
    section with nothing in it, refused unless forced."""


class UnfilledPlaceholders(IncompleteDraft):
    """A draft still holding ``[[missing ...]]`` placeholders, refused unless forced."""


class SearchIndexError(DrafterError):
    """The search index cannot be built or loaded."""


class SynonymsError(DrafterError):
    """The synonyms file cannot be used; the message names the file and the line."""
