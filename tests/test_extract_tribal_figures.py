"""A tribe's dignitary, notable or elder written with the tribe's name between ("a dignitary of the Shaitat tribe", "an
elder of the Baggara clan") is the civilian figure "a tribal dignitary" is (``casualty_tribal_figures``); so is the
"him" an attack on such a figure killed. "Killing him" told again in a later sentence is the same one dead. Look-alikes:
a mukhtar is read as his office (``casualty_local_office``); a figure tied to a group after his name is left to the rules that read the tie; "him"
told again where the incident's target is another side is left to count.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_dignitary_of_a_named_tribe_killed() -> None:
    text = ("Killing near Mayadin\n\nA well-known dignitary of the al-Shaitat tribe was killed on Friday night when masked men "
            "fired on his pickup outside Gharanij.")
    assert killed(text) == {"civilians": 1}


def test_elder_of_a_named_clan_and_his_wounded_companion() -> None:
    text = ("Shooting near Hajin\n\nAn elder of the Baggara clan was killed and his companion seriously wounded on Tuesday when "
            "masked men sprayed their vehicle with bullets near Hajin.")
    assert killed(text) == {"civilians": 1}


def test_notable_of_a_named_clan_as_the_object() -> None:
    text = ("Killing in Busayrah\n\nMasked men assassinated a notable of the Albu Kamel clan in Busayrah on Tuesday "
            "afternoon.")
    assert killed(text) == {"civilians": 1}


def test_dignitary_and_council_member() -> None:
    text = ("Killing in Tabqa\n\nMasked men shot dead Khalil Abdo, a dignitary of the Walda tribe and a member of the "
            "town council, outside a bakery in Tabqa on Monday.")
    assert killed(text) == {"civilians": 1}


def test_him_after_fire_on_a_dignitary_of_a_named_clan() -> None:
    text = ("Killing near Hajin\n\nMasked men on a motorbike fired at a dignitary of the Baggara clan in Abu Hamam village "
            "on Monday morning, killing him on the spot.")
    assert killed(text) == {"civilians": 1}


def test_killing_him_told_again_is_the_same_dead() -> None:
    text = ("Killing in Mansoura\n\nMasked men shot dead a dignitary of the Walda tribe outside his shop in Mansoura on "
            "Monday evening.\nWitnesses said that the attackers, who came in a white car, emptied their rifles at the old "
            "man as he closed his shutters, killing him at once.")
    assert killed(text) == {"civilians": 1}


def test_hurt_notable_of_a_named_clan() -> None:
    text = ("Shooting near Shuhail\n\nMasked men wounded a notable of the Bakir clan on Sunday night as he drove home to "
            "Shuhail.")
    assert injured(text) == {"civilians": 1}


def test_mukhtar_of_a_village_is_read_as_his_office() -> None:
    # a mukhtar is read by ``casualty_local_office`` (a civilian unless ties are told), not as a tribe's figure
    text = ("Killing near Daraa\n\nMasked men shot dead the mukhtar of the village of Saida in front of his house on "
            "Sunday.")
    assert killed(text) == {"civilians": 1}


def test_dignitary_close_to_the_regime_keeps_the_tie() -> None:
    text = ("Killing near Daraa\n\nMasked men assassinated a dignitary of the Zoubi clan close to the regime's security "
            "services in Nahta on Monday.")
    assert killed(text) == {"regime": 1}
