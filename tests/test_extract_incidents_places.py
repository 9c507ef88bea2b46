"""Places and governorates of incidents: labels, datelines, compound names, neighbours, the capital and its countryside.

Every sentence here was written for these tests. The geocoder tests use the embedded default gazetteer (no download).
"""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.extract.places import governorate_mentions, place_mentions
from observatory.models import Report


def run(text: str, geocoder: object = None) -> dict:
    return to_contract("t", extract_report(Report(text=text), geocoder))  # type: ignore[arg-type]


def govs(row: dict) -> list[str | None]:
    return [i["governorate"] for i in row["incidents"]]


def test_a_section_label_gives_the_governorate_of_the_incidents_under_it() -> None:
    text = ("Hama Province:\n"
            "Regime artillery shelled the village of Qalaat Qasr, injuring two women.\n"
            "Damascus Province:\n"
            "A mortar shell landed in the neighbourhood of Bab Touma, killing a man.")
    assert govs(run(text)) == ["Hama", "Damascus"]


def test_a_dateline_with_the_observatory_gives_the_governorate() -> None:
    text = ("Raqqa Province - Syrian Observatory for Human Rights: gunmen shot dead a teacher in the village of Hazima.")
    assert govs(run(text)) == ["Ar-Raqqa"]


def test_the_other_incidents_of_the_report_lend_their_single_governorate() -> None:
    text = ("Turkish forces shelled the villages of Umm Kaif and Tell Shanan in the countryside of Al-Hasakah on Monday.\n"
            "Meanwhile, Turkish troops stationed at the base of Qasrak fired rockets at the silos of Abu Khashab.\n"
            "On Sunday, a Turkish drone struck a car near the town of Amuda in the countryside of Al-Hasakah.")
    assert govs(run(text)) == ["Al-Hasakeh", "Al-Hasakeh", "Al-Hasakeh"]


def test_one_located_incident_is_too_little_to_lend_its_governorate() -> None:
    text = ("Turkish forces shelled the villages of Umm Kaif and Tell Shanan in the countryside of Al-Hasakah on Monday.\n"
            "Meanwhile, Turkish troops stationed at the base of Qasrak fired rockets at the silos of Abu Khashab.")
    assert govs(run(text)) == ["Al-Hasakeh", None]


def test_incidents_in_several_governorates_lend_nothing() -> None:
    text = ("Regime forces shelled the village of Kafr Nabl in the countryside of Idlib on Monday.\n"
            "Meanwhile, opposition factions fired rockets at the village of Jurin in the countryside of Hama.\n"
            "Elsewhere, a drone struck a car near the village of Abu Hilal.")
    assert govs(run(text)) == ["Idleb", "Hama", None]


def test_two_provinces_named_with_directions_give_no_single_governorate() -> None:
    row = run("Regime forces fired more than 30 shells at positions in south Idlib and north Latakia countryside on Tuesday.")
    assert govs(row) == [None]


def test_near_the_capital_is_rural_damascus() -> None:
    found = governorate_mentions("A strike hit a depot near Damascus.", 0, 35)
    assert [g.governorate for g in found] == ["Rural Damascus"]
    inside = governorate_mentions("A mortar shell fell in Damascus.", 0, 31)
    assert [g.governorate for g in inside] == ["Damascus"]


def test_a_province_ending_a_line_is_not_read_with_the_next_lines_first_word() -> None:
    text = "Latest | Reports | Hama\nRegime artillery hit a farm on Monday."
    assert [m.governorate for m in governorate_mentions(text, 0, len(text))] == ["Hama"]
    said = "The Hama regime officials denied it."
    assert governorate_mentions(said, 0, len(said)) == []


def test_a_place_of_a_governorate_city_is_cut_before_the_governorate() -> None:
    text = "Rebels destroyed an armoured vehicle in Tariq al-Bab of Hama city."
    names = [p.name for p in place_mentions(text, 0, len(text))]
    assert names == ["Tariq al-Bab", "Hama"]


def test_nationalities_and_capitals_abroad_are_not_places() -> None:
    text = ("Militiamen of Iraqi and Lebanese nationalities, loyal to Tehran's proxies and backed by Ankara-backed groups, "
            "were killed in the attack.")
    assert place_mentions(text, 0, len(text)) == []


def test_the_geocoder_places_a_town_named_alone() -> None:
    from observatory.geo import Geocoder

    row = run("ISIS cells attacked an army post near Salamiyah, killing three soldiers.", Geocoder.default())
    assert govs(row) == ["Hama"]


def test_a_road_between_two_towns_of_one_governorate_takes_it() -> None:
    from observatory.geo import Geocoder

    row = run("Four soldiers were killed in an ambush on the Palmyra-Sukhnah road.", Geocoder.default())
    assert govs(row) == ["Homs"]


def test_a_road_between_two_governorates_takes_neither() -> None:
    from observatory.geo import Geocoder

    row = run("Four soldiers were killed in an ambush on the Salamiyah-Palmyra road.", Geocoder.default())
    assert govs(row) == [None]


def test_the_home_town_of_the_victims_is_not_where_they_were_killed() -> None:
    text = ("Gunmen killed five shepherds from the town of Khan Shaykhun in Idlib countryside in the desert near "
            "the village of Uqayribat in the eastern countryside of Hama.")
    assert govs(run(text)) == ["Hama"]


def test_a_home_town_that_is_the_only_place_named_is_kept() -> None:
    text = "A man from the village of Kafr Batna in the countryside of Damascus was killed by a sniper."
    assert govs(run(text)) == ["Rural Damascus"]


def test_a_wire_dateline_gives_way_to_where_the_incidents_are() -> None:
    text = ("HOMS, Syria (AP) - A landmine struck a minibus near the town of Mhardeh in the countryside of Hama on Sunday, "
            "killing six workers.\n"
            "On Friday, a roadside bomb hit a car near the village of Tell Salhab in the countryside of Hama, killing a man.\n"
            "Earlier this month, a second mine went off not far from there and killed three people.")
    assert govs(run(text)) == ["Hama", "Hama", "Hama"]


def test_an_event_abroad_borrows_no_governorate() -> None:
    text = ("A Turkish drone killed an SDF fighter near the town of Amuda in the countryside of Al-Hasakah on Friday.\n"
            "A week earlier, a Turkish drone struck a car near the airport of Sulaymaniyah in the Kurdistan Region of Iraq.")
    assert govs(run(text)) == ["Al-Hasakeh", None]


def test_a_governorate_written_with_province_is_that_governorate() -> None:
    text = "Gunmen attacked a post near the village of Tell Dahab in Homs Governorate."
    found = place_mentions(text, 0, len(text))
    assert [(p.name, p.governorate) for p in found] == [("Tell Dahab", None), ("Homs Governorate", "Homs")]


def test_a_governorate_in_a_compound_line_is_not_the_province() -> None:
    text = "Clashes went on in the triangle of the Aleppo-Hama-Raqqa desert."
    assert governorate_mentions(text, 0, len(text)) == []


def test_new_governorate_spellings_are_read() -> None:
    text = "Shelling on Raqa and Al-Sweidaa, and a blast in Al-Qunaitrah."
    assert [g.governorate for g in governorate_mentions(text, 0, len(text))] == ["Ar-Raqqa", "As-Sweida", "Quneitra"]
