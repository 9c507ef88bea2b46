"""Number parsing for casualty counts: digits, words, vague quantities, qualifiers (unit and property tests)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from observatory.extract.numbers import find_quantities, parse_quantity, words_to_int
from observatory.models import Qualifier

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int) -> str:
    """English words for 1..999999, written independently of the parser under test."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        return spell(head) + " thousand" + (" " + spell(rest) if rest else "")
    if n >= 100:
        head, rest = divmod(n, 100)
        return _ONES[head] + " hundred" + (" and " + spell(rest) if rest else "")
    if n >= 20:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("-" + _ONES[ones] if ones else "")
    return _TEENS[n - 10] if n >= 10 else _ONES[n]


@pytest.mark.parametrize(("text", "value"), [
    ("seven", 7), ("twenty-two", 22), ("twenty two", 22), ("one hundred and five", 105), ("a dozen", 12),
    ("3,000", 3000), ("1,498", 1498), ("14", 14), ("Forty", 40), ("two thousand five hundred", 2500),
])
def test_exact_numbers(text: str, value: int) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None
    assert (quantity.value, quantity.qualifier) == (value, Qualifier.EXACT)


@pytest.mark.parametrize(("text", "value"), [
    ("tens of", 10), ("dozens of", 12), ("hundreds of", 100), ("several", 3), ("a number of", 2),
])
def test_vague_quantities_follow_the_documented_conservative_rule(text: str, value: int) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None
    assert quantity.value == value and quantity.qualifier is Qualifier.VAGUE and quantity.vague


@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("at least 12", 12, Qualifier.AT_LEAST), ("more than nine", 9, Qualifier.AT_LEAST), ("over 30", 30, Qualifier.AT_LEAST),
    ("about 40", 40, Qualifier.ABOUT), ("nearly two hundred", 200, Qualifier.ABOUT), ("up to 8", 8, Qualifier.ABOUT),
])
def test_qualifiers_keep_the_number_and_record_how_it_was_stated(text: str, value: int, qualifier: Qualifier) -> None:
    quantity = parse_quantity(text)
    assert quantity is not None and (quantity.value, quantity.qualifier) == (value, qualifier)


def test_non_numbers_are_rejected() -> None:
    assert words_to_int("soldiers") is None
    assert words_to_int("") is None
    assert parse_quantity("many") is None


def test_articles_inside_words_are_not_numbers() -> None:
    assert [q.text for q in find_quantities("Iranian fighters and a man")] == ["a"]


def test_measurements_are_not_counts() -> None:
    values = {q.value for q in find_quantities("a 120mm shell fell 30 km away and 5% of homes")}
    assert not values & {120, 30, 5}


@given(st.integers(min_value=1, max_value=999_999))
def test_spelled_numbers_round_trip(n: int) -> None:
    assert words_to_int(spell(n)) == n


@given(st.integers(min_value=0, max_value=10**9))
def test_digits_with_thousands_separators_round_trip(n: int) -> None:
    assert words_to_int(f"{n:,}") == n
    assert words_to_int(str(n)) == n


@given(st.integers(min_value=1, max_value=9999), st.sampled_from(["at least", "about", "more than", "nearly", ""]))
def test_counts_are_found_with_their_offsets(n: int, qualifier: str) -> None:
    prefix = "The monitor said that "
    phrase = f"{qualifier} {n:,}".strip()
    text = f"{prefix}{phrase} soldiers were killed."
    found = [q for q in find_quantities(text) if q.value == n]
    assert found, text
    assert text[found[0].start:found[0].end] == phrase
