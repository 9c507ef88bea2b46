"""Readings added in round 71 of issue #4, each one construction of the JE-JH written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* An earlier event dated by its month and told by one doer ("In May 2020, a former rebel stormed the police station
  in X and killed nine policemen") or as fire on a crowd ("In December 2022, a protester and a policeman were killed
  when security forces opened fire on demonstrators", "..., guards fired at protesters ..., wounding three of them") is
  an incident of its own, not a month's total (``totals_month_event``); "In May 2020, 14 civilians were killed in the
  province" stays a total (control).
* A title whose "since" ranks the fighting ("24 Killed in Fiercest Daraa Fighting Since 2018 Settlement") gives no
  period, so the body's events are incidents (``incident_lines.period_report`` reads ``segment.RANKED_SINCE``).
* "The clashes left a member of the Hamza Division dead and three others from both factions injured": the wounded are
  of the one camp both factions belong to (``casualty_both_sides``).
* "Russian strikes killed a woman and her child, bringing the civilian toll of Monday's bombardment to 11": the 11 is
  the day's joint toll, not this event's (``casualty_day_toll``); "bringing the toll of the massacre to five" stays the
  event's (control).
* "A truck carrying members of the government forces struck a landmine, killing two and wounding four": the two and the
  four are the regime's (``casualty_carried_bare``); "a bus carrying workers" gives no side (control).
* "killing three soldiers and an officer" counts the officer with the soldiers (``casualty_late_passes``); "two
  civilians and an officer" does not make him a civilian (control).
* "..., raising to three the number of soldiers killed in that attack": that attack's toll, no running total
  (``segment._RAISING_EVENT_TOLL``).
* Clashes whose account says a side stormed or attacked a checkpoint or positions are that side's attack
  (``incident_clash_started``); clashes after a security patrol raided a house stay clashes (control).

Controls, passing before and after the round, are the tests named test_control_*.
"""

from __future__ import annotations

from contract_rows import contract, kinds, summed, total_pairs


