"""Readings added in round 67 of issue #4, each one construction of the IO-IR written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* "- Six civilians, including three children and a woman: two children were killed when ...; a man was shot dead ..."
  under a day's country-wide toll: the line's count is the day's total of civilians, its parts the count's own, and the
  events after the colon are the day's incidents (``totals_day_lines.side_count_head``); under a month's toll the same
  shape splits the count by cause and stays as it was; "a man" told after the colon of such a line is one of the
  civilians it counts (``casualty_line_civilians``);
* "Last week, a driver of a fuel tanker was killed ...", "attacked a gas tanker on the road, killing its driver": a
  worker, a civilian; not the driver of "a truck carrying weapons" (``casualty_drivers``);
* "a man and his son ..., while they were collecting firewood", "a man and his son were killed ... while the family
  was searching for truffles": a family at work, civilians (``casualty_kin.family_pair``); "while he was fishing" is
  work too (``mention_sides.AT_WORK``);
* "a shepherd was killed and his nephew, a child, was injured": the nephew is the child, hurt, not dead; "three
  children and their mother were killed and their father and another farmer were injured": the father is hurt
  (``casualty_kin_aside``);
* "Last month, three members of the NDF were killed and two others were injured when ISIS fighters stormed their
  checkpoint": one event dated by its month, not a month's total (``totals_sentences._ONE_TARGET``, ``_KILLED_WHEN``);
* "the death toll of the clashes between the SDF and tribal gunmen, since they erupted on the 27th of August, has risen
  to 54" is a running toll of many days (``totals_sentences._CAMPAIGN_TOLL``), and a title "Death toll rises to 54
  since outbreak of fighting" does not make "Earlier today, SOHR sources reported that a child was killed ..." an
  earlier count of one event (``casualty_rises._rose_before``);
* "Here is a regional distribution of these fatalities:" heads a list by province ("- Hama: 24, including 11
  children.") whose lines are regional totals (``totals_lines._REGIONAL_HEADER``);
* "the fatalities documented on Thursday are: two civilians, ...; one member of regime forces; ..." and "the death
  toll documented on Saturday has risen to eight" are the day's totals, no incident's toll; "Deir Ezzor countryside
  was the scene of 20 of the operations, which claimed the lives of ten SDF members" is an area's share of a month's
  toll (``totals_sentences``);
* "- Three shepherds were killed by ISIS gunfire and a landmine in Hama desert." in a list of a fortnight's dead is a
  line of the total (a province's desert is no place of one event), and "- On Wednesday, a shepherd was killed by a
  landmine ... in Jabal al-Bishri" in a week's list is one event (``totals_narrated``);
* "... since Thursday, when a drone attack on a graduation ceremony ... killed 89 people" is the toll of that attack,
  not of the period (``totals_sentences._SINCE_WHEN_EVENT``);
* "killing three civilians, including a child, and wounding six other passengers": the other passengers are of the
  side of the dead (``casualty_others.other_of_the_noun``); "three other people" stay of no side;
* "Other news" heads links to other stories (``incident_trailers``); "Machine-gun fire was exchanged between X and
  Y" is a clash (``events``);
* "Residents found the beheaded body of a young man" is a death (``casualties._BODY_STATE``); "His nephew, also a
  civilian, who was sitting with him, was seriously injured and died of his wounds" is one more dead, not hurt
  (``casualty_hurt_then_died``, ``casualty_kin_aside.own_sentence_kin``, ``casualty_ordinal_more``); "In February,
  gunmen killed the mukhtar of the village of X" is no dead of an earlier incident told again
  (``casualty_told_earlier``);
* "Fighters of HTS, Islamic factions and other factions in the de-escalation zone: 46" names HTS, not a region of the
  side before (``totals_builder_sides``); the militias whose drones struck are not the "nine fighters" counted after
  (``casualty_backed_referents``); the first line of a list ("- Seven gunmen of the tribes.") is no overall of the
  lines after it that happen to add up to it (``totals_sums``); "48 fighters from the tribes" are tribal fighters, and
  "an elderly man" a civilian, as every writer labels one (actors.csv).

Controls (passing before and after the round) follow each reading.
"""

