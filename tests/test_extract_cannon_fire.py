"""Gas cylinders or rounds fired from "hell cannons" (homemade cannons of the Aleppo factions) are shelling: told after
an airstrike by the other side, they are an incident of their own (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md: `shelling` = artillery, rockets, mortars, missiles fired from the ground)."""

from __future__ import annotations

from contract_rows import kinds, titled
from observatory.extract.events import event_type


def _kind(text: str) -> str | None:
    hit = event_type(text)
    return hit[0] if hit else None


def test_cylinders_from_hell_cannons_are_shelling() -> None:
    assert _kind("Gas cylinders launched by the factions from 'hell cannons' fell on the Midan district.") == "shelling"
    assert _kind("Rebels pounded the Zahraa quarter with a homemade cannon, wounding two people.") == "shelling"
    assert _kind('The brigade fired "Jahannam cannon" rounds at the army barracks.') == "shelling"


def test_water_cannon_and_cannon_fodder_are_no_shelling() -> None:
    assert _kind("Police used a water cannon to disperse the protesters in the square.") is None
    assert _kind("The recruits were sent to the front as cannon fodder, activists said.") is None


def test_cannon_fire_after_an_airstrike_is_a_second_incident() -> None:
    text = ("Regime warplanes carried out several airstrikes on the vicinity of Kafr Hamra without reports of casualties.\n"
            "Furthermore, cylinders fired by the rebels from improvised cannons hit the al-Zahraa district, "
            "wounding a number of people.\n")
    row = titled(text, "2016-08-04")
    assert sorted(kinds(row)) == ["airstrike", "shelling"]
