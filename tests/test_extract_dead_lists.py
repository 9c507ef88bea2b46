"""A period total told as a list of its dead ("The dead since Thursday include 80 IS members, ...", "Combatant deaths
during the month included 40 regime soldiers ..."): each listed figure is a total of the dead of its side, never an
incident; a list that also tells wounded or captives is not read so. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from contract_rows import contract, killed_per_incident, total_pairs

_DAY = date(2024, 3, 4)


def test_dead_since_a_day_listed_by_side_are_totals() -> None:
    row = contract("Clashes at the jail go on\n\nThe toll of the clashes at the jail has reached 140, SOHR reported on "
                   "Tuesday.\n\nThe dead since Friday include 80 ISIS fighters, 50 SDF fighters and ten civilians, the "
                   "monitor added.", _DAY)
    assert sorted(total_pairs(row)) == [("civilians", 10), ("isis", 80), ("sdf", 50)]
    assert not any(killed_per_incident(row))


def test_those_killed_since_a_dated_start_are_totals() -> None:
    row = contract("Battle for the silo hill\n\nThose killed since the assault began on Friday, March 1, include 33 HTS "
                   "fighters, 21 soldiers and four civilians, the Observatory said.", _DAY)
    assert sorted(total_pairs(row)) == [("civilians", 4), ("hts_rebels", 33), ("regime", 21)]


def test_combatant_deaths_of_the_month_are_totals() -> None:
    row = contract("Monthly toll in the desert\n\nSOHR documented the deaths of 95 people in the Syrian desert in March 2024."
                   "\n\nCombatant deaths during the month included 40 regime soldiers and loyalists and 22 ISIS members, "
                   "most of them in the Homs desert.", _DAY)
    assert ("regime", 40) in total_pairs(row) and ("isis", 22) in total_pairs(row)


def test_a_list_that_also_tells_captives_is_not_read_as_dead() -> None:
    row = contract("Offensive in the north\n\nThe Observatory gave new figures on the offensive that began on Monday.\n\n"
                   "Those killed since the offensive began on Monday include 30 HTS fighters and 12 soldiers, and 9 others "
                   "were captured by the army.", _DAY)
    assert ("regime", 9) not in total_pairs(row) and ("hts_rebels", 9) not in total_pairs(row)


def test_wounded_since_a_day_are_no_dead() -> None:
    row = contract("Clashes in the east\n\nFighting went on near the river on Sunday, the monitor said.\n\nThe wounded "
                   "since Thursday include 12 children and 30 fighters of the SDF, according to medics in the town.", _DAY)
    assert total_pairs(row) == []
