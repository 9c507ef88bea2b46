"""Qualifiers added in the fourth pass ("a minimum of", "at the very least", "no fewer than", "in excess of")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from observatory.extract.numbers import find_quantities, parse_quantity
from observatory.models import Qualifier

PHRASES = ["a minimum of", "at the very least", "no fewer than", "not fewer than", "in excess of", "at a minimum"]


@pytest.mark.parametrize("phrase", PHRASES)
def test_lower_bound_phrases_are_at_least(phrase: str) -> None:
    q = parse_quantity(f"{phrase} 12")
    assert q is not None and q.value == 12 and q.qualifier is Qualifier.AT_LEAST


@given(st.sampled_from(PHRASES), st.integers(min_value=1, max_value=999_999))
def test_a_lower_bound_keeps_the_number_and_its_span(phrase: str, n: int) -> None:
    text = f"the monitor said {phrase} {n:,} fighters were killed"
    found = [q for q in find_quantities(text) if q.value == n]
    assert len(found) == 1
    q = found[0]
    assert q.qualifier is Qualifier.AT_LEAST
    assert text[q.start:q.end] == f"{phrase} {n:,}"
