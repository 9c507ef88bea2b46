"""The people a bomber turned on, told as "of them" or "others" after his deed (``casualty_bomber_hurt.bomber_targets``).

* "blew himself up as the fighters stormed the house, killing two of them and wounding three others": the fighters the
  text gave a side before;
* "detonated his belt as they closed in, killing himself and one of the local fighters and wounding two others": the
  others are of the dead fighter's side;
* a bomber of no side told, or fighters told before only as the bomber's, are left as they are.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from casualty_cases import wounded
from contract_rows import killed_sums as killed

_CAMPAIGN = (
    "Fighting in Tafas\n\nClashes between local groups and an ISIS cell in Tafas have killed 12 people since Friday, a "
    "monitor said. The dead are eight ISIS members and four fighters of the local groups.\n\n"
)


def test_of_them_after_fighters_stormed_the_bombers_house() -> None:
    text = _CAMPAIGN + (
        "On Sunday, an ISIS member blew himself up with an explosive belt as the fighters stormed a farm on the edge of "
        "Tafas, killing two of them and wounding three others."
    )
    assert wounded(text) == {"hts_rebels": 3}
    assert killed(text).get("hts_rebels", 0) >= 2


def test_wounding_of_them_when_fighters_surrounded_him() -> None:
    text = _CAMPAIGN + (
        "On Monday, a suspected ISIS member blew himself up when fighters surrounded a house in Tafas, wounding four of them."
    )
    assert wounded(text) == {"hts_rebels": 4}


def test_others_after_a_dead_local_fighter() -> None:
    text = _CAMPAIGN + (
        "On Sunday, an ISIS member besieged in a house in Tafas detonated his explosive belt as the "
        "gunmen closed in, killing himself and one of the local fighters and wounding two others."
    )
    assert wounded(text) == {"hts_rebels": 2}


def test_fighters_told_before_only_as_the_bombers() -> None:
    text = (
        "Raid in Tafas\n\nSix ISIS fighters were killed in Tafas on Friday, a monitor said.\n\n"
        "On Sunday, an ISIS member blew himself up as the fighters gathered in a house, wounding two of them."
    )
    assert "hts_rebels" not in wounded(text)
