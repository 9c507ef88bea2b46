"""After a total of a month, a year or since a date, a sentence that breaks that tally down and names no day of its
own ("Twenty of the civilian victims were killed in ...", "... with 21 and 17 deaths respectively", "fired more than
3,000 shells on ..., killing 12", "Regime forces killed 35 of them", "The remaining 41 were killed by other parties")
tells shares of the tally, no incident's dead; a dated event told after them stays an incident with its own toll, and
sentences near the shape keep their events (paragraphs written for these tests)."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled

_MONTH = ("The monitor said it had counted 318 deaths across Syria in May 2022.\n\n"
          "Of these, 120 were civilians, among them 30 children.\n\n")
_SEASON = ("At least 60 shepherds have been killed since the start of March 2023 by landmines and ISIS gunfire in the "
           "Syrian desert, the monitor said.\n\nThe dead include 50 civilians and ten members of the regime forces.\n\n")
_LATEST = "The latest incident took place on Monday, when a mine killed two shepherds near the town of Kawkab, east of Hama."
_LEAD = ("The monitoring group said it had recorded the deaths of 410 people across the country in October 2022, "
         "among them 150 civilians and 96 soldiers of the regime forces. ")
_EVENT = "On Tuesday, a roadside bomb killed two soldiers near the village of Tal Shihab in Daraa countryside."


def test_some_of_the_victims_killed_in_a_province_are_no_incident() -> None:
    row = titled(_MONTH + "Twenty of the civilian victims were killed in Idlib province, mainly during the army's "
                          "assault on Kafr Nabl.")
    assert killed_per_incident(row) == []


def test_deaths_by_place_told_respectively_are_no_incident() -> None:
    row = titled(_SEASON + "The deserts of Raqqa and Homs were the deadliest, with 21 and 17 deaths respectively, "
                           "ahead of the desert of Hama (9).\n\n" + _LATEST)
    assert [sum(k.values()) for k in killed_per_incident(row)] == [2]


def test_thousands_of_shells_with_their_dead_are_no_incident() -> None:
    row = titled(_LEAD + "Regime artillery also fired more than 3,000 shells on the villages of Kansafra and Sarja "
                         "in the south of Idlib, killing 12 civilians, among them five children.\n\n" + _EVENT)
    assert killed_per_incident(row) == [{"regime": 2}]


def test_a_killer_of_some_of_the_tally_is_no_incident() -> None:
    row = titled("At least 90 civilians were killed in Syria in April 2021, a monitoring network said on Thursday.\n\n"
                 "Government forces killed 35 of them, and Russian forces killed 8.\n\n" + _EVENT)
    assert killed_per_incident(row) == [{"regime": 2}]


def test_the_rest_of_the_tally_is_no_incident() -> None:
    row = titled("At least 80 civilians were killed in Syria in May 2021, a rights network said on Tuesday.\n\n"
                 "Regime forces killed 30 civilians and Russian forces killed 9.\n\n"
                 "The remaining 41 were killed by other parties, including landmines.\n\n" + _EVENT)
    assert killed_per_incident(row) == [{"regime": 2}]


# Near the shape, not it: each keeps its incident as before.
def test_some_of_the_dead_on_a_named_day_stay_an_incident() -> None:
    row = titled(_LEAD + "On Friday, nine of the victims were killed in a car bomb blast at the market of Azaz.")
    assert [sum(k.values()) for k in killed_per_incident(row)] == [9]


def test_a_few_shells_on_one_day_stay_an_incident() -> None:
    row = titled(_LEAD + "Government artillery fired 30 shells on the village of Kansafra on Sunday, killing 3 "
                         "civilians.")
    assert killed_per_incident(row) == [{"civilians": 3}]


def test_hundreds_of_strikes_on_a_named_day_stay_an_incident() -> None:
    row = titled(_LEAD + "On Sunday, Russian jets carried out more than 100 strikes on the hills of Kabani, killing "
                         "14 fighters of the factions.")
    assert len(killed_per_incident(row)) == 1

