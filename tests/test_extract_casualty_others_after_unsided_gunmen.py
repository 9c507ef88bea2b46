""""Leaving two gunmen of the clan and a civilian shopkeeper dead, while three others were wounded": wounded "others"
after dead of which some have no side yet (armed men) and some are civilians are of no one side, not the civilians'
(``casualty_victim_words.mixed_before``); also "and five others hurt" without "were".
Look-alikes: others after civilians only keep the civilians' side; others after dead of one armed side keep it.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured


def test_others_after_unsided_gunmen_and_a_civilian_are_of_no_side() -> None:
    text = ("Feud in Al-Kasrah\n\nA quarrel between two families in Al-Kasrah turned into a gunfight on Friday, leaving three "
            "gunmen of the two families and a civilian shopkeeper dead, while six others were wounded.")
    assert injured(text) == {"unknown": 6}


def test_others_hurt_without_were_after_mixed_dead() -> None:
    text = ("Feud in Al-Kasrah\n\nA quarrel between two families in Al-Kasrah turned into a gunfight on Friday, leaving two "
            "gunmen and a civilian teacher dead, and four others hurt.")
    assert injured(text) == {"unknown": 4}


def test_others_after_civilians_only_keep_their_side() -> None:
    text = ("Shelling on Ariha\n\nRegime artillery shelled Ariha on Friday, leaving two civilian farmers dead, while six "
            "others were wounded.")
    assert injured(text) == {"civilians": 6}
