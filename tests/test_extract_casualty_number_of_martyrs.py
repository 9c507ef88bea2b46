"""A risen toll told as "the number of martyrs" (Hawar, ANHA and other outlets of the region call their dead martyrs):
"bringing the number of martyrs to two", "raising the number of martyrs to three" read as "bringing the death toll to
two" does (``casualties._TOLL_WORD``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums

_STRIKE = ("Drone strike east of Qamishlo\n\nA drone of the Turkish occupation army targeted a car carrying members of "
           "the Internal Security Forces (Asayish) on Thursday evening near the village of Tal Ma'ruf, east of Qamishlo "
           "city. ")


def test_succumbed_bringing_the_number_of_martyrs_to_two() -> None:
    text = _STRIKE + ("One of the members was martyred immediately, while his comrade was seriously wounded and taken to "
                      "a hospital, where he succumbed to his wounds at dawn today, bringing the number of martyrs to two. "
                      "A civilian who was passing by sustained minor injuries.")
    assert killed_sums(text) == {"sdf": 2}
    assert injured_sums(text) == {"civilians": 1}


def test_died_raising_the_number_of_martyrs() -> None:
    text = _STRIKE + ("Two of the members were martyred at once and a third was wounded. He died of his wounds this "
                      "morning, raising the number of martyrs to three.")
    assert killed_sums(text) == {"sdf": 3}
