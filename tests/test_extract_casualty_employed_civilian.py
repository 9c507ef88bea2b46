""""The victim, according to SOHR's sources, was employed at a currency exchange shop and was not known to be affiliated
with any armed faction": a victim described as employed at a shop or office, or as not known to be affiliated with any
armed group, is a civilian, as one who "worked in a money exchange shop" is (``mention_sides._DESCRIBED_CIVIL``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed

_OPEN = ("Man shot dead near Sarmada\n\nA young man was killed on Tuesday night when unidentified gunmen opened fire on "
         "him on the road between Sarmada and Bab al-Hawa, north of Idlib, the Syrian Observatory for Human Rights said. ")


def test_employed_at_a_shop_with_aside() -> None:
    assert killed(_OPEN + "The victim, according to SOHR sources, was employed at a currency exchange shop.") == {"civilians": 1}


def test_employed_in_an_office() -> None:
    assert killed(_OPEN + "The victim was employed in a real estate office in the town.") == {"civilians": 1}


def test_not_known_to_be_affiliated_with_any_faction() -> None:
    assert killed(_OPEN + "SOHR said the man was not known to be affiliated with any armed faction.") == {"civilians": 1}