from __future__ import annotations

from contract_rows import contract, total_pairs


def _per_incident(text: str, field: str = "killed") -> list[dict[str, int]]:
    return [i[field] for i in contract(text)["incidents"]]


_DAY_LIST = (
    "Daily toll | SOHR documents 9 deaths across Syria on Monday\n\n"
    "The Syrian Observatory for Human Rights has documented the deaths of nine people across Syrian territory on "
    "Monday. They are distributed as follows:\n"
    "- Five civilians, including two children and a woman: two children were killed when an old shell exploded near "
    "the village of Tal Aran in the countryside of Aleppo; a woman was killed by regime shelling on the town of "
    "Sarmin in Idlib countryside; and a man was shot dead by unknown gunmen in the town of Tafas in Daraa countryside.\n"
    "- Four members of regime forces: they were killed when ISIS cells attacked a checkpoint near Kabajeb in the "
    "desert of Deir Ezzor.\n"
)


def test_a_side_count_line_of_a_days_list_is_that_sides_total() -> None:
    assert total_pairs(contract(_DAY_LIST)) == [("civilians", 5), ("regime", 4)]


def test_a_man_after_the_colon_of_a_civilians_line_is_a_civilian() -> None:
    tafas = [i["killed"] for i in contract(_DAY_LIST)["incidents"] if any(p["name"] == "Tafas" for p in i["places"])]
    assert tafas == [{"civilians": 1}]


def test_control_a_months_count_by_cause_keeps_its_parts() -> None:
    text = ("SOHR has documented the deaths of 30 people in the areas of the SDF during the month of March 2023. They "
            "are distributed as follows:\n"
            "- 21 civilians, including five children and four women: seven were killed by ISIS cells, five in Turkish "
            "drone strikes and artillery shelling, six by unknown gunmen in assassinations and murders, and three by "
            "landmines and war remnants.\n"
            "- Nine members of the SDF: five were killed by ISIS cells and four in Turkish drone strikes.\n")
    pairs = total_pairs(contract(text))
    assert ("civilians", 21) in pairs and ("civilians", 7) in pairs and ("sdf", 9) in pairs


def test_the_driver_of_a_fuel_tanker_is_a_civilian() -> None:
    text = ("Last week, a driver of a fuel tanker was killed when ISIS gunmen opened fire on his vehicle on the road near "
            "the village of al-Khariba, east of Khanasir.")
    assert _per_incident(text) == [{"civilians": 1}]


def test_its_driver_after_a_tanker_was_attacked_is_a_civilian() -> None:
    text = ("On Saturday, ISIS fighters attacked a gas tanker on the road between al-Resafa and Ithriyah, killing its "
            "driver, according to the same sources.")
    assert _per_incident(text) == [{"civilians": 1}]


def test_control_the_driver_of_a_truck_carrying_weapons_stays_of_no_side() -> None:
    text = ("On Thursday, a drone of unknown identity struck a truck carrying weapons near the village of al-Hari, "
            "killing its driver.")
    assert _per_incident(text) == [{"unknown": 1}]


def test_a_man_and_his_son_at_work_are_civilians() -> None:
    text = ("SOHR activists documented the death of a man and his son in rocket fire by regime forces while they were "
            "collecting firewood on the outskirts of Ibleen village in Jabal al-Zawiya.")
    assert _per_incident(text) == [{"civilians": 2}]


def test_a_young_man_shot_while_fishing_is_a_civilian() -> None:
    text = ("A young man was shot dead by a sniper of regime forces while he was fishing on the bank of the Euphrates "
            "near the village of al-Hawaij.")
    assert _per_incident(text) == [{"civilians": 1}]


