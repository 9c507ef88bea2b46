"""Incidents: sentences after an incident that tell of a trend, a count of events, a search or an accusation are no
incidents of their own, and add no places to the incident before them.

* "X has witnessed a rise in ISIS attacks over recent months" (a rise, an increase; over recent weeks or months);
* "Warplanes have carried out dozens of airstrikes on hideouts in A and B" (present perfect, a vague count);
* "The cells are now carrying out hit-and-run attacks on convoys on the road linking A with B";
* "the number of attacks on the bases since October has reached 114": events counted;
* "regime forces launched a combing campaign in the desert of A, in search of ISIS cells": a search, no violence;
* "Residents had accused the gang of kidnapping for ransom": a record, not an event.

Look-alikes: a day's strikes counted in figures ("carried out 40 airstrikes on Tuesday"), an attack on a combing
patrol that kills, and a dated abduction stay incidents.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, governorates, kinds, place_names

_LEAD = ("Syrian Observatory for Human Rights\nDesert news\n\n"
         "ISIS cells attacked a checkpoint of regime forces near the village of Arak, east of Palmyra in the eastern "
         "countryside of Homs, on Monday night, killing three soldiers.\n")


@pytest.mark.parametrize("line", [
    "In response, Russian warplanes have carried out dozens of airstrikes on suspected ISIS hideouts in the deserts "
    "of Palmyra, al-Sukhnah and Ithriya.",
    "It is worth noting that the number of ISIS attacks on regime positions in the Syrian desert since 5 March 2024 "
    "has reached 87, according to SOHR documentation.",
    "SOHR had reported on Saturday that regime forces launched a combing campaign in the desert of Ithriya, backed by "
    "Russian helicopters, in search of ISIS cells.",
])
def test_trend_count_or_search_line_is_no_incident(line: str) -> None:
    row = contract(_LEAD + line)
    assert kinds(row) == ["attack"]


def test_rise_over_recent_months_adds_no_places() -> None:
    row = contract(_LEAD + "\nThe eastern countryside of Homs has witnessed a rise in ISIS attacks over recent months "
                           "targeting regime soldiers and workers of the gas fields near al-Sukhnah.")
    assert kinds(row) == ["attack"]
    assert place_names(row) == [["Arak", "Palmyra", "Homs"]]


def test_ongoing_campaign_adds_no_places() -> None:
    row = contract("Syrian Observatory for Human Rights\nDesert news\n\n"
                   "On Friday, two shepherds were killed by the explosion of a landmine in al-Kawm area, north-east of "
                   "al-Sukhnah, while they were grazing their sheep.\n"
                   "The cells are now carrying out hit-and-run attacks on convoys moving on the road linking "
                           "Palmyra with Deir ez-Zor and al-Sukhnah with al-Rasafa.")
    assert kinds(row) == ["ied_landmine"]
    assert governorates(row) == [None]  # al-Sukhnah's province is not told: not Deir ez-Zor, whose road is named


def test_accusation_is_no_abduction() -> None:
    row = contract("Syrian Observatory for Human Rights\nSweida news\n\n"
                   "Local fighters stormed the headquarters of a gang in the town of Atil, north of Sweida city, on "
                   "Tuesday, killing four of its members.\n"
                   "Residents had accused the gang of kidnapping for ransom, drug smuggling and the killing of several "
                   "locals.")
    assert kinds(row) == ["attack"]


def test_look_alike_day_of_strikes_counted_stays_an_incident() -> None:
    row = contract(_LEAD + "On Tuesday, Russian warplanes carried out 40 airstrikes on ISIS hideouts in Jabal "
                           "al-Bishri.")
    assert sorted(kinds(row)) == ["airstrike", "attack"]


def test_look_alike_attack_on_combing_patrol_stays_an_incident() -> None:
    row = contract(_LEAD + "On Wednesday, ISIS cells ambushed a combing patrol of the National Defence Forces near "
                           "Ithriya, killing two of its members.")
    assert sorted(kinds(row)) == ["ambush", "attack"]


def test_look_alike_dated_abduction_stays_an_incident() -> None:
    row = contract("Syrian Observatory for Human Rights\nSweida news\n\n"
                   "Local fighters stormed the headquarters of a gang in the town of Atil, north of Sweida city, on "
                   "Tuesday, killing four of its members.\n"
                   "Days earlier, the gang abducted two young men from the town of Shahba.")
    assert sorted(kinds(row)) == ["abduction", "attack"]
