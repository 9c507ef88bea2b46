"""The toll of a battle that the sentence before it dated over several days ("... after a four-day battle. ... died
during the battle"; "Clashes have gone on since yesterday ... The fighting has so far killed ...", even a paragraph
before) covers every day of it: a total, not one incident's killed. A battle of one day keeps its toll as an incident's
(paragraphs written for these tests, judged by ../shared/data/sohr/SCHEMA.md: "Short-window tolls that cover ...
several days of fighting ... are totals").
"""

from __future__ import annotations

from contract_rows import summed, titled, total_pairs


def test_toll_during_a_battle_of_four_days_is_a_total() -> None:
    row = titled("Rebel brigades said on Tuesday they had captured the hilltop of Tal Zaytoun west of Nawa after a "
                 "four-day battle against government troops.\nThe rebels told reporters that 22 soldiers and 16 of "
                 "their own fighters died during the battle.", "2015-04-07")
    assert total_pairs(row) == [("hts_rebels", 16), ("regime", 22)]
    assert summed(row, "killed", drop_zero=True) == {}


def test_toll_in_the_offensive_of_two_days_is_a_total() -> None:
    row = titled("Jihadist factions took the hamlet of Umm Jurn near the Aleppo highway on Sunday, ending a two-day "
                 "offensive on army lines. A monitoring group said at least 37 government troops were killed in the "
                 "offensive, while the factions lost 25 fighters.", "2016-08-14")
    assert total_pairs(row) == [("hts_rebels", 25), ("regime", 37)]


def test_fighting_so_far_after_a_paragraph_dated_since_yesterday_is_a_total() -> None:
    row = titled("Heavy clashes have raged since yesterday between regime forces and rebel factions around the villages "
                 "of Qabtan and Batbo west of Aleppo.\nSources said that the fighting has so far killed 11 soldiers and "
                 "7 rebel fighters.", "2019-02-03")
    assert total_pairs(row) == [("hts_rebels", 7), ("regime", 11)]
    assert summed(row, "killed", drop_zero=True) == {}


def test_toll_of_clashes_going_on_since_a_weekday_is_a_total() -> None:
    row = titled("The toll of the clashes between tribal gunmen and ISIS cells in the town of Sahm al-Jawlan, which "
                 "have gone on since Saturday, has climbed to 12: seven ISIS members and five tribal gunmen.",
                 "2022-10-11")
    assert sorted(killed for _, killed in total_pairs(row)) == [5, 7]
    assert summed(row, "killed", drop_zero=True) == {}


def test_toll_of_a_battle_of_one_morning_stays_an_incident() -> None:
    row = titled("Government troops stormed the village of Khirbet Ghazal at dawn today after heavy shelling.\n"
                 "A monitoring group said 14 soldiers and 9 rebels were killed in the battle.", "2017-05-02")
    assert total_pairs(row) == []
    assert summed(row, "killed", drop_zero=True) == {"regime": 14, "hts_rebels": 9}


def test_toll_of_a_one_day_battle_stays_an_incident() -> None:
    row = titled("The army retook the hill of Tal Mousa on Friday after a one-day battle with rebel factions. "
                 "A monitoring group said 8 soldiers and 6 rebels were killed in the battle.", "2017-05-06")
    assert total_pairs(row) == []


def test_toll_of_another_battle_a_paragraph_later_stays_an_incident() -> None:
    row = titled("Fighting between the SDF and Turkish-backed factions near Ain Issa in Raqqa countryside has continued "
                 "for five days.\n\nIn Idlib, two regime soldiers were killed on Monday in the clashes with HTS on the "
                 "Jabal al-Zawiya front.", "2021-06-15")
    assert total_pairs(row) == []
    assert summed(row, "killed", drop_zero=True) == {"regime": 2}


def test_toll_told_apart_a_paragraph_after_a_battle_of_days_stays_an_incident() -> None:
    row = titled("Clashes between government troops and rebel factions around Kafr Nabuda have raged since yesterday.\n"
                 "Three soldiers were killed in the clashes with ISIS cells near Ithriya in the eastern countryside of "
                 "Hama.", "2019-05-22")
    assert total_pairs(row) == []
    assert summed(row, "killed", drop_zero=True) == {"regime": 3}


def test_toll_of_its_own_day_after_a_battle_of_days_stays_an_incident() -> None:
    row = titled("Government troops took the hill of Tal Mousa after a three-day battle with rebel factions. Four "
                 "soldiers and five rebels were killed on Monday in the fighting.", "2017-05-09")
    assert total_pairs(row) == []
    assert summed(row, "killed", drop_zero=True) == {"regime": 4, "hts_rebels": 5}


def test_toll_said_on_a_day_after_a_battle_of_days_is_a_total() -> None:
    row = titled("Fighting between government troops and rebel factions near Kafr Nabuda has continued for five days. "
                 "The rebels said on Monday that 22 soldiers and 16 rebels died in the fighting.", "2017-05-09")
    assert total_pairs(row) == [("hts_rebels", 16), ("regime", 22)]
