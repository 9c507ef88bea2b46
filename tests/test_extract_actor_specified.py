"""A generic word for armed factions specified right after as Turkey's Syrian factions names Turkey's factions (SCHEMA:
SNA factions -> turkey_factions), not the rebels a bare "factions" names: "armed opposition factions/Syrian National
Army", "the factions of the National Army", "the opposition factions (SNA)" (``actor_specified``). Look-alikes: factions
and the SNA joined by "and" or parted by a comma are two groups; a generic word specified by a rebel group stays the
rebels'.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

from contract_rows import titled
from observatory.extract.actors import ActorLexicon

_LEX = ActorLexicon.default()
_DAY = date(2022, 5, 1)


def _sides(text: str) -> list[tuple[str, str]]:
    return [(m.alias, m.side) for m in _LEX.find(text, on=_DAY)]


def _perpetrators(text: str) -> dict[str, int]:
    row = titled(text, "2022-05-02")
    return {t["perpetrator"]: t["killed"] for t in row["totals"] if t.get("perpetrator")}


def test_slash_joined_opposition_and_national_army_is_turkeys() -> None:
    sides = _sides("Mortars of armed opposition factions/Syrian National Army fell on Tell Rifaat at noon.")
    assert sides[0] == ("armed opposition", "turkey_factions")


def test_factions_of_the_national_army_are_turkeys() -> None:
    assert _sides("Gunmen from the factions of the National Army opened fire at a wedding near Afrin.")[0] == \
        ("factions", "turkey_factions")


def test_bracketed_national_army_specifies_the_factions() -> None:
    sides = _sides("Sniper fire by the opposition factions (Syrian National Army) hit a farmer near Tal Tamr.")
    assert [s for _, s in sides[:3]] == ["turkey_factions", "turkey_factions", "turkey_factions"]


def test_monthly_toll_by_perpetrator_reads_the_national_army() -> None:
    text = ("In April 2022 the monitor counted 40 civilians who lost their lives across Syria. Regime forces caused the "
            "death of 12 civilians, ISIS took the lives of three, while the opposition factions/National "
            "Army killed seven civilians.")
    assert _perpetrators(text).get("turkey_factions") == 7
    assert "hts_rebels" not in _perpetrators(text)


def test_factions_and_the_sna_are_two_groups() -> None:
    assert _sides("The factions and the SNA traded accusations in Idlib.")[0] == ("factions", "hts_rebels")


def test_comma_parts_the_factions_from_turkish_forces() -> None:
    assert _sides("The opposition factions, Turkish forces and the SDF all shelled the area.")[0][1] == "hts_rebels"


def test_factions_of_a_rebel_group_stay_rebels() -> None:
    assert _sides("The factions of the National Liberation Front shelled Kafr Nabl.")[0] == ("factions", "hts_rebels")


def test_opposition_of_turkey_is_no_faction() -> None:
    assert _sides("The opposition of Turkey to the new offensive was voiced on Monday.")[0] == ("The opposition", "hts_rebels")


def test_faction_members_of_the_turkish_held_north_stay_as_read() -> None:
    assert _sides("The faction members of the Turkish-held north were blamed.")[0] == ("faction members", "hts_rebels")


def test_quoted_national_army_after_its_backing() -> None:
    sides = _sides('Snipers of the factions of the Turkish-backed "Syrian National Army" wounded a shepherd.')
    assert sides[0] == ("factions", "turkey_factions")
