"""The English of numbers: every filter's ordinary cases and its edges."""

from __future__ import annotations

from decimal import Decimal

import pytest

from drafter.fill import wording as w


@pytest.mark.parametrize("value,expected", [
    (65450, "65,450"), (0, "0"), (1, "1"), (-1200, "-1,200"), (999, "999"), (1_000_000, "1,000,000"),
    (2.5, "3"), (-2.5, "-3"), (-0.4, "0"), (Decimal("65450.0"), "65,450"), ("55,219", "55,219"),
])
def test_whole_numbers_get_separators_and_round_half_away_from_zero(value, expected):
    assert w.whole_number(value) == expected


@pytest.mark.parametrize("value,expected", [
    (15.41, "15.4"), (15, "15.0"), (18.45, "18.5"), (18.55, "18.6"), (-18.45, "-18.5"),
    (0.05, "0.1"), (0.04, "0.0"), (-0.04, "0.0"), (1234.56, "1,234.6"),
])
def test_one_decimal_place_rounds_the_decimal_value_half_away_from_zero(value, expected):
    # 18.45 as a binary float is 18.4499999...; the rule is on the decimal value.
    assert w.one_decimal(value) == expected


def test_round_half_away_gives_exact_decimals():
    assert w.round_half_away(18.45, 1) == Decimal("18.5")
    assert w.round_half_away(Decimal("2.675"), 2) == Decimal("2.68")
    assert w.round_half_away(-0.5) == Decimal("-1")


@pytest.mark.parametrize("value,expected", [
    (18.528, "18.5%"), (0, "0.0%"), (100, "100.0%"), (-3.14, "-3.1%"), (11, "11.0%"),
])
def test_percentages(value, expected):
    assert w.percent(value) == expected


def test_percent_with_no_decimals():
    assert w.percent(11.2, places=0) == "11%"


def test_percentage_points_agree_in_number():
    assert w.points(2.3) == "2.3 percentage points"
    assert w.points(1) == "1.0 percentage point"
    assert w.points(-0.96) == "1.0 percentage point"


@pytest.mark.parametrize("value,expected", [
    (400_000, "£400,000"), (1_000_000, "£1 million"), (2_000_000, "£2 million"),
    (135_000_000, "£135 million"), (1_500_000, "£1.5 million"), (999_999, "£999,999"),
    (999_999.49, "£999,999"), (999_999.50, "£1 million"), (1_234_567, "£1.2 million"),
    (989_000, "£989,000"), (12.5, "£12.50"), (12, "£12"), (0, "£0"), (-5000, "-£5,000"),
    (2_500_000_000, "£2.5 billion"), (999_950_000, "£1 billion"),
])
def test_money(value, expected):
    assert w.money(value) == expected


def test_money_can_be_exact():
    assert w.money(1_234_567, exact=True) == "£1,234,567"


@pytest.mark.parametrize("count,expected", [
    (0, "0 homicides"), (1, "1 homicide"), (45, "45 homicides"), (-1, "-1 homicide"),
    (1.5, "1.5 homicides"), (65450, "65,450 homicides"), (1.0, "1 homicide"),
])
def test_singular_and_plural(count, expected):
    assert w.plural(count, "homicide") == expected


@pytest.mark.parametrize("singular,expected", [
    ("knife offence", "2 knife offences"), ("county line", "2 county lines"),
    ("robbery", "2 robberies"), ("day", "2 days"), ("search", "2 searches"),
    ("person", "2 people"), ("knife", "2 knives"),
])
def test_plural_forms(singular, expected):
    assert w.plural(2, singular) == expected


def test_plural_of_a_phrase_can_be_given():
    assert w.plural(3, "report of fraud", "reports of fraud") == "3 reports of fraud"
    assert w.plural(1, "report of fraud", "reports of fraud") == "1 report of fraud"


@pytest.mark.parametrize("text,expected", [
    ("8.7% rise", "an 8.7% rise"), ("18.5% rise", "an 18.5% rise"), ("7.7% rise", "a 7.7% rise"),
    ("11% rise", "an 11% rise"), ("80% rise", "an 80% rise"), ("1.5% rise", "a 1.5% rise"),
    ("800 officers", "an 800 officers"), ("8 point plan", "an 8 point plan"),
    ("100 officers", "a 100 officers"), ("110", "a 110"), ("18,000", "an 18,000"), ("11000", "an 11000"),
    ("1,800", "a 1,800"), ("0.5% fall", "a 0.5% fall"), ("£8 million grant", "an £8 million grant"),
    ("£2 million grant", "a £2 million grant"), ("-3.1% change", "a -3.1% change"),
    ("increase", "an increase"), ("decrease", "a decrease"), ("hour", "an hour"),
    ("unit", "a unit"), ("one-off", "a one-off"), ("MP", "an MP"), ("PCSO", "a PCSO"),
    ("HMICFRS report", "an HMICFRS report"),
])
def test_a_or_an_follows_the_sound(text, expected):
    assert w.with_article(text) == expected


def test_lists_and_capitals():
    assert w.and_list([]) == ""
    assert w.and_list(["a"]) == "a"
    assert w.and_list(["a", "b"]) == "a and b"
    assert w.and_list(["a", "b", "c"]) == "a, b and c"
    assert w.capitalise_first("the West Midlands") == "The West Midlands"
    assert w.capitalise_first("(the area)") == "(The area)"
    assert w.capitalise_first("45 homicides") == "45 homicides"


# -- change -------------------------------------------------------------------
def test_an_increase_quotes_the_earlier_figure():
    assert w.change_phrase(65450, 55219) == \
        "an increase of 18.5% from the previous year, when there were 55,219"


