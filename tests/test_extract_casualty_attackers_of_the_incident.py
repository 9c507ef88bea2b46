"""The attackers' own dead where no side was read for them: the side of the incident's perpetrator, whatever verb the
attack was told with; never a side counted beside them in the same sentence, and not the unknown gunmen of another
event (see ``casualty_of_the_named.attackers_of_incident``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_attackers_of_an_attack_told_as_struck() -> None:
    text = ("Desert attack\n\nISIS fighters struck an army post near Al-Sukhnah in the Homs desert on Monday, killing seven "
            "soldiers, the monitor said. Three of the attackers were also killed.")
    assert killed(text) == {"regime": 7, "isis": 3}


def test_attackers_withdrew_after_some_of_them_died() -> None:
    text = ("Checkpoint raid\n\nISIS cells hit a checkpoint of government forces near Maadan in the Raqqa countryside at "
            "dawn, killing two soldiers. The monitor said the attackers pulled back into the desert after two of them "
            "were killed.")
    assert killed(text) == {"regime": 2, "isis": 2}


def test_attackers_of_a_killing_told_in_an_attack() -> None:
    text = ("Post attacked\n\nSuspected ISIS militants killed three SDF fighters on Tuesday in an attack on a post near "
            "Hajin. Two of the assailants died in the exchange of fire.")
    assert killed(text) == {"sdf": 3, "isis": 2}


def test_attackers_are_not_a_side_counted_beside_them() -> None:
    # look-alike: the attackers counted next to SDF dead are not the SDF, whichever side was read as the perpetrator
    text = ("Night attack\n\nThe SDF repelled an assault on its positions in Abu Hamam, where the fighting left five SDF "
            "members and two of the attackers dead.")
    assert killed(text).get("sdf") == 5



def test_armed_men_the_target_killed_are_the_attackers() -> None:
    text = ("Attack repelled near Arak\n\nISIS cells attacked army positions near the Arak gas field on Sunday night, a "
            "military source said. \"The army and its allies killed more than 12 terrorists during hours of fighting,\" "
            "the source said. The army lost two soldiers in the clashes.")
    assert killed(text) == {"isis": 12, "regime": 2}


def test_armed_men_the_attackers_killed_stay_their_victims() -> None:
    text = ("Shelling near Kafr Nabl\n\nRegime forces shelled positions of the factions near Kafr Nabl on Monday, killing "
            "five militants.")
    assert "regime" not in killed(text)
