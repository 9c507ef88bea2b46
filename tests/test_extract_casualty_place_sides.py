"""A risen toll does not take its side from a group named only to describe a place ("the pro-regime Akrama
neighbourhood", "displaced families from two rebel-held villages", "the death toll in SDF-held areas"): the group
says where the event fell or where the victims came from, not who the dead were (``casualty_place_sides``). A group
named as the dead ("the toll among regime soldiers rose to 12") still gives the side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs


def test_a_pro_regime_neighbourhood_does_not_side_the_toll() -> None:
    row = titled("A car bomb went off on Tuesday near a school in Akrama, a Homs neighbourhood loyal to Damascus. The "
                 "number of people killed in the car bomb in the pro-regime Akrama neighbourhood of Homs has risen "
                 "to 31, after four of the wounded died in hospital.")
    assert killed_per_incident(row) == [{"unknown": 31}]


def test_a_toll_in_sdf_held_areas_is_not_the_sdf_s() -> None:
    row = titled("Turkish drones struck a car near Amuda on Saturday, killing two SDF fighters. The monitor said the "
                 "tally of SDF fighters killed since the escalation began went up to 19, while the toll of "
                 "civilians in SDF-held areas now stands at 17.")
    assert ("civilians", 17) in total_pairs(row)
    assert ("sdf", 17) not in total_pairs(row)


def test_a_toll_among_regime_soldiers_keeps_their_side() -> None:
    row = titled("ISIS cells ambushed an army bus near al-Sukhnah on Sunday. The death toll among regime soldiers on "
                 "the bus rose to 12, the monitor said.")
    assert killed_per_incident(row) == [{"regime": 12}]


def test_pro_regime_fighters_in_areas_keep_their_side() -> None:
    row = titled("ISIS cells attacked army posts near Mayadin on Monday. The number of pro-regime fighters in areas "
                 "west of the Euphrates killed in the attack rose to 14, the monitor said.")
    assert killed_per_incident(row) == [{"regime": 14}]
