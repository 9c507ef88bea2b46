"""Readings added in round 65 of issue #4, each one construction of the IG-IJ written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* a title whose first part is one event's news and whose second part the running toll it adds to ("Mine kills two
  shepherds near A | Regime losses since March 2019 rise to 512") is no title of a period report: the events told
  below it stay incidents (``incident_lines._event_beside_toll``);
* "The Syrian Observatory published on Thursday that ..." tells a recent event; only a publication of no day of the
  week ("published on the 30th of December 2018 that") or one it "had published" recalls background (``segment``);
* a closing clause of background with no figure (", amid the escalation of the cells' activity during the past
  weeks") gives no period to the figures before it (``totals_sentences._AMID_SETTING``);
* "22 ISIS members were killed in the same month, most of them in the Russian airstrikes" is a share of the month's
  toll, not a toll of strikes of its own (``incident_strikes_toll._PERIOD_BACK``);
* "two of the attackers, a Uyghur and a Syrian, were killed": a demonym after a figure names a person
  (``figures.PERSON``);
* an aside on what most of the doers are ("jihadists of the TIP, most of them Uyghurs, attacked") does not hide the
  doer from its verb (``incident_doer_aside``);
* "a government post", "government positions" are the regime's (actors.csv, as "government forces" are);
* "killing three of its fighters" after "a cave used by HTS": the holder of a place is the group "its" points to,
  not a doer named by "by" (``casualty_sentence_sides._by_named``);
* "left two SDF members and three of the attackers dead": the attackers are not of the side attacked
  (``casualty_armed_generic``);
* a risen toll, then "SOHR activists had documented the death of three civilians ... when rockets fired from A hit
  the city": the monitor's first account of the same incident, folded into it
  (``incident_risen_account._HAD_TOLD``); so is "SOHR had reported in the morning that nine soldiers were killed and
  12 others injured" after the toll "has risen to 12", whose dead are read as the earlier toll;
* "the other two victims were Syrians working with Iranian forces" is the rest of the toll told before
  (``casualty_rest``);
* "The deaths are distributed as follows:" after a day's nationwide toll opens the day's incidents
  (``totals_day_lines._DETAILS``);
* "killing six terrorists" in shelling that wounded a civilian: armed men of no side, never civilians
  (``casualty_armed_generic``);
* "an area used as a base by HTS, killing four of its fighters": "used as a base by" names the holder, as "used by"
  does;
* strikes told ", coinciding with the arrival of reinforcements": the reinforcements are a later clause, not what the
  sentence is about (``incident_habits._LATER_CLAUSE``);
* "11 regime soldiers, including the three non-Syrian militiamen" on a regional line: "the three" told before are a
  part of the line's figure, not a total of their own (``casualty_breakdowns._BREAKDOWN``);
* "four of the gunmen" in a list of the dead after "tribal gunmen backed by the Syrian government" are those gunmen,
  as are "five of the attacking tribal fighters" after "an attack launched by tribal fighters loyal to the regime"
  (``casualty_backed_referents``);
* "The SDF's media centre said the drone was launched late on Sunday" opens no new incident on the day it names
  (``incident_said_back``);
* a lead of people ("killed seven people") told below split among three sides, some of no side named, is that
  incident told again (``incident_lead_told_below``);
* "the attacks included 131 incidents of artillery shelling" is a tally, "the constant shelling and the spread of
  suicide drones" a habit, "the flight of reconnaissance drones" aircraft only seen: none is an incident
  (``incident_eventful``, ``incident_habits``), though fighting "amid intensive flights of Turkish drones" is;
* "the militias deployed snipers along the river after the SDF reinforced its positions" is no event
  (``incident_habits.NOT_VIOLENCE``); "since the outbreak of the Gaza war" names a war, no place (``places``);
* "In January, a health worker ... was shot dead in the camp's Syrian section, according to the Observatory" is one
  victim's killing, an incident of its own, not a month's total nor a source retelling the incident before
  (``incident_month_event``, ``incident_source_retold``);
* "dismantled an explosive device" is no event, as "dismantled explosive devices" is not
  (``incident_habits.NOT_VIOLENCE``), nor a charge that forces "have carried out indiscriminate attacks"
  (``incident_habits``).

Controls (passing before and after the round) follow each reading.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, total_pairs
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def _per_incident(text: str, field: str = "killed") -> list[dict[str, int]]:
    return [i[field] for i in contract(text)["incidents"]]


_EVENT_AND_TOLL_TITLE = (
    "Mine kills two shepherds near Al-Taybah | Regime losses in the Badia since March 2019 rise to 512\n\n"
    "Homs province: SOHR activists documented the death of two shepherds and the injury of a third, after a landmine "
    "left by ISIS exploded while they were grazing sheep in the desert of Al-Taybah, north-east of Palmyra.\n\n"
    "Meanwhile, a member of the National Defence Forces was killed by sniper fire from ISIS cells near Arak.\n\n"
    "Accordingly, the number of regime soldiers and loyal gunmen killed since the 24th of March 2019 rises to 512, "
    "among them three Russians.\n"
)


def test_events_under_a_title_of_one_event_and_its_running_toll_stay_incidents() -> None:
    row = contract(_EVENT_AND_TOLL_TITLE)
    assert [i["killed"] for i in row["incidents"]] == [{"civilians": 2}, {"regime": 1}]
    assert ("regime", 512) in total_pairs(row)


def test_control_events_under_a_monthly_toll_title_are_no_incidents() -> None:
    text = ("Syrian desert in May 2022 | 47 regime soldiers killed\n\n"
            "SOHR documented the death of 47 regime soldiers and loyal gunmen in the Syrian desert during May 2022.\n\n"
            "Several of them were killed by sniper fire from ISIS cells near Arak.\n")
    assert contract(text)["incidents"] == []


_PUBLISHED_ON_A_DAY = (
    "The Syrian Observatory published on Tuesday that a roadside bomb exploded on a bus of the regime forces on the "
    "road between Palmyra and Arak in the eastern desert of Homs, killing two soldiers and injuring five others."
)


def test_what_the_monitor_published_on_a_weekday_is_an_incident() -> None:
    assert _per_incident(_PUBLISHED_ON_A_DAY) == [{"regime": 2}]
    assert _per_incident(_PUBLISHED_ON_A_DAY, "injured") == [{"regime": 5}]


def test_control_what_the_monitor_had_published_is_background() -> None:
    text = ("The Syrian Observatory had published that a roadside bomb exploded on a bus of the regime forces on the "
            "road between Palmyra and Arak in the eastern desert of Homs, killing two soldiers.")
    assert contract(text)["incidents"] == []


def test_a_closing_clause_of_background_gives_no_period_to_the_figures() -> None:
    text = ("A roadside bomb exploded on a vehicle of the regime forces near Al-Sukhnah, killing a lieutenant and "
            "injuring two soldiers, amid the escalation of the activity of ISIS cells in the area during the past weeks.")
    assert _per_incident(text) == [{"regime": 1}]
    assert _per_incident(text, "injured") == [{"regime": 2}]
    assert contract(text)["totals"] == []


def test_control_a_clause_with_its_own_figure_keeps_its_period() -> None:
    text = ("SOHR documented the death of 14 regime soldiers during the past weeks in ISIS attacks in the desert of "
            "Homs, amid the escalation of the cells' activity.")
    assert ("regime", 14) in total_pairs(contract(text))
    assert contract(text)["incidents"] == []


_MONTH_THEN_STRIKES = (
    "Syrian desert in April 2021 | 38 regime soldiers and 17 ISIS members killed\n\n"
    "The Syrian desert witnessed during April 2021 more ISIS attacks on the regime forces, amid Russian airstrikes on "
    "the hideouts of the cells.\n\n"
    "According to SOHR documentation, 38 regime soldiers and loyal gunmen were killed during the month in ISIS "
    "attacks and landmine explosions, among them 6 non-Syrian militiamen of the Iranian-backed militias, while 17 ISIS "
    "members were killed in the same month, most of them in the Russian airstrikes, which exceeded 400 airstrikes "
    "during the month.\n"
)


def test_a_share_of_the_month_killed_in_the_strikes_is_the_month_toll() -> None:
    row = contract(_MONTH_THEN_STRIKES, date(2021, 5, 1))
    assert ("isis", 17) in total_pairs(row)
    assert ("regime", 38) in total_pairs(row)
    assert row["incidents"] == []


def test_control_a_toll_of_the_strikes_with_nothing_before_is_one_event() -> None:
    text = "Five fighters of the Iranian-backed militias were killed in the airstrikes on the outskirts of Al-Bukamal."
    assert killed(text) == {"pro_iran_foreign": 5}


_TWO_ATTACKERS = (
    "Jihadists of the Turkistan Islamic Party attacked regime positions on the Kabani axis in the Latakia mountains "
    "at dawn. Five regime soldiers were killed. Two of the attackers, a Uyghur and a Syrian, were also killed."
)


def test_two_attackers_named_by_their_nationalities_are_two_dead_of_the_doer() -> None:
    assert killed(_TWO_ATTACKERS) == {"regime": 5, "hts_rebels": 2}


def test_control_two_soldiers_named_by_their_ranks() -> None:
    text = "Two regime soldiers, a lieutenant and a sergeant, were killed by ISIS sniper fire near Al-Sukhnah."
    assert killed(text) == {"regime": 2}


def test_an_aside_on_what_most_of_the_doers_are_keeps_the_doer() -> None:
    text = ("Fighters of the Turkistan Islamic Party, most of them Uyghurs, attacked regime positions near Kabani at "
            "dawn, killing four soldiers.")
    assert [i["perpetrator"] for i in contract(text)["incidents"]] == ["hts_rebels"]


def test_control_the_doer_with_no_aside() -> None:
    text = "Fighters of the Turkistan Islamic Party attacked regime positions near Kabani at dawn, killing four soldiers."
    assert [i["perpetrator"] for i in contract(text)["incidents"]] == ["hts_rebels"]


def test_an_officer_at_a_government_post_is_of_the_regime() -> None:
    text = ("On January 9, an HTS suicide drone struck a government post near the village of Al-Ankawi in the al-Ghab "
            "Plain, killing a lieutenant colonel.")
    assert killed(text) == {"regime": 1}


def test_control_a_government_named_as_a_speaker_names_no_side() -> None:
    text = ("The Turkish government said that a drone struck a car near the village of Al-Ankawi in the al-Ghab Plain, "
            "killing a man.")
    assert killed(text) == {"unknown": 1}


def test_its_fighters_are_of_the_group_holding_the_place_struck() -> None:
    text = ("On March 4, Russian jets bombed a cave used by HTS near Bsames in Jabal Al-Zawiyah, killing three of its "
            "fighters.")
    assert killed(text) == {"hts_rebels": 3}


def test_control_its_fighters_of_the_group_whose_post_was_struck() -> None:
    text = "On March 4, Russian jets bombed a position of HTS near Bsames in Jabal Al-Zawiyah, killing three of its fighters."
    assert killed(text) == {"hts_rebels": 3}


def test_the_attackers_dead_are_not_of_the_side_they_attacked() -> None:
    text = ("Gunmen crossed the Euphrates at dawn and attacked SDF posts near Dhiban. The attack triggered clashes "
            "which left two SDF members and three of the attackers dead.")
    assert killed(text) == {"sdf": 2, "unknown": 3}


def test_control_two_sdf_members_and_three_more_of_them() -> None:
    text = ("Gunmen crossed the Euphrates at dawn and attacked SDF posts near Dhiban. The attack left two SDF members "
            "dead, and three more members of the SDF were killed later in the day.")
    assert killed(text) == {"sdf": 5}


_RISEN_THEN_FIRST_ACCOUNT = (
    "Idlib province: The death toll of yesterday's regime rocket shelling on Ariha city has risen to four civilians, "
    "after a man succumbed this morning to the serious injuries he had sustained.\n\n"
    "SOHR activists had documented the death of three civilians, including a child, and the injury of six others, "
    "when rockets fired by regime forces stationed around Kafr Nabl hit a residential neighbourhood in the city.\n"
)


def test_the_monitor_s_first_account_after_the_risen_toll_is_the_same_incident() -> None:
    assert _per_incident(_RISEN_THEN_FIRST_ACCOUNT) == [{"civilians": 4}]
    assert injured(_RISEN_THEN_FIRST_ACCOUNT) == {"civilians": 6}


def test_control_another_shelling_told_after_a_risen_toll_stays_apart() -> None:
    text = ("Idlib province: The death toll of yesterday's regime rocket shelling on Ariha city has risen to four "
            "civilians, after a man succumbed this morning to his injuries.\n\n"
            "Separately, regime shelling on Kafr Nabl killed two civilians and injured three others.\n")
    assert _per_incident(text) == [{"civilians": 4}, {"civilians": 2}]


def test_the_other_two_victims_named_as_syrians_working_with_iran_are_the_regime_s() -> None:
    text = ("An Israeli strike on a building in Kafr Sousa killed four people, including two Iranians. The monitor said "
            "the other two victims were Syrians working with Iranian forces.")
    assert killed(text) == {"pro_iran_foreign": 2, "regime": 2}


def test_control_the_remaining_two_named_as_syrians_working_with_iran() -> None:
    text = ("An Israeli strike on a building in Kafr Sousa killed four people, including two Iranians. The remaining two "
            "were Syrians working with Iranian forces.")
    assert killed(text) == {"pro_iran_foreign": 2, "regime": 2}


_DAY_DISTRIBUTED = (
    "Daily toll | Six people killed across Syria on Monday\n\n"
    "SOHR documented the death of six people across Syrian territory on Monday: three civilians, two regime soldiers "
    "and an SDF fighter. The deaths are distributed as follows:\n"
    "Deir Ezzor: An SDF fighter was killed in an attack by ISIS cells on a checkpoint in Al-Busayrah.\n"
    "Homs: Two regime soldiers were killed when ISIS members attacked their position near Palmyra.\n"
    "Daraa: Three civilians were shot dead by unidentified gunmen in Tafas.\n"
)


def test_lines_after_the_deaths_are_distributed_as_follows_are_the_day_s_incidents() -> None:
    row = contract(_DAY_DISTRIBUTED)
    assert [i["killed"] for i in row["incidents"]] == [{"sdf": 1}, {"regime": 2}, {"civilians": 3}]


def test_control_lines_of_a_month_distributed_as_follows_are_totals() -> None:
    text = ("Monthly toll | 60 people killed across Syria in May 2023\n\n"
            "SOHR documented the death of 60 people across Syrian territory in May 2023. The deaths are distributed "
            "as follows:\n"
            "Deir Ezzor: 25 people were killed in attacks by ISIS cells and by unidentified gunmen.\n"
            "Daraa: 35 people were shot dead by unidentified gunmen.\n")
    assert contract(text)["incidents"] == []


def test_terrorists_killed_in_shelling_that_wounded_a_civilian_are_no_civilians() -> None:
    text = ("Turkish artillery shelled villages around Tal Tamr on Wednesday, killing six terrorists, the Turkish "
            "ministry said. Local sources said the shelling wounded a civilian.")
    assert killed(text).get("civilians", 0) == 0


def test_control_people_killed_in_shelling_that_wounded_a_civilian() -> None:
    text = ("Turkish artillery shelled villages around Tal Tamr on Wednesday, killing two civilians and wounding a "
            "third.")
    assert killed(text) == {"civilians": 2}


_RISEN_THEN_HAD_REPORTED = (
    "The death toll of the ambush by ISIS cells on a bus carrying regime soldiers on the road between Palmyra and "
    "Arak has risen to 12, after three of the wounded died in hospital. Nine others are still receiving treatment.\n\n"
    "SOHR had reported in the morning that nine soldiers were killed and 12 others injured when ISIS members opened "
    "fire on the bus at dawn today.\n"
)


def test_the_morning_report_of_a_risen_toll_is_the_same_incident() -> None:
    assert _per_incident(_RISEN_THEN_HAD_REPORTED) == [{"regime": 12}]
    assert injured(_RISEN_THEN_HAD_REPORTED) == {"regime": 9}


def test_control_another_attack_after_a_risen_toll_stays_apart() -> None:
    text = ("The death toll of the ambush by ISIS cells on a bus carrying regime soldiers on the road between Palmyra "
            "and Arak has risen to 12, after three of the wounded died in hospital.\n\n"
            "Separately, ISIS members opened fire on a checkpoint near Al-Sukhnah, injuring four soldiers.\n")
    assert len(contract(text)["incidents"]) == 2


def test_fighters_of_the_group_using_the_area_as_a_base_and_the_others_wounded() -> None:
    text = ("Russian warplanes on Tuesday pounded a forested area west of Idlib city used as a base by Hayat Tahrir "
            "al-Sham, killing four of its fighters and wounding seven others, a war monitor said.")
    assert killed(text) == {"hts_rebels": 4}
    assert injured(text) == {"hts_rebels": 7}


def test_control_fighters_killed_by_the_group_named_after_by() -> None:
    text = ("Four regime soldiers were killed by Hayat Tahrir al-Sham fighters west of Idlib city on Tuesday, and "
            "seven others were wounded.")
    assert killed(text) == {"regime": 4}


def test_strikes_told_with_reinforcements_arriving_at_the_same_time_are_an_event() -> None:
    text = ("Yesterday, SOHR activists monitored Russian jets carrying out ten airstrikes on suspected ISIS positions "
            "in the desert of Al-Dafinah, east of Deir Ezzor city, without information about casualties, coinciding "
            "with the arrival of reinforcements of the Iranian-backed militias to the area.")
    assert [i["type"] for i in contract(text)["incidents"]] == ["airstrike"]


def test_control_reinforcements_alone_are_no_event() -> None:
    text = ("Yesterday, SOHR activists monitored the arrival of reinforcements of the Iranian-backed militias to the "
            "desert of Al-Dafinah, east of Deir Ezzor city.")
    assert contract(text)["incidents"] == []


_REGIONAL_LINES = (
    "ISIS activity in January | 29 regime soldiers killed\n\n"
    "SOHR documented in January the death of 29 regime soldiers and loyal gunmen at the hands of ISIS cells, among "
    "them three non-Syrian militiamen. Here is the regional distribution of the fatalities:\n"
    "- Homs desert: 14 regime soldiers.\n"
    "- Deir Ezzor desert: 11 regime soldiers, including the three non-Syrian militiamen.\n"
    "- Al-Raqqah desert: Four regime soldiers.\n"
)


def test_the_three_told_before_are_a_part_of_the_regional_line() -> None:
    pairs = total_pairs(contract(_REGIONAL_LINES, date(2024, 2, 1)))
    assert ("pro_iran_foreign", 3) not in pairs
    assert ("regime", 11) in pairs


def test_control_three_named_afresh_are_a_part_of_the_regional_line() -> None:
    pairs = total_pairs(contract(_REGIONAL_LINES.replace("including the three", "including three"), date(2024, 2, 1)))
    assert ("pro_iran_foreign", 3) not in pairs
    assert ("regime", 11) in pairs


def test_four_of_the_gunmen_in_a_list_are_the_backed_gunmen_told_before() -> None:
    text = ("At least 15 people have been killed over the past 48 hours in fighting between the SDF and tribal gunmen "
            "backed by the Syrian government in the eastern countryside of Deir ez-Zor, a medical source said. The "
            "source said the dead included seven civilians, four SDF fighters and four of the gunmen.")
    assert ("regime", 4) in total_pairs(contract(text, date(2024, 8, 9)))


def test_control_four_gunmen_after_the_sdf_in_their_own_sentence() -> None:
    text = ("Tribal gunmen backed by the Syrian government crossed the Euphrates at dawn. An SDF patrol was later hit by "
            "an IED near Theban, killing four fighters.")
    assert killed(text) == {"sdf": 4}


def test_the_attacking_fighters_of_an_attack_launched_by_backed_men() -> None:
    text = ("The shelling followed an attack launched on Wednesday by tribal fighters loyal to the regime on several "
            "SDF positions in the eastern countryside. According to the monitor, at least 20 people have been killed "
            "since Wednesday, among them eight civilians, seven SDF fighters and five of the attacking tribal "
            "fighters.")
    assert ("regime", 5) in total_pairs(contract(text, date(2024, 8, 10)))


_SAID_THE_DRONE = (
    "The SDF on Monday announced that five of its fighters were killed when a drone struck a training ground inside "
    "the al-Omar oil field base, east of Deir ez-Zor.\n\n"
    "The SDF's media centre said the drone was launched late on Sunday from areas held by Iranian-backed groups on "
    "the western bank of the Euphrates. The Syrian Observatory for Human Rights put the death toll at six SDF "
    "fighters and said 12 others were wounded.\n"
)


def test_a_speaker_telling_more_of_the_drone_goes_on_with_the_incident() -> None:
    assert _per_incident(_SAID_THE_DRONE) == [{"sdf": 6}]


def test_control_another_drone_on_another_day_is_another_incident() -> None:
    text = ("The SDF on Monday announced that five of its fighters were killed when a drone struck a training ground "
            "inside the al-Omar oil field base, east of Deir ez-Zor.\n\n"
            "Late on Sunday, another drone struck an SDF checkpoint near Theban, killing two fighters.\n")
    assert _per_incident(text) == [{"sdf": 5}, {"sdf": 2}]


_LEAD_THEN_THREE_SIDES = (
    "Beirut (AFP) - Clashes between the SDF and Arab tribal fighters in eastern Syria killed seven people on Monday, a "
    "war monitor said.\n\n"
    "Three SDF fighters, two tribal fighters and two civilians were killed, and nine others wounded, in clashes in the "
    "town of Al-Busayrah in Deir Ezzor province, the monitor said.\n"
)


def test_a_lead_of_people_told_below_split_among_three_sides_is_one_incident() -> None:
    assert len(contract(_LEAD_THEN_THREE_SIDES)["incidents"]) == 1
    assert killed(_LEAD_THEN_THREE_SIDES) == {"sdf": 3, "unknown": 2, "civilians": 2}


def test_control_a_lead_of_people_and_a_smaller_toll_below_stay_apart() -> None:
    text = _LEAD_THEN_THREE_SIDES.replace("two civilians were killed", "a civilian was killed")
    assert len(contract(text)["incidents"]) == 2


def test_an_explosive_device_dismantled_is_no_incident() -> None:
    text = ("An explosion ripped through a shop in the industrial area of Azaz on Wednesday evening, killing two people."
            "\n\nSeparately, the Military Police said they had dismantled an explosive device planted under a car near "
            "the Bab al-Salameh crossing earlier the same day.\n")
    assert len(contract(text)["incidents"]) == 1


def test_control_an_explosive_device_that_went_off_is_an_incident() -> None:
    text = ("An explosion ripped through a shop in the industrial area of Azaz on Wednesday evening, killing two people."
            "\n\nSeparately, an explosive device planted under a car went off near the Bab al-Salameh crossing earlier "
            "the same day, wounding a man.\n")
    assert len(contract(text)["incidents"]) == 2


def test_a_charge_of_indiscriminate_attacks_is_no_incident() -> None:
    text = ("Regime forces shelled Kafr Taal village in the western suburbs of Aleppo on Saturday, January 9, 2021, "
            "killing three civilians.\n\nSNHR affirms that the regime forces have violated the ceasefire agreement "
            "concluded between Russia and Turkey on March 5, 2020, and have carried out indiscriminate attacks against "
            "residential areas.\n")
    assert len(contract(text)["incidents"]) == 1


def test_control_attacks_carried_out_on_a_day_are_an_incident() -> None:
    text = ("Regime forces shelled Kafr Taal village in the western suburbs of Aleppo on Saturday, January 9, 2021, "
            "killing three civilians.\n\nOn March 5, 2020, regime forces carried out attacks on Atarib, killing two "
            "civilians.\n")
    assert len(contract(text)["incidents"]) == 2


def test_incidents_of_shelling_counted_in_a_month_are_no_incident() -> None:
    text = ("Six civilians were killed in northwestern Syria during April, the Response Coordinators said.\n\n"
            "In a statement published on Sunday, the group said that the attacks included 131 incidents of artillery "
            "and rocket shelling by regime forces and nine Russian airstrikes, hitting 61 towns in Idlib and Hama "
            "countryside.\n")
    assert contract(text, date(2022, 5, 2))["incidents"] == []


def test_control_a_shelling_of_a_town_on_a_day_is_an_incident() -> None:
    text = ("In a statement published on Sunday, the group said that regime forces shelled the town of Sarmin with "
            "rockets on Saturday, wounding two civilians.")
    assert len(contract(text, date(2022, 5, 2))["incidents"]) == 1


def test_the_constant_shelling_and_drones_families_fear_are_no_incident() -> None:
    text = ("Regime artillery shells struck a school in al-Abzimo on Tuesday, injuring five pupils.\n\n"
            "Minutes later, shells fell near a bakery in Batbo, causing no casualties.\n\n"
            "Parents in al-Abzimo said many families had stopped sending their children to school because of the "
            "constant shelling and the spread of suicide drones in the area.\n")
    assert len(contract(text)["incidents"]) == 2


def test_the_flight_of_reconnaissance_drones_is_no_incident() -> None:
    text = ("A child was killed by a cluster bomblet on the outskirts of Al-Bara on Monday.\n\n"
            "SOHR activists also reported the flight of Russian reconnaissance drones over Jabal Al-Zawiyah and Sahl "
            "Al-Ghab throughout the night.\n")
    assert len(contract(text)["incidents"]) == 1


def test_control_a_drone_that_struck_is_an_incident() -> None:
    text = ("A child was killed by a cluster bomblet on the outskirts of Al-Bara on Monday.\n\n"
            "A Russian drone also struck a car in Sahl Al-Ghab during the night, wounding its driver.\n")
    assert len(contract(text)["incidents"]) == 2


def test_fighting_amid_flights_of_drones_is_an_incident() -> None:
    text = ("Fighting is still raging on the fronts of Tishreen Dam in the countryside of Manbij between the "
            "Turkish-backed factions and the SDF, amid intensive flights of Turkish drones over the area.")
    assert len(contract(text)["incidents"]) == 1


def test_snipers_deployed_after_positions_were_reinforced_are_no_incident() -> None:
    text = ("An SDF fighter was killed by a sniper bullet fired from militia positions opposite al-Shuhail on Monday.\n\n"
            "Earlier, SOHR reported that the Iranian-backed militias deployed snipers along the western bank of the river "
            "after the SDF reinforced its positions in Dhiban and al-Shuhail with fighters and armoured vehicles.\n")
    assert len(contract(text)["incidents"]) == 1


def test_control_snipers_who_shot_a_man_are_an_incident() -> None:
    text = ("An SDF fighter was killed by a sniper bullet fired from militia positions opposite al-Shuhail on Monday.\n\n"
            "Earlier, militia snipers on the western bank shot and wounded a fisherman near Dhiban.\n")
    assert len(contract(text)["incidents"]) == 2


def test_the_gaza_war_named_in_passing_is_no_place() -> None:
    text = ("US forces at the al-Omar oil field base came under a drone attack on Thursday, amid a surge of assaults by "
            "Iran-backed groups since the outbreak of the Gaza war.")
    assert all("Gaza" not in p["name"] for i in contract(text)["incidents"] for p in i["places"])


_JANUARY_KILLING = (
    "Two Iraqi women were shot dead inside the Al-Hol camp on Sunday, a war monitor said.\n\n"
    "A camp official said that a guard was wounded on Saturday when a man threw a hand grenade at a checkpoint.\n\n"
    "In January, a health worker with the Kurdish Red Crescent was shot dead in the camp's Syrian section, according "
    "to the Observatory.\n"
)


def test_one_victim_shot_dead_in_a_month_is_an_incident_of_its_own() -> None:
    row = contract(_JANUARY_KILLING, date(2021, 3, 14))
    assert [i["killed"] for i in row["incidents"]] == [{"civilians": 2}, {}, {"civilians": 1}]
    assert row["totals"] == []


def test_control_the_dead_of_a_month_in_the_camp_are_a_total() -> None:
    text = ("Two Iraqi women were shot dead inside the Al-Hol camp on Sunday, a war monitor said.\n\n"
            "In January, 14 people were killed in the camp, according to the Observatory.\n")
    assert ("unknown", 14) in total_pairs(contract(text, date(2021, 3, 14)))
