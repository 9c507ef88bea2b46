"""Review of round-35 rules (reviewc): the deadliest event singled out (incident_deadliest) and the rise of "people"
taking the side told before it (casualty_people_rise) reach past what they were written for. A superlative whose
toll is counted since a date or over the past month, or that follows a period total in its own sentence, is the
period's share, not an event; a rise of "people" killed in a province, or one with a span of time after it, is
anyone's running toll and keeps no side (SCHEMA: "people" -> unknown); a rise of "people" tied to one event in the
sentence after its incident is that incident's toll, adding only the rest to the dead of sides told before (not a
second incident, not the whole toll beside them). Sentences written for these tests."""

from __future__ import annotations

from contract_rows import killed_per_incident, titled, total_pairs


def test_a_worst_attack_counted_since_january_stays_a_total() -> None:
    row = titled("Since the start of the year, SOHR has documented 1,320 deaths. The worst attack was carried out by ISIS "
                 "cells in the Badia, killing 18 soldiers in total since January.", "2024-05-20")
    assert {"regime": 18} not in killed_per_incident(row)
    assert ("regime", 18) in total_pairs(row)


def test_the_deadliest_share_after_a_total_in_its_sentence_keeps_the_total() -> None:
    row = titled("A total of 40 regime soldiers were killed in ISIS attacks this month, the deadliest being in the Homs "
                 "desert, killing 22 of them in several ambushes.", "2024-05-20")
    assert killed_per_incident(row) == []
    assert ("regime", 40) in total_pairs(row)


def test_the_bloodiest_clash_counted_over_a_week_is_no_incident() -> None:
    row = titled("The bloodiest clash was between SDF and ISIS cells, killing 30 fighters from both sides across eastern "
                 "Deir Ezzor since the beginning of the week.", "2024-05-20")
    assert killed_per_incident(row) == []


def test_the_deadliest_over_the_past_month_stays_a_total() -> None:
    row = titled("SOHR documented the deaths of 214 civilians across Syria during April. The deadliest being Russian air "
                 "strikes on Idlib countryside, which killed 61 civilians over the past month.", "2024-05-20")
    assert killed_per_incident(row) == []
    assert ("civilians", 61) in total_pairs(row)


def test_a_rise_of_people_in_a_province_keeps_no_side() -> None:
    row = titled("Gunmen shot dead two civilians in Daraa city, bringing the number of people killed in the province to "
                 "37 this month.", "2024-05-20")
    assert ("unknown", 37) in total_pairs(row)
    assert ("civilians", 37) not in total_pairs(row)


def test_a_rise_of_people_executed_there_this_year_keeps_no_side() -> None:
    row = titled("Three shepherds were executed near al-Sukhnah, bringing the number of people executed there to eleven "
                 "this year.", "2024-05-20")
    assert ("unknown", 11) in total_pairs(row)
    assert ("civilians", 11) not in total_pairs(row)


def test_a_rise_of_people_in_the_massacre_still_takes_the_side() -> None:
    row = titled("Two children died of their wounds today, bringing the number of people killed in the massacre at the "
                 "bakery in Halfaya to 11.", "2024-05-20")
    assert killed_per_incident(row) == [{"civilians": 11}]


def test_a_rise_of_people_in_the_next_sentence_is_the_same_explosion() -> None:
    row = titled("A car bomb exploded in Azaz on Monday, killing 5 civilians. Two more people died later, bringing the "
                 "number of people killed in the explosion to seven.", "2024-05-20")
    assert killed_per_incident(row) == [{"civilians": 5, "unknown": 2}]
    assert total_pairs(row) == []


def test_a_rise_of_people_found_at_the_same_spot_adds_only_the_rest() -> None:
    row = titled("Unknown gunmen killed two shepherds near Maadan on Monday. Later, a third person was found dead at the "
                 "same spot, bringing the number of people killed there to three.", "2024-05-20")
    assert killed_per_incident(row) == [{"civilians": 2, "unknown": 1}]


def test_a_rise_after_a_new_explosion_elsewhere_stays_its_own_incident() -> None:
    row = titled("Regime shelling killed 3 civilians in Ariha on Monday. In Sarmin, a car bomb exploded on Tuesday, killing "
                 "2 soldiers and 2 others, bringing the number of people killed in the explosion to 4.", "2024-05-20")
    assert len(killed_per_incident(row)) == 2
    assert killed_per_incident(row)[0] == {"civilians": 3}
