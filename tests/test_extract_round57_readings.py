"""Readings added in round 57 of issue #4, each one construction of the HA-HD written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* a figureless header that counts the events themselves ("SOHR activists documented several incidents over the past
  hours:") heads a list of incidents, whatever window it names (``totals_day_lines.incidents_header``);
* "a mercenary of the Iranian militias" is one person (``figures.PERSON``); "a Syrian officer" is the regime's
  (actors.csv);
* "The blast killed two soldiers and injured three, while a second ISIS member was shot dead during the raid": the rank
  after a clause's link counts on from the incident's one ISIS member (``incident_ranked_on``);
* "30 targets belonging to 'terrorists'" counts things, not people (``casualty_things.counts_things``);
* "The Turkish Ministry of National Defence said it ... killed 25 militants": a claimant's bare fighters are no side's
  and yield to the toll told before (``casualty_claims``);
* "three civilians ... the victims were a man, his brother and his 10-year-old son": the same three
  (``casualty_said_again``);
* "killing its rider, a member of the Asayish, and injuring a child", "injuring its rider, a civilian": the rider and
  the side the apposition gives (``casualty_unnumbered._THE_ONE``, ``casualty_apposed_members``);
* "In the whole of 2023, ... left 81 people dead" is a total of the year (``totals_periods``, ``totals_sentences``);
* "In August last year, 33 soldiers were slain when the group attacked a bus" is one event, no total of the month
  (``incident_month_event``);
* "Initial reports spoke of three deaths, before the bodies of two others were found" is the incident's first count,
  no event of its own (``incident_earlier_count``);
* "A civilian who was a member of the local reconciliation committee" is a civilian (``casualty_civilian_who``);
* "State media gave a different account, saying that ... had killed 14 civilians": the source's own count of the
  dead told before, of whatever side (``casualty_claims._told_otherwise``);
* "Details are as follows:" as a sentence of its own after a day's country-wide toll opens that day's incidents
  (``totals_day_lines.narrated_day``);
* "NON-SYRIAN MILITIAS: eight members of ..., killed in drone strikes in Deir Ezzor": a side's label in capitals heads
  a line of the list whatever the line tells of how they died (``totals_marks.WORD_LINE``);
* "80 people, 31 of them civilians, among them 12 women and children, and the rest military personnel": the rest is
  read past the part's own part (``casualty_rest_share``);
* "rose on Wednesday to six ... Four people were killed on the spot": the first of the risen toll's dead
  (``casualty_plain_restated``);
* "\"The Turkish state targeted the men who fought ISIS for years,\" an SDF spokesman wrote on Twitter": "Twitter" is no
  place, so the quoted words tell no incident of their own (``places._NOT_PLACE``);
* "The fighters responded to the source of fire, killing one of the attackers" and "The body of the dead attacker was
  found at dawn" are the fight told (``incident_reply_fire.answers``, ``incident_bodies_back``);
* "a woman succumbed to her injuries at a hospital in Turkey" sets no scene abroad (``incident_abroad``);
* "Landmines ... have killed thousands of Syrians since the conflict began" is the war's toll, no incident
  (``incident_eventful``; "Syrians" is no place);
* "... 21 other Iranian-backed fighters, the Britain-based monitor said, as well as 38 members of the Syrian regime
  forces and 12 civilians": the speaker named inside a list does not end it, nor does what an item's people had done
  ("21 former fighters ... who had concluded settlement agreements, and 11 people ...") (``casualty_list_asides``);
* "arrested 27 ISIS suspects and killed two others": the others are of the group taken (``casualty_taken_others``);
* "State media described the car bomb as a 'terrorist attack' and put the toll at two dead", after another incident:
  an account of the car bomb (``incident_links``); "the victim was known as a collaborator of Hezbollah" ties the
  victim (``mention_sides.VICTIM_TIED``);
* "The strike comes as Turkey threatens a new ground operation against Tal Rifaat and Manbij": the places of an
  operation threatened are not the incident's (``incident_place_scope.wider_events``);
* "...: on Friday, ISIS cells detonated an IED ...; on Saturday, they stormed ...; and yesterday, they ambushed ...":
  each day's attack is an incident (``text._RUN_ON_BREAK``);
* "Russian reconnaissance aircraft have been flying intensively over Jabal al-Akrad": no strike
  (``events_idle_aircraft``);
* "wounding nine people ... Among the wounded were five civilians, including a child": the child is one of the five,
  no part of the nine of its own (``casualty_rest.injured_parts``), also where the wounded were told a long sentence
  before (the window of the toll told before is ``FAR_WHOLE_WINDOW``).
"""

