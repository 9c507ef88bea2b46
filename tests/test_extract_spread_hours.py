"""A toll of strikes that have gone on for hours ("since dawn today", "since late last night") over a list of two or
more provinces ("in the countrysides of Aleppo and Raqqa") is a day's count, not the dead of the incident the report
tells (``incident_spread_hours``).

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md. Look-alikes: the same
span over one town or one province, two provinces named as the ends of a road or where people came from, and two
provinces struck overnight keep the toll as the incident's.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, killed_per_incident

SPREAD = [
    "Turkish drones pound army posts in the north\n\nA Turkish drone struck a car of the army near the town of Tal "
    "Rifaat, north of Aleppo, on Sunday morning, wounding 2 soldiers. The monitor said Turkish drones have been striking "
    "army positions in the countrysides of Aleppo and Raqqa since late last night, killing at least 12 soldiers.",
    "Jets pound the north-east\n\nTurkish jets bombed a grain silo near Amuda on Tuesday. The monitor has recorded the "
    "deaths of 19 members of the SDF in Turkish air raids on their posts in the countryside of Hasakah, Raqqa and "
    "Aleppo since dawn today.",
]


@pytest.mark.parametrize("text", SPREAD)
def test_hours_of_strikes_over_provinces_leave_the_incident(text: str) -> None:
    assert all(not killed for killed in killed_per_incident(contract(text)))


KEPT = [
    ("Jets pound Kafr Nabl\n\nRegime jets bombed a school in the town of Kafr Nabl on Tuesday. The monitor said the "
     "jets have struck the town in the countryside of Idlib since dawn today, killing 7 civilians.", {"civilians": 7}),
    ("Shells on Qastoun\n\nArmy artillery shelled farms near Qastoun on Friday. The monitor said shells have hit the "
     "village on the road linking Hama and Idlib since dawn today, killing 5 civilians.", {"civilians": 5}),
    ("Shells on Qastoun\n\nArmy artillery shelled farms near Qastoun on Friday. The monitor said shells have hit the "
     "village, home to families displaced from Aleppo and Hama, since dawn today, killing 5 civilians.", {"civilians": 5}),
    ("Strikes on depots\n\nIsraeli missiles hit an arms depot near Damascus and a radar post in Quneitra overnight, "
     "killing 4 soldiers, the monitor said on Wednesday.", {"regime": 4}),
    # One hit told after the list of provinces, with its own toll: the incident's (review r36, revb).
    ("Shelling in the north-west\n\nArmy guns have pounded the countrysides of Idlib and Hama since early this morning, "
     "and a rocket slammed into a farmhouse near Kafr Nabl, killing a woman and her two sons.", {"civilians": 3}),
    ("Jets over Idlib\n\nSince the early hours of the morning, Russian jets have struck the countrysides of Idlib and "
     "Latakia, and one airstrike on the village of Bidama killed 4 civilians.", {"civilians": 4}),
]


@pytest.mark.parametrize(("text", "killed"), KEPT)
def test_one_place_a_road_or_a_night_keeps_the_toll(text: str, killed: dict[str, int]) -> None:
    assert killed in killed_per_incident(contract(text))
