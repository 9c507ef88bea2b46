"""A joint toll of many strikes split by victim group after a colon is a set of totals, one per group; the same split
after one raid on one place stays that raid's toll (paragraphs written for these tests, judged by
../shared/data/sohr/SCHEMA.md)."""

from __future__ import annotations

from contract_rows import titled, total_pairs


def test_counted_strikes_split_after_colon() -> None:
    text = ("Russian warplanes carried out more than 40 air raids on Sunday on the countryside of Idlib and Hama. "
            "The raids killed 19 people: 11 HTS fighters, six civilians and two members of the Turkistan Party.")
    row = titled(text)
    assert (("hts_rebels", 11) in total_pairs(row)) and (("civilians", 6) in total_pairs(row))
    assert all(not i["killed"] for i in row["incidents"])


def test_year_of_drone_strikes_claimed_lives() -> None:
    text = ("In its yearly review of the north-east, the monitor counted the victims of the past twelve months. "
            "Turkish drone attacks took the lives of 52 people in the area during the year: 30 SDF members, "
            "17 civilians and five regime soldiers.")
    assert sorted(total_pairs(titled(text, "2024-01-03"))) == [("civilians", 17), ("regime", 5), ("sdf", 30)]


def test_day_toll_of_strikes_has_risen_to() -> None:
    text = ("Turkish jets struck several areas of the countryside of Kobani and Qamishli at dawn today. "
            "The toll of today's strikes has climbed to 23: 13 SDF fighters, nine regime soldiers and a nurse.")
    pairs = sorted(total_pairs(titled(text)))
    assert ("sdf", 13) in pairs and ("regime", 9) in pairs


def test_one_raid_split_by_nationality_stays_incident() -> None:
    text = ("Israeli missiles struck a weapons depot near the airport of Damascus after midnight. "
            "The strikes killed six militiamen: four Iraqis and two Afghans.")
    row = titled(text)
    assert total_pairs(row) == []
    assert sum(sum(i["killed"].values()) for i in row["incidents"]) == 6


def test_killed_and_wounded_split_is_not_by_group() -> None:
    text = ("Regime forces fired dozens of shells on villages of Jabal al-Zawiya on Friday. "
            "The shelling left nine people dead or hurt: three dead and six injured.")
    assert total_pairs(titled(text)) == []


def test_strikes_of_one_dated_day_stay_incident() -> None:
    text = ("Warplanes carried out dozens of raids on the region last year. On March 4, 2022, Israeli strikes on "
            "positions near Palmyra killed 20 people: eight regime soldiers and 12 Hezbollah members.")
    assert total_pairs(titled(text)) == []
