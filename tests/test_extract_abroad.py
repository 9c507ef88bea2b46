"""An event outside Syria told in a report on a Syrian incident (dead "at a garrison in Jordan", "in northern Iraq",
"In Iraq, officials said ...") is an incident of its own with no governorate (SCHEMA: events outside Syria -> null),
never more dead of the Syrian incident; "in Iraq and Syria" sets no scene abroad (paragraphs written for these tests).
One construction per test."""

from __future__ import annotations

from contract_rows import governorates, killed_per_incident, titled

_RAIDS = ("American jets bombed depots of Iran-backed militias near Al-Mayadin in Deir Ezzor overnight, killing 12 "
          "militiamen, the monitor said. ")
_DRONES = ("Turkish drones struck a fuel station near Amuda in Hasakah countryside on Saturday, killing four civilians, "
           "the monitor reported. ")


def test_dead_at_a_garrison_in_jordan_are_not_the_syrian_raid_s() -> None:
    row = titled(_RAIDS + "The raids, which Washington called a reply to a rocket attack that killed two US soldiers at "
                          "a garrison in Jordan on January 5, also destroyed three trucks.")
    assert killed_per_incident(row) == [{"pro_iran_foreign": 12}, {"coalition": 2}]
    assert governorates(row) == ["Deir-ez-Zor", None]


def test_soldiers_killed_in_northern_iraq_are_an_incident_of_their_own() -> None:
    row = titled(_DRONES + "The drone strikes came hours after six Turkish soldiers were killed in clashes with PKK "
                           "militants at a hilltop post in northern Iraq on Friday.")
    assert killed_per_incident(row) == [{"civilians": 4}, {"turkey_factions": 6}]
    assert governorates(row) == ["Al-Hasakeh", None]


def test_a_toll_told_in_iraq_is_kept_apart_from_the_syrian_one() -> None:
    row = titled(_RAIDS + "In Iraq, officials said 11 people, among them two children, were killed when the jets hit a "
                          "house near the frontier.")
    assert killed_per_incident(row) == [{"pro_iran_foreign": 12}, {"unknown": 11}]
    assert governorates(row) == ["Deir-ez-Zor", None]


def test_targets_in_iraq_and_syria_set_no_scene_abroad() -> None:
    row = titled(_RAIDS + "The Pentagon said the jets hit dozens of sites in Iraq and Syria, and that nine of the dead "
                          "in Syria were Iraqi nationals.")
    assert len(killed_per_incident(row)) == 1
