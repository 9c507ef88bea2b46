"""Review of round 38's southern histories (a6ff557): sentences near its rules that they were not written for.

* "The first was ..., while the second was ..." tells two victims apart only where both parts name a person: not two
  bombs, nor two places where the men were killed (``casualty_tied.one_and_the_other``);
* a civilian first told, then restated by his past ("A civilian, a former opposition fighter") keeps the side his
  past gives (``casualty_lists.past_restated`` only for a group named first);
* a clause that says the victim left the group he served ("who has been serving with X until ... he left it") gives
  him no side of X (``mention_sides.joined_at``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_first_and_second_bombs_are_no_victims() -> None:
    text = ("Two blasts in Daraa\n\nTwo explosions rocked Daraa city on Monday, killing two men. The first was a roadside "
            "bomb near the stadium, while the second was a car bomb at a checkpoint of the Military Security.")
    assert killed(text) == {"unknown": 2}


def test_first_and_second_places_are_no_victims() -> None:
    text = ("Killings in Dael\n\nMasked men shot dead two men in Dael on Friday. The first was killed near a checkpoint "
            "of Air Force Intelligence, while the second was found dead near the road.")
    assert killed(text) == {"unknown": 2}


def test_civilian_restated_as_former_rebel() -> None:
    text = ("Killing in Tafas\n\nA civilian, a former opposition fighter, died when gunmen fired at him in Tafas on "
            "Monday.")
    assert killed(text) == {"hts_rebels": 1}


def test_served_until_he_left() -> None:
    text = ("Killing in Inkhil\n\nMasked gunmen killed a former rebel who has been serving with the 5th Corps until he left "
            "it last winter, in Inkhil on Monday.")
    assert killed(text) == {"hts_rebels": 1}
