"""A table row labelled as a rate gives the rate to every figure of its row,
not the first alone: "Rate per 1,000 population | 0.14 | 0.12" is two rates,
where the second was read as a count and review called it a wrong count of
knife crime (0.12 where the figures give 138)."""

from __future__ import annotations

from drafter.claims.numbers import extract_numbers

TABLE = ("Measure |  | Apr to Jun 2026 | Jul to Sep 2026\n"
         "Knife crime | Offences | 155 | 138\n"
         "Knife crime | Rate per 1,000 population | 0.14 | 0.12")


def test_every_cell_after_a_rate_label_is_a_rate():
    kinds = {m.text: (m.kind, m.per) for m in extract_numbers(TABLE) if m.text in ("155", "138", "0.14", "0.12")}
    assert kinds == {"155": ("count", None), "138": ("count", None), "0.14": ("rate", 1000.0), "0.12": ("rate", 1000.0)}
