""""three members of the brigade", "two members of the militia": men told only by the common noun of a unit the text named
before ("the Eighth Brigade", "the Liwa al-Quds militia") are of that unit's side, not of no side; a noun the text
never tied to a named unit leaves them of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_members_of_the_brigade_after_a_vehicle_carrying_them() -> None:
    text = ("Bomb blast near Saida\n\nA bomb hidden under a culvert exploded on Tuesday near Saida while a pickup "
            "transporting men of the Eighth Brigade passed over it. Local sources said two members of the brigade died "
            "on the spot.")
    assert killed(text) == {"regime": 2}


def test_a_member_of_the_brigade_in_a_later_sentence() -> None:
    text = ("Attacks continue in eastern Daraa\n\nThe Eighth Brigade, which is backed by Russia, sent reinforcements "
            "to Busra al-Sham on Monday. In the evening, masked men near Ghariyah shot dead a member of the "
            "brigade.")
    assert killed(text) == {"regime": 1}


def test_members_of_the_militia_after_a_named_militia() -> None:
    text = ("Mine blast in the desert\n\nA landmine went off on Saturday under a jeep that was taking fighters of the "
            "Liwa al-Quds militia to Khanasser. Two members of the militia were killed, a medic said.")
    assert killed(text) == {"regime": 2}


def test_members_of_a_group_never_named_stay_unknown() -> None:
    text = ("Clashes near Jasim\n\nArmed men clashed with residents near Jasim on Friday. Four members of the group "
            "were killed in the exchange of fire.")
    assert killed(text) == {"unknown": 4}


def test_a_fighter_of_the_council_after_a_named_military_council() -> None:
    text = ("Clashes near Arima\n\nThe Manbij Military Council said on Sunday that Ankara-backed factions had shelled its "
            "posts near Arima. A fighter of the council was killed in the exchange of fire.")
    assert killed(text) == {"sdf": 1}
