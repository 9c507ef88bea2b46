"""Incidents: a sentence whose subject is the weapon of the incident told so far, named back with "the" ("the drone
targeted a car near B", "the IED went off as ...", "the car bomb had been parked ..."), tells more of that incident,
even where it names a more precise place.

Look-alike: "another drone targeted a car near B" is another incident.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from contract_rows import contract, kinds, place_names

_LEAD = ("Kurdistan24\nTurkish drone kills three fighters near Kobani\n\n"
         "A Turkish drone strike on Friday killed three fighters of the YPJ east of Kobani, a war monitor reported.\n")


def test_the_drone_named_back_is_the_same_incident() -> None:
    row = contract(_LEAD + "The Observatory said the drone targeted a car near the village of Jalabiyah, killing a "
                           "commander and two other fighters. A civilian driving nearby was wounded.")
    assert kinds(row) == ["drone_strike"]
    assert place_names(row) == [["Kobani", "Jalabiyah"]]


def test_the_ied_named_back_is_the_same_incident() -> None:
    row = contract("Syrian Observatory for Human Rights\nBlast in Daraa\n\n"
                   "An explosion rocked the town of Nawa in the western countryside of Daraa on Sunday, killing two "
                   "regime soldiers.\n"
                   "Local sources said the IED had been planted on the road near the Tell al-Jumou hill and went off as a "
                   "military vehicle passed, killing one soldier and a sergeant.")
    assert len(kinds(row)) == 1


def test_look_alike_another_drone_is_another_incident() -> None:
    row = contract(_LEAD + "Later, another drone targeted a car near the village of Jalabiyah, killing two fighters.")
    assert kinds(row) == ["drone_strike", "drone_strike"]
