"""A toll whose place is a spread of ground rather than a place ("killed nationwide", "across the buffer zone", "on
several frontlines") sums several events, however short its day: it is a total, not one incident's dead (paragraphs
written for these tests, judged by ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that
must not change: several villages bombarded in one day, separate incidents told one by one, a river crossed."""

from __future__ import annotations

from contract_rows import titled, total_pairs
from observatory.extract.totals_sentences import is_period_total


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(titled(text, "2024-03-05"))


def test_sides_killed_nationwide_in_a_day_are_totals() -> None:
    text = ("Government artillery hit the market of Saraqib on Monday, killing six civilians. "
            "Over the whole day, 40 civilians, 17 soldiers and nine opposition fighters lost their lives nationwide, the monitor said.")
    found = totals(text)
    assert ("civilians", 40) in found and ("regime", 17) in found and ("hts_rebels", 9) in found


def test_day_toll_across_a_zone_split_by_side_gives_the_parts() -> None:
    text = ("The monitor recorded on Sunday the deaths of 14 people throughout the northern buffer zone in Russian and "
            "government shelling: ten civilians, among them four children, and four HTS fighters.")
    found = totals(text)
    assert ("civilians", 10) in found and ("hts_rebels", 4) in found


def test_soldiers_killed_on_several_frontlines_is_a_total() -> None:
    text = ("The monitor also said that HTS snipers and anti-tank missiles killed five regime soldiers on various "
            "frontlines of the Idlib and Hama countryside on Friday.")
    assert totals(text) == [("regime", 5)]


def test_several_villages_bombarded_in_one_day_stay_one_event() -> None:
    assert not is_period_total("Regime rockets fell on several villages of Jabal al-Zawiya this morning, killing three "
                               "civilians.")


def test_separate_incidents_across_a_province_and_a_river_crossing_are_no_wide_toll() -> None:
    assert not is_period_total("Four people were shot dead in separate incidents across Daraa province on Wednesday.")
    assert not is_period_total("A drone hit a ferry carrying villagers across the Khabur River on Tuesday, killing two women.")


def test_province_lines_after_a_day_toll_counted_throughout_the_country_are_events() -> None:
    row = titled("The number of people killed throughout the country on Friday has reached 64: 30 civilians, 20 rebel "
                 "fighters and 14 soldiers of the regular army.\n"
                 "Hama province: Five civilians were killed when government helicopters dropped barrel bombs on the village "
                 "of Kafr Zita.\n"
                 "Deir ez-Zor province: Four rebel fighters were killed in clashes with regular forces near the military "
                 "airport.", "2013-06-08")
    assert total_pairs(row) == [("civilians", 30), ("hts_rebels", 20), ("regime", 14)]
    assert {"civilians": 5} in [i["killed"] for i in row["incidents"]]