def test_a_month_dated_event_of_one_doer_is_an_incident() -> None:
    text = ("Two soldiers were killed on Thursday when gunmen attacked a checkpoint near Tafas in the western countryside "
            "of Daraa, local sources said.\n\n"
            "Tafas has been tense for years. In June 2021, a former rebel fighter stormed the army post in the town and "
            "killed six soldiers, in revenge for the arrest of his brother.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 8}
    assert total_pairs(result) == []


def test_month_dated_fire_on_demonstrators_is_an_incident_not_a_months_total() -> None:
    text = ("A protester was shot dead on Friday when security forces opened fire on a demonstration in al-Karama Square "
            "in Suwayda city, activists said.\n\n"
            "In March 2023, a demonstrator and a policeman were killed when security forces opened fire on protesters who "
            "had stormed the governorate building in the city.")
    result = contract(text)
    assert total_pairs(result) == []
    assert sum(summed(result, "killed").values()) == 3


def test_month_dated_shots_at_protesters_wounding_three_is_an_incident() -> None:
    text = ("A protester was shot dead on Friday when security forces opened fire on a demonstration in al-Karama Square "
            "in Suwayda city, activists said.\n\n"
            "In October 2023, guards of the party branch in Shahba fired at protesters who were trying to close the "
            "building, wounding four of them.")
    result = contract(text)
    assert summed(result, "injured") == {"civilians": 4}
    assert len(result["incidents"]) == 2


def test_a_month_dated_tanker_bomb_is_an_incident() -> None:
    text = ("A car bomb exploded in the vegetable market of al-Bab on Saturday, killing four civilians, local sources "
            "said.\n\n"
            "In June 2021, a fuel tanker rigged with explosives tore through the industrial area of the town, killing "
            "more than 20 civilians, including six children.")
    result = contract(text)
    assert total_pairs(result) == []
    assert summed(result, "killed") == {"civilians": 24}


def test_control_a_months_dead_in_a_province_stay_a_total() -> None:
    text = ("A car bomb exploded in the vegetable market of al-Bab on Saturday, killing four civilians, local sources "
            "said.\n\n"
            "In May 2021, 14 civilians were killed in the province, according to the monitor's records.")
    assert ("civilians", 14) in total_pairs(contract(text))


def test_a_title_ranking_the_fighting_since_a_year_gives_no_period() -> None:
    text = ("19 Killed in Heaviest Fighting in Tafas Since 2018 Settlement\n\n"
            "At least 19 people were killed in the past 24 hours in Daraa province, the monitor said.\n\n"
            "The dead included seven regime soldiers, eight local gunmen and four civilians.\n\n"
            "In the town of al-Muzayrib, two soldiers were killed when gunmen attacked a checkpoint of the Air Force "
            "Intelligence.\n\n"
            "Meanwhile, regime forces shelled houses in Tafas with tank shells, killing three civilians.")
    result = contract(text)
    assert len(result["incidents"]) == 2
    assert summed(result, "killed") == {"regime": 2, "civilians": 3}


def test_others_from_both_factions_are_of_their_one_camp() -> None:
    text = ("Clashes erupted last night between members of the Turkish-backed \"Sultan Suleiman Shah Division\" and "
            "\"Hamza Division\" in the town of Tal Abyad over the sharing of smuggling revenues. The clashes left a member "
            "of the Hamza Division dead and four others from both factions injured.")
    result = contract(text)
    assert summed(result, "killed") == {"turkey_factions": 1}
    assert summed(result, "injured") == {"turkey_factions": 4}


def test_a_days_joint_toll_after_an_events_own_dead_is_not_its_toll() -> None:
    text = ("Regime warplanes struck a market in the town of Saraqib on Tuesday, killing eight civilians, the monitor "
            "said.\n\n"
            "In the nearby village of Afes, Russian strikes killed a man and his daughter, the monitor said, bringing the "
            "civilian toll of Tuesday's bombardment to 10.")
    assert summed(contract(text), "killed") == {"civilians": 10}


def test_control_a_risen_toll_of_one_massacre_stays_the_events() -> None:
    text = "Regime shelling on the village of Afes killed a woman and her child on Monday, bringing the death toll of the massacre to five."
    assert summed(contract(text), "killed") == {"civilians": 5}


def test_bare_figures_after_a_truck_carrying_soldiers_are_the_soldiers() -> None:
    text = ("A truck carrying members of the regime forces struck a landmine on the road between Ithriya and al-Resafa on "
            "Sunday, killing three and wounding five, a military source said.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 3}
    assert summed(result, "injured") == {"regime": 5}


def test_control_bare_figures_after_a_bus_carrying_workers_take_no_side() -> None:
    text = "A bus carrying workers struck a landmine on the road near al-Sukhnah on Sunday, killing three and wounding five."
    assert "regime" not in summed(contract(text), "killed")


def test_an_officer_after_soldiers_is_of_their_side() -> None:
    text = ("ISIS cells attacked a position of the regime's 18th Division near al-Kawm on Friday, killing two soldiers "
            "and an officer with the rank of captain.")
    assert summed(contract(text), "killed") == {"regime": 3}


def test_control_an_officer_after_civilians_is_no_civilian() -> None:
    text = "Shelling on the town of Jasim killed two civilians and an officer on Monday."
    assert summed(contract(text), "killed").get("civilians") == 2


def test_raising_to_n_the_number_killed_in_that_attack_is_its_toll() -> None:
    text = ("Meanwhile, a soldier died of his wounds which he had sustained last week in an ISIS attack on an army post "
            "near al-Shoula in the southern countryside of Deir Ezzor, raising to four the number of soldiers killed in "
            "that attack.")
    result = contract(text)
    assert total_pairs(result) == []
    assert summed(result, "killed") == {"regime": 4}


def test_clashes_begun_by_gunmen_attacking_a_checkpoint_are_an_attack() -> None:
    text = ("Three soldiers and two local gunmen were killed on Monday in clashes that broke out at a checkpoint near the "
            "town of Nawa in the western countryside of Daraa.\n\n"
            "The fighting erupted after members of the checkpoint detained a man from the town, prompting local gunmen "
            "to attack the checkpoint with machine guns.")
    assert kinds(contract(text)) == ["attack"]


def test_control_clashes_after_a_patrol_raided_a_house_stay_clashes() -> None:
    text = ("Two wanted men and a member of the Military Security were killed on Monday in clashes in the town of Jasim. "
            "The clashes broke out after a security patrol raided a house in the town to arrest the men.")
    assert kinds(contract(text)) == ["clash"]


def test_a_sides_word_that_it_repelled_the_attack_is_the_same_fight() -> None:
    text = ("Fighting between the SDF and Turkish-backed factions near the village of Um al-Kaif, north of Tal Tamr, left "
            "four faction members and two SDF fighters dead on Tuesday, the monitor said.\n\n"
            "The SDF said in a statement that its fighters repelled an attack by the factions on the village of "
            "al-Dardara and killed 15 \"mercenaries\".")
    result = contract(text)
    assert len(result["incidents"]) == 1
    assert summed(result, "killed") == {"turkey_factions": 4, "sdf": 2}


def test_control_a_sides_word_with_its_own_response_after_stays_an_event() -> None:
    text = ("Fighting between the SDF and Turkish-backed factions near the village of Um al-Kaif, north of Tal Tamr, left "
            "four faction members and two SDF fighters dead on Tuesday, the monitor said.\n\n"
            "The SDF said it had repelled the attack. It responded later in the day by shelling positions of the factions "
            "in the village of al-Dardara.")
    assert len(contract(text)["incidents"]) == 2


def test_jund_allah_fighters_are_of_the_jihadist_side() -> None:
    text = "Two HTS members and four Jund Allah fighters were killed in clashes near Khirbet al-Jouz in the countryside of Jisr al-Shughur on Monday."
    assert summed(contract(text), "killed") == {"hts_rebels": 6}


def test_a_lebanese_commander_and_a_syrian_of_hezbollah_split_by_nationality() -> None:
    text = ("An Israeli drone struck a car near the town of Hadar in northern Quneitra countryside, killing two members of "
            "the Lebanese Hezbollah, a Lebanese commander and a Syrian from the town of Jubata al-Khashab.")
    assert summed(contract(text), "killed") == {"pro_iran_foreign": 1, "regime": 1}


def test_strikes_on_one_farm_dated_by_a_month_are_one_event() -> None:
    text = ("Airstrikes believed to be Jordanian killed six civilians in the town of Arman in Sweida countryside on "
            "Thursday.\n\n"
            "In November, strikes targeted a farm near the village of Um Rummanah, killing three men that local media "
            "described as smugglers.")
    result = contract(text)
    assert total_pairs(result) == []
    assert sum(summed(result, "killed").values()) == 9


def test_a_monitors_account_of_last_week_is_another_incident() -> None:
    text = ("Yesterday, Russian helicopters fired missiles at caves in Jabal al-Bishri, with no information about "
            "casualties. SOHR had documented, last week, the killing of a shepherd and the injury of his two sons by "
            "gunfire of ISIS cells in the same area.")
    result = contract(text)
    assert len(result["incidents"]) == 2
    assert summed(result, "killed") == {"civilians": 1}


def test_control_the_monitors_earlier_account_of_the_same_toll_joins_it() -> None:
    text = ("The death toll of the ISIS ambush on a bus carrying soldiers near al-Shoula has risen to 11. SOHR had "
            "reported that nine soldiers were killed when cells opened fire on the bus.")
    result = contract(text)
    assert len(result["incidents"]) == 1
    assert summed(result, "killed") == {"regime": 11}


def test_policemen_killed_by_a_former_rebel_are_the_states() -> None:
    text = "On Monday, a former opposition fighter stormed the police station in the town of Nawa and killed four policemen."
    assert summed(contract(text), "killed") == {"regime": 4}


def test_a_man_accused_in_the_next_sentence_of_writing_reports_for_a_branch_is_its_informant() -> None:
    text = ("Unidentified gunmen shot dead a man near the town of Jasim on Sunday. According to SOHR sources, the man was "
            "accused of writing security reports for the Military Security branch.")
    assert summed(contract(text), "killed") == {"regime": 1}


def test_the_factions_in_a_paragraph_naming_no_place_are_those_of_the_story() -> None:
    text = ("Violent clashes erupted at dawn today between the SDF and the Turkish-backed factions on the Abu Rasin front, "
            "north of al-Hasakah, after the factions tried to infiltrate SDF positions near the village of al-Asadiya.\n\n"
            "According to SOHR sources, the infiltration attempt left seven members of the factions killed and wounded, "
            "three of them were killed and four wounded.")
    result = contract(text)
    assert summed(result, "killed") == {"turkey_factions": 3}
    assert summed(result, "injured") == {"turkey_factions": 4}


def test_since_a_calendar_day_opens_a_period_whose_list_is_totals() -> None:
    text = ("Roundup\n\n"
            "In the Syrian desert, SOHR has documented, since the 24th of March 2019, the killing of:\n"
            "- 310 civilians, including 95 truffle hunters, in ISIS attacks.\n"
            "- 1,204 ISIS members in Russian airstrikes and clashes with regime forces.\n")
    result = contract(text)
    assert total_pairs(result) == [("civilians", 310), ("isis", 1204)]
    assert result["incidents"] == []


def test_a_second_sides_figure_added_in_a_list_line_is_a_total_too() -> None:
    text = ("Roundup\n\n"
            "Since March 24, 2019, SOHR has documented the death of:\n"
            "- 1,620 regime soldiers and loyal militiamen of Syrian and non-Syrian nationalities, including three Russians, "
            "in addition to 207 Iranian-backed militiamen of non-Syrian nationalities, in attacks and ambushes by ISIS.\n"
            "- 180 civilians in ISIS attacks.\n")
    assert total_pairs(contract(text)) == [("civilians", 180), ("pro_iran_foreign", 207), ("regime", 1620)]


def test_the_toll_of_civilians_killed_in_a_sides_bombardment_is_of_the_civilians() -> None:
    text = ("Monitor update\n\n"
            "The toll of civilians killed in regime and Russian bombardment on the region since Monday has thus risen to "
            "37, including nine children and six women, according to the Observatory.")
    assert total_pairs(contract(text)) == [("civilians", 37)]


def test_control_the_number_of_soldiers_killed_by_isis_keeps_its_parts() -> None:
    text = ("Monitor update\n\n"
            "Thereby, the number of regime soldiers and loyal militiamen killed by ISIS since March 24, 2019 has risen to "
            "1,205, including two Russians and 140 Iranian-backed militiamen.")
    result = contract(text)
    assert total_pairs(result) == [("regime", 1205)]
    assert result["totals"][0]["of_which"] == {"russia": 2, "pro_iran_foreign": 140}


def test_in_addition_civilians_hit_by_stray_bullets_are_of_the_fight() -> None:
    text = ("ISIS cells attacked a checkpoint of the SDF near the Ghwayran neighbourhood of al-Hasakah late on Thursday. "
            "Four SDF members and six ISIS members were killed in the clashes that continued until the morning. In "
            "addition, a civilian was killed by stray bullets in the nearby al-Zuhour neighbourhood.")
    result = contract(text)
    assert len(result["incidents"]) == 1
    assert summed(result, "killed") == {"sdf": 4, "isis": 6, "civilians": 1}


def test_helicopters_that_fired_flares_struck_nothing() -> None:
    text = ("ISIS cells attacked a checkpoint of the SDF near the Ghwayran neighbourhood of al-Hasakah late on Thursday, "
            "killing three SDF members. In addition, a civilian was killed by stray bullets in the nearby al-Zuhour "
            "neighbourhood. Coalition helicopters hovered over the area and fired flares.")
    assert kinds(contract(text)) == ["attack"]
