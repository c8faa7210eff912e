"""The corpus's statements as a researcher asks for them: of one force, by any
of its names, and dated within some months."""

from __future__ import annotations

from drafter.errors import BadDate
from drafter.statement import check_date


def statements_listed(workspace, statements: list, force: str | None, since: str | None, until: str | None) -> list:
    """``statements`` of ``force`` (NotFound for a name no force or area has) dated from the
    month ``since`` to the month ``until`` (YYYY-MM; BadDate naming which otherwise)."""
    for month in (since, until):
        if month is not None:
            check_date(month.strip())
            if len(month.strip()) != len("YYYY-MM"):
                raise BadDate(month, "give a month as YYYY-MM, such as 2025-04")
    named = workspace.area_named(force) if force is not None else None
    return [s for s in statements
            if (named is None or s.force == named) and (since is None or (s.date or "")[:7] >= since.strip())
            and (until is None or (s.date or "9999")[:7] <= until.strip())]
