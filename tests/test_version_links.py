"""Version links: a paragraph and its version in the force's previous
statement join one group, so search shows a storyline once."""

from __future__ import annotations

import numpy as np

from drafter.search.versions import VersionBatches, assign_versions

LONG, SHORT = 40, 6  # distinct terms: a paragraph, a one-line planned action
ROWS = np.array([10, 11, 12])
COLUMNS = np.array([20, 21, 22])

# The knife-bin storyline (row 2 and column 2) rewritten between quarters: its
# similarity is low (0.18), and the figures paragraph (row 0) resembles the old
# knife-bin paragraph a little more (0.20) while being far closer to its own
# previous version (0.60).
BLOCK = np.array([[0.60, 0.05, 0.20],
                  [0.16, 0.28, 0.06],
                  [0.06, 0.01, 0.18]])


def linked(block, sizes):
    return {(new, old) for _, new, old in assign_versions(block, ROWS, COLUMNS, 0.1, sizes)}


def test_a_rewritten_paragraph_joins_its_previous_version():
    sizes = (np.full(3, LONG), np.full(3, LONG))
    assert linked(BLOCK, sizes) == {(10, 20), (11, 21), (12, 22)}


def test_one_line_actions_keep_the_strict_rule():
    sizes = (np.full(3, SHORT), np.full(3, SHORT))
    assert (12, 22) not in linked(BLOCK, sizes)
    assert (12, 22) not in linked(BLOCK, None)


def test_a_section_whose_paragraphs_all_resemble_each_other_links_nothing():
    alike = np.array([[0.15, 0.14, 0.14],
                      [0.14, 0.15, 0.14],
                      [0.14, 0.14, 0.15]])
    assert linked(alike, (np.full(3, LONG), np.full(3, LONG))) == set()


def test_a_weak_pairing_is_not_a_version_whatever_its_rivals():
    weak = BLOCK.copy()
    weak[2, 2] = 0.12  # below the similarity from which rivals may be set aside
    assert (12, 22) not in linked(weak, (np.full(3, LONG), np.full(3, LONG)))


def test_sections_solved_together_link_as_each_does_alone():
    """A build solves every section of one shape in one stack (20,000 small
    sections at 100k paragraphs); each keeps the links it has alone."""
    sizes = (np.full(3, LONG), np.full(3, LONG))
    wide = np.array([[0.30, 0.31, 0.05, 0.02],  # more old paragraphs than new: near ties
                     [0.29, 0.30, 0.02, 0.40]])
    sections = [(BLOCK, ROWS, COLUMNS, sizes), (BLOCK.T, ROWS + 100, COLUMNS + 100, sizes),
                (BLOCK, ROWS + 200, COLUMNS + 200, None),
                (wide, ROWS[:2], np.array([30, 31, 32, 33]), (np.full(2, LONG), np.full(4, SHORT))),
                (wide.T, np.array([40, 41, 42, 43]), COLUMNS[:2], None)]
    batches = VersionBatches(0.1)
    alone = []
    for block, rows, columns, block_sizes in sections:
        batches.add(block, rows, columns, block_sizes)
        alone += assign_versions(block, rows, columns, 0.1, block_sizes)
    assert alone and sorted(batches.links()) == sorted(alone)
