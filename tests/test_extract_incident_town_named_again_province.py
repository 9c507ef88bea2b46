"""Incidents: a town named again in a later incident of the report is the same town: where the gazetteer would put
the second mention (with no province word of its own) in another governorate, a namesake elsewhere, it takes the
governorate the earlier incident gave it.

Look-alike: a later incident with a province word of its own keeps that province.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract.incident_stray_town import settle_strays


class _Place:
    def __init__(self, name: str, governorate: str | None = None) -> None:
        self.name, self.governorate = name, governorate


class _Draft:
    def __init__(self, *places: _Place) -> None:
        self.places = places


_TEXT = ("Factions shelled the villages of Tell Jadid and Umm Rumman in the countryside of Ain Issa on Monday. "
         "At dawn, fighters thwarted an infiltration attempt towards Tell Jadid village.")


def test_town_named_again_takes_the_governorate_it_was_named_with() -> None:
    drafts = [_Draft(_Place("Tell Jadid"), _Place("Umm Rumman")), _Draft(_Place("Tell Jadid"))]
    assert settle_strays(drafts, ["Ar-Raqqa", "Dar'a"], _TEXT) == ["Ar-Raqqa", "Ar-Raqqa"]  # type: ignore[arg-type]


def test_look_alike_a_province_word_of_its_own_keeps_its_province() -> None:
    text = _TEXT + " Later, shells hit Tell Jadid in the countryside of Daraa."
    drafts = [_Draft(_Place("Tell Jadid"), _Place("Umm Rumman")), _Draft(_Place("Tell Jadid"), _Place("Daraa", "Dar'a"))]
    assert settle_strays(drafts, ["Ar-Raqqa", "Dar'a"], text) == ["Ar-Raqqa", "Dar'a"]  # type: ignore[arg-type]


def test_look_alike_a_new_town_keeps_the_gazetteer_governorate() -> None:
    drafts = [_Draft(_Place("Tell Jadid"), _Place("Umm Rumman")), _Draft(_Place("Masyaf"))]
    assert settle_strays(drafts, ["Ar-Raqqa", "Hama"], _TEXT) == ["Ar-Raqqa", "Hama"]  # type: ignore[arg-type]
