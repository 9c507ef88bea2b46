"""The monitor's own count of an event that another source counted first, told in a sentence of its own
(``incident_second_count.monitor_recount``): the same incident told again, whose figures win, not a second incident
whose dead add to the first. Near misses: the monitor telling of a new event ("an airstrike", "also", another
province, another day) stays apart.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident
from contract_rows import killed_sums as killed


def test_monitor_count_after_state_media_replaces_it() -> None:
    text = ("Bus attacked near Palmyra\n\nTwelve soldiers were killed when gunmen attacked a military bus near Palmyra on "
            "Monday, state television reported. The Syrian Observatory for Human Rights said 17 soldiers were killed in "
            "the attack.")
    assert killed(text) == {"regime": 17}
    assert len(contract(text)["incidents"]) == 1


def test_monitor_puts_the_toll_lower_after_a_claim() -> None:
    text = ("Checkpoint raid\n\nISIS claimed that its fighters killed nine SDF members at a checkpoint in Thiban. "
            "SOHR, however, put the toll at four SDF fighters.")
    assert killed(text) == {"sdf": 4}


def test_claimant_statement_then_monitor_count() -> None:
    text = ("Post overrun\n\nThe Islamic State claimed on Thursday that its militants had killed eight regime soldiers in "
            "an attack on a post near al-Sukhnah. In a statement on its Amaq agency, the group said its fighters stormed "
            "the post late on Wednesday. The war monitor said five soldiers died in the assault.")
    assert killed(text) == {"regime": 5}
    assert len(contract(text)["incidents"]) == 1


def test_monitor_telling_another_strike_stays_apart() -> None:
    text = ("Strikes on Idlib\n\nFour civilians were killed in shelling on Ariha on Monday, state media said. The "
            "Syrian Observatory for Human Rights said an airstrike on Sarmin killed three civilians.")
    assert sorted(sum(k.values()) for k in killed_per_incident(contract(text))) == [3, 4]


def test_monitor_count_of_another_day_stays_apart() -> None:
    text = ("Shelling on Daraa\n\nTwo civilians were killed when shells hit the town of Busra on Monday, SANA reported. "
            "On Wednesday, the monitor said, shelling on the town of Inkhil killed three civilians.")
    assert sorted(sum(k.values()) for k in killed_per_incident(contract(text))) == [2, 3]


def test_monitor_count_of_new_victims_without_pointing_back_stays_apart() -> None:
    text = ("Idlib\n\nFive civilians were killed in a drone strike on a car in Jisr al-Shughur, the Civil Defence said. "
            "Separately, the Syrian Observatory said gunmen killed two farmers in their field near Kafr Takharim.")
    assert sum(killed(text).values()) == 7
