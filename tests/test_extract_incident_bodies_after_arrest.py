"""Bodies found after the victims had been arrested or detained ("found dead days after they had been detained at a
checkpoint"): captives killed, an execution. Arrests are made by an armed side, named or not. Sentences written for
these tests."""

from __future__ import annotations

from observatory.extract.events import event_type


def test_bodies_found_after_arrest_are_an_execution() -> None:
    hit = event_type("The bodies of two young men bearing marks of torture were found near the river, a week after they "
                     "had been arrested at a checkpoint.")
    assert hit is not None and hit[0] == "execution"


def test_body_found_after_being_detained_is_an_execution() -> None:
    hit = event_type("Relatives found the body of a teacher on a farm road, days after he was detained by intelligence "
                     "officers.")
    assert hit is not None and hit[0] == "execution"


def test_look_alike_body_found_after_going_missing_stays_other() -> None:
    hit = event_type("The body of a shepherd was found near the village, three days after he went missing.")
    assert hit is not None and hit[0] == "other"


def test_look_alike_kidnapped_by_unknown_men_stays_other() -> None:
    hit = event_type("The body of a trader was found on the road, a day after he had been kidnapped by unknown men.")
    assert hit is not None and hit[0] == "other"
