"""Readings added in round 72 of issue #4, each one construction of the JI-JL written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* A "when" clause on a named day goes on with any participle (", sparking a rare confrontation"), and stays the
  recalled event's (``incident_when_recalled``); a head that tolls the same dead as its "when" clause ("recalls the
  killing of four men ... in March 2023, when gunmen ..., killing four") is one earlier event, counted once.
* "a man who had been transferred in critical condition died of his wounds, raising the death toll to five": one of
  the wounded died, no one more hurt (``casualty_wounded``), and he is one of the risen toll, no one more dead, also
  under a title that gives the first toll (``incident_rises``).
* "SOHR said two soldiers escorting the bus were also killed": the monitor's dead besides another source's, not a
  correction of them (``incident_monitor``).
* Recruits counted over a period ("about 150 young men joined the ranks of ... in the past two weeks") open no period
  for the next paragraph's killing (``totals_sentences``).
* "11 foreign fighters, most of them from Iraq's al-Nujaba movement" are of that group's side (``casualty_late_passes``).
* "Russian helicopters flew over the area without carrying out any strikes" is no airstrike (``events_idle_aircraft``).
* "A military source from the government forces told ... that two of them died": the teller's force is not the dead's
  (``casualty_sentence_sides``); nor is the foe of a bare figure in "73 were killed in clashes with regime forces".
* One ambush dated by its year ("ambushed a bus ... late in 2020, killing 25") is an incident, not a year's total
  (``totals_sentences``); so is "The deadliest of those explosions took place in June, when ...".
* "a former commander of a Free Syrian Army faction, who had joined a militia affiliated with the Military Security"
  is of the regime (``casualty_tied``); so is a victim the next sentence "identified as an army colonel".
* "... died of their injuries in hospitals in al-Bab and across the border in Turkey": where they were treated, not an
  event abroad (``incident_abroad``, ``incident_places``).
* "The Observatory said 85 of them were members of the factions, while 16 were fighters of the SDF": the shares by side
  of the total before (``totals_blocks``).
* "The incident recalls the killing of three Kurdish men ... in March 2023" is an incident of its own, no March total
  (``incident_recall``, ``totals_sentences``).
* "Seven fighters were killed", then "four SNA fighters and three SDF fighters were killed when ..., a day after ...":
  the same dead by side, not another event (``incident_sameness.sums_to_told``).
* A period carried past a sentence without figures ("SOHR monitored 32 Israeli attacks since the start of 2022. Most of
  the strikes targeted X. The strikes killed 88 people. The dead are:") (``totals_opening``); and "Most of the strikes
  targeted X" is no incident (``incident_lines``).
* "at least one of the dead was an Iranian expert" names one of the dead counted, no breakdown (``casualty_one_of_dead``).
* "wounding dozens", then "the interior ministry said 23 people were wounded": the count of the vague wounded
  (``casualty_claims``); the monitor's "dozens" stands against another source's count (control).
* "..., according to SOHR, which also reported that regime forces shelled X": the shelling is an event of its own
  (``incident_units``).
* After an abduction, "the family received a call hours later from the kidnappers, who demanded a ransom" is the same
  incident (``incident_captivity``).
* ", a day after the jihadists killed eight pro-government fighters" inside a 24-hour toll is no part of it
  (``totals_skips``); "In regional terms, ..." opens a split by region (``totals_lines``).
* "The same wave of strikes simultaneously hit X, where huge explosions were heard" is the strikes told so far
  (``incident_spread``); "the jihadists attacked the convoy" after an Islamic State lead is that group's attack
  (``events.roles`` reads ``actor_jihadists``); "The airstrikes coincided with regime artillery shelling on A and B,
  while HTS fighters fired rockets ..." tells two more events (``incident_units``); the body of someone told anew
  ("residents found the body of a young man ... in B") found in another town is another victim (``incident_split``).
* "since it broke out on December 10" opens a period (``totals_periods``); "Last month, Israeli strikes on the outskirts
  of Homs city wounded four soldiers" is one bombardment, an incident (``totals_sentences``).

Controls, passing before and after the round, are the tests named test_control_*.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, kinds, summed, total_pairs


def test_a_when_clause_going_on_with_a_participle_is_still_the_earlier_event() -> None:
    text = ("Israeli missiles struck the Shayrat airbase in the countryside of Homs overnight, killing three people, a "
            "war monitor said on Monday. The base was previously hit in April 2017, when American cruise missiles killed "
            "nine soldiers, prompting a wave of condemnation in Moscow.")
    result = contract(text, date(2022, 6, 13))
    assert len(result["incidents"]) == 2
    assert summed(result, "killed") == {"unknown": 3, "regime": 9}


def test_a_head_and_its_when_clause_tolling_the_same_dead_count_them_once() -> None:
    text = ("A young man was found shot dead in his field near the village of Shaykh al-Hadid in Afrin countryside on "
            "Tuesday, local sources said. The killing recalls the murder of three farmers by members of a Turkish-backed "
            "faction in the village of Bulbul in May 2022, when gunmen opened fire on them in an olive grove, killing "
            "three and wounding a fourth.")
    result = contract(text, date(2024, 3, 6))
    assert total_pairs(result) == []
    assert len(result["incidents"]) == 2
    assert [inc["killed"] for inc in result["incidents"]][1] == {"civilians": 3}


def test_a_man_transferred_in_critical_condition_who_died_is_one_of_the_wounded() -> None:
    text = ("A landmine killed three civilians and wounded five others on Friday when their car struck it in the desert "
            "near al-Kawm in rural Homs. A man who had been transferred in critical condition died of his wounds, raising "
            "the death toll to four.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 4}
    assert "unknown" not in summed(result, "injured")


def test_the_monitors_dead_told_with_also_add_to_another_sources_count() -> None:
    text = ("Suspected Islamic State militants ambushed a bus carrying workers of a state oil company near the Jazal "
            "field in the eastern countryside of Homs on Sunday, killing six of them, state media said. The Syrian "
            "Observatory for Human Rights said three soldiers guarding the bus were also killed in the attack.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 6, "regime": 3}


def test_recruits_counted_over_a_period_open_no_period_for_a_killing() -> None:
    text = ("SOHR sources have reported that about 200 young men joined the ranks of the Iranian-backed militias in "
            "al-Mayadin in the past month, in exchange for monthly salaries.\n\n"
            "SOHR activists have documented the death of an Afghan member of the Fatemiyoun Brigade, after unknown gunmen "
            "opened fire on him in the al-Tamoo neighbourhood of al-Mayadin city.")
    result = contract(text)
    assert total_pairs(result) == []
    assert summed(result, "killed") == {"pro_iran_foreign": 1}


def test_a_figure_glossed_by_the_group_most_of_its_men_belong_to_takes_its_side() -> None:
    text = ("Israeli strikes on positions near al-Qusayr on Thursday killed 20 pro-Iranian fighters, a war monitor said. "
            "The Syrian Observatory for Human Rights said the dead included 12 Syrians and eight foreign fighters, most of "
            "them from Lebanon's Hezbollah.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 12, "pro_iran_foreign": 8}


def test_helicopters_flying_over_without_any_strikes_are_no_airstrike() -> None:
    text = ("Six fighters of the Fatemiyoun Brigade were killed and wounded on Tuesday night in an ISIS attack on their "
            "post near al-Sukhnah. The source said the attackers seized the post's weapons before withdrawing, while "
            "Russian helicopters flew over the area without carrying out any strikes.")
    result = contract(text)
    assert kinds(result) == ["attack"]


def test_a_sources_force_is_not_the_side_of_the_dead_it_tells_of() -> None:
    text = ("Five fighters of the Iraqi Harakat al-Nujaba were killed and wounded on Sunday night in an ISIS attack on "
            "their post near al-Quriyah in the countryside of Deir ez-Zor. A security source from the government forces "
            "told reporters that two of them died at once, while the three others were taken to hospital.")
    result = contract(text)
    assert summed(result, "killed") == {"pro_iran_foreign": 2}


def test_one_ambush_dated_by_its_year_is_an_incident_not_a_years_total() -> None:
    text = ("ISIS militants ambushed a convoy of fuel tankers on the road between Ithriya and al-Rasafa late in 2021, "
            "killing at least 14 people, the monitor said.")
    result = contract(text)
    assert total_pairs(result) == []
    assert sum(summed(result, "killed").values()) == 14


def test_a_former_rebel_who_joined_a_regime_militia_is_of_the_regime() -> None:
    text = ("Unknown gunmen shot dead a former commander of a Free Syrian Army brigade, who had joined a militia "
            "affiliated with the Air Force Intelligence after the 2018 settlement, in the town of al-Rastan on Monday.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 1}


def test_wounded_who_died_in_hospitals_across_the_border_are_no_event_abroad() -> None:
    text = ("A motorcycle bomb exploded near the bus station in the town of Jarablus on Sunday, killing four civilians "
            "and wounding 17 others, the civil defence said.\n\n"
            "By the evening, the death toll had risen to six, after two of the wounded died of their injuries in "
            "hospitals in Jarablus and across the border in Turkey, a medical source said.")
    result = contract(text)
    assert len(result["incidents"]) == 1
    assert summed(result, "killed") == {"civilians": 6}


def test_the_monitors_shares_of_them_by_side_split_a_running_toll() -> None:
    text = ("Fighting between Turkish-backed factions and the SDF around the Qara Qozak bridge has killed 64 fighters since "
            "it broke out on December 10, the Syrian Observatory for Human Rights said on Sunday.\n\n"
            "The Observatory said 50 of them were members of the Syrian National Army factions, while 14 were fighters of "
            "the Syrian Democratic Forces.")
    result = contract(text, date(2024, 12, 15))
    assert sorted(total_pairs(result)) == [("sdf", 14), ("turkey_factions", 50)]


def test_a_killing_the_incident_recalls_is_an_incident_of_its_own_not_a_months_total() -> None:
    text = ("A shepherd was shot dead near the village of Kafr Safra in Afrin countryside on Saturday. The incident recalls "
            "the killing of three Kurdish men by members of the Turkish-backed Hamza Division in the town of Jindires in "
            "March 2023.")
    result = contract(text, date(2024, 2, 11))
    assert total_pairs(result) == []
    assert [sum(k.values()) for k in (inc["killed"] for inc in result["incidents"])] == [1, 3]


def test_a_toll_restated_by_side_in_a_sentence_with_a_day_after_is_the_same_incident() -> None:
    text = ("Nine fighters were killed on Friday in clashes between the Syrian Democratic Forces and factions of the "
            "Turkish-backed Syrian National Army near the town of Maskanah, east of Aleppo. The source said five SNA "
            "fighters and four SDF fighters were killed when the factions tried to advance on the town, a day after the "
            "SDF entered it.")
    result = contract(text)
    assert len(result["incidents"]) == 1
    assert summed(result, "killed") == {"turkey_factions": 5, "sdf": 4}


def test_a_period_carried_past_a_sentence_without_figures_heads_the_list() -> None:
    text = ("Since the beginning of 2023, SOHR has monitored 25 Israeli attacks on Syrian territory, which hit nearly 70 "
            "targets. Most of the strikes targeted positions in Damascus, Homs and Quneitra.\n\n"
            "The strikes killed 60 people and injured 40 others. The dead are as follows:\n\n"
            "  • 35 regime soldiers and officers.\n"
            "  • 25 Iranian-backed militiamen of non-Syrian nationalities.")
    result = contract(text, date(2023, 9, 1))
    assert result["incidents"] == []
    assert {t["since"] for t in result["totals"]} == {"2023-01-01"}


def test_one_of_the_dead_named_later_is_no_new_breakdown() -> None:
    text = ("An Israeli strike hit an apartment in the Mezzeh district of Damascus early on Tuesday, killing nine people. "
            "The monitor said the dead were two civilians, four Iranian-backed fighters of non-Syrian nationalities and "
            "three officers of the regime forces. It said the apartment was used by members of Hezbollah, and that at "
            "least one of the dead was an Iranian adviser.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 2, "pro_iran_foreign": 4, "regime": 3}
    assert total_pairs(result) == []


def test_a_count_of_the_wounded_told_vaguely_before_is_taken() -> None:
    text = ("A car bomb exploded near the Sayyida Zaynab shrine south of Damascus on Friday, killing four people and "
            "wounding dozens. The interior ministry said 31 people were wounded.")
    result = contract(text)
    assert summed(result, "injured") == {"unknown": 31}


def test_the_monitors_also_reported_event_is_an_incident_of_its_own() -> None:
    text = ("A regime sniper shot dead a farmer in the village of al-Ziyara in Sahl al-Ghab on Wednesday. Hours later, an "
            "HTS sniper killed a regime soldier on the Tal Wasit axis, according to the Syrian Observatory for Human "
            "Rights, which also reported that regime forces shelled the surroundings of Qastoun with dozens of artillery "
            "shells.")
    result = contract(text)
    assert len(result["incidents"]) == 3
    assert "shelling" in kinds(result)


def test_the_kidnappers_ransom_call_is_the_same_abduction() -> None:
    text = ("Unknown gunmen kidnapped a ten-year-old boy in the town of Talbiseh in the northern countryside of Homs on "
            "Sunday, while he was walking home from school. His family received a phone call hours later from the "
            "kidnappers, who demanded a ransom of 50,000 dollars for his release.")
    result = contract(text)
    assert kinds(result) == ["abduction"]


def test_the_foe_in_clashes_is_not_the_side_of_a_bare_share() -> None:
    text = ("SOHR documented the death of 540 people in the Syrian desert in 2022, distributed as follows:\n\n"
            "• 300 members of regime forces and loyal militias were killed in ISIS attacks.\n\n"
            "• 200 ISIS members: 150 of them were killed in Russian airstrikes, while 50 were killed in clashes with "
            "regime forces and militias.\n\n"
            "• 40 civilians were killed in ISIS attacks and landmine explosions.")
    result = contract(text, date(2022, 12, 31))
    assert ("isis", 200) in total_pairs(result)
    assert ("regime", 50) not in total_pairs(result)


def test_a_day_after_clause_inside_a_day_toll_is_no_part_of_it() -> None:
    text = ("Russian airstrikes have killed at least 17 ISIS fighters in the Syrian desert over the past 24 hours, a war "
            "monitor said on Wednesday, a day after the jihadists killed six pro-government fighters near Arak.")
    result = contract(text, date(2021, 5, 12))
    assert total_pairs(result) == [("isis", 17)]


def test_in_regional_terms_opens_a_split_by_region() -> None:
    text = ("SOHR has documented 30 Israeli attacks on Syrian territory since early 2024, which hit nearly 80 targets. "
            "These attacks left 60 fatalities, distributed as follows:\n\n"
            "• 40 Iranian-backed militiamen of non-Syrian nationalities.\n\n"
            "• 20 regime soldiers.\n\n"
            "In regional terms, Israeli attacks on the countryside of Deir Ezzor killed 12 militiamen of non-Syrian "
            "nationalities, while attacks on the Homs desert killed five regime soldiers.")
    result = contract(text, date(2024, 9, 1))
    assert ("pro_iran_foreign", 12) in total_pairs(result)
    assert ("regime", 5) in total_pairs(result)
    assert result["incidents"] == []


def test_the_deadliest_of_those_explosions_is_one_incident() -> None:
    text = ("The deadliest of those explosions took place in March, when a bomb planted under a bus carrying soldiers "
            "went off on the road near al-Dumayr, leaving five soldiers dead and nine others injured.")
    result = contract(text, date(2022, 9, 1))
    assert total_pairs(result) == []
    assert summed(result, "killed") == {"regime": 5}


def test_control_most_of_the_dead_in_a_period_sentence_stay_a_total() -> None:
    text = ("In 2021, ISIS attacks killed 420 soldiers and militiamen in the Syrian desert, most of them in the Homs "
            "desert, the monitor said.")
    result = contract(text, date(2022, 1, 2))
    assert total_pairs(result) == [("regime", 420)]


def test_control_a_when_clause_with_a_sentence_going_on_is_left_whole() -> None:
    text = ("Since 24 March 2019, when the caliphate was declared defeated, SOHR has documented the death of 1,200 soldiers "
            "and militiamen in the desert.")
    result = contract(text)
    assert total_pairs(result) == [("regime", 1200)]


def test_control_the_monitors_own_toll_still_corrects_another_source() -> None:
    text = ("State media said an ISIS attack on an army post near al-Sukhnah killed four soldiers on Tuesday. The Syrian "
            "Observatory for Human Rights said seven soldiers were killed in the attack.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 7}


def test_control_the_monitors_vague_wounded_stand_against_another_sources_count() -> None:
    text = ("Regime rockets struck a displacement camp near Kafr Jales in Idlib countryside on Sunday, killing eight "
            "people, the Syrian Observatory for Human Rights said. It said dozens were wounded. The UN humanitarian "
            "office said more than 60 people were injured.")
    result = contract(text)
    assert summed(result, "injured") == {}


def test_control_a_breakdown_with_the_rest_of_the_dead_still_splits_the_toll() -> None:
    text = ("An ISIS ambush on a bus near al-Shula in the desert of Deir ez-Zor on Wednesday killed 20 people. According "
            "to SOHR sources, 17 of the dead were soldiers of the Fourth Division, while the other three were civilians "
            "who were travelling with them.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 17, "civilians": 3}


def test_control_more_dead_by_side_in_another_clash_start_their_own_incident() -> None:
    text = ("Regime shelling killed five civilians, including two children, in Daraa al-Balad on Thursday, a war monitor "
            "said. Clashes between government forces and local fighters on the outskirts of the district also killed "
            "three soldiers and two gunmen.")
    result = contract(text)
    assert len(result["incidents"]) == 2


def test_control_shares_of_the_dead_by_cause_stay_totals() -> None:
    text = ("In May 2023, SOHR documented the death of 40 civilians in regime-held areas, and they are as follows:\n\n"
            "Civilians: 40, including six children:\n"
            "  • 25 civilians were killed in incidents of security chaos in Daraa.\n"
            "  • 15 civilians died under torture in regime prisons.")
    result = contract(text, date(2023, 6, 1))
    assert ("civilians", 25) in total_pairs(result)


def test_control_an_abduction_then_a_new_kidnapping_elsewhere_is_another_incident() -> None:
    text = ("Unknown gunmen kidnapped a pharmacist in the city of Salamiyah on Thursday. On Saturday, gunmen abducted a "
            "merchant on the road between Hama and Masyaf and demanded a ransom from his family.")
    result = contract(text)
    assert kinds(result) == ["abduction", "abduction"]


def test_strikes_on_the_outskirts_of_one_city_last_month_are_one_incident() -> None:
    text = ("Israeli strikes on several sites in the Masyaf area of Hama province late on Sunday killed 14 people, a war "
            "monitor said. Last month, Israeli strikes on the outskirts of Homs city wounded four soldiers, according to "
            "the defence ministry.")
    result = contract(text, date(2024, 9, 9))
    assert total_pairs(result) == []
    assert summed(result, "injured") == {"regime": 4}


def test_the_same_wave_of_strikes_hitting_another_place_is_the_same_incident() -> None:
    text = ("Israeli strikes targeted depots of Lebanese Hezbollah near the town of Jibrin at dawn on Friday, killing 30 "
            "people. The same wave of strikes simultaneously hit the defence factories in al-Safira, where huge explosions "
            "were heard for hours as ammunition depots caught fire.")
    result = contract(text)
    assert len(result["incidents"]) == 1


def test_the_jihadists_attacking_are_the_group_the_text_named() -> None:
    text = ("Islamic State group fighters killed dozens of soldiers in an ambush on a military convoy east of Palmyra on "
            "Sunday, a war monitor said.\n\n"
            "The Syrian Observatory for Human Rights said the jihadists attacked the convoy with heavy machine guns on the "
            "road near the T3 station, and warned that the toll could rise as dozens more were wounded.")
    result = contract(text)
    assert len(result["incidents"]) == 1
    assert result["incidents"][0]["perpetrator"] == "isis"


def test_fire_that_coincided_with_the_strikes_is_another_sides_event() -> None:
    text = ("Russian warplanes carried out four airstrikes this morning on positions of Hay'at Tahrir al-Sham on the "
            "outskirts of al-Bara in Jabal al-Zawiya, killing two HTS members. The airstrikes coincided with regime "
            "artillery shelling on Kansafra and Fleifel, while HTS fighters fired rockets at regime positions in Kafr "
            "Nabl.")
    result = contract(text)
    assert kinds(result) == ["airstrike", "shelling", "shelling"]
    assert [inc["perpetrator"] for inc in result["incidents"]] == ["russia", "regime", "hts_rebels"]


def test_a_body_found_in_another_town_is_another_victim() -> None:
    text = ("Unidentified gunmen shot dead a member of a militia affiliated with the Military Intelligence in the town of "
            "Kafr Batna in Eastern Ghouta last night. Residents found this morning the body of a young man bearing gunshot "
            "wounds in the farmland of Zamalka.")
    result = contract(text)
    assert len(result["incidents"]) == 2


def test_a_body_found_on_the_same_day_elsewhere_is_another_victim() -> None:
    text = ("One fighter was killed on Wednesday in clashes between two factions of the Syrian National Army near the "
            "Bab al-Salama crossing north of Azaz. The dead fighter belonged to the Levant Front.\n\n"
            "On the same day, the body of a young man with gunshot wounds was found on the outskirts of the village of Sajo, "
            "east of Azaz.")
    result = contract(text)
    assert len(result["incidents"]) == 2


def test_control_the_bodies_of_the_victims_found_later_are_the_same_incident() -> None:
    text = ("ISIS members executed four shepherds after seizing them in the desert of al-Sukhnah yesterday, local sources "
            "said. The bodies of the victims were found this morning with gunshot wounds.")
    result = contract(text)
    assert len(result["incidents"]) == 1


def test_the_victim_identified_as_an_army_colonel_is_of_the_regime() -> None:
    text = ("A bomb planted in a car went off in the al-Qassaa neighbourhood of Damascus on Thursday, killing the driver. "
            "A pro-government radio station identified the victim as an army colonel serving in the Fourth Division.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 1}


def test_the_one_who_died_of_his_wounds_is_one_of_the_risen_toll() -> None:
    text = ("Landmine kills three shepherds in al-Kawm desert\n\n"
            "A landmine exploded on Friday near al-Kawm in the desert of rural Homs, killing three civilians and wounding "
            "four others.\n\n"
            "Medical sources said on Saturday that a man who had been transferred in critical condition died of his wounds "
            "overnight, raising the death toll to four.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 4}
