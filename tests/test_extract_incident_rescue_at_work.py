"""Rescue services told at work ("while Civil Defence teams are still searching for survivors under the rubble"): not
a source of the sentence's figures, which stay the monitor's; told giving figures ("the White Helmets, ..., said"),
they are another source. Sentences written for these tests."""

from __future__ import annotations

from observatory.extract.incident_sources import OTHER, figure_source


def test_civil_defence_searching_is_no_source() -> None:
    assert figure_source("Jets struck a residential block in the town, killing four civilians, while Civil Defence "
                         "teams are still searching for survivors.") is None


def test_rescue_workers_pulling_bodies_is_no_source() -> None:
    assert figure_source("Rescue workers pulled three bodies from the rubble of a house hit by shells.") is None


def test_white_helmets_who_said_are_another_source() -> None:
    assert figure_source("The Syria Civil Defence, known as the White Helmets, said its teams recovered 13 bodies.") == OTHER


def test_according_to_the_red_crescent_is_another_source() -> None:
    assert figure_source("Eleven people were wounded, according to the Syrian Arab Red Crescent.") == OTHER

