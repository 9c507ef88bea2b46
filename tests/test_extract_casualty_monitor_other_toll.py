""""A bomb ... killing six people and wounding more than 20 others. SOHR put the toll higher, saying that seven civilians
had perished, while 23 others were wounded": the monitor's toll, told as higher (lower, different) than the one told
before, replaces the figures no source was credited with, for the roles it counts (``incident_monitor._superseded``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

_HIGHER = ("Bomb blast near Sayyida Zeinab\n\nA bomb hidden in a motorcycle exploded on Thursday near the Sayyida Zeinab "
           "shrine south of Damascus, killing six people and wounding more than 20 others. The Syrian Observatory for Human "
           "Rights put the toll higher, saying that seven civilians had perished, while 23 others were wounded.")


def test_monitor_put_the_toll_higher() -> None:
    assert killed(_HIGHER) == {"civilians": 7}
    assert injured(_HIGHER) == {"civilians": 23}


def test_monitor_gave_a_higher_toll_of_the_dead_only() -> None:
    text = ("Attack near Jassim\n\nGunmen attacked a checkpoint near Jassim on Monday, killing four people and wounding "
            "nine. The Observatory gave a higher toll, saying six members of the Eighth Brigade were killed.")
    assert killed(text) == {"regime": 6}
    assert injured(text) == {"unknown": 9}


def test_monitor_said_the_toll_was_lower() -> None:
    text = ("Car bomb in Azaz\n\nA car bomb exploded in a market in Azaz on Saturday, killing 12 people and injuring 30. "
            "The war monitor said the toll was lower, with nine civilians dead and 25 others wounded.")
    assert killed(text) == {"civilians": 9}
    assert injured(text) == {"civilians": 25}
