"""The civilians counted inside the war's overall toll are a running total of their own.

"More than 120,000 people have been killed since the revolt broke out in March 2011, including at least 41,000
civilians": the overall toll stays background (no total), the civilians' figure is a total of civilians, with the
children and women it holds. Look-alike: a war's overall toll with no figure of civilians gives nothing, and civilians
told as the war's toll of their own ("5,100 civilians have been killed since 2011") stay background, as the overall is.
Sentences written for these tests.
"""

from __future__ import annotations

from totals_cases import full, totals


def test_civilians_inside_the_war_toll() -> None:
    text = (
        "The monitor says more than 120,000 people have been killed since the revolt broke out in March 2011, "
        "including at least 41,000 civilians."
    )
    assert totals(text) == [("civilians", 41000)]


def test_children_and_women_of_the_war_civilians() -> None:
    text = (
        "Thereby, the number of people killed since the start of the Syrian revolution on 15 March 2011 rises to "
        "215,400, among them 61,200 civilians, including 9,800 children and 6,100 women."
    )
    rows = full(text)
    assert [(side, killed, of_which) for side, killed, _, _, of_which in rows] == [
        ("civilians", 61200, {"children": 9800, "women": 6100})
    ]


def test_war_toll_without_civilians_stays_out() -> None:
    assert totals("The war has killed more than 300,000 people since it began in March 2011, the monitor said.") == []


def test_civilians_told_as_the_war_toll_stay_background() -> None:
    text = (
        "The group says more than 5,100 civilians have been killed since the start of the uprising in March 2011, "
        "while the UN puts the overall toll at over 6,000."
    )
    assert totals(text) == []


def test_a_killers_or_a_places_share_of_the_war_civilians_stays_background() -> None:
    assert totals(
        "The war has killed more than 500,000 people since 2011, including 15,000 civilians killed by Russian airstrikes."
    ) == []
    assert totals(
        "More than 600,000 people have been killed in Syria since March 2011, including 3,000 civilians in Afrin alone."
    ) == []
