""" "since" as an adverb after an auxiliary ("sources have since reported that the toll rose to 30"): a later report
of one event's toll, not a period (``segment._SINCE_ADVERB``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md: the risen toll of one
strike is the incident's, no total. A look-alike: "since" that opens a period ("has killed 40 people since Sunday")
stays a total.
"""

from __future__ import annotations

from totals_cases import totals

_EVENT = (
    "Jets strike a bakery\nWarplanes struck a bakery in the town of Ariha on Tuesday morning, killing at least "
    "nine civilians and wounding 20 others.\n"
)


def test_have_since_reported_a_risen_toll_is_no_total() -> None:
    text = (
        _EVENT
        + "Local sources have since reported that the death toll rose to 16 civilians, as some of the wounded died."
    )
    assert totals(text) == []


def test_has_since_been_is_no_period() -> None:
    text = _EVENT + "The monitor has since confirmed that 16 civilians died in the strike."
    assert totals(text) == []


def test_since_a_day_still_opens_a_period() -> None:
    text = _EVENT + "The bombardment of the province has killed 40 civilians since Sunday, according to the monitor."
    assert totals(text) == [("civilians", 40)]
