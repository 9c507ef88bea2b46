"""Governorates: an incident on a road between towns of two governorates, with a town named beside the road ("on the
road between A and B, near C"), lies in the governorate of C when C lies in one of the two.

Look-alikes: a road between two governorates with no town beside it stays in neither; a town named in another
sentence (where a victim came from) does not settle it; a town of a third governorate does not either.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()


def _governorates(text: str) -> list[str | None]:
    return [i["governorate"] for i in to_contract("t", extract_report(Report(text=text), _GEO))["incidents"]]


def test_a_town_named_after_the_road_settles_its_governorate() -> None:
    text = ("Gunmen ambushed a military truck on the road between Palmyra and Deir ez-Zor, near al-Shoula, on Monday, "
            "killing five soldiers.")
    assert _governorates(text) == ["Deir-ez-Zor"]


def test_a_town_named_before_the_road_settles_its_governorate() -> None:
    text = ("Militants attacked an army checkpoint near Ithriyah, on the highway linking Hama with Raqqa, on Sunday, "
            "killing two soldiers.")
    assert _governorates(text) == ["Hama"]


def test_the_road_may_connect_provinces_named_as_towns() -> None:
    text = ("A landmine went off under a car in the desert of al-Sukhnah on the road connecting Homs and Deir ez-Zor "
            "on Friday, killing three shepherds.")
    assert _governorates(text) == ["Homs"]


def test_look_alike_a_road_with_no_town_beside_it_stays_in_neither() -> None:
    text = ("An IED exploded on a military bus on the road linking Palmyra and Deir ez-Zor on Monday, killing three "
            "soldiers.")
    assert _governorates(text) == [None]


def test_look_alike_a_town_in_another_sentence_does_not_settle_it() -> None:
    text = ("Unknown gunmen abducted a trader on the road between Sweida and Damascus on Tuesday and asked his family "
            "for a ransom. Relatives said he had left Shahba in the morning.")
    assert _governorates(text) == [None]
