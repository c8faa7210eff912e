"""The statutory opening drafter writes for a new draft ("The Elected Local Policing
Bodies (Specified Information) (Amendment) Order 2021 requires police and crime
commissioners to publish …") is wording every office uses: another force's statement
made with drafter holding it is not named as its source ("as written by Dyfed-Powys"),
where a new draft for Lancashire was told its opening was Dyfed-Powys's. A borrowed
paragraph of another force's own is still named.

The statements are written for the project.
"""

from __future__ import annotations

import pytest

import drafter

OPENING = ("The Elected Local Policing Bodies (Specified Information) (Amendment) Order 2021 requires police and "
           "crime commissioners to publish how their force is contributing to the National Policing Priorities; "
           "this statement gives that information.")
OWN = ("Officers from the rural crime team now visit every farm reporting a theft of machinery within two days "
       "to mark the remaining equipment.")
HEAD = "{board}\n\nNovember 2026\n\nTitle: National Policing Priorities: July to September 2026\n\n"


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    root = tmp_path_factory.mktemp("statutory")
    path = root / "dyfed-powys-2026-08.txt"
    path.write_text(HEAD.format(board="Dyfed-Powys Police and Crime Panel") + f"Introduction\n\n1. {OPENING}\n\n"
                    f"Reduce neighbourhood crime\n\n2. {OWN}\n", encoding="utf-8")
    with drafter.open_workspace(root / "ws", seed=False) as opened:
        opened.add_statements([path], force="Dyfed-Powys", date="2026-08")
        yield opened, root


def _other_force_wording(workspace, text):
    opened, root = workspace
    path = root / "lancashire-2026-11.txt"
    path.write_text(HEAD.format(board="Lancashire Police and Crime Panel") + text, encoding="utf-8")
    return [f.message for f in opened.review(path, area="Lancashire").findings if f.kind == "other-force-wording"]


def test_the_statutory_opening_is_nobodys_in_particular(workspace):
    assert _other_force_wording(workspace, f"Introduction\n\n1. {OPENING}\n") == []


def test_a_borrowed_paragraph_is_still_named(workspace):
    [message] = _other_force_wording(workspace, f"Reduce neighbourhood crime\n\n1. {OWN}\n")
    assert "as written by Dyfed-Powys in 2026-08" in message
