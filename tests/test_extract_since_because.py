""""The toll could rise, since several of the approximately 50 people wounded were in critical condition": "since" as
"because", opening a clause of people, gives no period, so the sentence stays the incident's and keeps its wounded
(``segment._SINCE_BECAUSE``); "since" before a date or an event still gives one.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums
from observatory.extract.segment import is_total

_OPEN = ("Market bombed in Idlib\n\nRegime warplanes struck a crowded market in the town of Maarat al-Numan on Monday, "
         "killing 20 people, the Syrian Observatory for Human Rights said. ")


def test_since_several_of_the_wounded() -> None:
    text = _OPEN + "It said the toll could rise, since several of the roughly 40 people wounded were in critical condition."
    assert injured_sums(text) == {"unknown": 40}


def test_since_many_of_them() -> None:
    text = _OPEN + "Some 40 people were injured, and the toll may go higher, since many of them are in a critical state."
    assert injured_sums(text) == {"unknown": 40}


def test_since_the_wounded_is_no_period() -> None:
    assert not is_total("The toll is expected to rise, since the wounded include 12 people in serious condition.")


def test_since_a_date_is_still_a_period() -> None:
    assert is_total("The toll of the bombardment has reached 40 dead, since the start of the offensive in April.")
