"""`figures list` gives a percentage with at least one decimal place, as
files and statements give one ("82.0%"), where a stored 82.0 was listed as
"82%", which reads as another figure; other values keep exactly the places
they have."""

from __future__ import annotations

import pytest

from drafter.fill.wording import stored_value


@pytest.mark.parametrize("value, unit, shown", [
    (82.0, "percent", "82.0%"), (81.5, "percent", "81.5%"), (18.25, "%", "18.25%"),
    (82.0, None, "82"), (1234.567, None, "1,234.567"), (3547, "count", "3,547"),
])
def test_a_percentage_keeps_a_decimal_place_and_other_values_their_own(value, unit, shown):
    assert stored_value(value, unit) == shown
