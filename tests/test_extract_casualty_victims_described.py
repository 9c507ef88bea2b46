"""What the text says of victims of no named side (``mention_sides``).

* "the two were farm workers", "had no military affiliation": the plain men killed are civilians;
* "the injured were civilians passing by": the people hurt are civilians;
* "a fighter of the Iranian-backed 'X Brigade', of Syrian nationality": the Syrian is the regime's (SCHEMA).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_men_said_to_be_workers_are_civilians() -> None:
    text = ("Bodies found\n\nLocals found the bodies of two young men shot dead near Al-Mayadin on Monday. Local sources said "
            "the two men were farm workers from the town.")
    assert killed(text) == {"civilians": 2}


def test_no_military_affiliation_is_civilian() -> None:
    text = ("Man shot dead\n\nGunmen shot dead a man in the town of Al-Busayrah on Tuesday. Sources said the man had no "
            "military affiliation.")
    assert killed(text) == {"civilians": 1}


def test_injured_said_to_be_civilians() -> None:
    text = ("Drone strike near Qamishli\n\nThree people were injured and an SDF fighter was killed when a Turkish drone hit a "
            "car near Qamishli on Monday. Sources said the injured were civilians who were passing by.")
    assert injured(text) == {"civilians": 3}
    assert killed(text) == {"sdf": 1}


def test_people_hurt_with_no_word_on_them_stay_unknown() -> None:
    # look-alike: nothing says who the injured were
    text = ("Drone strike near Qamishli\n\nThree people were injured and an SDF fighter was killed when a Turkish drone hit a "
            "car near Qamishli on Monday.")
    assert injured(text) == {"unknown": 3}


def test_syrian_fighter_of_iranian_backed_brigade() -> None:
    text = ("Sniper fire\n\nA fighter of the Iranian-backed \"Imam Ali Brigade\", of Syrian nationality, was shot dead by a "
            "sniper near Al-Mayadin on Sunday.")
    assert killed(text) == {"regime": 1}


def test_iranian_backed_fighter_of_no_nationality() -> None:
    # look-alike: nationality unstated: pro_iran_foreign
    text = ("Sniper fire\n\nA fighter of the Iranian-backed \"Imam Ali Brigade\" was shot dead by a sniper near Al-Mayadin "
            "on Sunday.")
    assert killed(text) == {"pro_iran_foreign": 1}
