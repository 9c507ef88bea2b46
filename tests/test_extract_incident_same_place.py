"""An incident that names no place but points back to the one before it ("in the same city", "inside the town", "the
same desert") lies in that incident's governorate; "the town of X" names a new place and lends nothing (paragraphs
written for these tests). One construction per test."""

from __future__ import annotations

from contract_rows import governorates, titled

_MARKET = ("A booby-trapped motorcycle exploded on Monday near a bakery in Jarablus, in the northeastern countryside of "
           "Aleppo, killing three civilians, the monitor said. ")


def test_an_event_in_the_same_city_takes_its_governorate() -> None:
    row = titled(_MARKET + "Last month, a roadside bomb went off beside a school in the same city, killing a teacher "
                           "and his son.")
    assert governorates(row) == ["Aleppo", "Aleppo"]


def test_an_event_inside_the_town_takes_its_governorate() -> None:
    row = titled(_MARKET + "Inside the town, gunmen opened fire on a patrol of the military police on Tuesday, killing "
                           "two of its members.")
    assert governorates(row) == ["Aleppo", "Aleppo"]


def test_an_event_in_the_same_desert_takes_its_governorate() -> None:
    row = titled("Cells of the Islamic State attacked a regime checkpoint in the desert of Al-Sukhnah, east of Homs, "
                 "on Friday, killing four soldiers, the monitor reported. Two days earlier, a landmine left by the "
                 "cells killed a truffle hunter in the same desert.")
    assert governorates(row) == ["Homs", "Homs"]
