"""Readings added in round 55 of issue #4, each one construction of the GS-GV written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* bare "jihadists" in a paragraph of their own that tells no event before them, after a lead that named only ISIS,
  are ISIS's (``casualty_tied.jihadists_named_before``);
* "the heaviest toll from such raids since Israel began ..." ranks one raid's toll, no period total
  (``totals_sentences._RANKED_EVENT``);
* "the dead included 14 soldiers, while the remaining 43 belonged to Iran-backed militias": the rest are dead too, of
  the group after "belonged to" (``casualty_further_copula.rest_role``);
* "The monitor said the dead included ..." after a total breaks that total down (``incident_bounds._BREAKDOWN``), and
  "It said those raids have killed ..." after a period named without a figure is its total
  (``totals_blocks._EVENTS_TOLL``);
* "a terrorist attack" is no person (``casualties._NATION_ADJ``), and state media that "blamed" it for a lower toll of
  "passengers" make a claim (``casualty_claims``);
* a breadcrumb that ends in the title repeats it (``incident_breadcrumbs.title_crumbs``);
* the lines of a day's list that each tell the death of one or a few people at a named place are incidents
  (``totals_narrated.event_line``);
* "gatherers" and "foragers" are civilians (actors.csv);
* "Most were killed by landmines ..." after a total is a share of it, no incident (``incident_bounds._SHARE``);
* "raising to nine the number of people killed when warplanes struck a market in X" is that strike's toll
  (``totals_one_event_rise._ONE_TIE``), and the "two more" told before it are among the nine
  (``casualty_people_rise``);
* a menu path that opens with the site's name and ends in the title repeats it (``incident_breadcrumbs.title_crumbs``);
* "gave a higher toll of 14 dead, saying nine were civilians and five were fighters ...": parts of the 14
  (``casualty_breakdowns._SAYING``);
* "foreign fighters allied to the government" are Iran's foreign allies (actors.csv);
* "seven ISIS members were killed ... in raids" after a month's count of operations is that month's total
  (``totals_blocks.counted_toll``), not "They were killed in attacks ..." after a total;
* "in one of the group's deadliest attacks since ..." ranks one attack (``totals_sentences._RANKED_EVENT``);
* "The toll, which stood at 40 earlier in the day, climbed ...": the 40 is superseded (``casualty_rises``);
* "slaying" and "slew" tell the dead (``casualties._LEFT_KILL``);
* Syrian fighters of no group killed with Hezbollah members are of the regime (``casualty_syrian_allies``);
* "..., since March 2019, along with some 500 IS fighters" and "The Organization's attacks ... also claimed the lives
  of 60 civilians" after a total are more of the period's totals (``casualty_along_with``, ``totals_blocks._EVENTS_TOLL``);
* "In a similar operation in the same province in November, coalition forces killed two ..." is one event
  (``totals_sentences._IN_ONE_EVENT``);
* policemen killed in an attack by ISIS cells are the state's: ISIS has held no town with a police of its own since
  March 2019 (``mention_sides.state_police``);
* "a total of" is no person (``figures.is_count``); "slaughtered" and "breathed their last" tell the dead, "maimed"
  the hurt;
* "A senior commander of the YPJ, <name>, and two other female fighters were killed ...": a subject with no verb of its
  own is not split from its clause (``incident_contrast.quiet_head``);
* "In the past 24 hours alone, four soldiers were killed ... in two separate attacks by ISIS cells in A and near B":
  the attacks are told without the toll, which is the window's total (``incident_units.series_event``);
* "The UK-based war monitor said a seventh victim ... succumbed" in a paragraph of its own is more of the incident
  told before (``incident_more._ATTRIBUTED``).
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, total_pairs
from contract_rows import killed_sums as killed


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(contract(text))


def test_bare_jihadists_after_a_lead_naming_isis_are_isis() -> None:
    text = ("ISIS raid in the desert kills 20\n\nBEIRUT: Daesh fighters stormed army posts near Al-Sukhnah on Monday, "
            "the monitor said.\n\nEleven soldiers were killed along with nine jihadists, it said.")
    assert killed(text) == {"regime": 11, "isis": 9}


def test_bare_jihadists_stay_hts_where_the_text_named_both_groups() -> None:
    text = ("Fighting in Idlib\n\nHTS fighters attacked army posts near Kafr Nabl on Monday, the monitor said, days "
            "after ISIS cells struck in the desert.\n\nEleven soldiers were killed along with nine jihadists, it said.")
    assert killed(text) == {"regime": 11, "hts_rebels": 9}


def test_heaviest_toll_from_such_raids_since_is_one_raid() -> None:
    text = ("Israeli raids\n\nIsraeli air strikes overnight on depots near Albu Kamal killed at least 23 fighters, "
            "a war monitor said on Tuesday, the heaviest toll from such raids since Israel began targeting Iranian "
            "assets in the country.")
    rows = contract(text)
    assert [sum(i["killed"].values()) for i in rows["incidents"]] == [23]
    assert rows["totals"] == []


def test_heaviest_toll_of_a_period_stays_a_total() -> None:
    text = ("Toll\n\nSince 2018, Israeli strikes in eastern Syria have killed at least 570 Iranian-backed fighters, "
            "the heaviest toll from such raids.")
    assert totals(text) == [("pro_iran_foreign", 570)]


def test_the_remaining_belonged_to_are_dead_too() -> None:
    text = ("Raids on Deir Ezzor\n\nIsraeli jets struck positions around Albu Kamal on Wednesday, killing 30 fighters, "
            "the monitor said. It said the dead included 12 Syrian soldiers, while the remaining 18 belonged to "
            "Iran-backed militias, among them seven Iraqis.")
    assert killed(text) == {"regime": 12, "pro_iran_foreign": 18}


def test_the_remaining_of_a_nationality_are_left_to_the_rest_reading() -> None:
    text = ("Raids on Deir Ezzor\n\nUS strikes on positions of Iran-backed groups near Al-Mayadin on Friday killed 20 "
            "fighters, the monitor said. The Observatory said the dead included five Syrians, while the remaining 15 "
            "were of Iraqi and Afghan nationalities.")
    assert killed(text) == {"regime": 5, "pro_iran_foreign": 15}


def test_the_monitor_said_the_dead_included_after_a_total() -> None:
    text = ("Desert toll\n\nIslamic State militants have killed 120 regime soldiers and allied fighters in the central "
            "desert since the beginning of 2021, a war monitor said on Tuesday.\nThe Syrian Observatory for Human Rights "
            "(SOHR) said in a statement that the dead included 25 members of Iranian-backed militias of non-Syrian "
            "nationality.\nThe latest attack came on Monday, when ISIS militants opened fire on a truck carrying "
            "soldiers near al-Sukhnah, east of Homs, killing two and wounding three others.")
    assert killed(text) == {"regime": 2}
    assert totals(text) == [("regime", 120)]


def test_it_said_those_raids_have_killed_is_a_total() -> None:
    text = ("Israeli strike\n\nIt was the 12th time Israel has struck Syrian territory since the beginning of 2023, "
            "according to the Observatory. It said those raids have killed 19 Syrian soldiers and four civilians.")
    assert contract(text)["incidents"] == []
    assert totals(text) == [("civilians", 4), ("regime", 19)]


def test_terrorist_attack_is_no_person_and_state_media_blaming_it_is_a_claim() -> None:
    text = ("Bus attack\n\nISIS cells ambushed a bus carrying soldiers near Kabajeb on Tuesday. The death toll has risen "
            "to 20: they are 18 soldiers and two civilians who were on board.\nThe official news agency SANA blamed "
            "\"a terrorist attack\" for the death of 15 passengers, without naming the Organization.")
    assert killed(text) == {"regime": 18, "civilians": 2}


def test_terrorist_attack_blamed_with_no_figure_adds_nothing() -> None:
    text = ("Bus attack\n\nISIS cells ambushed a bus near Kabajeb on Tuesday, killing 12 soldiers, the monitor said.\n"
            "The state news agency blamed \"a terrorist attack\" for the death of the soldiers, without naming the group.")
    assert killed(text) == {"regime": 12}


def test_breadcrumb_ending_in_the_title_is_no_second_incident() -> None:
    text = ("Death toll of ISIS ambush on bus carrying regime soldiers in Deir Ezzor desert rises to 20\n"
            "Home \u203a ISIS \u203a Death toll of ISIS ambush on bus carrying regime soldiers in Deir Ezzor desert "
            "rises to 20\n12 March, 2021\nShare this:\nSOHR has documented more deaths from the ambush set by ISIS "
            "cells on Thursday, March 11, 2021, against a bus carrying soldiers near Kabajeb in the desert of Deir "
            "Ezzor. The death toll has thus risen to 20: they are 18 soldiers and two civilians who were on board.")
    assert killed_per_incident(contract(text)) == [{"regime": 18, "civilians": 2}]


def test_day_list_lines_that_each_tell_a_death_are_incidents() -> None:
    text = ("Within 24 hours: four people killed in SDF areas\n\nSOHR has documented the deaths of four people in "
            "separate incidents in SDF-held areas over the past 24 hours: two SDF members and two civilians. Details "
            "are as follows:\n"
            "- Two SDF members were killed in an attack by ISIS cells on a checkpoint near the town of Diban, "
            "yesterday evening.\n"
            "- A civilian was shot dead by unknown gunmen in Dhiban town, east of Deir Ezzor.\n"
            "- A child succumbed to wounds he sustained two days ago in a landmine explosion near Tal Hamis in the "
            "countryside of al-Hasakah.")
    rows = contract(text)
    assert sorted(tuple(i["killed"].items()) for i in rows["incidents"]) == [
        (("civilians", 1),), (("civilians", 1),), (("sdf", 2),)]
    assert totals(text) == [("civilians", 2), ("sdf", 2)]


def test_month_list_line_of_a_kind_of_death_stays_a_total_line() -> None:
    text = ("Monthly toll\n\nSOHR documented the deaths of 20 civilians in SDF-held areas in May, distributed as "
            "follows:\n* 18 civilians were killed by gunmen.\n* Two civilians were killed in Turkish drone strikes and "
            "artillery shelling.")
    assert contract(text)["incidents"] == []


def test_gatherers_are_civilians() -> None:
    text = ("Desert attack\n\nISIS gunmen opened fire on a group of gatherers near Uqayribat in the eastern Hama "
            "countryside on Monday, killing eight of them.")
    assert killed(text) == {"civilians": 8}


def test_most_were_killed_by_after_a_total_is_no_incident() -> None:
    text = ("Truffle season\n\nAt least 40 people foraging for truffles have died since the season began in "
            "February, the monitor said. Most were killed by landmines and unexploded ordnance left behind by the "
            "Islamic State group, while others were shot by IS fighters hiding in the Badia.")
    assert contract(text)["incidents"] == []
    assert totals(text) == [("civilians", 40)]


def test_raising_to_n_the_number_killed_when_warplanes_struck_a_market() -> None:
    text = ("Toll rises\n\nTwo more civilians succumbed to their injuries, raising to seven the number of people "
            "killed when Russian warplanes struck a vegetable market in Jisr Al-Shughur city, west of Idlib, this "
            "morning.")
    rows = contract(text)
    assert rows["totals"] == []
    assert [sum(i["killed"].values()) for i in rows["incidents"]] == [7]


def test_path_of_the_site_name_ending_in_the_title_is_no_second_incident() -> None:
    text = ("Seven Iranian-backed militiamen, including five Afghans, killed in ISIS ambush in al-Bukamal desert\n"
            "Syrian Observatory For Human Rights > Iranian Militias > Seven Iranian-backed militiamen killed in ISIS "
            "ambush\nShare this:\nSOHR activists have documented the death of seven militiamen of the Iranian-backed "
            "militias, five of them Afghan fighters of the Fatemiyoun Brigade and two Syrians recruited locally by the "
            "militias, in an ambush set up by ISIS cells in the desert of al-Bukamal late yesterday.")
    assert killed_per_incident(contract(text)) == [{"pro_iran_foreign": 5, "regime": 2}]


def test_saying_n_were_x_breaks_down_the_toll_before() -> None:
    text = ("Car bomb\n\nA car bomb exploded in Tal Abyad on Saturday, killing 11 civilians, Turkey's Defence Ministry "
            "said. The Syrian Observatory for Human Rights gave a higher toll of 12 dead, saying eight were civilians "
            "and four were fighters of Turkish-backed factions.")
    assert killed(text) == {"civilians": 8, "turkey_factions": 4}


def test_foreign_fighters_allied_to_the_government_are_iran_backed() -> None:
    text = ("Strike on T4\n\nIsraeli missiles hit the T4 air base late on Tuesday, while a war monitor said the strikes "
            "killed four foreign fighters allied to the government.")
    assert killed(text) == {"pro_iran_foreign": 4}


def test_bare_foreign_fighters_keep_no_side() -> None:
    text = "Strike on T4\n\nIsraeli missiles hit the T4 air base late on Tuesday, killing four foreign fighters."
    assert killed(text) == {"unknown": 4}


def test_dead_of_raids_after_a_month_of_operations_are_its_total() -> None:
    text = ("SDF tally\n\nThe SDF said it carried out 25 operations against ISIS cells in Deir Ezzor during August "
            "2022. According to the statement, six ISIS members were killed and 40 suspects were detained in raids "
            "in the eastern countryside.")
    assert contract(text)["incidents"] == []
    assert totals(text) == [("isis", 6)]


def test_one_of_the_groups_deadliest_attacks_since_is_one_attack() -> None:
    text = ("Ambush\n\nOn December 30, IS fighters ambushed a bus carrying soldiers in the desert near Kabajeb, killing "
            "20 soldiers and two civilians in one of the group's deadliest attacks since the fall of its caliphate.")
    rows = contract(text)
    assert rows["totals"] == []
    assert killed(text) == {"regime": 20, "civilians": 2}


def test_toll_which_stood_at_then_climbed_is_superseded() -> None:
    text = ("Camp strike\n\nA Russian air strike on a rebel camp in Idlib killed 60 fighters on Monday, a war monitor "
            "said. The toll, which stood at 40 earlier in the day, climbed as rescuers pulled more bodies from the "
            "rubble.")
    assert [sum(i["killed"].values()) for i in contract(text)["incidents"]] == [60]


def test_slaying_tells_the_dead() -> None:
    text = ("Raid\n\nRussian jets hit the outskirts of Saraqeb on Monday, slaying a woman and her two daughters, the "
            "monitor said.")
    assert killed(text) == {"civilians": 3}


def test_syrian_fighter_killed_with_hezbollah_members_is_of_the_regime() -> None:
    text = ("Strike\n\nAn Israeli strike on a house near Sayyida Zaynab killed two members of Lebanon's Hezbollah late "
            "on Saturday, a war monitor said. The monitor said a Syrian fighter who guarded the building was also "
            "killed.")
    assert killed(text) == {"pro_iran_foreign": 2, "regime": 1}


def test_syrian_fighter_elsewhere_keeps_no_side() -> None:
    text = "Attack\n\nISIS cells attacked a checkpoint near Palmyra on Monday, killing a Syrian fighter."
    assert killed(text) == {"unknown": 1}


def test_along_with_after_a_period_phrase_is_more_of_the_total() -> None:
    text = ("Desert toll\n\nThe Observatory says more than 900 regime soldiers and allied fighters have been killed in "
            "IS attacks in the desert since March 2019, along with some 500 IS fighters, many of them in Russian air "
            "raids.")
    assert totals(text) == [("isis", 500), ("regime", 900)]


def test_the_groups_attacks_also_claimed_after_a_total_is_its_total() -> None:
    text = ("Annual toll\n\nThroughout 2020, SOHR documented the death of 700 members of regime forces in attacks by ISIS "
            "cells in the desert.\nDuring the same year, 500 ISIS members were killed, most of them in Russian "
            "airstrikes.\nThe Organization's attacks and mines also claimed the lives of 60 civilians, including 20 "
            "truffle hunters.")
    assert ("civilians", 60) in totals(text)


def test_they_were_killed_in_attacks_after_a_total_tells_no_incident() -> None:
    text = ("Desert toll\n\nThereby, the number of regime soldiers killed in the Syrian desert since 24 March 2019 rises "
            "to 1,500. They were killed in attacks, ambushes and landmine explosions by ISIS cells in the deserts of "
            "Homs and Deir Ezzor.")
    assert contract(text)["incidents"] == []


def test_in_a_similar_operation_in_a_month_is_one_event() -> None:
    text = ("Raid\n\nSuch raids have become frequent since the fall of Baghouz in March 2019. In a similar operation in "
            "the same province in November, coalition forces killed two IS militants in the town of al-Shuhail, "
            "according to the SDF.")
    rows = contract(text)
    assert rows["totals"] == []
    assert killed(text) == {"isis": 2}


def test_in_a_series_of_raids_in_a_month_stays_a_total() -> None:
    text = "Raids\n\nIn a series of raids in November, coalition forces killed 12 IS militants in Deir Ezzor."
    assert totals(text) == [("isis", 12)]


def test_policemen_killed_by_isis_cells_are_the_states() -> None:
    text = ("Checkpoint attack\n\nISIS cells attacked a checkpoint near al-Sukhnah on Monday, killing two soldiers and "
            "three policemen.")
    assert killed(text) == {"regime": 5}


def test_a_total_of_is_no_person() -> None:
    text = "Checkpoint attack\n\nISIS cells attacked a checkpoint near al-Sukhnah on Monday, killing a total of four soldiers."
    assert killed(text) == {"regime": 4}


def test_slaughtered_and_breathed_their_last_tell_the_dead_and_maimed_the_hurt() -> None:
    text = ("Checkpoint attack\n\nISIS cells attacked a checkpoint near al-Sukhnah on Monday; four soldiers were "
            "slaughtered and six were maimed.\n\nPost attack\n\nGunmen stormed a post near Palmyra on Tuesday. Two "
            "soldiers breathed their last.")
    rows = contract(text)
    assert sorted(sum(i["killed"].values()) for i in rows["incidents"]) == [2, 4]
    assert sum(sum(i["injured"].values()) for i in rows["incidents"]) == 6


def test_named_commander_and_two_other_fighters_are_one_list() -> None:
    text = ("Drone strike\n\nERBIL - A senior commander of the Women's Protection Units (YPJ), Rojin Dersim, and two "
            "other female fighters were killed in a Turkish drone strike on their vehicle near Qamishli on Friday, the "
            "SDF said.")
    assert killed(text) == {"sdf": 3}


def test_separate_attacks_of_a_days_window_are_told_without_the_toll() -> None:
    text = ("Desert toll\n\nIn the past 24 hours alone, four soldiers were killed and six others injured in two separate "
            "attacks by ISIS cells in the desert of Ithriya and near al-Sukhnah.")
    rows = contract(text)
    assert rows["incidents"] and all(i["killed"] == {} for i in rows["incidents"])
    assert totals(text) == [("regime", 4)]


def test_several_attacks_over_a_days_window_counted_by_the_monitor_stay_a_total() -> None:
    text = ("Desert toll\n\nSOHR documented the death of 12 regime soldiers in the past 24 hours in several attacks by "
            "ISIS cells in the Badia.")
    assert contract(text)["incidents"] == []
    assert totals(text) == [("regime", 12)]


def test_the_uk_based_war_monitor_said_a_seventh_victim_is_more_of_the_incident() -> None:
    text = ("Hospital shelling\n\nShelling by government forces hit a hospital in al-Atarib in western Aleppo province on "
            "Sunday morning, killing five civilians, according to the Syrian Observatory for Human Rights.\nThe UK-based "
            "war monitor said a sixth victim, a patient who had been in intensive care, succumbed to his wounds "
            "overnight, while 12 other civilians were injured.")
    rows = contract(text)
    assert [(i["killed"], i["injured"]) for i in rows["incidents"]] == [({"civilians": 6}, {"civilians": 12})]
