"""Incidents placed only by a village the embedded gazetteer lacked: Heet in the Yarmouk Basin and Jbeb (Jabab) on
the Damascus-Daraa highway in Daraa; Ain Shib and the Arshani water station west of Idlib city, Haas near Kafr Nabl
and Mseibin (Musaybin) on the M4 in Idlib; al-Yalanli on the Sajur front west of Manbij in Aleppo; Sheikh Issa by Tal
Rifaat in Aleppo, Hafsarjah west of Idlib city, Tal al-Ahmar and Kodana in Quneitra, Tarba in the Sweida countryside.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from observatory.extract import extract_report
from observatory.geo import Geocoder
from observatory.models import Report

_GEO = Geocoder.default()  # the embedded gazetteer a user has without any data of their own


def _govs(text: str) -> list[str | None]:
    return [e.location.admin1 for e in extract_report(Report(text=text), _GEO).events]


@pytest.mark.parametrize(("text", "governorate"), [
    ("A shepherd was killed on Monday when a landmine went off in the farms of Heet town.", "Dar'a"),
    ("Unknown gunmen shot dead a former fighter near Jbeb on Wednesday evening.", "Dar'a"),
    ("A Russian airstrike hit the outskirts of Ain Shib village on Friday, wounding two farmers.", "Idleb"),
    ("Warplanes struck a camp for displaced families near Haas on Sunday, killing four civilians.", "Idleb"),
    ("A roadside bomb hit a military patrol near Musaybin on the M4 highway on Tuesday, wounding three soldiers.",
     "Idleb"),
    ("Russian jets bombed the vicinity of the Arshani water station on Thursday, causing material damage only.",
     "Idleb"),
    ("Turkish artillery shelled the village of al-Yalanli on Saturday, killing a fighter of the military council.",
     "Aleppo"),
    ("Turkish artillery shelled the village of Sheikh Issa on Monday, wounding a woman.", "Aleppo"),
    ("Russian jets struck the outskirts of Hafsarjah on Tuesday, killing two fighters of a faction.", "Idleb"),
    ("Israeli missiles hit a regime position near Tal al-Ahmar at dawn on Friday, causing material damage.", "Quneitra"),
    ("Gunmen stormed houses in the village of Tarba on Wednesday, killing three residents.", "As-Sweida"),
    ("Israeli artillery fired several shells at the outskirts of Kodana on Sunday, wounding a shepherd.", "Quneitra"),
])
def test_a_village_places_the_incident(text: str, governorate: str) -> None:
    assert _govs(text) == [governorate]
