"""The shared number-word pattern (``numbers.CARDINAL_WORD`` and its family) and the rules that now read it."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from observatory.extract import casualty_roles, casualty_wounded, totals_lines, totals_rows
from observatory.extract.casualty_unnumbered import _under_age
from observatory.extract.numbers import CARDINAL_WORD, PLURAL_WORD, SCALES, TENS, UNITS, number_words, words_to_int

_ONES = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def spell(n: int, joint: str = "-") -> str:
    """English words for 1..99, written independently of the pattern under test."""
    if n >= 20:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + (joint + _ONES[ones] if ones else "")
    return _TEENS[n - 10] if n >= 10 else _ONES[n]


_WHOLE = re.compile(rf"(?<![\w-])(?:{CARDINAL_WORD})(?![\w-])", re.IGNORECASE)
#: The words a number phrase is made of, and others near them ("and", "teen", "ty", ...), for random phrases.
_VOCABULARY = sorted({*UNITS, *TENS, *SCALES, "and", "teen", "ty", "twen", "fourt", "seventh", "tenth", "nought"})


@given(st.integers(1, 99), st.sampled_from(["-", " "]), st.sampled_from([str.lower, str.title, str.upper]))
def test_every_number_from_one_to_ninety_nine_is_matched_whole(n: int, joint: str, case: object) -> None:
    word = case(spell(n, joint))  # type: ignore[operator]
    assert words_to_int(word) == n
    found = _WHOLE.search(f"the monitor said {word} people died")
    assert found is not None and found.group() == word
    assert (re.fullmatch(PLURAL_WORD, word, re.IGNORECASE) is not None) == (n >= 2)


@given(st.lists(st.sampled_from(_VOCABULARY), min_size=1, max_size=3), st.sampled_from(["-", " "]))
def test_the_pattern_matches_only_what_words_to_int_reads_from_one_to_ninety_nine(words: list[str], joint: str) -> None:
    phrase = joint.join(words)
    value = words_to_int(phrase)
    matched = re.fullmatch(CARDINAL_WORD, phrase) is not None
    if matched:
        assert value is not None and 1 <= value <= 99
    if value is not None and 1 <= value <= 99 and phrase in {spell(n, joint) for n in range(1, 100)}:
        assert matched


@pytest.mark.parametrize("word", ["a", "an", "another", "the", "no", "single", "hundred", "tenth", "party", "city", "canteen"])
def test_words_that_are_not_cardinals_are_left_to_each_rule(word: str) -> None:
    assert _WHOLE.fullmatch(word) is None


def test_extra_tokens_come_after_the_cardinal() -> None:
    pattern = re.compile(r"\b" + number_words("an?", "another", r"\d+") + r"\s+soldiers", re.IGNORECASE)
    assert [m.group() for m in pattern.finditer("an soldiers, another soldiers, 12 soldiers, Forty-one soldiers")] == [
        "an soldiers", "another soldiers", "12 soldiers", "Forty-one soldiers"]


# Rules whose number words were shorter lists before (each failed on these sentences before the shared pattern).

def test_wounded_who_died_reads_numbers_past_twelve() -> None:
    hit = casualty_wounded.WOUNDED_DIED.search("Fifteen of the wounded later died in hospital.")
    assert hit is not None and hit.group("n1") == "Fifteen"


def test_of_those_killed_reads_a_hyphenated_number_whole() -> None:
    hit = casualty_roles._OF_THOSE.search("Twenty-three of those killed were regime soldiers.")
    assert hit is not None and words_to_int(hit.group("n")) == 23


def test_wounded_named_before_a_rise_reads_numbers_past_five() -> None:
    assert casualty_roles._WOUNDED_WHO_DIED.search("seven of the injured civilians succumbed to their wounds") is not None


def test_list_by_perpetrator_reads_hyphenated_figures() -> None:
    text = "Twenty-five were killed by regime forces, and thirty-one by Russian airstrikes."
    assert [(b.value, text[b.by[0]:b.by[1]]) for b in totals_lines.by_party(text, 0, len(text))] == [
        (25, "regime forces"), (31, "Russian airstrikes")]


# Rules whose reading did not change (kept as before, now through the shared pattern or ``words_to_int``).

def test_a_label_row_in_words_past_ninety() -> None:
    assert totals_rows._is_row("Regime forces: ninety-one")
    assert not totals_rows._is_row("Regime forces: ninetieth")


@pytest.mark.parametrize(("age", "young"), [("seven", True), ("seventeen", True), ("eighteen", False), ("twenty-five", False),
                                            ("12", True), ("40", False), ("old", False)])
def test_under_age_reads_the_age_with_words_to_int(age: str, young: bool) -> None:
    assert _under_age(age) is young