def test_control_a_man_and_his_son_not_at_work_stay_of_no_side() -> None:
    text = "A man and his son were killed by regime rocket fire on the outskirts of Ibleen village in Jabal al-Zawiya."
    assert _per_incident(text) == [{"unknown": 2}]


def test_a_relative_told_again_by_an_aside_takes_the_asides_fate() -> None:
    text = ("A shepherd was killed and his nephew, a child, was injured in the explosion of a landmine on the outskirts "
            "of al-Bara town.")
    assert (_per_incident(text), _per_incident(text, "injured")) == ([{"civilians": 1}], [{"civilians": 1}])


def test_a_relative_joined_to_the_hurt_is_hurt() -> None:
    text = ("Three children and their mother were killed and their father and another farmer were injured when regime "
            "shells fell on olive groves near the village of Kafr Nouran.")
    assert (_per_incident(text), _per_incident(text, "injured")) == ([{"civilians": 4}], [{"civilians": 2}])


def test_control_a_relative_killed_with_the_first_stays_dead() -> None:
    text = ("A farmer and his son were killed and three other farmers were injured when regime shells fell near the "
            "village of Kafr Nouran.")
    assert _per_incident(text) == [{"civilians": 2}]


def test_a_checkpoint_stormed_last_month_is_an_incident() -> None:
    text = ("ISIS gunmen killed four shepherds in the desert of al-Resafa on Thursday, the Observatory said.\n\n"
            "Last month, three members of the pro-government National Defense Forces were killed and two others were "
            "injured when ISIS fighters stormed their checkpoint near the al-Resafa crossroads, the Observatory said at "
            "the time.")
    assert _per_incident(text) == [{"civilians": 4}, {"regime": 3}]
    assert total_pairs(contract(text)) == []


def test_the_toll_of_clashes_since_they_erupted_is_a_running_total() -> None:
    text = ("Deir Ezzor clashes | Death toll rises to 54 since outbreak of fighting\n\n"
            "Earlier today, SOHR sources reported that a child was killed by a sniper bullet fired from an SDF position "
            "in Al-Busayrah, while his brother was injured.\n\n"
            "With the new fatalities, the death toll of the clashes between the SDF and the gunmen of the tribes, since "
            "they erupted on the 27th of August 2023, has risen to 54.")
    assert _per_incident(text) == [{"civilians": 1}]


def test_control_an_earlier_report_of_the_same_events_risen_toll_is_superseded() -> None:
    text = ("Car bomb in Azaz | Death toll rises to nine\n\n"
            "The death toll of the car bomb that exploded in the market of Azaz this morning has risen to nine "
            "civilians.\n\n"
            "Earlier today, SOHR sources reported that five civilians were killed in the explosion.")
    assert _per_incident(text) == [{"civilians": 9}]


def test_a_regional_distribution_of_these_fatalities_heads_regional_totals() -> None:
    text = ("Since early 2024, SOHR has documented the deaths of 61 people by explosions of landmines and war remnants "
            "across Syrian territories. Here is a regional distribution of these fatalities:\n"
            "- Hama: 24, including 11 children.\n"
            "- Aleppo: 19.\n"
            "- Other provinces: 18.\n")
    assert sorted(total_pairs(contract(text))) == [("unknown", 18), ("unknown", 19), ("unknown", 24), ("unknown", 61)]


def test_the_fatalities_documented_on_a_day_are_its_totals() -> None:
    text = ("Homs: The body of a young man was found with gunshot wounds near al-Qusayr city.\n"
            "Deir Ezzor: Two SDF fighters were killed in an attack by ISIS cells on a checkpoint near al-Busayrah.\n"
            "Accordingly, the fatalities documented on Thursday are: one person of no known affiliation and two SDF "
            "fighters.")
    assert ("sdf", 2) in total_pairs(contract(text))


def test_the_days_toll_risen_is_no_incidents_toll() -> None:
    text = ("A member of the SDF died of wounds he sustained earlier on Saturday, when a Turkish drone targeted a group "
            "of SDF fighters near Ain Issa in northern Raqqa countryside. Accordingly, the death toll documented on "
            "Saturday has risen to eight.")
    assert _per_incident(text) == [{"sdf": 1}]


