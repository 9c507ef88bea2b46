"""Plain misreadings of who was killed and who was hurt:

* "... left four people dead, including a child, and two others hurt": the "others" after the aside are hurt, not dead
  (``casualties._OWN_ROLE`` reads "hurt" closing the item like "wounded");
* "killed five civilians and hurt nine others": "hurt" after a killing is the verb of the injured
  (``casualty_hurt_verb``), but "hurt" alone before a number ("the closure hurt 200 traders") is no wound;
* "a soldier was wounded and another died": "another" before "died" counts one dead (``figures._ANOTHER_ONE``);
* "killing two soldiers. A third soldier was killed ...": the rank adds one to the two told before
  (``casualty_ordinal_more``), and only when the figure before is one less than the rank.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_others_hurt_after_an_aside_are_hurt() -> None:
    text = ("Shells on Maarat Misrin\n\nArtillery fire by regime forces on Maarat Misrin late on Sunday left four people "
            "dead, including a small boy, and two others hurt.")
    assert killed(text) == {"unknown": 4}
    assert injured(text) == {"unknown": 2}


def test_hurt_after_killing_takes_the_injured() -> None:
    text = ("Explosion in Jarablus\n\nA booby-trapped motorbike blew up beside a bakery in Jarablus and killed three "
            "civilians and hurt eleven others on Saturday morning.")
    assert killed(text) == {"civilians": 3}
    assert injured(text) == {"civilians": 11}


def test_hurting_after_killing_takes_the_injured() -> None:
    text = ("Drone on a car near Tal Tamr\n\nA Turkish drone hit a car on the road near Tal Tamr on Tuesday, killing two "
            "SDF fighters and hurting three more.")
    assert killed(text) == {"sdf": 2}
    assert injured(text) == {"sdf": 3}


def test_hurt_with_no_killing_is_no_wound() -> None:
    text = ("Crossing closed near Azaz\n\nThe sudden closure of the crossing north of Azaz hurt 200 traders from the "
            "town, a member of the local council complained on Monday.")
    assert injured(text) == {}


def test_another_died_counts_one_dead() -> None:
    text = ("Ambush near Nawa\n\nGunmen opened fire on a regime checkpoint outside Nawa at night. A soldier was wounded "
            "and another died.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"regime": 1}


def test_a_third_in_the_next_sentence_adds_one() -> None:
    text = ("Patrol attacked near Jasim\n\nUnknown gunmen ambushed a regime patrol on the road to Jasim on Wednesday, "
            "killing two soldiers. A third soldier was killed as the patrol pulled back toward the town.")
    assert killed(text) == {"regime": 3}


def test_a_third_after_a_larger_toll_adds_none() -> None:
    text = ("Patrol attacked near Jasim\n\nUnknown gunmen ambushed a regime patrol on the road to Jasim on Wednesday, "
            "killing five soldiers. A third soldier was killed as the patrol pulled back toward the town.")
    assert killed(text) == {"regime": 5}


def test_a_third_taken_alive_adds_no_dead() -> None:
    text = ("Patrol attacked near Jasim\n\nUnknown gunmen ambushed a regime patrol on the road to Jasim on Wednesday, "
            "killing two soldiers. A third soldier was taken captive by the attackers.")
    assert killed(text) == {"regime": 2}
