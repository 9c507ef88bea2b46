"""Place words: a place led by "through" ("entered through the X crossing"), and a place whose lead word follows a
name that is no place ("entered from Iraq at the X crossing": the name pattern, reading "at" as an Arabic article,
took "Iraq at the X" as one name and hid the place after it).

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract.places import place_mentions


def _names(text: str) -> list[str]:
    return [p.name for p in place_mentions(text, 0, len(text))]


def test_a_place_after_a_country_and_at() -> None:
    assert _names("The trucks had just come from Iraq at the Boukamal crossing when the drones struck.") == ["Boukamal"]


def test_a_place_after_through() -> None:
    assert _names("A convoy was hit after it crossed through the Albukamal border crossing on Monday.") == ["Albukamal"]


def test_a_country_and_a_place_in_it() -> None:
    assert _names("Fighters who came from Turkey in Tal Abyad were killed on Monday.") == ["Tal Abyad"]


def test_look_alike_an_article_inside_a_name_stays_in_it() -> None:
    assert _names("Shells fell on Tall at-Tuyur on Monday.") == ["Tall at-Tuyur"]