def test_an_area_that_was_the_scene_of_some_of_the_operations_gives_a_share() -> None:
    text = ("SOHR has monitored 24 operations by ISIS cells in areas controlled by the SDF during October 2022, which "
            "left 17 persons dead.\n"
            "Deir Ezzor countryside was the scene of 20 of the operations, which claimed the lives of ten SDF members "
            "and three civilians.")
    assert contract(text)["incidents"] == []
    assert ("sdf", 10) in total_pairs(contract(text))


def test_a_line_of_deaths_in_a_provinces_desert_is_a_line_of_the_total() -> None:
    text = ("The Syrian Observatory has documented the death of 24 people in the Syrian desert between June 1 and June "
            "15, 2022. The fatalities are distributed as follows:\n"
            "- 14 members of regime forces, killed in nine ISIS attacks and explosions.\n"
            "- Seven ISIS members, killed in Russian airstrikes.\n"
            "- Three shepherds were killed by ISIS gunfire and a landmine in Hama desert.\n")
    assert ("civilians", 3) in total_pairs(contract(text))
    assert contract(text)["incidents"] == []


def test_a_weekday_line_of_a_weeks_list_is_one_event() -> None:
    text = ("During the past week, SOHR documented 80 airstrikes by Russian jets on the Syrian desert, which killed six "
            "ISIS members. The main incidents of the week were as follows:\n"
            "- On Monday, ISIS cells ambushed a bus carrying soldiers near Ithriyah, killing three soldiers.\n"
            "- On Wednesday, a shepherd was killed by a landmine left from the war while grazing his sheep in Jabal "
            "al-Bishri desert.\n")
    assert _per_incident(text) == [{"regime": 3}, {"civilians": 1}]


def test_a_period_begun_by_one_attack_leaves_that_attack_its_toll() -> None:
    text = ("Regime forces and Russian warplanes have stepped up their bombardment of the northwest since Thursday, "
            "when a drone attack on a graduation ceremony at the Military College in Homs killed 89 people, according "
            "to the Health Ministry.")
    assert _per_incident(text) == [{"unknown": 89}]
    assert total_pairs(contract(text)) == []


def test_other_passengers_are_of_the_side_of_the_dead() -> None:
    text = ("An IED exploded on a minibus near the town of al-Sour, killing three civilians, including a child, and "
            "wounding six other passengers.")
    assert _per_incident(text, "injured") == [{"civilians": 6}]


def test_control_other_people_stay_of_no_side() -> None:
    text = ("A regime barrel bomb dropped on Kafr Nabl killed a woman and wounded three other people.")
    assert _per_incident(text, "injured") == [{"unknown": 3}]


def test_other_news_heads_links_to_other_stories() -> None:
    text = ("The SDF killed an ISIS emir in a raid on a house in the town of al-Busayrah, the SDF media centre said.\n\n"
            "Other news\n"
            "- Intense Turkish drone strikes on Kobani countryside\n")
    assert len(contract(text)["incidents"]) == 1



def test_the_beheaded_body_of_a_young_man_is_a_death() -> None:
    text = ("Residents found on Tuesday the beheaded body of a young man from the village of al-Sabha, two days after "
            "masked men abducted him from his shop.")
    assert sum(sum(k.values()) for k in _per_incident(text)) == 1


def test_one_hurt_and_dead_after_a_relative_clause_is_dead() -> None:
    text = ("Gunmen shot dead a tribal notable in the town of Jadid Ekedat on Saturday evening. His nephew, also a "
            "civilian, who was sitting with him, was seriously injured and died of his wounds in a hospital hours later.")
    assert (_per_incident(text), _per_incident(text, "injured")) == ([{"civilians": 2}], [{}])


