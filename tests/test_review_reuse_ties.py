"""The closest past paragraph a review names does not depend on the run: when
past paragraphs tie on the words they share, the earlier one is taken, in
every process (Python orders sets of words differently from run to run)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json
from drafter.review.checks.reuse import PastIndex, PastParagraph
from drafter.review.tokens import keys

words = ["tasking", "briefing", "harbour", "lantern", "orchard", "meadow", "quarry",
         "spinney", "coppice", "thicket", "warren", "paddock", "hamlet", "village"]
past = [PastParagraph(n, n, f"Officers visited the {word} area.", "2025-03", None, "Elsewhere",
                      keys(f"Officers visited the {word} area."))
        for n, word in enumerate(words)]
query = keys("Patrols covered " + " ".join(words) + " overnight.")
index = PastIndex(past, [query])
print(json.dumps(index.candidates(query, [False] * len(past))))
"""


def chosen_under(seed: str) -> list[int]:
    environment = {**os.environ, "PYTHONHASHSEED": seed}
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                            env=environment, check=True)
    return json.loads(result.stdout)


def test_tied_past_paragraphs_are_chosen_the_same_way_in_every_run():
    runs = {tuple(chosen_under(seed)) for seed in ("1", "2", "3", "4", "5")}
    assert len(runs) == 1
    (chosen,) = runs
    assert list(chosen) == list(range(len(chosen)))  # the earliest of the tied paragraphs