def test_a_decrease():
    assert w.change_phrase(969, 1000) == "a decrease of 3.1% from the previous year, when there were 1,000"
    assert w.change_phrase(969, 1000, compared_with="") == "a decrease of 3.1%, when there were 1,000"
    assert w.change_phrase(969, 1000, compared_with="", show_previous=False) == "a decrease of 3.1%"


def test_no_change():
    assert w.change_phrase(45, 45) == "the same as the previous year"
    assert w.change_phrase(45, 45, threshold=10) == "the same as the previous year"
    assert w.change_verb(45, 45) == "was unchanged"
    assert w.change_short(45, 45) == "no change"


def test_one_earlier_item_is_singular():
    assert w.change_phrase(3, 1) == "an increase from the previous year, when there was 1"


def test_a_count_changed_from_fewer_than_ten_gives_its_counts_not_a_percentage():
    # "An increase of 100.0%" for two homicides against one tells a reader nothing the counts do not.
    assert w.change_phrase(2, 1, compared_with="the same quarter a year earlier") == \
        "an increase from the same quarter a year earlier, when there was 1"
    assert w.change_verb(2, 1) == "increased from 1"
    assert w.change_verb(6, 9) == "decreased from 9"
    assert w.change_short(2, 1) == "a rise"
    assert w.change_phrase(12, 10) == "an increase of 20.0% from the previous year, when there were 10"
    assert w.change_phrase(80.0, 7.5, unit="percent").startswith("an increase of 72.5 percentage points")


def test_a_change_below_the_threshold_is_broadly_stable_with_its_size():
    assert w.change_phrase(1005, 1000, threshold=1.0) == \
        "broadly stable compared with the previous year, when there were 1,000 (an increase of 0.5%)"
    assert w.change_verb(995, 1000, threshold=1.0) == "was broadly stable (a decrease of 0.5%)"
    assert w.change_short(1005, 1000, threshold=1.0) == "little change (a 0.5% rise)"


def test_the_threshold_is_judged_on_the_rounded_figure_a_reader_sees():
    # 0.96% shows as 1.0%, which is not below a 1.0 threshold.
    assert w.change_phrase(100.96, 100, threshold=1.0).startswith("an increase of 1.0%")
    assert w.change_phrase(49, 45, threshold=10).startswith("broadly stable")
    assert w.change_phrase(50, 45, threshold=10).startswith("an increase of 11.1%")


def test_broadly_stable_is_the_rule_the_change_filters_word_by():
    assert w.broadly_stable(1005, 1000, threshold=1.0)
    assert not w.broadly_stable(100.96, 100, threshold=1.0)
    assert not w.broadly_stable(45, 45, threshold=10)  # no change is "the same", not "broadly stable"
    assert w.broadly_stable(80.4, 78.7, unit="percent", threshold=2.0)
    assert not w.broadly_stable(80.4, 78.7, unit="percent", threshold=1.0)


def test_a_tiny_change_is_not_called_zero():
    assert w.change_phrase(100001, 100000).startswith("an increase of less than 0.1%")


def test_percentages_change_in_percentage_points():
    assert w.change_phrase(72.4, 70.1, unit="percent") == \
        "an increase of 2.3 percentage points from the previous year, when it was 70.1%"
    assert w.change_verb(70.1, 72.4, unit="percent") == "decreased by 2.3 percentage points"
    assert w.change_short(72.4, 70.1, unit="percent") == "a 2.3 percentage point rise"


def test_money_changes_quote_money():
    assert w.change_phrase(2_000_000, 1_000_000, unit="GBP") == \
        "an increase of 100.0% from the previous year, when it was £1 million"


def test_changes_from_and_to_zero():
    assert w.change_phrase(5, 0) == "an increase from none in the previous year"
    assert w.change_verb(5, 0) == "increased from none"
    assert w.change_short(5, 0) == "a rise from none"
    assert w.change_phrase(0, 5) == "a decrease from the previous year, when there were 5"
    assert w.change_phrase(0, 50) == "a decrease of 100.0% from the previous year, when there were 50"
    assert w.change_phrase(0, 0) == "the same as the previous year"


def test_negative_values_do_not_give_a_percentage():
    assert w.percent_change(5, -3) is None
    assert w.change_phrase(5, -3) == "an increase from the previous year, when there were -3"


def test_short_changes_take_the_right_article():
    assert w.change_short(65450, 55219) == "an 18.5% rise"
    assert w.change_short(1077, 1000) == "a 7.7% rise"
    assert w.change_short(1087, 1000) == "an 8.7% rise"
    assert w.change_short(1110, 1000) == "an 11.0% rise"
    assert w.change_short(1800, 1000) == "an 80.0% rise"
    assert w.change_short(969, 1000) == "a 3.1% fall"


def test_compared_with_a_quarter():
    assert w.change_phrase(11, 10, compared_with="the same quarter a year earlier") == \
        "an increase of 10.0% from the same quarter a year earlier, when there were 10"


def test_format_value_uses_the_unit():
    assert w.format_value(71.2, "percent") == "71.2%"
    assert w.format_value(400000, "GBP") == "£400,000"
    assert w.format_value(65450) == "65,450"
    assert w.format_value(15.4) == "15.4"


def test_non_numbers_are_refused():
    with pytest.raises(ValueError):
        w.whole_number("forty")
    with pytest.raises(TypeError):
        w.whole_number(True)
    with pytest.raises(ValueError):
        w.whole_number(float("nan"))