def test_control_one_hurt_after_a_relative_clause_stays_hurt() -> None:
    text = ("Gunmen shot dead a tribal notable in the town of Jadid Ekedat on Saturday evening. His nephew, also a "
            "civilian, who was sitting with him, was seriously injured and taken to a hospital in al-Shuhail.")
    assert _per_incident(text, "injured") == [{"civilians": 1}]


def test_one_named_by_his_office_is_no_dead_told_earlier() -> None:
    text = ("Gunmen riding a motorcycle shot dead a tribal notable in the town of Jadid Ekedat on Saturday.\n\n"
            "In February, unidentified gunmen killed the mukhtar of the village of al-Jurdi al-Sharqi with a silenced "
            "pistol, in an attack that has not been claimed.")
    assert _per_incident(text) == [{"civilians": 1}, {"civilians": 1}]


def test_fire_exchanged_is_a_clash() -> None:
    text = ("Regime forces fired several shells on Kafr Oweid in Jabal al-Zawiya, leaving no casualties.\n"
            "Machine-gun fire was exchanged between Turkish-backed factions and the SDF on the outskirts of Ain Issa, "
            "amid no casualties.")
    assert [i["type"] for i in contract(text)["incidents"]] == ["shelling", "clash"]


def test_fighters_of_a_group_in_a_zone_are_that_groups_line() -> None:
    text = ("SOHR has documented the deaths of 95 people across Syrian territories in April 2023. The fatalities are "
            "distributed as follows:\n\n"
            "Civilians: 30, including four children.\n\n"
            "Iranian-backed militiamen of non-Syrian nationalities: 12.\n\n"
            "Fighters of HTS, Islamic factions and other factions in the \"de-escalation zone\": 46.\n\n"
            "ISIS members: 7.\n")
    assert ("hts_rebels", 46) in total_pairs(contract(text))


def test_control_a_zone_alone_is_a_region_of_the_side_before() -> None:
    text = ("SOHR has documented the deaths of 60 members of regime forces in April 2023, distributed by area as "
            "follows:\n\n"
            "Homs desert: 40.\n\n"
            "The de-escalation zone: 20.\n")
    assert ("regime", 20) in total_pairs(contract(text))


def test_the_militias_whose_drones_struck_are_not_the_fighters_counted() -> None:
    text = ("Since early 2024, SOHR has documented 181 attacks by kamikaze drones belonging to regime forces and "
            "Iranian-backed militias in the \"de-escalation zone\", which left 26 people dead. The fatalities are "
            "distributed regionally as follows:\n\n"
            "- Idlib: 98 attacks left six civilians and nine fighters dead.\n")
    assert ("pro_iran_foreign", 9) not in total_pairs(contract(text))


def test_the_first_line_of_a_list_is_no_overall_of_the_lines_after() -> None:
    text = ("According to SOHR statistics, the clashes and shelling left 14 persons dead in the past 24 hours:\n"
            "- Seven gunmen of the tribes.\n"
            "- Four SDF members.\n"
            "- Three civilians, including a child.\n")
    assert ("unknown", 7) in total_pairs(contract(text))


def test_fighters_from_the_tribes_are_tribal_fighters() -> None:
    text = ("The number of people killed in a week of clashes between the SDF and tribal fighters in the eastern "
            "countryside of Deir Ezzor has risen to 96, according to the monitor. The dead include 27 members of the "
            "SDF and its military councils, 48 fighters from the tribes and other armed locals, and 21 civilians.")
    assert ("unknown", 48) in total_pairs(contract(text))


def test_an_elderly_man_is_a_civilian() -> None:
    text = ("Last week, SOHR documented the death of an elderly man by rocket fire launched by regime forces on an olive "
            "field near Kafr Taal village.")
    assert _per_incident(text) == [{"civilians": 1}]


def test_control_a_man_alone_stays_of_no_side() -> None:
    text = "A man was killed by rocket fire launched by regime forces on the outskirts of Kafr Taal village."
    assert _per_incident(text) == [{"unknown": 1}]
