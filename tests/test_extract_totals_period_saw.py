""" "The month also saw the death of 8 civilians ..." after a monthly total: a total of that month, not an event
(``totals_blocks.same_period``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md. A look-alike: "the
month saw an escalation" names no dead and adds no total.
"""

from __future__ import annotations

from totals_cases import totals

_TOTAL = (
    "Monthly toll | May 2021 in the desert\nSOHR: Throughout May 2021, SOHR documented the death of 30 regime "
    "soldiers and members of loyal militias in attacks by ISIS cells in the Syrian desert.\n"
)


def test_month_also_saw_the_death_of_civilians() -> None:
    text = _TOTAL + (
        "The month also saw the death of 6 civilians, including two children; four of them were shepherds "
        "killed by ISIS cells in the desert of al-Kawm."
    )
    assert sorted(totals(text)) == [("civilians", 6), ("regime", 30)]


def test_month_saw_an_escalation_adds_no_total() -> None:
    text = _TOTAL + "The month also saw an escalation of Russian airstrikes on the hideouts of the cells."
    assert totals(text) == [("regime", 30)]
