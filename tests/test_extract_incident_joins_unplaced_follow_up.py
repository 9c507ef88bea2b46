"""A sentence that goes on about the incident just told, naming no place and no day of its own (the toll of the raid
told before, the fighting that followed it, "mutual shelling", "the jets later pounded the area"), is part of that
incident, not another one; a follow-up told as separate, or dated, stays apart. Sentences written for these tests."""

from __future__ import annotations

from contract_rows import contract


def test_toll_told_in_the_next_sentence_joins_the_raid() -> None:
    row = contract("Coalition helicopters landed near a farm in the town of Gharanij at dawn on Sunday, backing an SDF "
                   "raid on a hideout.\n\nThe raid turned into an exchange of fire that lasted an hour, in which two ISIS "
                   "members and a farmer were killed.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {"isis": 2, "civilians": 1}


def test_restated_toll_with_one_more_victim_joins_the_fight() -> None:
    row = contract("At least seven fighters were killed on Monday in fighting between two rival factions in the town of "
                   "Atarib.\n\nAccording to the monitor, four fighters of one faction and three of the other died, while "
                   "a shepherd was hit by a stray bullet and died.")
    assert len(row["incidents"]) == 1


def test_a_dated_follow_up_stays_an_incident_of_its_own() -> None:
    row = contract("ISIS cells attacked a checkpoint near the town of Kabajab on Monday, killing three soldiers.\n\n"
                   "On Wednesday, the cells executed two shepherds they had captured.")
    assert len(row["incidents"]) == 2


def test_a_separate_attack_stays_an_incident_of_its_own() -> None:
    row = contract("ISIS cells attacked a checkpoint near the town of Kabajab, killing three soldiers. In a separate "
                   "attack, gunmen shot dead two soldiers at a post.")
    assert len(row["incidents"]) == 2


def test_wounded_of_no_side_in_the_follow_up_are_kept() -> None:
    row = contract("Regime warplanes struck the town of Ariha in Idlib on Monday, killing three civilians. Later, five were "
                   "wounded when the jets returned.")
    assert len(row["incidents"]) == 1
    assert sum(row["incidents"][0]["injured"].values()) == 5
