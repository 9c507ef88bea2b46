"""Aircraft that take part in a raid on the ground, and the side that backed the actor.

* "a coalition helicopter took part in the raid", "warplanes participated in the operation": support of the raid,
  which is the event (an attack), not an airstrike;
* "The SDF, backed by the coalition, killed ...": the backer is neither who did it nor the target; the actor before
  the backing phrase did it.

Sentences written for these tests; each construction has a look-alike whose reading must not change.
"""

from __future__ import annotations

from contract_rows import contract, kinds
from incident_cases import perpetrator_side as _perpetrator
from observatory.extract.events import event_type


def test_helicopter_taking_part_in_a_raid_is_no_airstrike() -> None:
    hit = event_type("Local sources said that a coalition helicopter took part in the raid on the farm.")
    assert hit is not None and hit[0] == "attack"


def test_warplanes_participating_in_an_operation_name_no_kind() -> None:
    assert event_type("US warplanes also participated in the operation, the statement said.") is None


def test_raid_with_helicopter_support_is_one_attack() -> None:
    row = contract("Raid east of Deir ez-Zor\n\nSDF fighters killed three ISIS members during a raid on a hideout in "
                   "the town of Al-Kishkiyah at dawn on Friday. The monitor said coalition helicopters took part in "
                   "the operation.")
    assert kinds(row) == ["attack"]


def test_look_alike_helicopter_strike_is_still_an_airstrike() -> None:
    hit = event_type("Coalition helicopters struck a vehicle near the town, killing two ISIS members.")
    assert hit is not None and hit[0] == "airstrike"


def test_actor_backed_by_another_is_the_perpetrator() -> None:
    text = "The Syrian Democratic Forces, backed by the US-led coalition, killed two ISIS members in the town of Hajin."
    assert _perpetrator(text) == "sdf"


def test_actor_with_a_noun_before_the_backing_phrase_is_the_perpetrator() -> None:
    text = "SDF fighters, supported by coalition helicopters, raided a house in the town and killed a wanted man."
    assert _perpetrator(text) == "sdf"


def test_look_alike_backer_after_the_verb_is_not_the_perpetrator() -> None:
    text = "ISIS cells attacked a checkpoint held by regime forces backed by Russian advisers near the town."
    assert _perpetrator(text) == "isis"

