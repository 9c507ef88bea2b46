""" "opened fire on a former fighter in the opposition factions, who had joined the Military Intelligence ..., killing
him" (``casualty_unnumbered``): the victim's group told after his noun with "in" or "with" does not hide what the text
says he joined, so he is of the force he joined (SCHEMA: settled ex-fighters working for the regime's services are the
regime's). Look-alike: one who refused to join any formation stays with the factions.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_former_fighter_in_the_factions_who_joined_a_regime_branch() -> None:
    text = (
        "Shooting in Nawa\n\nOn Monday, gunmen on a motorcycle opened fire on a former fighter in the opposition factions, "
        "who had joined the Air Force Intelligence after the settlement, in Nawa in the western countryside of Daraa, "
        "killing him on the spot."
    )
    assert killed(text) == {"regime": 1}


def test_former_fighter_who_refused_to_join_stays_with_the_factions() -> None:
    text = (
        "Shooting in Nawa\n\nOn Monday, gunmen on a motorcycle opened fire on a former fighter in the opposition factions, "
        "who had refused to join any regime formation after the settlement, in Nawa in the western countryside of Daraa, "
        "killing him on the spot."
    )
    assert killed(text) == {"hts_rebels": 1}
