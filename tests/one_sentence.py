"""A Severnshire board paper of one numbered paragraph under the homicide
heading: how the review and roll tests put one sentence before drafter."""

from __future__ import annotations

from pathlib import Path

_MONTHS = ("January February March April May June July August September October November December").split()


def one_sentence_statement(tmp_path: Path, sentence: str, *, month: str) -> Path:
    """``sentence`` as paragraph 1 of Severnshire's statement for ``month`` ("October 2024")."""
    month_name, year = month.split()
    statement = tmp_path / f"severnshire-{year}-{_MONTHS.index(month_name) + 1:02d}.txt"
    statement.write_text("Severnshire Police and Crime Commissioner\nStatement on the National Policing "
                         f"Priorities\n{month}\n\nReduce murder and other homicide\n\n1. {sentence}\n",
                         encoding="utf-8")
    return statement


def review_sentence(workspace, tmp_path: Path, sentence: str, *, month: str, period: str):
    """The review of that statement against Severnshire's figures for ``period``."""
    return workspace.review(one_sentence_statement(tmp_path, sentence, month=month), period=period,
                            area="Severnshire")