from __future__ import annotations

from contract_rows import contract, killed_per_incident, total_pairs
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(contract(text))


_LINES = ("\n- Two soldiers were killed this morning by sniper fire from ISIS cells near the T4 airbase, east of Homs."
          "\n- Unknown gunmen shot dead a member of the National Defence Forces last night near Maadan, east of Raqqa.")


def test_a_header_of_incidents_heads_a_list_of_incidents() -> None:
    text = "Badia news\n\nSOHR activists documented several incidents in the Syrian desert over the past hours:" + _LINES
    assert totals(text) == []
    assert sorted(killed_per_incident(contract(text)), key=str) == [{"regime": 1}, {"regime": 2}]


def test_a_header_of_the_following_developments_heads_a_list_of_incidents() -> None:
    text = "Badia news\n\nSOHR monitored the following developments in the Syrian desert in the past 24 hours:" + _LINES
    assert totals(text) == []
    assert killed(text) == {"regime": 3}


def test_a_header_that_counts_the_dead_still_heads_totals() -> None:
    text = ("Badia news\n\nSOHR documented the deaths of 14 people in the Syrian desert in the past 24 hours, as follows:"
            "\n- 9 regime soldiers.\n- 5 ISIS members.")
    assert ("regime", 9) in totals(text) and ("isis", 5) in totals(text)


