"""After a period total, a line that opens with the monitor's count of deaths in events of a kind told in the plural
("SOHR also recorded the deaths of 38 people in clashes between local groups and ISIS cells in A and B"): more of the
statistics, even when it names towns, not an incident. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract, kinds

_TOTAL = ("Quneitra in 2022: 96 people killed\n\nSOHR has documented since the beginning of 2022 until the end of "
          "December 51 attacks in Quneitra governorate, which claimed the lives of 60 people. They are distributed as "
          "follows:\n- 41 civilians, including 5 children.\n- 19 regime soldiers.\n")


def test_monitor_recorded_deaths_in_clashes_after_a_total_is_no_incident() -> None:
    row = contract(_TOTAL + "SOHR also recorded the deaths of 29 people in clashes between local gunmen and regime "
                   "forces in Khan Arnabah and Jubata al-Khashab, and 7 others in other circumstances, bringing the "
                   "total number of deaths in Quneitra to 96.")
    assert kinds(row) == []


def test_observatory_documented_killing_in_bombings_after_a_total_is_no_incident() -> None:
    row = contract(_TOTAL + "The Observatory also documented the killing of 12 people in bombings in Khan Arnabah and "
                   "Al-Baath city, raising the overall toll in the province to 72.")
    assert kinds(row) == []


def test_look_alike_one_attack_after_the_total_is_an_incident() -> None:
    row = contract(_TOTAL + "SOHR also documented the death of two soldiers in an IED attack on their vehicle near "
                   "Khan Arnabah on the same day.")
    assert len(kinds(row)) == 1
