""""killing a man and his wife": a relative told as a civilian (a wife, a mother, a daughter) and the man named before
her with no side of his own are one family, so both are civilians (SCHEMA: families), not one civilian and one person
of no side (``casualty_kin.family_pair``). A man of a named side keeps it, a man killed while his wife is only hurt
is left as he was, so is a pair found murdered (SCHEMA: murders), and a pair of no civilian member ("a man and his son") is unchanged.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_man_and_wife_killed_by_shelling() -> None:
    text = ("Shelling on Kafr Oweid\n\nRegime artillery pounded Kafr Oweid in Jabal al-Zawiya on Tuesday morning, "
            "killing a man and his wife and destroying their house.")
    assert killed(text) == {"civilians": 2}


def test_elderly_man_and_his_daughter_told_after_the_date() -> None:
    text = ("Strike on Maarat al-Nasan\n\nOn Thursday, SOHR documented the death of an elderly man and his daughter when "
            "Russian jets struck their farm near Maarat al-Nasan.")
    assert killed(text) == {"civilians": 2}


def test_man_and_his_mother_wounded_together() -> None:
    text = ("Drone on Atarib\n\nA regime kamikaze drone hit a motorcycle on the road to Atarib on Sunday, wounding a man "
            "and his mother.")
    assert injured(text) == {"civilians": 2}


def test_soldier_and_his_wife_keep_their_sides() -> None:
    text = ("Blast in Sanamayn\n\nAn explosive device went off under a car in Sanamayn on Monday, killing a regime "
            "soldier and his wife.")
    assert killed(text).get("regime") == 1


def test_man_killed_and_wife_hurt_stay_apart() -> None:
    text = ("Shooting in Nawa\n\nUnknown gunmen shot dead a man in Nawa on Friday evening and wounded his wife.")
    assert killed(text) == {"unknown": 1}
    assert injured(text) == {"civilians": 1}


def test_murdered_pair_is_left_alone() -> None:
    text = ("Crime in Hama\n\nA man and his wife were found murdered in their flat in Hama city on Saturday.")
    assert killed(text).get("civilians", 0) < 2
