"""A number written out and told again in digits in brackets ("killing four (4) militiamen", ``figures.is_count``): the
words are the count and the digits no one more, so the role and the group after the brackets are the figure's.
Look-alikes: digits in brackets after a verb ("killing (3) members") and a bracketed breakdown stay as they were.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_killing_words_then_digits() -> None:
    text = ("Attack near Al-Sukhnah\n\nISIS cells attacked a post near Al-Sukhnah on Monday, killing six (6) soldiers of the "
            "regime forces.")
    assert killed(text) == {"regime": 6}


def test_dead_and_hurt_both_restated() -> None:
    text = ("Ambush near Maadan\n\nCell members ambushed a car of the NDF near Maadan on Monday, killing three (3) militiamen "
            "and wounding two (2) others.")
    assert killed(text) == {"regime": 3}
    assert injured(text) == {"regime": 2}


def test_hyphenated_tens() -> None:
    text = ("Strikes on Albukamal\n\nAirstrikes on depots of the Iraqi Kata'ib Hezbollah near Albukamal on Monday killed "
            "twenty-two (22) militiamen.")
    assert killed(text) == {"pro_iran_foreign": 22}


def test_digits_after_the_verb_alone_stay() -> None:
    text = ("Attack on a patrol\n\nGunmen opened fire on a patrol of the Air Force Intelligence near Inkhil on Sunday, "
            "killing (4) members of the patrol.")
    assert killed(text) == {"regime": 4}
