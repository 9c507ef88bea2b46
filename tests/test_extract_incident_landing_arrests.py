"""A helicopter landing or airdrop that only takes people ("..., detaining a suspected cell leader", "landed troops ...
as part of an operation to comb the area") or drops supplies ("cargo planes airdropped ammunition and medicine to the
defenders") is an arrest or a supply run, not an incident (SCHEMA: arrests are not incidents).

Look-alikes: a landing in which someone is killed ("..., killing one suspect and detaining two others"), and a raid
that kills and injures and takes others ("killing and injuring several militiamen and detaining others"), stay
incidents.

Sentences written for these tests.
"""

from __future__ import annotations

from contract_rows import titled


def test_landing_detaining_a_suspect_is_no_incident() -> None:
    row = titled("Coalition helicopters carried out a landing operation near the village of Hamdan at dawn on Friday, "
                 "detaining a man suspected of leading an ISIS cell, the SDF said.")
    assert row["incidents"] == []


def test_landing_to_comb_the_area_is_no_incident() -> None:
    row = titled("SOHR reported on May 3 that Russian helicopters had landed troops in the desert of al-Mayadin, "
                 "as part of an operation to comb the area.")
    assert row["incidents"] == []


def test_airdrop_of_supplies_is_no_incident() -> None:
    row = titled("Overnight, cargo planes airdropped ammunition and medicine to the besieged garrison of the "
                 "airbase near Kuweires, officials said.")
    assert row["incidents"] == []


def test_look_alike_landing_with_a_killing() -> None:
    row = titled("Coalition helicopters carried out a landing operation near the village of Hamdan at dawn on Friday, "
                 "killing one suspect and detaining two others.")
    assert len(row["incidents"]) == 1


def test_look_alike_attack_that_also_detains() -> None:
    row = titled("Hours later, ISIS cells targeted militiamen on the outskirts of Hamdan village, killing and injuring "
                 "several of them and detaining others.")
    assert len(row["incidents"]) == 1


def test_look_alike_ambush_that_takes_soldiers() -> None:
    row = titled("Gunmen ambushed a regime patrol near the town of Jasim on Monday, detaining four soldiers.")
    assert len(row["incidents"]) == 1


def test_look_alike_clash_with_officers_detained() -> None:
    row = titled("Clashes broke out between regime forces and local gunmen in the town of Jasim on Monday, with the "
                 "gunmen detaining three officers.")
    assert len(row["incidents"]) == 1
