"""Incidents: "..., while gunmen shot dead a man in the al-X area" after another event is a second incident when the
gunmen's place is named, whether or not the name opens with a lower-case article ("al-", "ad-").

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract


def test_gunmen_in_a_place_with_a_lower_case_article_are_another_incident() -> None:
    text = (
        "On Monday, a landmine killed two shepherds near the village of Tal Baydar, north of Hasakah, while "
        "unknown gunmen shot dead a teacher in the al-Nashwa neighbourhood, according to local sources."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 2


def test_gunmen_of_the_same_fight_without_a_place_stay_one_incident() -> None:
    text = (
        "On Monday, cells of ISIS attacked a checkpoint of the SDF near the village of Tal Baydar, north of Hasakah, "
        "killing two fighters, while three gunmen were wounded."
    )
    rows = contract(text)["incidents"]
    assert len(rows) == 1
