"""A speaker telling what its own fighters or strikes killed (``incident_own_deed``): whatever name it goes by (an
operations room, a brigade, an army), it gives its own account, so the monitor's count of the same dead wins where the
monitor gives one, in the next sentence (as a sided figure, or as a toll it "gave" whose parts name no side); told
alone, the party's figure stands.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_operations_room_boast_yields_to_the_monitor_next() -> None:
    text = ("Fighting on the edge of Kafr Nabudah\n\nOn Tuesday, the \"Wa Harid al-Mu'minin\" operations room declared "
            "that its fighters had killed 17 soldiers of the army while pushing back an advance on Kafr Nabudah in "
            "northern Hama. The Syrian Observatory for Human Rights said five soldiers died in that push, along with "
            "two opposition fighters.")
    assert killed(text) == {"regime": 5, "hts_rebels": 2}


def test_brigade_snipers_yield_to_the_monitor_next() -> None:
    text = ("Sniper fire near Jisr al-Shughur\n\nA rebel brigade stated that its snipers killed nine soldiers of the "
            "regular army on the hills near Jisr al-Shughur on Monday evening. The Observatory confirmed the deaths of "
            "four soldiers on those hills.")
    assert killed(text) == {"regime": 4}


def test_party_toll_of_attackers_yields_to_the_monitor_gave() -> None:
    text = ("SDF beats back a raid near al-Shuhail\n\nThe Syrian Democratic Forces said on Monday they had beaten back a "
            "raid by gunmen backed by Iranian-backed militias who crossed the Euphrates and attacked al-Shuhail at dawn "
            "on Sunday.\nThe raiders advanced under cover of mortar fire. The SDF said its fighters killed 31 attackers "
            "and lost six of their own.\nThe Syrian Observatory for Human Rights gave a toll of 15 dead: eleven "
            "attackers and four SDF fighters.")
    assert killed(text) == {"sdf": 4}


def test_own_deed_told_alone_stands() -> None:
    text = ("Ambush near Tell Rifaat\n\nA Turkish-backed faction said its fighters killed six SDF fighters in an ambush "
            "near Tell Rifaat on Friday night.")
    assert killed(text) == {"sdf": 6}
