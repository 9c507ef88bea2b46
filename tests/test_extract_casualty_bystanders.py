"""Casualty figures: a part of a toll told as a civilian or a bystander among combatants or people of no side.

* "injured four others, including a civilian woman": the woman is a civilian taken out of the fighters' wounded;
* "one of whom is a boy who was passing by": a pronoun part told as a bystander is a civilian apart;
* "three people dead, among them a girl hit by a stray bullet": the bystander is a civilian, the rest of no side;
* a plain child or woman inside a toll of people, or a pronoun part told by rank, stays in the whole.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums

T = "Local update\n\n"


def test_civilian_woman_among_wounded_fighters() -> None:
    text = T + ("Gunmen of two rival factions fought in the market of Azaz on Tuesday, which killed two fighters and injured "
                "four others, including a civilian woman selling bread.")
    assert injured_sums(text) == {"hts_rebels": 3, "civilians": 1}


def test_one_of_whom_is_a_passing_boy() -> None:
    text = T + ("Clashes between two factions in Marea on Tuesday killed two fighters and wounded six others, one of whom "
                "is a boy who was passing by on his bicycle.")
    assert injured_sums(text) == {"hts_rebels": 5, "civilians": 1}


def test_girl_hit_by_stray_bullet_among_people() -> None:
    text = T + ("A quarrel between two families in Diban turned into a gunfight on Tuesday, leaving four people dead, among them "
                "a ten-year-old girl hit by a stray bullet, and two others hurt.")
    assert killed_sums(text) == {"unknown": 3, "civilians": 1}


def test_people_including_a_child_caught_in_crossfire() -> None:
    text = T + ("Five people, including a child caught in the crossfire, were killed on Tuesday when two families "
                "exchanged fire in Hajin over a water well.")
    assert killed_sums(text) == {"unknown": 4, "civilians": 1}


def test_plain_child_among_people_stays_in_the_whole() -> None:
    text = T + ("A quarrel between two families in Diban turned into a gunfight on Tuesday, leaving four people dead, "
                "including a child, and two others wounded.")
    assert killed_sums(text) == {"unknown": 4}


def test_pronoun_part_told_by_rank_stays_with_its_side() -> None:
    text = T + ("Clashes between two factions in Marea on Tuesday killed two fighters and wounded six others, one of whom "
                "is a field commander of the faction.")
    assert injured_sums(text) == {"hts_rebels": 6}


def test_child_among_civilians_stays_a_civilian_subset() -> None:
    text = T + ("Artillery shells fell on Kafr Nabl on Tuesday, killing three civilians, including a boy who was "
                "passing by the bakery.")
    assert killed_sums(text) == {"civilians": 3}


def test_gunmen_of_two_clans_and_a_civilian_woman() -> None:
    # the clans' gunmen are of no side; the woman beside them is the civilian
    text = T + ("A feud over grazing land flared up in Gharanij on Tuesday, leaving three gunmen from the two clans and a "
                "civilian woman dead.")
    assert killed_sums(text) == {"unknown": 3, "civilians": 1}


def test_members_of_rival_families_and_a_passing_child() -> None:
    text = T + ("Two members of two rival families and a boy who was passing by were shot dead in Theban on Tuesday "
                "during a dispute over a shop.")
    assert killed_sums(text) == {"unknown": 2, "civilians": 1}


def test_members_of_a_named_faction_keep_their_side() -> None:
    # near the rule, not it: the men belong to a named group, not to feuding clans
    text = T + ("Two members of the Hamza Division and a boy who was passing by were killed in Azaz on Tuesday when "
                "gunmen opened fire on a checkpoint.")
    assert killed_sums(text) == {"turkey_factions": 2, "civilians": 1}


def test_members_of_two_families_in_a_strike_stay_civilians() -> None:
    # near the rule, not it: households hit by a strike are not sides of a feud
    text = T + "Warplanes bombed a shelter in Saraqib on Tuesday, killing nine members of two families who lived there."
    assert killed_sums(text) == {"civilians": 9}
