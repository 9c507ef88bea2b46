"""People told together whose fates then part: one of the wounded dies later (``casualty_one_hurt_died``), a pair
split into "one" killed and "the other" wounded (``casualty_one_and_other``), a relative's fate after ", but"
(``casualty_unnumbered``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

_HOUSE = "Shells hit a home in Kafr Nabl\n\nRegime artillery hit a family house in Kafr Nabl, south of Idlib, on Friday. "
_MINE = "Mine near Uqayribat\n\nAn old mine went off under a tractor near Uqayribat, east of Hama, on Sunday, "


def test_the_referent_boy_of_the_wounded_died() -> None:
    text = ("Blast in Azaz\n\nA motorbike rigged with explosives blew up beside a bakery in Azaz on Tuesday. A mother "
            "and her son were wounded by the blast. The boy died of his wounds the next morning.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 2}  # the wounded stay as stated


def test_the_referent_girl_after_wounding_her_and_her_father() -> None:
    text = ("Drone hits car in Sarmin\n\nA drone struck a pick-up truck outside Sarmin on Thursday, wounding a farmer "
            "and his daughter. The girl succumbed to her injuries in a hospital in Idlib city.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 2}


def test_the_man_among_three_wounded() -> None:
    text = ("Shells on Darat Izza\n\nRegime rockets fell on a street of Darat Izza on Wednesday, wounding three "
            "civilians. Hours later, the man died of his injuries.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 3}


def test_another_victim_died_of_wounds() -> None:
    text = _MINE + "killing a farmer and wounding two other farmers. Another victim died of his wounds overnight."
    assert killed(text) == {"civilians": 2}
    assert injured(text) == {"civilians": 2}


def test_another_person_died_of_wounds() -> None:
    text = _MINE + "killing a civilian and wounding three others. Another person later died of wounds."
    assert killed(text) == {"civilians": 2}
    assert injured(text) == {"civilians": 3}


def test_another_soldier_died_of_wounds() -> None:
    text = ("Attack on a post near Sukhnah\n\nISIS cells attacked a regime post near Sukhnah on Monday, killing a soldier "
            "and wounding four others. Another soldier died of his wounds on Tuesday.")
    assert killed(text) == {"regime": 2}
    assert injured(text) == {"regime": 4}


def test_pair_of_civilians_split_by_fates() -> None:
    text = ("Shooting in Nawa\n\nTwo civilians were targeted by gunmen on a motorbike in Nawa, north of Daraa, on "
            "Saturday, killing one and wounding the other.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_pair_of_soldiers_split_by_fates() -> None:
    text = ("Sniper fire near Kabani\n\nTwo soldiers were hit by sniper fire on the Kabani front on Sunday, wounding "
            "one of them and killing the other.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"regime": 1}


def test_pair_of_shepherds_split_by_fates() -> None:
    text = ("Gunfire in Deir Hafer\n\nTwo shepherds came under fire by unknown men near Deir Hafer on Monday, killing one "
            "and injuring the other.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_owner_survived_but_his_wife_was_hurt_and_daughters_killed() -> None:
    text = _HOUSE + "The father escaped unharmed, but his wife was hurt and three daughters were killed."
    assert killed(text) == {"civilians": 3}
    assert injured(text) == {"civilians": 1}


def test_owner_survived_but_his_mother_was_killed() -> None:
    text = _HOUSE + "The owner lived through it, but his mother was killed."
    assert killed(text) == {"civilians": 1}


def test_but_her_sister_was_wounded() -> None:
    text = _HOUSE + "A girl was killed, but her sister was wounded."
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_look_alike_the_boy_in_critical_condition() -> None:
    # look-alike: the boy is named but does not die: the wounded stay as stated
    text = ("Blast in Azaz\n\nA motorbike rigged with explosives blew up beside a bakery in Azaz on Tuesday. A mother "
            "and her son were wounded by the blast. The boy is in critical condition.")
    assert killed(text) == {}
    assert injured(text) == {"civilians": 2}


def test_look_alike_pair_of_no_side() -> None:
    # look-alike: a pair the text gives no side: "one" and "the other" stay of no named side
    text = ("Shooting in Nawa\n\nGunmen shot two men in Nawa, north of Daraa, on Saturday, killing one and wounding the other.")
    assert killed(text) == {"unknown": 1}
    assert injured(text) == {"unknown": 1}


def test_look_alike_but_no_one_was_hurt() -> None:
    # look-alike: ", but" before a relative whose fate is not a hurt
    text = _HOUSE + "The owner was away, but his house was badly damaged."
    assert killed(text) == {}
    assert injured(text) == {}


def test_look_alike_but_his_son_was_unharmed() -> None:
    # look-alike: ", but" before a relative who was not hurt: no second victim
    text = _HOUSE + "A shell killed an old man, but his son was unharmed."
    assert sum(killed(text).values()) == 1


def test_a_source_tells_the_seriously_wounded_soldier_died() -> None:
    text = ("Blast near Nawa\n\nA roadside bomb went off as an army patrol passed near Nawa in Daraa on Monday, injuring "
            "four soldiers, one of them seriously. Local sources later said that the seriously wounded soldier died of "
            "his wounds in hospital.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"regime": 4}
