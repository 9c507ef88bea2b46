"""Incidents: "The strikes came a day after drones targeted a convoy near X" (or "came in response to an attack by the
militias with rockets on a base near Y") tells, after the incident, another event it followed: an incident of its own,
also without a toll and also where it names a place the incident named.

A sentence that only sets the incident in time ("The strikes came weeks before talks due to open in Geneva") is more
of the incident, not an event of its own in the place it names.

Look-alikes: "came in response to attacks by X" (attacks in general) and "came hours after a combing operation in the
area" (a search) tell no event of their own.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds

_STRIKE = ("Syrian Observatory for Human Rights\nStrikes on militia depots near Al-Mayadin\n\n"
           "Unidentified warplanes struck weapons depots of Iranian-backed militias near Al-Mayadin city in the eastern "
           "countryside of Deir Ezzor last night, killing six militiamen. ")


def test_event_the_strikes_came_after_is_an_incident() -> None:
    row = contract(_STRIKE + "The strikes came two days after unidentified drones targeted a fuel tanker of the militias "
                             "on the road between Al-Mayadin and Al-Quriyah, with no information about casualties.")
    assert kinds(row) == ["airstrike", "drone_strike"]


def test_attack_the_strikes_answered_is_an_incident() -> None:
    row = contract(_STRIKE + "The strikes came in response to an attack by the militias with several rockets on a "
                             "coalition base near Al-Mayadin on Monday.")
    assert len(kinds(row)) == 2


def test_look_alike_attacks_in_general_are_no_incident() -> None:
    row = contract(_STRIKE + "The strikes came in response to repeated attacks by the militias on coalition bases.")
    assert kinds(row) == ["airstrike"]


def test_look_alike_combing_operation_is_no_incident() -> None:
    row = contract(_STRIKE + "The strikes came hours after the militias launched a combing operation in the desert "
                             "near Al-Mayadin, without any clashes.")
    assert kinds(row) == ["airstrike"]


def test_set_in_time_before_talks_is_no_incident() -> None:
    row = contract(_STRIKE + "\n\nThe bombardment came weeks before peace talks due to open in Switzerland in January.")
    assert kinds(row) == ["airstrike"]


def test_look_alike_attack_that_began_the_clashes_stays_one_incident() -> None:
    row = contract("Syrian Observatory for Human Rights\nClashes in Hajin\n\n"
                   "Clashes erupted on Friday between SDF members and local gunmen in Hajin town in the eastern "
                   "countryside of Deir Ezzor, leaving two gunmen dead. The clashes came after the gunmen attacked an "
                   "SDF post at the entrance of the town.")
    assert len(kinds(row)) == 1
