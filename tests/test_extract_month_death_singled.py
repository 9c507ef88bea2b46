"""In a report of a year's toll, a death told with the one event it happened in and the month alone ("the death of a
Russian soldier in an explosion near Palmyra in August") singles out one event (incident_month_told). Paragraphs
written for these tests."""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, kinds

_TITLE = "The Syrian desert in 2022 | ISIS kills 180 regime soldiers\nHome > Annual reports\nShare this:\n\n"
_YEAR = ("SOHR has documented in 2022:\n* The death of 180 members of regime forces, who were killed in ISIS ambushes "
         "and attacks.\n* The death of 140 ISIS members, killed in Russian airstrikes.\n")


def test_a_death_in_one_event_in_a_named_month_is_an_incident() -> None:
    for line in ("SOHR also recorded the death of a Russian soldier in an explosion near Palmyra in August.",
                 "The monitor documented the deaths of two Iranian officers in an airstrike near al-Mayadin in March.",
                 "SOHR also recorded the death of a shepherd in a landmine blast near al-Sukhnah in early May."):
        row = contract(_TITLE + _YEAR + line)
        assert len(kinds(row)) == 1 and sum(killed_per_incident(row)[0].values()) in (1, 2), line


def test_deaths_of_a_month_in_no_one_event_stay_a_total() -> None:
    row = contract(_TITLE + _YEAR + "SOHR also recorded the deaths of 20 civilians in ISIS attacks in August.")
    assert kinds(row) == []
