"""A toll and its breakdown by side both counted (``casualty_rise_by_sides``): a risen toll whose side was only guessed
from an actor named before it ("near the headquarters of the factions ... has risen to nine"), and a dead figure of no
side ("Two fighters were killed in clashes between A and B"), each counted side by side in a later sentence, are those
parts, not more dead.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_rise_near_a_groups_base_told_by_side() -> None:
    text = ("The death toll of the car bomb that went off near the headquarters of the factions in the centre of Azaz "
            "this morning has risen to nine, after two of the wounded died. The dead are three fighters of the "
            "Turkish-backed factions and six civilians, among them a girl.")
    assert killed(text) == {"turkey_factions": 3, "civilians": 6}


def test_rise_that_names_its_dead_stays() -> None:
    text = ("The toll of the ISIS ambush on an army bus near Palmyra has risen to nine soldiers. Two civilians and a "
            "shepherd's son were also killed nearby.")
    assert killed(text).get("regime") == 9


def test_fighters_of_no_side_counted_side_by_side_next() -> None:
    text = ("Two fighters were killed on Friday in clashes between members of the Afghan Fatemiyoun brigade and the "
            "National Defence Forces in al-Mayadeen. The fighting, which erupted over a checkpoint, left one NDF member "
            "and one Fatemiyoun fighter dead.")
    assert killed(text) == {"regime": 1, "pro_iran_foreign": 1}


def test_people_of_no_side_with_more_dead_next_stay() -> None:
    # the later sentence's dead add up to more than the whole: not its parts
    text = ("Three people were killed on Friday in a shooting in the market of al-Mayadeen. In a separate attack near "
            "the town, two NDF members and two Fatemiyoun fighters were killed.")
    assert sum(killed(text).values()) == 7


def test_rise_whose_sentence_names_its_dead_stays_beside_other_sides_adding_up_to_it() -> None:
    # the rise's side is told ("soldiers killed"), not guessed: two jihadists and three shepherds making five is chance
    text = ("The number of soldiers killed in the ISIS ambush on an army checkpoint near al-Sukhnah has risen to five. "
            "Two ISIS fighters and three shepherds were also killed in the attack.")
    assert killed(text) == {"regime": 5, "isis": 2, "civilians": 3}
