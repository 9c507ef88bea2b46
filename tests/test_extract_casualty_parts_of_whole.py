"""A part of a figure read against its whole (``casualty_wholes``).

* "killing two ISIS members, one of them a cell leader": the part is of the whole's side;
* "Three men, one of them a member of the SDF-affiliated Manbij Military Council, were killed": a long apposition is
  still a part of the figure (the men of no side are two);
* a breakdown aside ("including a child") ends before a death word: "seven civilians, including a child, lost their lives
  and nine others were injured" reads seven dead, not seven hurt.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_one_of_them_takes_the_whole_side() -> None:
    text = ("Raid in Hajin\n\nThe SDF, backed by the coalition, raided a house in Hajin at dawn on Monday, killing three ISIS "
            "members, one of them a local emir.")
    assert killed(text) == {"isis": 3}


def test_long_apposition_is_a_part() -> None:
    text = ("Feud in Manbij\n\nTwo men, one of them a member of the SDF-affiliated Manbij Military Council, were killed on "
            "Friday in a family quarrel in a village near Manbij.")
    assert killed(text) == {"unknown": 1, "sdf": 1}


def test_aside_ends_before_a_death_word() -> None:
    text = ("Shelling on Maarat al-Numan\n\nFive civilians, including two women, lost their lives and eight others were "
            "injured when regime shells hit a market in Maarat al-Numan on Sunday.")
    assert killed(text) == {"civilians": 5}
    assert injured(text) == {"civilians": 8}


def test_list_closed_by_dead_then_others_injured() -> None:
    text = ("Front line\n\nThe fighting left four soldiers, including a captain, and two HTS fighters dead, while others "
            "from both sides were injured.")
    assert killed(text) == {"regime": 4, "hts_rebels": 2}
    assert injured(text) == {}


def test_breakdown_before_were_killed_unchanged() -> None:
    # look-alike: the aside runs up to the verb of the whole, as before
    text = ("Airstrike on Idlib\n\nNine civilians, including four children and two women, were killed in a Russian airstrike "
            "on Idlib city on Monday.")
    assert killed(text) == {"civilians": 9}
