""""A third shepherd, a teenage boy, got away with light injuries": one person told twice in a row, the apposition
closed before his own verb (got, escaped, survived, suffered, sustained, managed, ...), is one casualty
(``casualty_lists.single_appositions``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums

_OPEN = ("Shepherds attacked near Raqqa\n\nGunmen believed to belong to ISIS shot dead two shepherds on Monday in the "
         "desert east of Raqqa, the Syrian Observatory for Human Rights said. ")


def test_apposed_boy_got_away_with_injuries() -> None:
    assert injured_sums(_OPEN + "A third shepherd, a teenage boy, got away with light injuries.") == {"civilians": 1}


def test_apposed_boy_escaped_with_injuries() -> None:
    assert injured_sums(_OPEN + "A third shepherd, a boy aged 15, escaped with minor injuries.") == {"civilians": 1}


def test_apposed_young_boy_suffered_injuries() -> None:
    assert injured_sums(_OPEN + "A third shepherd, a young boy, suffered light wounds.") == {"civilians": 1}


def test_two_people_listed_stay_two() -> None:
    assert injured_sums(_OPEN + "A third shepherd and a teenage boy suffered light wounds.") == {"civilians": 2}
