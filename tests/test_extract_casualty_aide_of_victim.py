"""One aide or deputy named after a victim of an armed side ("killed an ISIS official and his aide"): one more
dead of the victim's side (``casualty_unnumbered._KIN``, ``_ENTOURAGE``). Look-alike: the aide of a civilian is left to
the incident, and a victim's wife stays a civilian relative.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_isis_official_and_his_aide() -> None:
    text = ("Raid near Al-Kishkiyah\n\nThe SDF killed a senior ISIS official and his aide in a raid on a house in "
            "Al-Kishkiyah at dawn on Sunday.")
    assert killed(text) == {"isis": 2}


def test_hts_commander_and_his_deputy() -> None:
    text = ("Strike near Sarmada\n\nA drone struck a car near Sarmada on Friday, killing a commander of Hurras al-Din and "
            "his deputy.")
    assert killed(text) == {"hts_rebels": 2}


def test_a_civilian_and_his_wife_stay_civilians() -> None:
    text = ("Shelling near Kansafra\n\nRegime shelling hit Kansafra on Friday, killing a civilian and his wife.")
    assert killed(text) == {"civilians": 2}
