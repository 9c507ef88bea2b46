""""..., killing him instantly. SOHR sources said that the victim worked in a money exchange shop": a victim described
by the place he worked in (a shop, a bakery, a farm) is a civilian (SCHEMA: described as such;
``mention_sides._DESCRIBED_CIVIL``); "had no known affiliation with any armed group" alone leaves him of no side.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_victim_worked_in_a_money_exchange_shop() -> None:
    text = ("Gunmen kill young man near Sarmada\n\nUnidentified gunmen opened fire last night on a young man on the road "
            "between Sarmada and Bab al-Hawa in the northern countryside of Idlib, killing him instantly. SOHR sources said "
            "that the victim worked in a money exchange shop.")
    assert killed(text) == {"civilians": 1}


def test_he_worked_at_a_bakery() -> None:
    text = ("Man shot dead in al-Dana\n\nUnknown gunmen shot dead a man in front of his house in the town of al-Dana in the "
            "northern countryside of Idlib on Sunday. Local sources said he worked at a bakery in the town.")
    assert killed(text) == {"civilians": 1}


def test_no_known_affiliation_alone_leaves_no_side() -> None:
    text = ("Young man shot dead near Salkhad\n\nUnidentified gunmen shot dead a young man near the town of Salkhad in the "
            "southern countryside of al-Suwaidaa. Local sources told SOHR that the young man had no known affiliation with "
            "any armed group.")
    assert killed(text) == {"unknown": 1}
