"""Incidents: a governorate named as who acts ("soldiers of the Damascus government") is no place of the incident; of
several provinces an incident names with province words, the one named right after its towns, where they all lie, is
its governorate (not the one a side is stationed in or controls: "gunners stationed in the Hama countryside").

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


def test_a_government_named_by_its_capital_is_not_where_the_attack_was() -> None:
    text = ("Ambush east of the river\n\n"
            "Four troops of the Damascus government were shot dead on Tuesday night when jihadist gunmen ambushed "
            "their checkpoint in the desert south of al-Mayadin.")
    assert _govs(text) == ["Deir-ez-Zor"]


def test_the_province_after_the_towns_beats_the_base_of_the_gunners() -> None:
    text = ("Shelling on the south of Idlib\n\n"
            "Gunners of the army, deployed in the Hama countryside, fired rockets on Tuesday at the outskirts of Sarja "
            "village in Jabal al-Zawiya in the southern countryside of Idlib, killing a farmer.")
    assert _govs(text) == ["Idleb"]


def test_the_province_after_the_towns_beats_the_region_a_group_controls() -> None:
    text = ("Rockets on the plain\n\n"
            "Militants who control much of the Idlib region fired rockets on Friday at an army post in the town of "
            "Jurin in the al-Ghab plain of Hama province, wounding three troops.")
    assert _govs(text) == ["Hama"]


def test_towns_told_between_two_provinces_keep_none() -> None:
    text = ("Raids on the steppe\n\n"
            "Russian jets on Monday struck hideouts around Jabal al-Bishri, between Raqqa province and the desert of "
            "Deir ez-Zor province, the monitor said.")
    assert _govs(text) == [None]
