"""People killed while collecting scrap metal are not told as civilians by that alone (SCHEMA: "people" killed by mines
or explosive remnants are ``unknown`` unless the text says civilians; scrap collecting is no work on land or flock), while
a family or children collecting it stay civilians by their own words.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import killed_sums as killed


def test_two_men_collecting_scrap_are_unknown() -> None:
    text = ("Blast near Maskanah\n\nTwo men were killed on Monday by the explosion of a war remnant near Maskanah while "
            "they were collecting scrap metal.")
    assert killed(text) == {"unknown": 2}


def test_children_collecting_scrap_stay_civilians() -> None:
    text = ("Blast near Maskanah\n\nTwo children were killed on Monday by the explosion of a war remnant near Maskanah "
            "while they were collecting scrap metal.")
    assert killed(text) == {"civilians": 2}


def test_man_collecting_firewood_stays_civilian() -> None:
    text = ("Blast near Maskanah\n\nA man was killed on Monday by the explosion of a landmine near Maskanah while he was "
            "collecting firewood.")
    assert killed(text) == {"civilians": 1}
