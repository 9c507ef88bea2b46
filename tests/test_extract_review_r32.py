"""Look-alikes of round 32's rules that the rules must leave as they were (review of round 32).

* a put toll of the fighting, a battle or a bombardment is the toll of many events, a period total (``totals_put_toll``);
* "died since the attack began, raising the toll to 12": one attack's rising toll, no period total (``segment``);
* "five members of the group" after "a group of truffle hunters": the hunters, not the armed group named before
  (``casualty_unit_members``);
* a relative hurt whom the sentence itself gives a side is not counted again of unknown side (``core._side_of``);
* "Sednaya prison" lies in its own town, whatever governorate the report names (``incident_city_parts``);
* a governorate at the far end of a road from "the town", with no town named, still places the incident
  (``incident_road_end``);
* "They died in Raqqa (2017) and Baghouz (2019)": years, no regional totals (``totals_bracket_regions``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, injured_sums, total_pairs
from observatory.extract import extract_report
from observatory.extract.contract import to_contract
from observatory.geo import Geocoder
from observatory.models import Report

_ON = date(2023, 5, 14)


def _row(text: str) -> dict[str, object]:
    return to_contract("t", extract_report(Report(text=text, published=_ON), Geocoder.default()))


def _sums(row: dict[str, object]) -> tuple[dict[str, int], list[tuple[str, int]]]:
    incidents = row["incidents"]
    assert isinstance(incidents, list)
    killed: dict[str, int] = {}
    for incident in incidents:
        for side, n in incident["killed"].items():
            killed[side] = killed.get(side, 0) + n
    return killed, total_pairs(row)


def test_put_toll_of_the_fighting_is_a_total() -> None:
    text = ("Fighting rages in Afrin\n\nTurkish forces and allied factions pressed their assault on Afrin on Sunday. "
            "The Observatory put the toll of the fighting in Afrin at 320 fighters, among them 140 Kurdish fighters.")
    killed, totals = _sums(contract(text, _ON))
    assert killed == {}
    assert totals == [("sdf", 320)]


def test_put_toll_of_a_battle_is_a_total() -> None:
    text = ("Baghouz battle nears end\n\nSDF fighters advanced inside the last ISIS pocket on Saturday. SOHR put the "
            "number of ISIS members killed in the battle for Baghouz at 650, most of them foreigners.")
    killed, totals = _sums(contract(text, _ON))
    assert killed == {}
    assert totals == [("isis", 650)]


def test_wounded_dying_since_the_attack_began_raise_its_toll() -> None:
    text = ("Ambush\n\nISIS cells ambushed a bus carrying soldiers near Kawkab on Tuesday, killing 9 of them. Three "
            "wounded soldiers have died since the attack began, raising the toll to 12.")
    killed, totals = _sums(contract(text, _ON))
    assert killed == {"regime": 12}
    assert totals == []


def test_members_of_a_group_of_civilians_named_after_the_armed_group() -> None:
    text = ("Truffle hunters\n\nThe ISIS group attacked a group of truffle hunters near Kawkab in the Hama desert, "
            "killing five members of the group.")
    assert _sums(contract(text, _ON))[0] == {"civilians": 5}


def test_a_brother_given_a_side_in_his_sentence_is_not_counted_twice() -> None:
    text = ("Daraa\n\nUnknown gunmen killed a former rebel commander who had joined the Military Security in Daraa on "
            "Monday. His brother, who is also a member of the Military Security, was wounded.")
    assert injured_sums(text) == {"regime": 1}


def test_a_death_in_sednaya_prison_stays_in_rural_damascus() -> None:
    text = ("Deir Ezzor detainee\n\nA young man from the Deir Ezzor countryside died under torture in Sednaya prison, "
            "SOHR learned. His family in Deir Ezzor received his documents on Monday.")
    assert [i["governorate"] for i in _row(text)["incidents"]] == ["Rural Damascus"]  # type: ignore[union-attr]


def test_a_road_from_the_town_to_a_governorate_with_no_town_named() -> None:
    text = ("Ambush\n\nISIS cells ambushed a convoy on the road connecting the town with Deir Ezzor, killing 4 "
            "soldiers.")
    assert [i["governorate"] for i in _row(text)["incidents"]] == ["Deir-ez-Zor"]  # type: ignore[union-attr]


def test_years_in_brackets_are_no_regional_totals() -> None:
    text = ("Veterans\n\nSOHR documented the death of 12 SDF fighters in May. They died in Raqqa (2017) and Baghouz "
            "(2019).")
    assert _sums(contract(text, _ON))[1] == [("sdf", 12)]