def test_a_mercenary_of_the_iranian_militias_is_one_of_their_men() -> None:
    text = ("Mayadin\n\nA mercenary of the Iranian militias was killed this morning when a bomb planted in his car went off "
            "in the city of Al-Mayadin, east of Deir Ezzor.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_mercenary_groups_are_no_person() -> None:
    text = ("Afrin\n\nTwo civilians were killed yesterday when mercenary factions shelled the village of Maryamin, "
            "north of Aleppo.")
    assert killed(text) == {"civilians": 2}


def test_a_syrian_officer_is_the_regimes() -> None:
    text = ("Deir Ezzor desert\n\nA roadside bomb hit a joint patrol near Al-Shoula on Monday, killing two Russian soldiers. "
            "SOHR said a Syrian officer travelling with the patrol was also killed.")
    assert killed(text) == {"russia": 2, "regime": 1}


def test_a_second_member_after_a_clause_link_counts_on() -> None:
    text = ("Palmyra desert\n\nAn ISIS member blew himself up yesterday when regime forces surrounded his hideout near "
            "Palmyra. The blast killed three soldiers and injured two, while a second ISIS member was shot dead during "
            "the raid.")
    assert killed(text) == {"regime": 3, "isis": 2}


def test_a_second_member_in_its_own_sentence_still_counts_on() -> None:
    text = ("Palmyra desert\n\nAn ISIS member blew himself up yesterday when regime forces surrounded his hideout near "
            "Palmyra. The blast killed three soldiers. A second ISIS member was shot dead during the raid.")
    assert killed(text) == {"regime": 3, "isis": 2}


def test_targets_belonging_to_terrorists_are_things() -> None:
    text = ("Turkish strikes\n\nA Turkish drone struck a checkpoint near Amuda on Sunday, killing two members of the "
            "Asayish.\n\nThe Turkish defence ministry said it had destroyed 40 targets belonging to \"terrorists\" and "
            "killed 12 militants in the operation.")
    assert killed(text) == {"sdf": 2}


def test_a_ministry_of_national_defence_claim_of_militants_yields() -> None:
    text = ("Turkish strikes\n\nA Turkish drone struck a checkpoint near Amuda on Sunday, killing two members of the "
            "Asayish and a civilian.\n\nThe Turkish Ministry of National Defence said it had killed 19 militants in "
            "the operation.")
    assert killed(text) == {"sdf": 2, "civilians": 1}


def test_the_victims_named_again_are_the_civilians_told() -> None:
    text = ("Kobani\n\nThree civilians were killed this afternoon when a Turkish drone struck their car near the village "
            "of Boraz, west of Kobani. Local sources said the victims were a man, his brother and his 12-year-old son.")
    assert killed(text) == {"civilians": 3}


def test_victims_of_other_sides_named_again_are_not_folded() -> None:
    text = ("Damascus\n\nThe toll of the Israeli strike on a building in Kafr Sousa rose to 10. The dead are six members "
            "of the Iranian Revolutionary Guards, three Syrians, two of them civilians, and a Lebanese man.")
    assert killed(text).get("pro_iran_foreign", 0) <= 7


def test_its_rider_a_member_of_the_asayish() -> None:
    text = ("Qamishli\n\nA Turkish drone hit a motorcycle near the village of Tal Hamis on Friday, killing its rider, a "
            "member of the Asayish, and injuring a child who was nearby.")
    assert killed(text) == {"sdf": 1}
    assert injured(text) == {"civilians": 1}


def test_its_rider_a_commander_in_isis() -> None:
    text = ("Deir Ezzor\n\nOn Sunday, a coalition drone struck a motorcycle near Al-Busayrah, killing its rider, a local "
            "\"commander\" in ISIS.")
    assert killed(text) == {"isis": 1}


def test_its_rider_a_civilian() -> None:
    text = ("Hasakah\n\nA Turkish drone targeted a motorcycle near Derbasiyah on Tuesday, injuring its rider, a civilian, "
            "according to local sources.")
    assert injured(text) == {"civilians": 1}


def test_in_the_whole_of_a_year_is_a_total() -> None:
    text = ("Drone war\n\nIn the whole of 2022, local monitors documented 84 Turkish drone strikes in the region, which "
            "left 67 people dead.")
    assert totals(text) == [("unknown", 67)]
    assert killed(text) == {}


def test_a_month_event_with_last_year_is_one_event() -> None:
    text = ("Badia\n\nIn June last year, 21 soldiers were slain when the group attacked a bus carrying troops near "
            "Al-Mayadin in Deir Ezzor province.")
    assert totals(text) == []
    assert killed(text) == {"regime": 21}


def test_initial_reports_are_the_incidents_first_count() -> None:
    text = ("Salamiyah\n\nHoms: Six civilians, among them a woman, were killed and three others sustained injuries, some "
            "of them seriously, at dawn today, when a landmine left behind by ISIS went off on their car while they were "
            "searching for truffles in the desert near Al-Sukhnah, east of Homs. SOHR sources said that the victims "
            "were from Al-Saan.\nInitial reports spoke of four deaths, before the bodies of two others were found near "
            "the burnt car.")
    assert killed_per_incident(contract(text)) == [{"civilians": 6}]


def test_a_later_report_of_more_dead_elsewhere_is_no_first_count() -> None:
    text = ("Salamiyah\n\nSix civilians were killed at dawn today when a landmine exploded under their car in the desert "
            "east of Salamiyah.\nEarly reports said that two soldiers were killed in a separate blast near Ithriya.")
    assert killed(text) == {"civilians": 6, "regime": 2}


def test_a_civilian_who_was_a_member_of_a_committee() -> None:
    text = ("Homs\n\nA civilian who was a member of the local reconciliation committee in Al-Rastan city was shot dead on "
            "Friday night by unknown gunmen.")
    assert killed(text) == {"civilians": 1}


def test_a_man_who_was_a_member_of_a_group_keeps_its_side() -> None:
    text = "Idlib\n\nA man who was a member of HTS was shot dead on Friday night by unknown gunmen near Sarmada."
    assert killed(text) == {"hts_rebels": 1}


def test_a_different_account_is_the_sources_count_of_the_same_dead() -> None:
    text = ("Bus ambush\n\nAt least 21 regime soldiers were killed on Tuesday when ISIS cells ambushed a bus carrying troops "
            "near Al-Shoula in the desert of Deir Ezzor, the monitor said.\nState media gave a different account, saying "
            "that a \"terrorist attack\" on a passenger bus had killed 14 civilians.")
    assert killed(text) == {"regime": 21}


def test_a_source_that_names_other_dead_without_a_different_account_keeps_them() -> None:
    text = ("Bus ambush\n\nAt least 21 regime soldiers were killed on Tuesday when ISIS cells ambushed a bus carrying troops "
            "near Al-Shoula in the desert of Deir Ezzor, the monitor said.\nThe monitor added that two shepherds were "
            "killed by a landmine near Ithriya on the same day.")
    assert killed(text) == {"regime": 21, "civilians": 2}


_DAY_LINES = ("\nDaraa: A civilian young man was shot dead by unknown gunmen in Tafas city in the western countryside of Daraa."
              "\nIdlib: A child was killed by regime rocket shelling on the outskirts of Sarmin town, east of Idlib."
              "\nAl-Raqqah: A member of SDF was killed by ISIS gunfire in Al-Karamah in the eastern countryside of Al-Raqqah.")


def test_details_as_follows_after_a_days_toll_heads_its_incidents() -> None:
    text = ("Daily toll\n\nSOHR has documented the deaths of 3 people across Syrian territory on Tuesday, March 7. "
            "Details are as follows:" + _DAY_LINES)
    assert len(contract(text)["incidents"]) == 3
    assert killed(text) == {"civilians": 2, "sdf": 1}


def test_details_as_follows_after_a_months_toll_heads_totals() -> None:
    text = ("Monthly toll\n\nSOHR has documented the deaths of 40 people across Syrian territory in March 2023. Details "
            "are as follows:\n- 25 civilians.\n- 15 regime soldiers.")
    assert ("civilians", 25) in totals(text) and ("regime", 15) in totals(text)


def test_a_capital_label_with_a_figure_in_words_is_a_line_of_the_list() -> None:
    text = ("Monthly toll\n\nSOHR has documented the deaths of 212 people across Syrian territory in May 2023. The death "
            "toll is distributed as follows:\nREGIME FORCES: 104 members of regime forces and loyal militiamen.\n"
            "NON-SYRIAN MILITIAS: eight members of Iranian-backed militias of non-Syrian nationalities, killed in "
            "drone strikes in Deir Ezzor.\nFACTIONS: 61 fighters of HTS and other jihadist and rebel factions.\nSDF: 39 "
            "members of SDF.")
    pairs = totals(text)
    assert ("pro_iran_foreign", 8) in pairs and ("hts_rebels", 61) in pairs and ("sdf", 39) in pairs


def test_the_rest_after_a_parts_own_part_is_of_the_kind_named() -> None:
    text = ("Homs\n\nRegime forces shelled Idlib on Friday. A day earlier, a drone attack on a military graduation in Homs "
            "killed 80 people, according to the monitor, 31 of them civilians, among them 12 women and children, and "
            "the rest military personnel.")
    assert killed(text) == {"civilians": 31, "regime": 49}


def test_one_person_a_different_account_names_stays() -> None:
    text = ("Sweida\n\nOne protester was killed and two others were wounded on Monday when security forces opened fire on "
            "demonstrators in Sweida city, the monitor said.\nState media gave a different account, saying gunmen in the "
            "crowd had fired at the guards, wounding a policeman.")
    assert injured(text) == {"civilians": 2, "regime": 1}


def test_the_dead_on_the_spot_are_the_first_of_a_risen_toll() -> None:
    text = ("Landmine toll rises to six\n\nThe death toll of a landmine blast that hit truffle hunters in the eastern "
            "countryside of Hama rose on Wednesday to six, after two more men died of their wounds in a hospital in "
            "Salamiyah, a war monitor said.\nThe Syrian Observatory for Human Rights (SOHR) said the mine, a remnant of "
            "the battles with ISIS, went off on Tuesday as the group was searching for truffles near the village of "
            "Aqirbat. Four people were killed on the spot and three others were injured, among them a boy.")
    assert killed(text) == {"civilians": 6}


def test_more_people_killed_elsewhere_after_a_risen_toll_stay() -> None:
    text = ("Landmine toll rises to six\n\nThe death toll of a landmine blast that hit truffle hunters in the eastern "
            "countryside of Hama rose on Wednesday to six, a war monitor said.\nMeanwhile, four soldiers were killed "
            "on the spot when ISIS cells attacked their post near Ithriya.")
    assert killed(text) == {"civilians": 6, "regime": 4}


def test_a_quoted_reaction_is_no_incident_of_its_own() -> None:
    text = ("Drone strike\n\nTwo commanders of the SDF were killed in a Turkish drone strike on their car near Amuda on "
            "Sunday, the SDF said.\n\n\"The Turkish state targeted the men who fought ISIS for years,\" an SDF spokesman "
            "wrote on Twitter, calling on the coalition to act.")
    assert len(contract(text)["incidents"]) == 1
    assert killed(text) == {"sdf": 2}


def test_a_quoted_account_of_another_attack_with_its_place_is_an_incident() -> None:
    text = ("Drone strike\n\nTwo commanders of the SDF were killed in a Turkish drone strike on their car near Amuda on "
            "Sunday, the SDF said.\n\n\"Turkish artillery also shelled the village of Zarkan on Monday, wounding three "
            "children,\" an SDF spokesman said.")
    assert len(contract(text)["incidents"]) == 2


def test_fire_returned_on_the_attackers_is_the_fight_told() -> None:
    text = ("Raqqa\n\nTwo SDF fighters were killed last night while repelling an attack by ISIS cells on a checkpoint near "
            "the village of Al-Hamrat, east of Raqqa.\nThe fighters responded to the source of fire, killing one of the "
            "attackers, while the others fled toward the desert south of the village.")
    assert len(contract(text)["incidents"]) == 1
    assert killed(text) == {"sdf": 2, "isis": 1}


def test_the_body_of_the_dead_attacker_found_is_the_fight_told() -> None:
    text = ("Raqqa\n\nTwo SDF fighters were killed last night while repelling an attack by ISIS cells on a checkpoint near "
            "the village of Al-Hamrat, east of Raqqa, and one of the attackers was killed.\nThe body of the dead "
            "attacker was found at dawn with a rifle and hand grenades.")
    assert len(contract(text)["incidents"]) == 1


def test_a_death_at_a_hospital_abroad_is_the_incidents() -> None:
    text = ("Afrin\n\nAleppo: The number of people killed in the explosion of a car bomb in the centre of Afrin city on "
            "Thursday evening has risen to five: four civilians, among them a child, and a fighter of the Turkish-backed "
            "factions. The toll rose after a woman succumbed to her injuries at a hospital in Turkey. About 12 other "
            "people were wounded, according to SOHR sources.\nSOHR had first reported three fatalities, but the toll "
            "kept increasing as bodies were pulled out of the rubble of shops near the market.")
    assert len(contract(text)["incidents"]) == 1
    assert killed(text) == {"civilians": 4, "turkey_factions": 1}
    assert injured(text) == {"unknown": 12}


def test_the_wars_toll_of_mines_is_no_incident() -> None:
    text = ("Raqqa\n\nTwo boys were killed yesterday when a remnant of war exploded near their home in the village of "
            "Hamrat, east of Raqqa.\n\nMeanwhile, US-led coalition helicopters carried out an airdrop operation in the "
            "town of Al Busayrah at dawn on Sunday, killing a suspected ISIS official, the monitor said.\n\nLandmines "
            "and explosive remnants of war have killed thousands of Syrians since the conflict began, according to the "
            "United Nations.")
    assert len(contract(text)["incidents"]) == 2


def test_a_speaker_inside_a_list_does_not_end_it() -> None:
    text = ("Israeli strikes\n\nIsrael has carried out 40 strikes on Syrian territory since the start of 2024, the monitor "
            "said.\nThe strikes killed 30 fighters of Hezbollah and 21 other Iranian-backed fighters of non-Syrian "
            "nationalities, the Britain-based monitor said, as well as 38 members of the Syrian regime forces and 12 "
            "civilians, among them two women.")
    pairs = totals(text)
    assert ("regime", 38) in pairs and ("civilians", 12) in pairs


def test_what_an_items_people_had_done_does_not_end_the_list() -> None:
    text = ("Daraa\n\nThe Observatory has documented 140 attacks in Daraa since the beginning of 2024, which claimed the "
            "lives of 52 civilians, 37 members of regime forces, 21 former fighters of opposition factions who had "
            "concluded settlement agreements, and 11 people whose affiliation could not be determined.")
    assert ("unknown", 11) in totals(text)


def test_others_killed_beside_arrested_suspects_are_of_their_group() -> None:
    text = ("ISIS in April\n\nISIS cells carried out 19 attacks in areas of the AANES during April, killing 12 people, "
            "according to local statistics. Of the dead, eight were members of the SDF, while the remaining four were "
            "civilians.\nIn parallel, the SDF launched nine security operations during April in which they arrested "
            "27 ISIS suspects and killed two others.")
    assert ("isis", 2) in totals(text) and ("civilians", 2) not in totals(text)


def test_a_source_that_describes_the_car_bomb_tells_of_the_car_bomb() -> None:
    text = ("Daraa\n\nA car bomb exploded near a security branch in Daraa city last night, killing three members of the "
            "Military Security branch, the monitor said.\n\nIn a separate incident on Sunday, unidentified gunmen killed a man in "
            "the town of Nawa. The monitor said the victim was known as a collaborator of Hezbollah.\n\nState media "
            "described the car bomb as a \"terrorist attack\" and put the toll at two dead and 10 wounded.")
    assert killed_per_incident(contract(text)) == [{"regime": 3}, {"pro_iran_foreign": 1}]
    assert [i["injured"] for i in contract(text)["incidents"]] == [{}, {}]


def test_places_of_a_threatened_operation_are_not_the_incidents() -> None:
    row = contract("Drone strike\n\nThree SDF commanders were killed in a Turkish drone strike on their car near Qamishli "
                   "on Friday, the SDF said.\n\nThe strike comes as Turkey threatens a new ground operation against Tal "
                   "Rifaat and Manbij.")
    assert [[p["name"] for p in i["places"]] for i in row["incidents"]] == [["Qamishli"]]


def test_attacks_told_day_by_day_after_semicolons_are_incidents_each() -> None:
    text = ("Homs desert\n\nAccording to SOHR sources, the regime losses came in three separate attacks: on Friday, ISIS "
            "cells detonated an IED at a military vehicle near the T3 station; on Saturday, they stormed a checkpoint on "
            "the outskirts of al-Sukhnah; and yesterday, they ambushed a patrol in the Arak gas field area.")
    assert [i["type"] for i in contract(text)["incidents"]] == ["ied_landmine", "attack", "ambush"]


def test_aircraft_that_have_been_flying_over_strike_nothing() -> None:
    text = ("Latakia\n\nA regime soldier was killed this morning by a sniper of HTS on the Al-Kabinah axis in Jabal "
            "al-Akrad, north of Latakia.\nMeanwhile, Russian reconnaissance aircraft have been flying intensively over "
            "Jabal al-Akrad and Jabal al-Turkman since the morning hours.")
    assert [i["type"] for i in contract(text)["incidents"]] == ["attack"]


def test_a_part_of_the_wounded_with_its_own_part_is_taken_out_once() -> None:
    text = ("Car bomb\n\nA car bomb exploded near a checkpoint in Daraa city last night, wounding nine people, according "
            "to SOHR. Among the wounded were five civilians, including a child.")
    assert injured(text) == {"civilians": 5, "unknown": 4}


def test_parts_of_the_wounded_of_two_sides_are_each_taken_out() -> None:
    text = ("Car bomb\n\nA car bomb exploded near a checkpoint in Daraa city last night, wounding nine people, according "
            "to SOHR. Among the wounded were two soldiers and a child.")
    assert injured(text) == {"regime": 2, "civilians": 1, "unknown": 6}


def test_the_wounded_told_a_long_sentence_before_are_broken_down() -> None:
    text = ("Car bomb\n\nA car bomb exploded near a military security branch in the Daraa al-Mahatta neighbourhood of "
            "Daraa city last night, killing three people and wounding eight others, in the latest bout of violence to "
            "hit the southern Syrian province, according to the Syrian Observatory for Human Rights.\n\nThe Britain-based "
            "war monitor said two of the dead were members of the military security branch, while the third was a "
            "civilian who was passing by. Among the wounded were four civilians, including a child, the monitor said.")
    assert injured(text) == {"civilians": 4, "unknown": 4}
