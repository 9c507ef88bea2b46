"""An event the incident is said to have followed, told with its own dead: "The strikes followed an announcement that
nine soldiers had been killed in an attack on a base in X", "The shelling came in response to an attack that killed
two soldiers" -- another incident, not more dead of the one told so far.

Look-alikes: "The strikes followed weeks of threats" (no dead of its own) and "The attack came as the two men were
driving home" (no event set before it) add nothing new.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident


def test_strikes_followed_an_attack_with_its_own_dead() -> None:
    row = contract("Drone strike near Qamishli\n\n"
                   "On Monday, a Turkish drone struck a car in the countryside of Qamishli, killing two SDF fighters.\n\n"
                   "The strike followed a statement by the Turkish army that four of its soldiers had been killed in "
                   "an attack on an outpost near the border.")
    assert len(row["incidents"]) == 2
    assert killed_per_incident(row)[0] == {"sdf": 2}


def test_shelling_came_in_response_to_an_attack_with_dead() -> None:
    row = contract("Shelling on Idlib\n\n"
                   "Regime forces shelled the town of Ariha in the southern countryside of Idlib, wounding three "
                   "civilians.\n\n"
                   "The shelling came in response to an attack in which HTS fighters killed five regime soldiers "
                   "near Saraqib.")
    assert len(row["incidents"]) == 2


def test_look_alike_followed_without_dead_adds_nothing() -> None:
    row = contract("Drone strike near Qamishli\n\n"
                   "On Monday, a Turkish drone struck a car in the countryside of Qamishli, killing two SDF fighters.\n\n"
                   "The strike followed weeks of Turkish threats against the region.")
    assert len(row["incidents"]) == 1


def test_party_word_before_came_in_response_to_an_attack_with_dead() -> None:
    row = contract("Strikes in the desert\n\n"
                   "Russian jets struck hideouts in the hills east of Palmyra on Friday, killing six ISIS members.\n\n"
                   "A military source said the strikes came in response to an attack on Thursday evening, in which "
                   "cells killed four soldiers near the village of Arak.")
    assert len(row["incidents"]) == 2
    assert killed_per_incident(row)[0] == {"isis": 6}


def test_answered_attack_kills_men_of_the_striking_side() -> None:
    row = contract("US strikes in Deir Ezzor\n\n"
                   "US warplanes struck depots of Iranian-backed militias near Albu Kamal last night, killing nine "
                   "militiamen.\n\n"
                   "The Pentagon had announced that the strikes came in response to a drone attack on a coalition "
                   "base near Al-Shaddadi, which killed an American contractor.")
    assert len(row["incidents"]) == 2


def test_came_days_after_a_killing_of_its_own() -> None:
    row = contract("Attack near Rusafa\n\n"
                   "ISIS cells attacked a post of the National Defence Forces near al-Rusafa on Monday, killing four "
                   "militiamen.\n\n"
                   "The attack comes days after ISIS cells killed a shepherd and stole his sheep near Dibsi Afnan.")
    assert len(row["incidents"]) == 2



def test_raid_was_followed_by_clashes_with_dead_is_the_same_raid() -> None:
    # "was followed by": what comes next is more of the raid told so far, not an event before it
    row = contract("Raid on a hideout\n\n"
                   "SDF members, backed by coalition helicopters, carried out a raid at dawn on Tuesday on a house in "
                   "the town of Hajin in the eastern countryside of Deir Ezzor, where an ISIS cell was hiding.\n\n"
                   "The raid was followed by clashes that lasted for two hours, during which two ISIS members were "
                   "killed. A woman from the town was also killed by stray bullets during the clashes.")
    assert killed_per_incident(row) == [{"civilians": 1, "isis": 2}]
