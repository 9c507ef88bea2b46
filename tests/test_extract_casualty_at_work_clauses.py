""""a man was killed ... as he was ploughing his land", "killing a farmer's neighbour and wounding his cousin while they
were working in their farmland", "two brothers ... as they searched for truffles", "a man who worked in trading
livestock": victims of no named side told at work are civilians (SCHEMA: workers, truffle hunters;
``mention_sides._AT_WORK``, read by ``family_or_work``). The dead man is the only dead of the sentence even where
someone is hurt beside him. Look-alikes: a man who worked with an armed group, a man told without his work.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_as_he_was_ploughing() -> None:
    text = ("Mine blast near Maadan\n\nOn Thursday, a man lost his life when an old mine went off as he was ploughing "
            "his plot near Maadan, east of Raqqa.")
    assert killed(text) == {"civilians": 1}


def test_dead_man_beside_hurt_relative_at_work() -> None:
    text = ("Missile near Qalaat al-Madiq\n\nOn Monday, a guided missile hit a tractor near Qalaat al-Madiq, killing a "
            "man and wounding his nephew while they were working in their farmland.")
    assert killed(text) == {"civilians": 1}


def test_brothers_who_searched_for_truffles() -> None:
    text = ("Mine in the Badia\n\nThe newest victims are two brothers who died on Friday after a mine went off beside "
            "their pickup as they searched for truffles in the Badia of Arak.")
    assert killed(text) == {"civilians": 2}


def test_man_who_worked_in_trading() -> None:
    text = ("Body found near Diban\n\nOn Sunday, a man who worked in trading livestock was found dead with gunshot wounds "
            "near Diban, a day after masked gunmen seized him at a checkpoint.")
    assert killed(text) == {"civilians": 1}


def test_brothers_working_in_a_refinery() -> None:
    text = ("Bodies found near Tayyana\n\nOn Tuesday, the bodies of two brothers working at an oil refinery were found "
            "with bullet wounds near Tayyana, days after they went missing.")
    assert killed(text) == {"civilians": 2}


def test_man_working_in_a_bakery_hurt() -> None:
    text = ("Quarrel in Ras al-Ain\n\nOn Friday, a man working in a bakery was hurt by gunfire from a faction member "
            "after an argument in Ras al-Ain.")
    assert injured(text) == {"civilians": 1}


def test_man_who_worked_with_a_group_unchanged() -> None:
    text = ("Shooting near Jasim\n\nGunmen shot dead a man who worked with Hezbollah as a guide near Jasim on Sunday.")
    assert "civilians" not in killed(text)


def test_man_without_work_unchanged() -> None:
    text = ("Mine blast near Maadan\n\nOn Thursday, a man lost his life when an old mine went off near Maadan, east of "
            "Raqqa.")
    assert killed(text) == {"unknown": 1}
