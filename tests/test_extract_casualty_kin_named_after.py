"""Relatives named without a number after a victim (``casualty_unnumbered``): two kin sharing a verb after
them ("his mother and sister were injured"), a kin "sustained injuries", a grandson, a child told by age ("his
seven-year-old son"), and "killing him and his son" (the one "him" stands for, named before in the sentence).
Look-alikes: one kin with his own verb stays one; "him" after a victim tied to a group by "who had joined" is left to
the rules that read what he joined.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_two_kin_with_a_verb_after_both() -> None:
    text = ("Shelling on Maarzaf\n\nA girl was killed and her father and brother were wounded when regime shells hit "
            "Maarzaf village on Friday.")
    assert injured(text) == {"civilians": 2}


def test_kin_who_sustained_injuries_is_injured() -> None:
    text = ("Mine in Hama desert\n\nOn Tuesday, a farmer was killed and his cousin sustained serious injuries when a "
            "landmine exploded near Aqirbat.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


def test_grandson_of_a_civilian() -> None:
    text = ("Shelling on Al-Bara\n\nRegime artillery shelled Al-Bara on Sunday, killing an old civilian woman and "
            "wounding her grandson.")
    assert injured(text) == {"civilians": 1}


def test_pronoun_victim_and_his_young_son() -> None:
    text = ("Bomb in Tafas\n\nA bomb planted in the car of a member of the Fifth Corps exploded in Tafas on Monday, "
            "killing him and his nine-year-old son.")
    assert killed(text) == {"regime": 1, "civilians": 1}


def test_one_kin_with_own_verb_stays_one() -> None:
    text = ("Shelling on Kansafra\n\nA boy was killed and his sister was injured when regime shells hit Kansafra on "
            "Thursday.")
    assert injured(text) == {"civilians": 1}


def test_kin_named_with_their_and_no_his_or_her_in_the_sentence() -> None:
    # "their" alone introduces the kin: the cheap word gate before the kin pattern must let it through
    text = ("Shelling on Ariha\n\nRegime shells hit a house in Ariha on Monday, killing a farmer's wife and injuring "
            "their son.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}
