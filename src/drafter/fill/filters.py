"""The filters templates word figures with (``number``, ``percent``,
``change_phrase``...): :mod:`drafter.fill.wording`'s functions, each passing a
missing figure through untouched so the sentence reports it."""

from __future__ import annotations

from decimal import Decimal
from types import BuiltinFunctionType, FunctionType, MethodType

import jinja2

from drafter.figures.derived import per_phrase
from drafter.figures.periods import Period
from drafter.fill import wording
from drafter.fill.book import ChangeView, Missing, first_missing


def _passing_missing(function, name: str):
    def wrapped(value, *args, **kwargs):
        for given in (value, *args, *kwargs.values()):
            if isinstance(given, jinja2.Undefined):
                str(given)  # a misspelt name, named as such rather than as a value of the wrong kind
        if isinstance(value, Missing):
            return value
        if value is None:
            # Said of what a template can get none from, not as Python's "not NoneType".
            raise TypeError(f"the {name} filter was given none: a value with nothing to give for these "
                            "figures, such as change(...).percent for a change from none or rank(...).above_value "
                            "for the highest (test it first with 'is none')")
        gap = first_missing(*args, *kwargs.values())
        if gap is not None:
            return gap
        return function(value, *args, **kwargs)

    wrapped.__name__ = function.__name__
    wrapped.__doc__ = function.__doc__
    return wrapped


def _change_phrase(change: ChangeView, show_previous: bool = True, compared_with=None) -> str:
    if isinstance(compared_with, Period):  # compared_with=previous: "the second quarter of 2024"
        compared_with = compared_with.label()
    return wording.change_phrase(
        change.current, change.previous, show_previous=show_previous,
        compared_with=change.compared_with if compared_with is None else compared_with,
        **change._wording_options())


def _change_verb(change: ChangeView) -> str:
    return wording.change_verb(change.current, change.previous, **change._wording_options())


def _change_short(change: ChangeView) -> str:
    return wording.change_short(change.current, change.previous, **change._wording_options())


def _value(value, unit: str | None = None) -> str:
    return wording.format_value(value, unit)


def _and_list(items) -> str:
    items = list(items)
    gap = first_missing(*items)
    return gap if gap is not None else wording.and_list(items)


FILTERS = {
    "number": wording.whole_number,
    "decimal": wording.one_decimal,
    "fixed": wording.fixed,
    "percent": wording.percent,
    "points": wording.points,
    "money": wording.money,
    "value": _value,
    "plural": wording.counted,
    "noun": wording.noun,
    "article": wording.article,
    "a_an": wording.with_article,
    "capitalise": wording.capitalise_first,
    "change_phrase": _change_phrase,
    "change_verb": _change_verb,
    "change_short": _change_short,
    "per": per_phrase,
    "ordinal": wording.ordinal,
}


# More decimal places than any stored figure has: a rate or share printed without a filter.
UNROUNDED_PLACES = 3


def as_written(value):
    """What ``{{ ... }}`` writes: a period as a sentence names it ("the second quarter
    of 2025", not "2025-Q2", which no reader or review takes for a date); a function
    left uncalled (``period.label``) is a mistake, not "<bound method ...>", and so is a
    rate printed unrounded ("1.626280696048137908603024882")."""
    if isinstance(value, (MethodType, FunctionType, BuiltinFunctionType, jinja2.runtime.Macro)):
        raise TypeError(f"{value.__name__} is a function, not a value: call it, {value.__name__}()")
    exponent = Decimal(str(value)).normalize().as_tuple().exponent \
        if isinstance(value, (Decimal, float)) and not isinstance(value, bool) else 0
    if isinstance(exponent, int) and exponent < -UNROUNDED_PLACES:
        raise TypeError(f"a number worked out is printed unrounded ({str(value)[:12]}…): give it a filter, "
                        "| decimal, | percent or | number")
    return value.label() if isinstance(value, Period) else value


# Jinja2's own filters for numbers: given none, ``int`` and ``float`` write 0 (a change
# from none "changed by 0%") and ``abs`` and ``round`` fail in Python's words; ``format``
# given a missing figure failed where the sentence is one still to be filled.
_JINJA_NUMBER_FILTERS = ("abs", "round", "int", "float", "format")


def filters() -> dict:
    wrapped = {name: _passing_missing(function, name) for name, function in FILTERS.items()}
    wrapped.update((name, _passing_missing(jinja2.filters.FILTERS[name], name)) for name in _JINJA_NUMBER_FILTERS)
    wrapped["and_list"] = _and_list
    return wrapped


def _is_missing(value) -> bool:
    """``is missing``: a figure not stored; the template that tests it words the sentence without it."""
    if isinstance(value, Missing):
        value._tested = True
        return True
    return False


def tests() -> dict:
    return {"missing": _is_missing}
