""""Two bombs ... killing 14 people, state media said. [sentences on the bombs and the wounded] SOHR said that 13 of the
dead were soldiers": "N of the dead" points back to the toll of people of no side told before, even beyond the
window of a restated toll; the rest of it stays with no side (``casualty_restated._people_of_the_dead``), or takes
the kind a rest of one is told as ("and one was a civilian passer-by", ``casualty_rest_kind``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed

_BUS = ("Bus bombing in Damascus\n\nTwo explosive devices ripped through a bus carrying military personnel in central "
        "Damascus on Wednesday morning, killing 14 people, state media said. The bombs had been attached to the bus and "
        "went off as it crossed the Jisr al-Rais bridge, a busy transport hub, during the morning rush hour, the official "
        "news agency quoted a military source as saying. A third device was found on the vehicle and dismantled by army "
        "engineers. Three other people sustained injuries, the source added. ")


def test_of_the_dead_far_after_the_toll_leaves_one_of_no_side() -> None:
    assert killed(_BUS + "The Syrian Observatory for Human Rights said that 13 of the dead were soldiers.") == \
        {"regime": 13, "unknown": 1}


def test_of_the_victims_far_after_the_toll() -> None:
    text = ("Car bomb in Hasakah\n\nEleven people were killed on Sunday when a car bomb exploded near a checkpoint at the "
            "entrance of Hasakah city, the Kurdish Hawar news agency said. The car had been parked near the checkpoint "
            "since the early morning, and the blast damaged several shops, a bakery and a row of houses nearby, witnesses "
            "said. Dozens of others were wounded and taken to hospitals in the city, according to medical sources, and "
            "the roads to the area were closed. The Syrian Observatory for Human Rights said that nine of the victims "
            "were members of the SDF.")
    assert killed(text) == {"sdf": 9, "unknown": 2}


def test_rest_of_one_told_as_and_one_was() -> None:
    text = _BUS + "SOHR said that 13 of the dead were regime soldiers and one was a civilian passer-by."
    assert killed(text) == {"regime": 13, "civilians": 1}


def test_rest_of_one_told_as_the_last_one() -> None:
    text = ("Bus bombing in Damascus\n\nAt least 14 people were killed on Wednesday when two bombs attached to a military "
            "bus exploded in central Damascus, state media said. SOHR said that 13 of the dead were regime soldiers and "
            "the last one was a civilian passer-by.")
    assert killed(text) == {"regime": 13, "civilians": 1}
