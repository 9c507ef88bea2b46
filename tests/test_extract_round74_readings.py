"""Readings added in round 74 of issue #4, each one construction of the JQ-JT written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* "a civilian, a teacher at the village school, near his house" is one person (``casualty_one_apposed`` reads any
  apposition closed by the event's place or time after a plain "a civilian").
* A running total whose subject is long ("the number of civilians, fighters and officials of service agencies who have
  been assassinated by gunmen and cells in ..., which are under SDF control, has risen to 512") is read, and "Those who
  were assassinated are ..." after it gives its parts (``totals_blocks``, ``totals_dead_lists``, ``totals_lines``);
  "the real figure is closer to 30" told by others after it is no rise.
* "The raid recalls the ambush of May 2022, when ISIS killed 21 soldiers ..." tells an earlier event of its own
  (``incident_units``, ``incident_when_recalled``).
* "three Hezbollah fighters and two Syrians": the Syrians are listed beside the fighters, no part of them
  (``incident_syrian_share``), of no side (``casualty_armed_generic``); "The two militiamen were Syrians from the
  nearby town of Nubl" makes them the regime's, with the soldiers killed beside them (``incident_syrian_share``).
* "Last month, Israeli missiles struck positions near the town of al-Dumayr, killing ..." is one event, no month's
  total (``totals_sentences``).
* "threatens the lives of three million people" counts no dead (``casualty_listed.at_risk``); "massacring" kills.
* "In February, IS militants killed at least 12 people gathering truffles in the desert near al-Sukhnah" is one event
  (``incident_month_event``).
* Fire told "On the other side of the front line" is another event (``incident_split``), and so is the same kind of
  strike on another place "without casualties".
* ", an ANHA reporter said" is the speaker (``casualty_speaker_after``).
* "The worst single crime of the year ... was the killing of three brothers in Rajo in June" is one event
  (``totals_sentences``).
* "shot dead, on February 3, a farmer" (``casualties``).
* "clashed with the attackers for about half an hour, killing one of them": the attackers' side
  (``casualty_armed_generic``).
* "The SDF said that its forces responded with artillery ..., killing ..." is the SDF's own strike
  (``actor_speaker_forces``); forces that repelled an attack did not do it (control).
* "clashes between X on one side, and the Turkish forces and their proxy factions on the other", then "two members of
  the factions" in the next paragraph: Turkey's factions (``factions_of_turkey``).
* "Four SDF fighters and six gunmen killed" in a title names no group for "six of the gunmen" in the body
  (``casualty_of_the_named``).
* "... in attacks by ISIS west of the Euphrates and in the deserts of Deir Ezzor, Homs and Al-Suwaidaa rises to 1,210,
  including at least two Russians, in addition to 150 ...": the regime's running total, the 150 beside it
  (``totals_blocks.with_running_figure``).
* Police wounded in al-Rai are the factions' (``actors._TURKISH_HELD``).
* Israel read as an incident's target ("exchanging fire with Israel") lends no side to its dead of no side
  (``assemble``).
* "The Observatory said all of the dead were military personnel", after "killing nine people": the regime's
  (``incident_all_dead``).
* A man shot dead "together with his son", or "as he was returning from the frontline", was singled out: an
  assassination (``assemble``).
* "Ankara threatened in June to launch a new military operation ..." is no event (``incident_eventful``), nor are
  "the bodies of the victims" carried through the streets (``events``).
* A toll that "has risen to nine, after a civilian died of his wounds", then the eight told before by side: the
  civilians are what the other sides leave of the nine (``casualty_rise_by_sides``).
* "killed Hassan Rezaei, a senior IRGC adviser" is one of the IRGC's dead (``casualty_named_apposed``).
* Regional shares told in quoted areas ('41 were recorded in the "Olive Branch" area, ...') or counted in words
  ('"Euphrates Shield" area: eight;') are the civilians' totals by region (``totals_lines``).

Controls, passing before and after the round, are the tests named test_control_*.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, killed_per_incident, kinds, summed, total_pairs


def test_a_civilian_restated_by_his_work_is_one_person() -> None:
    text = ("Unidentified gunmen shot dead a civilian, a teacher at the village school, near his house in al-Karamah "
            "on Tuesday.")
    assert summed(contract(text), "killed") == {"civilians": 1}


def test_control_a_civilian_then_two_more_people_are_three() -> None:
    text = "Unidentified gunmen shot dead a civilian, a woman and a child in al-Karamah on Tuesday."
    assert summed(contract(text), "killed") == {"civilians": 3}


def test_a_running_total_with_a_long_subject_and_its_parts_after_it() -> None:
    text = ("A gunman shot dead a tribal elder in al-Busayrah on Monday.\n\n"
            "Thereby, the number of civilians, fighters and officials of service agencies who have been assassinated by "
            "gunmen and cells in the provinces of Deir Ezzor and Al-Hasakah, which are under SDF control, has risen to "
            "512 since the 24th of March 2019. Those who were assassinated are 190 civilians, including 15 children, "
            "and 322 fighters of SDF.")
    result = contract(text, date(2022, 5, 3))
    assert sorted(total_pairs(result)) == [("civilians", 190), ("sdf", 322)]


def test_control_a_figure_others_give_is_no_rise() -> None:
    text = ("SOHR put the number of SDF members killed by ISIS cells in Deir ez-Zor since the start of the year at 21, "
            "while tribal sources told the agency that the real figure among the fighters of the council is closer to 30.")
    result = contract(text, date(2021, 4, 2))
    assert ("sdf", 30) not in total_pairs(result)


def test_an_ambush_a_raid_recalls_is_another_event() -> None:
    text = ("ISIS militants ambushed a bus carrying soldiers near al-Sukhnah on Thursday, killing 12 of them. The raid "
            "recalls the ambush of May 2022, when ISIS killed 21 soldiers in an attack on a bus near al-Shula in the "
            "Deir ez-Zor desert.")
    result = contract(text, date(2024, 3, 8))
    assert sorted(map(str, killed_per_incident(result))) == ["{'regime': 12}", "{'regime': 21}"]


def test_syrians_listed_beside_militia_fighters_are_no_part_of_them() -> None:
    result = contract("An Israeli strike on a farm near al-Qusayr killed four Hezbollah fighters and three Syrians.")
    assert summed(result, "killed") == {"pro_iran_foreign": 4, "unknown": 3}


def test_control_syrians_among_the_militiamen_are_the_regimes() -> None:
    result = contract("An Israeli strike near al-Bukamal killed ten Iranian-backed militiamen, four of them Syrians.")
    assert summed(result, "killed") == {"pro_iran_foreign": 6, "regime": 4}


def test_positions_struck_near_one_town_last_month_are_one_event() -> None:
    text = ("Last month, Israeli missiles struck positions near the town of al-Dumayr east of Damascus, killing two army "
            "officers and wounding a third, according to state media.")
    result = contract(text, date(2022, 7, 4))
    assert result["totals"] == []
    assert summed(result, "killed") == {"regime": 2}


def test_lives_threatened_are_no_dead() -> None:
    text = ("Regime artillery shelled the outskirts of Kafr Taal. The monitor warned that the escalation threatens the "
            "lives of more than three million people in the area.")
    assert summed(contract(text), "killed") == {}


def test_massacring_kills() -> None:
    result = contract("Regime warplanes struck the market of Maarat al-Numan, massacring 14 civilians.")
    assert summed(result, "killed") == {"civilians": 14}


def test_fire_on_the_other_side_of_the_front_line_is_another_event() -> None:
    text = ("Regime artillery pounded the town of al-Atarib, wounding several civilians. On the other side of the front "
            "line, state media said \"terrorist groups\" had fired rockets at the Hamdaniyah district of Aleppo city, "
            "killing two civilians.")
    result = contract(text)
    assert len(result["incidents"]) == 2


def test_a_reporter_who_tells_the_toll_is_no_victim() -> None:
    text = ("Turkish forces shelled the village of Arab Hasan, wounding two civilians, a woman and her son, an ANHA "
            "reporter said.")
    assert summed(contract(text), "injured") == {"civilians": 2}


def test_the_worst_crime_of_a_year_is_one_event() -> None:
    text = ("The monitor documented 188 deaths in the Afrin region in 2022.\n\n"
            "The worst single crime of the year, the monitor said, was the killing of three brothers in Rajo in June by "
            "members of a Turkish-backed faction.")
    result = contract(text, date(2023, 1, 2))
    assert [sum(k.values()) for k in killed_per_incident(result)] == [3]
    assert total_pairs(result) == [("unknown", 188)]


def test_a_day_between_the_verb_and_its_victim() -> None:
    text = "Members of a Turkish-backed faction shot dead, on February 3, a farmer in the village of Maabatli."
    assert summed(contract(text), "killed") == {"civilians": 1}


def test_the_attackers_the_defenders_killed_are_of_the_doers_side() -> None:
    text = ("Two SDF members killed in ISIS raid on post near al-Busayrah\n\nHome / News\n\n"
            "DEIR EZ-ZOR, Syria (North Press) – Two members of the Syrian Democratic Forces (SDF) died and another was "
            "hurt on Monday night when ISIS cells raided a checkpoint in the countryside of al-Busayrah, east of Deir "
            "ez-Zor, a security source told North Press.\n\n"
            "\"Several gunmen on motorcycles opened fire on the post with machine guns,\" the source said.\n\n"
            "The source added that the checkpoint members clashed with the attackers for about half an hour, killing one "
            "of them, while the rest escaped towards the bank of the Euphrates River.")
    assert summed(contract(text), "killed") == {"sdf": 2, "isis": 1}


def test_a_side_that_says_its_forces_struck_back_is_the_doer() -> None:
    text = ("A woman was wounded when regime shells hit the village of al-Kalta, held by the SDF, on Sunday.\n\n"
            "The SDF said in a statement that its forces responded with artillery to the sources of fire, killing three "
            "members of the Iranian-backed militias.")
    result = contract(text)
    assert len(result["incidents"]) == 2
    assert [(i["perpetrator"], i["killed"]) for i in result["incidents"] if i["killed"]] == [("sdf", {"pro_iran_foreign": 3})]


def test_control_forces_that_repelled_an_attack_did_not_do_it() -> None:
    text = ("The Manbij Military Council said in a statement that its fighters foiled an infiltration attempt by "
            "Turkish-backed factions near Arima, killing two of the attackers.")
    assert [i["perpetrator"] for i in contract(text)["incidents"]] == ["turkey_factions"]


def test_factions_fighting_for_turkey_in_the_paragraph_before_are_turkeys() -> None:
    text = ("Ain Issa front | Three killed in 24 hours\n\n"
            "Clashes continued between the SDF on one side, and the Turkish forces and their proxy factions on the other "
            "side, near the village of Saida west of Ain Issa.\n\n"
            "SOHR documented the death of two members of the factions and one SDF fighter in the past 24 hours.")
    result = contract(text, date(2020, 12, 20))
    assert sorted(total_pairs(result)) == [("sdf", 1), ("turkey_factions", 2)]


def test_a_counted_noun_in_the_title_names_no_group() -> None:
    text = ("Four SDF fighters and six gunmen killed in attack on Dhiban\n\n"
            "Gunmen of Arab tribes crossed the Euphrates by boats at dawn and attacked SDF positions in Dhiban. Clashes "
            "erupted, leaving four SDF fighters and six of the gunmen dead.")
    assert summed(contract(text), "killed") == {"sdf": 4, "unknown": 6}


def test_a_running_total_whose_figure_stands_far_from_its_subject() -> None:
    text = ("Thereby, the number of regime soldiers and loyal militiamen killed since the 24th of March 2019 in attacks, "
            "ambushes and explosions by ISIS west of the Euphrates and in the deserts of Deir Ezzor, Homs and "
            "Al-Suwaidaa rises to 1,210, including at least two Russians, in addition to 150 Iranian-backed militiamen "
            "of non-Syrian nationalities.")
    result = contract(text, date(2022, 9, 1))
    assert sorted(total_pairs(result)) == [("pro_iran_foreign", 150), ("regime", 1210)]


def test_police_wounded_in_al_rai_are_the_factions() -> None:
    text = ("Three people, among them two members of the Military Police, were wounded when a motorbike bomb went off "
            "near the market of al-Rai on Friday.")
    assert summed(contract(text), "injured") == {"turkey_factions": 2, "unknown": 1}


def test_all_of_the_dead_said_to_be_soldiers_are_the_regimes() -> None:
    text = ("A bomb planted in a minibus carrying troops exploded near the Presidential Bridge in Damascus on Thursday "
            "morning, killing nine people, state media said.\n\n"
            "The Syrian Observatory for Human Rights said all of the dead were military personnel, among them two officers.")
    assert summed(contract(text), "killed") == {"regime": 9}


def test_control_dead_of_two_sides_keep_them() -> None:
    text = ("A bomb exploded near a checkpoint in Jasim, killing two soldiers and three civilians. All of the dead were "
            "from the town, the monitor said.")
    assert summed(contract(text), "killed") == {"regime": 2, "civilians": 3}


def test_a_man_shot_dead_together_with_his_son_was_singled_out() -> None:
    text = "Unidentified gunmen shot dead the mukhtar of Taldou together with his 12-year-old son on Friday night."
    assert kinds(contract(text)) == ["assassination"]


def test_a_commander_shot_on_his_way_back_from_the_frontline_was_singled_out() -> None:
    text = ("Unidentified gunmen on a motorcycle shot dead a commander of the Hamza Division on Tuesday as he was "
            "returning from the frontline near Marea.")
    assert kinds(contract(text)) == ["assassination"]


def test_control_a_shooting_on_the_frontline_is_no_singling_out() -> None:
    text = "A regime sniper shot dead a fighter of the Hamza Division on the frontline near Marea on Tuesday."
    assert kinds(contract(text)) != ["assassination"]


def test_an_operation_threatened_is_no_event() -> None:
    text = ("A Turkish drone killed two SDF fighters near Kobani on Monday.\n\n"
            "Tension has been rising since Ankara threatened in June to launch a new military operation along its "
            "southern border, targeting Tal Rifaat and Manbij.")
    assert len(contract(text)["incidents"]) == 1


def test_bodies_carried_in_a_protest_are_no_event() -> None:
    text = ("Gunmen of a Turkish-backed faction shot dead two men of one family in Jindires on Monday night.\n\n"
            "On Tuesday, hundreds of people took to the streets of the town, carrying the bodies of the victims and "
            "demanding that the faction leave.")
    assert len(contract(text)["incidents"]) == 1


def test_control_bodies_found_are_an_event() -> None:
    text = ("Gunmen shot dead a shepherd near Tafas on Monday.\n\n"
            "On Tuesday, residents found the bodies of two young men on a farm near al-Muzayrib.")
    assert len(contract(text)["incidents"]) == 2


def test_a_rise_after_one_more_death_keeps_the_other_sides_told_before() -> None:
    text = ("The death toll of the motorbike bomb that went off near a checkpoint in Jarablus this morning has risen to "
            "nine, after a civilian died of his wounds. SOHR activists had documented the death of eight people: five "
            "civilians and three members of the Hamza Division who were manning the checkpoint.")
    assert summed(contract(text), "killed") == {"civilians": 6, "turkey_factions": 3}


def test_regional_shares_of_the_civilians_told_in_quoted_areas() -> None:
    text = ("The monitor documented 150 deaths in 2022 in the areas Turkey and its factions hold in northern Syria, among "
            "them 90 civilians and 60 members of the factions. Of the civilian deaths, 41 were recorded in the \"Olive "
            "Branch\" area, 30 in the \"Euphrates Shield\" area and 19 in the \"Peace Spring\" area.")
    pairs = total_pairs(contract(text, date(2023, 1, 3)))
    assert {("civilians", 41), ("civilians", 30), ("civilians", 19)} <= set(pairs)


def test_regional_pairs_counted_in_words() -> None:
    text = ("The monitor documented the death of 20 civilians in the areas held by Turkish forces and their proxy "
            "factions in May 2023. The civilian fatalities were distributed as follows: \"Olive Branch\" area: nine; "
            "\"Euphrates Shield\" area: eight; \"Peace Spring\" area: three.")
    pairs = total_pairs(contract(text, date(2023, 6, 1)))
    assert {("civilians", 9), ("civilians", 8), ("civilians", 3)} <= set(pairs)


def test_a_named_adviser_killed_is_one_of_his_side() -> None:
    text = "An Israeli strike on a house near Sayyida Zeinab killed Hassan Rezaei, a senior IRGC adviser, on Monday."
    assert summed(contract(text), "killed") == {"pro_iran_foreign": 1}


def test_a_strike_elsewhere_without_casualties_is_another_event() -> None:
    text = ("Two SDF fighters were killed when a Turkish drone targeted their car on the road between Tal Tamr and Abu "
            "Rasin.\n\n"
            "SOHR had reported on Sunday that a Turkish drone targeted an SDF post near Tal Baydar village, without "
            "casualties.")
    assert len(contract(text)["incidents"]) == 2


def test_control_the_same_strike_retold_without_casualties_is_one() -> None:
    text = ("A Turkish drone targeted an SDF post near Tal Baydar village on Sunday.\n\n"
            "The drone fired two missiles at the post, without casualties.")
    assert len(contract(text)["incidents"]) == 1


def test_militiamen_all_said_to_be_syrians_are_the_regimes() -> None:
    text = ("Three Syrian army soldiers and two members of an Iranian-backed militia were killed on Sunday when Turkish "
            "forces shelled a post near Tanab, north of Aleppo. The two militiamen were Syrians from the nearby town of "
            "Nubl, the source said.")
    assert summed(contract(text), "killed") == {"regime": 5}


def test_a_months_killing_near_one_town_is_an_event() -> None:
    text = ("ISIS militants ambushed an army bus near al-Shula on Thursday, killing eight soldiers.\n\n"
            "In February, IS militants killed at least 12 people gathering truffles in the desert near al-Sukhnah.")
    result = contract(text, date(2023, 8, 11))
    assert len(result["incidents"]) == 2
    assert result["totals"] == []


def test_israel_named_as_a_target_lends_no_side_to_the_dead() -> None:
    text = ("The Israeli army declined to comment.\n\n"
            "Earlier this month, an Israeli strike on a building in Sayyida Zeinab killed two Hezbollah fighters and three "
            "Syrians, according to the Observatory.\n\n"
            "Hezbollah has been exchanging fire with Israel across the Lebanese border since October.")
    assert summed(contract(text), "killed") == {"pro_iran_foreign": 2, "unknown": 3}
