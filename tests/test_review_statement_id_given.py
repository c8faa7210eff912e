"""Reviewing by a stored statement's id ("drafter review 8", the id `corpus
list` shows) says how a stored statement is reviewed, where it said only "no
draft with id 8".

The statement is written for the project.
"""

from __future__ import annotations

import pytest

import drafter
from drafter.errors import NotFound


def test_a_statements_id_given_as_a_draft_says_how_to_review_the_statement(tmp_path):
    path = tmp_path / "cheshire-2026-11.txt"
    path.write_text("Cheshire Police and Crime Panel\n\nNovember 2026\n\nReduce serious violence\n\n"
                    "1. Knife surrender bins are now in place in Crewe and Warrington.\n", encoding="utf-8")
    with drafter.open_workspace(tmp_path / "ws", seed=False) as opened:
        [added] = opened.add_statements([path]).added
        statement_id = added["id"]
        with pytest.raises(NotFound) as raised:
            opened.review(statement_id)
        with pytest.raises(NotFound, match=r"^no draft with id 99$"):
            opened.review(99)
    assert str(raised.value) == (f"no draft with id {statement_id}; {statement_id} is a stored statement's id "
                                 f"(cheshire-2026-11.txt): review its file, or compare a draft with statement "
                                 f"{statement_id}")
