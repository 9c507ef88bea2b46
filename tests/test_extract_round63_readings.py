"""Readings added in round 63 of issue #4, each one construction of the HY-IB written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* a toll of the past 24 hours closed by a colon, then "Details are as follows:" and bullets that each narrate one
  event: the bullets are the incidents (``totals_day_lines.narrated_day``), and a bullet in another province is no part
  of the toll of the one before (``incident_split.part_of_toll``);
* a title that tells one event and adds it to a running toll ("..., raising the drone death toll since early 2024 to
  58") is no title of a period report, whose undated events would be kinds of death (``incident_lines.period_report``);
* "killing 29 trainees" at an academy of the Asayish counts members of the force hit (``figures.PERSON``,
  ``casualty_sentence_sides``);
* "In October 2021, a car bomb ... killed four people" is an earlier event recalled, not a lead whose toll the
  incidents after it itemise (``incident_scope.itemised_lead``);
* 'SANA said the "terrorist attack" targeted a civilian bus near X', after an ambush told in no town, places that
  ambush (``incident_named_again.attack_said_again``), and "a civilian bus" counts no civilian (``figures``);
* "In February, three people were killed in a dispute between two families in X", "In January, a similar dispute in X
  left two people dead", "In May, regime shelling on the same post wounded two soldiers" are incidents, not a month's
  totals (``incident_month_event``), nor more of the incident before (``incident_joins.fold_unplaced``);
* "..., a war monitor said, after earlier putting the toll at 31" and "up from an earlier toll of 9" are tolls
  superseded (``casualty_rises``);
* "its teams recovered the bodies of the three victims" names the incident's dead again
  (``incident_named_again.dead_named_again``);
* "an unspecified number of soldiers were wounded" is vague (``numbers.VAGUE``), and "a boy of 12" is one boy
  (``figures._AGE_OF``);
* a lead of "16 pro-government fighters" told again side by side, the attackers' dead apart, is replaced by its parts
  (``incident_lead_restated``);
* a party's "killing three of the attackers" that agrees with the title's "three NDF gunmen killed" is kept where the
  body told no figure of that side (``casualty_claims._separate``);
* "A civilian passing near B was also wounded by the gunfire" is hurt in the incident told before
  (``incident_split._next_in_paragraph``); "The attack is not the first of its kind. In January, ..." tells another
  event (``incident_time_shift.month_recall``);
* "Turkish drone and artillery strikes killed 16 regime soldiers", after a regime air strike that killed Turkish
  soldiers, is the answer, an incident of its own (``incident_counter_strike``);
* "a car bomb went off at the checkpoint" names back the lead's "a checkpoint" (``incident_object``), and "the
  government-held town" names back no "government offensive" (``incident_source_retold``);
* "continued its attacks, targeting several locations in X with drones and warplanes", then two strikes told one by
  one, is their summary (``incident_overview``);
* "From the 24th of March 2019 until today" opens a period (``dates.period_start``); "ISIS killed four civilians
  working in gas fields, 19 shepherds and nine other people" is one list of civilians (``casualty_list_asides``); "at
  least two Russians among them" is a part, no total of its own (``learned_totals``); "including 131 officers and at
  least three Russian soldiers" is one aside of parts (``casualty_breakdowns``); "41 people were killed, 19 of them
  civilians, while 13 were members of the regime forces and nine were former opposition fighters" splits the 41
  (``casualty_further_copula.copula_part_root``);
* "Damascus denies targeting civilians" names the government, no place (``places._CAPITAL_SPEAKS``); "The officer was
  hit as a convoy was returning ... near the village of X" places the incident (``core._DIED_AT``); "opened fire on the
  two shepherds" after "A shepherd was killed and another went missing" names them again
  (``incident_named_again._people_again``); a title "Iraqi man shot dead in his tent, bringing murders in the camp
  since early 2022 to 19" tells one event (``incident_lines``); "the number of murders ... has increased to 19,
  claiming the lives of 20 people" counts murders, whose dead are the 20 (``totals_blocks.with_running_figure``);
* "Russian air strikes launched in support of the troops" leave the incident an attack (``incident_support``);
  "attacked a checkpoint at dawn today, with machine guns and hand grenades" is an attack, not a bomb
  (``incident_grenade``); after a period's total, "the failed assassination attempts left dozens of people injured" is
  no incident (``incident_overview``); "..., bringing the overall toll to 124" after the dead of three sides is their
  sum (``casualty_rises._without_overall``);
* "39 people across AANES-held areas" names ground, not the people's side (``casualty_groups._HELD_AFTER``), and a
  list's header ("..., as follows:") adds no learned total (``learned_totals._HEADS_LIST``); "16 members of SDF, the
  Asayish and military councils: 11 of them were killed by ISIS cells" makes the 11 a part of the 16, of the 16's side
  (``casualty_breakdowns._of_them_next``, ``casualty_wholes.part_of_them``).

Controls (passing before and after the round) follow each reading.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, place_names, titled, total_pairs
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def _per_incident(text: str, field: str = "killed", published: date | None = None) -> list[dict[str, int]]:
    return [i[field] for i in contract(text, published)["incidents"]]


_DAY_BULLETS = (
    "Escalation in Idlib | Nine killed in 24 hours\n\n"
    "Shelling goes on in the north-west, where SOHR has documented the deaths of nine people in the past 24 hours: "
    "three civilians, four regime soldiers and two HTS members. Details are as follows:\n\n"
    "• Two women were killed by regime artillery shelling on Kansafra in the southern countryside of Idlib last night.\n\n"
    "• A shepherd was killed when regime forces targeted him with a guided missile near Kafr Amma in the western "
    "countryside of Aleppo.\n\n"
    "• Four regime soldiers were killed in an attack by HTS fighters on regime positions near Miznaz, while two HTS "
    "members were killed in the attack.\n"
)


def test_bullets_under_a_day_toll_are_its_incidents() -> None:
    assert _per_incident(_DAY_BULLETS) == [{"civilians": 2}, {"civilians": 1}, {"regime": 4, "hts_rebels": 2}]
    assert total_pairs(contract(_DAY_BULLETS)) == [("civilians", 3), ("hts_rebels", 2), ("regime", 4)]


def test_control_bullets_that_count_sides_stay_the_total() -> None:
    text = ("Escalation in Idlib | Nine killed in 24 hours\n\n"
            "SOHR has documented the deaths of nine people in the past 24 hours. Details are as follows:\n\n"
            "• Three civilians.\n\n• Four regime soldiers.\n\n• Two HTS members.\n")
    assert contract(text)["incidents"] == []


def test_a_bullet_in_another_province_is_no_part_of_the_one_before() -> None:
    text = ("Shelling in the north-west\n\n"
            "• Three civilians were killed by regime shelling on Kansafra in the southern countryside of Idlib.\n\n"
            "• A farmer was killed when regime forces shelled his land near Kafr Amma in the western countryside of "
            "Aleppo.\n")
    assert _per_incident(text) == [{"civilians": 3}, {"civilians": 1}]


def test_control_a_part_of_the_toll_in_the_same_province() -> None:
    text = ("Strikes on Idlib\n\nRussian warplanes struck Ariha in the countryside of Idlib on Monday, killing five "
            "civilians. Two of them were killed in a house on the edge of Ariha in the countryside of Idlib.")
    assert _per_incident(text) == [{"civilians": 5}]


def test_a_title_of_one_event_raising_a_running_toll() -> None:
    text = ("Regime drone kills two civilians near Kafr Taal, raising the drone death toll since early 2024 to 41\n\n"
            "Two civilians were killed when a kamikaze drone of regime forces hit their motorcycle near Kafr Taal in "
            "the western countryside of Aleppo.\n\nThereby, the number of people killed by regime kamikaze drones since "
            "early 2024 has risen to 41.")
    assert _per_incident(text) == [{"civilians": 2}]


def test_control_a_period_title_drops_an_undated_kind_of_death() -> None:
    text = ("Daraa in 2023 | 412 killed\n\nSOHR documented the deaths of 412 people in Daraa in 2023.\n\n"
            "Gunmen shot dead civilians in several towns of the countryside.")
    assert contract(text)["incidents"] == []


def test_trainees_of_an_academy_are_of_the_force() -> None:
    text = ("Drone strike on Derik\n\nA Turkish drone strike hit an academy of the Asayish near Derik on October 5, "
            "killing 17 trainees.")
    assert killed(text) == {"sdf": 17}


def test_control_students_are_civilians() -> None:
    text = ("Drone strike on Derik\n\nA Turkish drone strike hit a school near Derik on October 5, killing 17 students.")
    assert killed(text) == {"civilians": 17}


_RECALLED_BOMB = (
    "Car bomb in Azaz\n\nA car bomb exploded in the busy market of Azaz in the northern countryside of Aleppo on Monday, "
    "killing five civilians.\n\nIn March 2022, a car bomb near the city's main roundabout killed three people and "
    "injured ten others.\n\nOn Sunday evening, a fighter of the Levant Front was killed by shells that hit his post near "
    "Marea.\n\nMeanwhile, two SDF fighters were killed on Sunday when a Turkish drone hit their car near Amuda.\n"
)


def test_an_event_of_a_past_year_is_no_lead_of_those_after_it() -> None:
    assert _per_incident(_RECALLED_BOMB) == [{"civilians": 5}, {"unknown": 3}, {"turkey_factions": 1}, {"sdf": 2}]


def test_control_a_lead_itemised_by_the_events_after_it() -> None:
    text = ("Deaths in Aleppo\n\nTurkish drone strikes killed three people in the northern countryside of Aleppo on "
            "Sunday.\n\nOn Sunday evening, a fighter of the Levant Front was killed by a drone strike that hit his post "
            "near Marea.\n\nMeanwhile, two SDF fighters were killed on Sunday when a Turkish drone hit their car near "
            "Tal Rifaat.\n")
    assert _per_incident(text) == [{"turkey_factions": 1}, {"sdf": 2}]


_BUS = ('Bus ambush in the desert\n\nSuspected ISIS militants ambushed a bus in the eastern desert on Tuesday, killing 14 '
        'people and wounding nine others, state media said.\n\nSANA said the "terrorist attack" targeted a civilian bus '
        "travelling near the village of al-Shoula in Deir Ezzor province and that the wounded were taken to hospitals in "
        "Deir Ezzor city.")


def test_the_attack_named_again_places_the_lead() -> None:
    row = contract(_BUS)
    assert len(row["incidents"]) == 1
    assert "al-Shoula" in place_names(row)[0]
    assert killed(_BUS) == {"unknown": 14}


def test_a_civilian_bus_is_no_civilian() -> None:
    assert injured(_BUS) == {"unknown": 9}


def test_control_a_civilian_truck_driver_is_a_civilian() -> None:
    text = ("Shooting on the road\n\nA civilian truck driver was killed when gunmen opened fire on a fuel tanker on the "
            "Ithriya road on Sunday.")
    assert killed(text) == {"civilians": 1}


def test_a_month_s_single_dispute_is_an_incident() -> None:
    text = ("Crime in Homs\n\nGunmen shot dead a young man in the Karm al-Zeitoun neighbourhood of Homs on Sunday.\n\n"
            "In February, three people were killed in a dispute between two families in the al-Waer neighbourhood.")
    assert _per_incident(text) == [{"unknown": 1}, {"unknown": 3}]
    assert contract(text)["totals"] == []


def test_a_month_s_similar_dispute_left_two_dead() -> None:
    text = ("Clan clashes\n\nA dispute between two clans in the village of Umm Hajra erupted into clashes on Sunday, "
            "leaving four people dead.\n\nIn January, a similar dispute in the village of al-Ghanamiya left two people "
            "dead.")
    assert _per_incident(text) == [{"unknown": 4}, {"unknown": 2}]


def test_a_month_s_shelling_on_the_same_post() -> None:
    text = ("Turkish posts in Hama\n\nOn Saturday, regime forces shelled the surroundings of the Turkish observation "
            "post in Sher Mughar in the countryside of Hama, without causing casualties. In May, regime shelling on "
            "the same post wounded three Turkish soldiers.")
    assert _per_incident(text, "injured") == [{}, {"turkey_factions": 3}]


def test_control_a_month_s_toll_of_many_events_is_a_total() -> None:
    text = ("Monitor update\n\nIn February, 31 people were killed in attacks across Daraa province.")
    assert contract(text)["incidents"] == []


def test_an_earlier_toll_put_before_is_superseded() -> None:
    text = ("Market strike\n\nAir strikes on the market of Kafranbel killed at least 23 civilians on Monday, a war "
            "monitor said, after earlier putting the toll at 17.")
    assert killed(text) == {"civilians": 23}
    text = ("Market strike\n\nAir strikes killed 12 civilians in Kafranbel on Monday, up from an earlier toll of 9, the "
            "monitor said.")
    assert killed(text) == {"civilians": 12}


def test_the_bodies_of_the_victims_are_the_incident_s_dead() -> None:
    text = ("Missile on olive pickers\n\nThree civilians were killed and two others were injured on Saturday when a "
            "guided missile of regime forces hit their car on the outskirts of al-Bara.\n\nThe Civil Defence said its "
            "teams took the injured to a hospital in the town of Ariha, and recovered the bodies of the three victims "
            "from the burned car.")
    assert _per_incident(text) == [{"civilians": 3}]


def test_an_unspecified_number_is_no_count() -> None:
    text = ("Attack near Palmyra\n\nISIS cells attacked an army post near Palmyra on Monday, killing four soldiers. The "
            "monitor said an unspecified number of soldiers were wounded.")
    assert injured(text) == {}
    assert killed(text) == {"regime": 4}


def test_a_boy_of_twelve_is_one_boy() -> None:
    text = ("War remnant\n\nA boy of 12 was wounded by the explosion of a war remnant near Dibsi Faraj on Friday.")
    assert injured(text) == {"civilians": 1}


def test_a_lead_told_again_side_by_side_with_the_attackers_apart() -> None:
    text = ("ISIS kills 12 pro-government fighters near Palmyra\n\nISIS militants killed 12 pro-government fighters in "
            "an overnight assault on army positions near the city of Palmyra, the monitor said on Monday.\n\n"
            "According to the monitor, nine Syrian soldiers and three members of Iranian-backed militias of non-Syrian "
            "nationality died in the attack, while five ISIS militants were killed.")
    assert killed(text) == {"regime": 9, "pro_iran_foreign": 3, "isis": 5}


def test_control_a_lead_restated_in_a_town_with_one_side() -> None:
    text = ("ISIS kills 12 soldiers near Palmyra\n\nISIS militants killed 12 soldiers in an overnight assault on army "
            "positions near the city of Palmyra, the monitor said on Monday.\n\nAccording to the monitor, the 12 soldiers "
            "died in the attack, while five ISIS militants were killed.")
    assert killed(text) == {"regime": 12, "isis": 5}


_CHECKPOINT = (
    "Asayish member killed, two NDF gunmen killed in Qamishli clashes\n\n"
    "One member of the Asayish was killed on Wednesday when gunmen of the National Defence Forces (NDF) attacked an "
    "Asayish checkpoint in the Tayy neighbourhood of Qamishli.\n\nIn a statement, the Asayish said that its members "
    "responded to the source of fire, killing two of the attackers. A civilian passing near the Halko roundabout was "
    "also wounded by the gunfire.\n\nThe attack is not the first of its kind. In January, an NDF member opened fire on "
    "a checkpoint near the airport road, killing an Asayish member.\n"
)


def test_a_claim_that_agrees_with_the_title_is_kept() -> None:
    assert _per_incident(_CHECKPOINT) == [{"sdf": 1, "regime": 2}, {"sdf": 1}]


def test_wounded_by_the_gunfire_is_of_the_incident() -> None:
    assert _per_incident(_CHECKPOINT, "injured") == [{"civilians": 1}, {}]


def test_control_a_claim_that_disagrees_with_the_body() -> None:
    text = ("Gunmen kill 4 shepherds east of al-Sukhna\n\nFour shepherds were killed on Thursday when gunmen attacked "
            "them in the desert east of al-Sukhna.\n\nThe regime's SANA news agency said five shepherds had been killed.")
    assert killed(text) == {"civilians": 4}


def test_the_answer_by_air_is_an_incident() -> None:
    text = ("Turkish soldiers killed\n\nAt least 21 Turkish soldiers were killed in an air strike by Syrian government "
            "forces near Balyun in Idlib province on Thursday, the monitor said.\n\nAnkara said its forces responded. "
            "According to the monitor, Turkish drone and artillery strikes killed at least 11 regime soldiers in the "
            "countryside of Idlib during the night.")
    assert _per_incident(text) == [{"turkey_factions": 21}, {"regime": 11}]


def test_control_the_attackers_dead_in_the_same_strike() -> None:
    text = ("Turkish soldiers killed\n\nAt least 21 Turkish soldiers were killed in an air strike by Syrian government "
            "forces near Balyun in Idlib province on Thursday, the monitor said, adding that two regime soldiers "
            "were also killed in the strike.")
    assert len(contract(text)["incidents"]) == 1


def test_a_bomb_that_went_off_at_the_checkpoint_named_before() -> None:
    text = ("Bombing in Homs\n\nA double bombing killed at least 20 people at a checkpoint in a district of the city of "
            "Homs on Tuesday, a monitor said.\n\nThe monitor said a car bomb went off at the checkpoint at the entrance "
            "to the al-Zahraa neighbourhood, and a suicide bomber then blew himself up as people gathered. Twelve of the dead were members of the regime forces and eight were "
            "civilians.")
    assert _per_incident(text) == [{"regime": 12, "civilians": 8}]


def test_the_government_held_town_names_back_no_offensive() -> None:
    text = ("Strikes on Idlib\n\nAir strikes on a market in Maaret al-Numan killed 12 civilians on Monday, in one of "
            "the deadliest days since a government offensive began in April.\n\nSANA said insurgents fired rockets at "
            "the government-held town of Suqaylabiyah in Hama province, wounding four people.")
    assert _per_incident(text, "injured") == [{}, {"unknown": 4}]


def test_a_summary_of_strikes_on_several_locations() -> None:
    text = ("Turkish drones strike the Jazira\n\nThe Turkish army continued its attacks on Monday, targeting several "
            "locations in the Jazira region with drones and warplanes.\n\nA drone targeted a car of the Asayish near "
            "Amuda, killing two members.\n\nIn the countryside of Derik, another drone struck a car near the village "
            "of Ain Diwar, killing a civilian.")
    assert _per_incident(text) == [{"sdf": 2}, {"civilians": 1}]


def test_control_a_strike_on_several_locations_with_no_detail_after() -> None:
    text = ("Turkish drones strike the Jazira\n\nTurkish drones struck several locations in the Jazira region on Monday, "
            "causing material damage.")
    assert len(contract(text)["incidents"]) == 1


def test_a_period_from_a_day_until_today() -> None:
    row = titled("From the 24th of March 2019 until today, the monitor has recorded the deaths of 1,187 regime soldiers.")
    assert [(t["side"], t["killed"], t["since"]) for t in row["totals"]] == [("regime", 1187, "2019-03-24")]


def test_control_a_period_since_a_day() -> None:
    row = titled("Since the 24th of March 2019, the monitor has recorded the deaths of 1,187 regime soldiers.")
    assert [(t["side"], t["killed"], t["since"]) for t in row["totals"]] == [("regime", 1187, "2019-03-24")]


def test_a_list_of_civilians_after_what_the_first_were_doing() -> None:
    row = titled("Since the 24th of March 2019, the monitor has recorded the deaths of 1,291 regime soldiers.\n\n"
                 "In the same period, ISIS also killed four civilians working in gas fields, 19 shepherds and nine other "
                 "people.")
    assert total_pairs(row) == [("civilians", 32), ("regime", 1291)]


def test_control_a_list_of_civilians_told_in_the_passive() -> None:
    row = titled("Since the 24th of March 2019, the monitor has recorded the deaths of 1,291 regime soldiers.\n\n"
                 "Also four civilians working in gas fields, 19 shepherds and nine other people were killed in the same "
                 "period.")
    assert total_pairs(row) == [("civilians", 32), ("regime", 1291)]


def test_a_part_among_them_is_no_total() -> None:
    row = titled("Since the 24th of March 2019, the monitor has recorded the deaths of no fewer than 1,187 regime soldiers "
                 "and pro-regime gunmen of Syrian and foreign nationalities, at least two Russians among them, in addition "
                 "to 143 non-Syrian militiamen of Iranian-backed groups. They all died in ISIS attacks.")
    assert total_pairs(row) == [("pro_iran_foreign", 143), ("regime", 1187)]


def test_parts_of_one_aside_joined_by_and() -> None:
    row = titled("Since March 6, 2020, SOHR has documented the deaths of 1,293 people in the area, they are as follows:\n\n"
                 "• 712 regime soldiers and members of loyal militias, including 120 officers and at least three Russian "
                 "soldiers.\n\n• 581 fighters of HTS and other factions.\n")
    assert total_pairs(row) == [("hts_rebels", 581), ("regime", 712)]


def test_control_a_list_after_a_part_goes_on() -> None:
    row = titled("Since March 6, 2020, SOHR has documented the deaths of 53 people in the area: 12 civilians, among them "
                 "three boys, 30 regime soldiers and 11 HTS fighters.")
    assert total_pairs(row) == [("civilians", 12), ("hts_rebels", 11), ("regime", 30)]


def test_parts_told_after_were_beside_a_part_of_them() -> None:
    row = titled("According to a local network, 38 people were killed in Daraa governorate during March, 17 of them "
                 "civilians, including two children, while 12 were members of the regime forces and nine were former "
                 "opposition fighters.")
    assert total_pairs(row) == [("civilians", 17), ("hts_rebels", 9), ("regime", 12)]


def test_damascus_that_denies_is_no_place() -> None:
    text = ("Strikes on Saraqib\n\nRussian air strikes on the town of Saraqib killed three civilians, the monitor said.\n\n"
            "Damascus denies targeting civilians and says it is fighting terrorists.")
    assert place_names(contract(text)) == [["Saraqib"]]


def test_control_damascus_as_a_place() -> None:
    text = ("Strike in Damascus\n\nAn Israeli strike hit a building in Damascus on Monday, killing two people.")
    assert "Damascus" in place_names(contract(text))[0]


def test_the_officer_hit_as_a_convoy_returned_near_a_village() -> None:
    text = ("Russian general killed\n\nA Russian major general was killed when a roadside bomb exploded near their vehicle "
            "in eastern Syria, the defence ministry said on Wednesday.\n\nThe officer was hit as a joint convoy was "
            "returning from a humanitarian operation near the village of al-Tabni, the ministry said.")
    assert place_names(contract(text)) == [["al-Tabni"]]


def test_control_people_returning_from_a_town() -> None:
    text = ("Kidnapping\n\nGunmen shot dead a man near Ithriyah on Monday while he was returning from Salamiyah.")
    assert place_names(contract(text)) == [["Ithriyah"]]


def test_the_two_shepherds_named_again() -> None:
    text = ("Shepherd killed in the desert\n\nA shepherd was killed and another went missing after ISIS militants attacked "
            "them in the desert of al-Rusafa.\n\nLocal sources said the militants opened fire on the two shepherds on "
            "Sunday while they were grazing their sheep near the village of al-Ghazil, killing one of them, a man in his "
            "fifties, and taking the other with their sheep.")
    assert _per_incident(text) == [{"civilians": 1}]


def test_control_two_other_shepherds_are_others() -> None:
    text = ("Shepherds killed in the desert\n\nA shepherd was killed by a landmine in the desert of al-Rusafa on "
            "Saturday.\n\nAlso, ISIS militants opened fire on two other shepherds near the village of al-Ghazil on "
            "Sunday, killing both.")
    assert _per_incident(text) == [{"civilians": 1}, {"civilians": 2}]


def test_a_title_of_one_murder_bringing_the_camp_s_count() -> None:
    text = ("Chaos in al-Hol | Iraqi man shot dead inside his tent, bringing murders in the camp since early 2022 to 17\n\n"
            "Gunmen shot dead a young Iraqi man inside his tent in the fifth sector of al-Hol camp.")
    assert _per_incident(text) == [{"unknown": 1}]


def test_murders_counted_then_their_dead() -> None:
    row = titled("Accordingly, the number of murders in al-Hol camp since early 2022 has increased to 17, claiming the "
                 "lives of 18 people.")
    assert total_pairs(row) == [("unknown", 18)]


def test_control_the_number_of_dead_risen_to() -> None:
    row = titled("Accordingly, the number of people killed in al-Hol camp since early 2022 has increased to 17.")
    assert total_pairs(row) == [("unknown", 17)]


def test_air_strikes_in_support_leave_the_attack() -> None:
    text = ("Attack near al-Qaryatain\n\nIS jihadists killed 14 pro-government fighters in an attack in the central Syrian "
            "desert, a monitor said on Friday.\n\nThe monitor said the attack targeted army positions near the town of "
            "al-Qaryatain late on Thursday, sparking clashes that lasted into the early hours.\n\nFourteen pro-government "
            "fighters were killed, while nine jihadists also died in the fighting and in Russian air strikes launched in "
            "support of the troops, the monitor said.")
    assert [i["type"] for i in contract(text)["incidents"]] == ["attack"]


def test_control_air_strikes_of_their_own() -> None:
    text = ("Strikes near al-Qaryatain\n\nRussian air strikes on the desert near the town of al-Qaryatain killed nine "
            "jihadists on Thursday, a monitor said.")
    assert [i["type"] for i in contract(text)["incidents"]] == ["airstrike"]


def test_an_attack_with_guns_and_grenades_after_a_comma() -> None:
    text = ("Checkpoint attacked\n\nGunmen attacked a regime checkpoint at the entrance of Al-Sanamayn city at dawn today, "
            "with machine guns and hand grenades. The attack left two soldiers dead.")
    assert [i["type"] for i in contract(text)["incidents"]] == ["attack"]


def test_control_a_grenade_that_exploded() -> None:
    text = ("Grenade blast\n\nA child was injured when a hand grenade exploded in a field near Tafas on Sunday.")
    assert [i["type"] for i in contract(text)["incidents"]] == ["ied_landmine"]


def test_a_remark_on_the_attempts_a_total_counted() -> None:
    row = titled("Accordingly, the number of attacks and assassination attempts in Daraa province since early 2021 has "
                 "risen to 380, which left 260 people dead, they are as follows:\n\n• 90 civilians.\n\n"
                 "• 120 regime soldiers.\n\n• 50 former fighters.\n\nIt is worth noting that the failed assassination "
                 "attempts left dozens of people injured.")
    assert row["incidents"] == []


def test_control_an_attempt_told_with_its_place_after_a_total() -> None:
    row = titled("Since early 2021, SOHR has documented 380 attacks in Daraa province.\n\nOn Monday, gunmen attacked a "
                 "checkpoint near Tafas, wounding two soldiers.")
    assert [i["injured"] for i in row["incidents"]] == [{"regime": 2}]


def test_an_overall_toll_after_the_sides_is_their_sum() -> None:
    row = titled("The monitor said 30 members of the SDF, in addition to 80 ISIS members and six civilians, have been "
                 "killed since the attack began, bringing the overall toll to 116.")
    assert total_pairs(row) == [("civilians", 6), ("isis", 80), ("sdf", 30)]


def test_control_a_toll_that_rose_with_one_side() -> None:
    text = ("Ambush\n\nTwo more soldiers died of their wounds on Monday, bringing the overall toll of the ambush to 11.")
    assert killed(text) == {"regime": 11}


def test_people_across_held_areas_are_of_no_side() -> None:
    row = titled("In April 2022, SOHR documented the death of 31 people across AANES-held areas, as follows:\n\n"
                 "• 12 civilians, including three children.\n\n• 14 members of SDF and the Internal Security Forces.\n\n"
                 "• Five ISIS members.\n")
    assert total_pairs(row) == [("civilians", 12), ("isis", 5), ("sdf", 14)]


def test_control_members_of_the_sdf_in_held_areas() -> None:
    row = titled("In April 2022, SOHR documented the deaths of 14 members of SDF in SDF-held areas.")
    assert total_pairs(row) == [("sdf", 14)]


def test_a_part_of_them_after_the_whole_s_colon() -> None:
    row = titled("In April 2022, SOHR documented the death of 30 people across the region, as follows:\n\n"
                 "• 14 civilians, including three children.\n\n• 16 members of SDF, the Internal Security Forces and "
                 "military councils: 11 of them were killed by ISIS cells.\n")
    assert total_pairs(row) == [("civilians", 14), ("sdf", 16)]


def test_control_a_part_of_them_after_a_comma() -> None:
    row = titled("In April 2022, SOHR documented the deaths of 16 members of SDF, 11 of them in ISIS attacks.")
    assert total_pairs(row) == [("sdf", 16)]

