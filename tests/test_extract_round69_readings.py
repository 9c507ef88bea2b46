"""Readings added in round 69 of issue #4, each one construction of the IW-IZ written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* "71st attack since early 2024 | Turkish drone kills three Asayish members at checkpoint near Amuda": a count over a
  period, then one event's news, keeps the event (``incident_lines._event_beside_toll``, either order); "Turkish drones
  in May 2024 | 12 attacks kill nine people" is still a period's title;
* "SOHR documented the death of two civilians, a woman and her son, in the strikes on Kafr Nabl" tells the toll of the
  bombardment of one named place, not a joint toll of several attacks (``totals_sentences._JOINT_TOLL``); "The new
  statistics came after SOHR documented today the death of three civilians ... in regime airstrikes on the town of X":
  the day's event (``totals_attributed.statistics_came_after``);
* "In March 2017, clashes erupted at a checkpoint in X ..., killing 11 soldiers and four Asayish members": fighting at
  one spot, one event, not a month's total (``totals_sentences._CLASH_AT_ONE``); "Last month, a motorcycle bomb
  exploded near a checkpoint ..., injuring three of its members": one event too (``_PARTICIPLE_TOLL``);
* "In the countryside of B, warplanes targeted ..., killing nine fighters" after a paragraph on A with nine of the same
  side killed: a paragraph of its own place, not the toll told again (``incident_sameness._PLACE_OPENING``); "In Homs,
  the shelling of X killed 24 civilians" after the lead's 24 in Homs tells that toll again (control);
* "shot dead two civilians, an Armenian Catholic priest from Qamishli and his father": the two are the priest and his
  father (``casualty_roles._PERSON_ITEM``);
* "killing prominent smuggler Fares al-Khalil, his wife and their four children": the children are dead too
  (``casualty_kin.named_then_kin``);
* "the Daraa Martyrs Documentation Office" is no place (``places``), so a wounded man who died the next day "bringing
  the civilian death toll to four" is the bombardment's toll, risen;
* "rescued 17 people who were injured" counts them hurt (``figures._SAVED_HURT``);
* "State media said insurgent shelling hit student housing at Aleppo University in the city, killing two students",
  after strikes elsewhere in Aleppo: the other side's deed at a site named for the first time, not a claim about the
  toll told before (``casualty_claimed_deed``, names read whole);
* "A car bomb exploded ... in the city of Ras al-Ain, which has been controlled by the SNA since October 2019": one
  event; the year is the holder's (``incident_habits._HELD_SINCE``);
* "killing him instantly and wounding his brother", him a former rebel commander: the brother takes no armed side
  from him (``mention_sides.inherit_sides``, ``casualty_victim_words.KIN_ONLY``);
* "Almost simultaneously, the Israeli missiles struck a military post near X" in another province, with no toll: an
  event of its own (``incident_same_time``);
* "the two-week campaign in Jasim left more than 20 IS fighters dead": a campaign's toll, a total
  (``totals_lines.DAYS_OF_FIGHTING``); "ISIS had not claimed the attack by the time of writing, but the area is known
  for ..." tells of the attack told (``incident_time_shift.refers_back``); "two Qaterji members" are the regime's
  (actors.csv);
* a title whose dead are those of a list of totals below ("16 dead in ... attacks on the de-escalation zone" over
  "which left 16 people dead, as follows:") is no incident (``incident_total_items._title_of_total``);
* "The fighting erupted after the killing of X and his pregnant wife in the city of al-Bab on October 7": the killing
  that set it off is an event (``incident_came_after``), and "Gunmen later identified by investigators as members of
  X shot the couple" tells who did it, not a deed that came later (``incident_split._LATER``);
* "an exchange of machine-gun fire between HTS and regime forces on the frontline of X" is a clash (``events``; artillery
  fire exchanged stays shelling);
* "killed a family of six in the village of X" counts six (``casualties._bare``); "a boatman" is a civilian
  (``person_trades``, actors.csv); "members of Falhout's group" are the regime's (actors.csv: the militia the
  Military Intelligence backed in Sweida);
* "the commemoration of Ashoura" names no place, so the claim of the bombing told before is no event of its own
  (``places``).

Controls, passing before and after the round, are the tests named test_control_*.
"""

from __future__ import annotations

from contract_rows import contract, summed, total_pairs


def _per_incident(text: str, field: str = "killed") -> list[dict[str, int]]:
    return [i[field] for i in contract(text)["incidents"]]


def test_a_count_over_a_period_then_one_events_news_keeps_the_event() -> None:
    text = ("71st attack since early 2024 | Turkish drone kills three Asayish members at checkpoint near Amuda\n\n"
            "Al-Hasakah province: SOHR activists have reported that a Turkish drone targeted a checkpoint of the Asayish "
            "at the entrance of the village of Khirbet Jammo near Amuda, killing three members and injuring two others.\n\n"
            "Accordingly, the number of attacks by Turkish drones on areas of the Autonomous Administration since early "
            "2024 has risen to 71. These attacks left 64 people dead: 12 civilians and 52 military personnel.")
    result = contract(text)
    assert summed(result, "killed") == {"sdf": 3}
    assert summed(result, "injured") == {"sdf": 2}


def test_control_a_title_of_counted_attacks_over_a_month_stays_a_periods_title() -> None:
    text = ("Turkish drones in May 2024 | 12 attacks kill nine people in SDF-held areas\n\n"
            "SOHR has documented 12 attacks by Turkish drones on areas controlled by the SDF during May 2024, which left "
            "nine people dead: six SDF fighters and three civilians. The attacks targeted vehicles and checkpoints near "
            "Qamishli and Amuda.")
    assert contract(text)["incidents"] == []


def test_the_toll_of_the_strikes_on_one_named_town_is_that_bombardments() -> None:
    text = ("Russian warplanes carried out more than 20 airstrikes on Kafr Nabl and Hass in the southern countryside of "
            "Idlib. SOHR documented the death of two civilians, a woman and her son, in the strikes on Kafr Nabl.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 2}
    assert total_pairs(result) == []


def test_the_event_the_new_statistics_came_after_is_an_incident() -> None:
    text = ("SOHR has documented the death of 1,200 people since the start of the escalation on the 30th of April 2019, "
            "until today. The new statistics came after SOHR documented today the death of three civilians, including "
            "a child, in regime airstrikes on the town of Kafr Sijnah in the southern countryside of Idlib.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 3}
    assert ("civilians", 3) not in total_pairs(result)


def test_clashes_at_a_checkpoint_in_a_month_long_ago_are_one_event() -> None:
    text = ("Tension between the two sides is not new. In March 2017, clashes erupted at a checkpoint in the centre of "
            "Qamishli after a patrol refused to stop, killing 11 regime soldiers and four Asayish members.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 11, "sdf": 4}
    assert total_pairs(result) == []


def test_a_bomb_last_month_that_wounded_three_is_one_event() -> None:
    text = ("A car bomb exploded on Saturday in the market of Tal Abyad, killing four civilians. Last month, a motorcycle "
            "bomb exploded near a checkpoint of the Hamza Division at the western entrance of Ras al-Ain, injuring three "
            "of its members.")
    result = contract(text)
    assert summed(result, "injured") == {"turkey_factions": 3}
    assert len(result["incidents"]) == 2


def test_a_paragraph_opened_by_its_own_place_is_another_strike() -> None:
    text = ("In the countryside of Amuda, Turkish warplanes bombed SDF positions near the village of Tal Shaeer, killing "
            "nine SDF members and a journalist.\n\n"
            "In the countryside of Ain al-Arab, Turkish warplanes targeted SDF positions in the villages west of the "
            "city, killing nine fighters of the SDF.")
    assert sorted(_per_incident(text), key=len) == [{"sdf": 9}, {"sdf": 9, "civilians": 1}]


def test_control_a_paragraph_in_the_leads_city_tells_its_toll_again() -> None:
    text = ("Regime forces pounded rebel districts of Homs on Saturday, killing at least 24 civilians, a watchdog said.\n\n"
            "In Homs, the shelling of the Khaldiyeh and Jouret al-Shiyah neighbourhoods killed 24 civilians, among them "
            "five children.")
    assert summed(contract(text), "killed") == {"civilians": 24}


def test_a_priest_and_his_father_are_the_two_civilians_shot() -> None:
    text = ("Gunmen intercepted a car on the road between Al-Hasakah and Deir Ezzor on Monday and shot dead two civilians, "
            "an Armenian Catholic priest from Qamishli and his father, who were heading to Deir Ezzor city.")
    assert summed(contract(text), "killed") == {"civilians": 2}


def test_the_children_of_a_named_victim_and_his_wife_are_dead_too() -> None:
    text = ("On May 8, 2023, a Jordanian airstrike targeted a house in the village of Orman in the southern countryside "
            "of Sweida, killing prominent smuggler Fares al-Khalil, his wife and their four children.")
    killed = summed(contract(text), "killed")
    assert sum(killed.values()) == 6


def test_a_documentation_office_is_no_place_and_the_risen_toll_is_the_bombardments() -> None:
    text = ("Regime forces pounded the Daraa al-Balad district with mortar rounds on Sunday, killing a woman and her two "
            "children and wounding seven other civilians, local activists said.\n\n"
            "A man wounded in the same bombardment died of his injuries on Monday morning, bringing the civilian death "
            "toll to four, according to the Daraa Martyrs Documentation Office.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 4}
    assert all("Office" not in p["name"] for i in result["incidents"] for p in i["places"])


def test_people_rescued_who_were_injured_are_hurt() -> None:
    text = ("Russian warplanes struck the vegetable market of Saraqib on Tuesday, killing six civilians. Civil Defence "
            "volunteers rescued 17 people who were injured and took them to hospitals further north.")
    assert sum(summed(contract(text), "injured").values()) == 17


def test_state_media_tell_the_other_sides_shelling_of_a_site_named_first() -> None:
    text = ("Russian jets hit a residential area in the town of Atarib in the western Aleppo countryside on Thursday, "
            "killing four civilians, rescuers said. State news agency SANA said insurgent shelling hit student housing "
            "at Aleppo University in the city, killing two students and wounding others.")
    assert summed(contract(text), "killed") == {"civilians": 6}


def test_control_state_media_on_the_same_strike_stay_a_claim() -> None:
    text = ("Russian jets hit a residential area in the town of Atarib on Thursday, killing four civilians, SOHR said. "
            "State news agency SANA said the strike on Atarib killed two civilians.")
    assert summed(contract(text), "killed") == {"civilians": 4}


def test_who_has_held_the_city_since_a_year_does_not_make_the_bombing_a_habit() -> None:
    text = ("A car bomb exploded on Saturday morning in the vegetable market in the city of Ras al-Ain in the "
            "northwestern countryside of al-Hasakah, which has been controlled by the Turkish-backed Syrian National Army "
            "since October 2019.\n\n"
            "The Civil Defence said that the explosion killed seven civilians and two members of the SNA.")
    incidents = contract(text)["incidents"]
    assert len(incidents) == 1
    assert incidents[0]["governorate"] == "Al-Hasakeh"
    assert incidents[0]["type"] == "ied_landmine"


def test_the_brother_of_a_former_rebel_commander_takes_no_side_from_him() -> None:
    text = ("Unidentified gunmen opened fire on a former commander of an opposition faction on the outskirts of Tafas "
            "on Thursday evening, killing him instantly and wounding his brother, who was driving the car.")
    result = contract(text)
    assert summed(result, "killed") == {"hts_rebels": 1}
    assert summed(result, "injured") == {"unknown": 1}


def test_control_the_men_of_a_commander_take_his_side() -> None:
    text = ("Unidentified gunmen ambushed a commander of the Fifth Corps near Busra al-Sham on Monday, killing him and "
            "wounding two of his companions.")
    assert summed(contract(text), "injured") == {"regime": 2}


def test_missiles_almost_simultaneously_elsewhere_are_another_strike() -> None:
    text = ("Israeli missiles targeted a radar position on Tal al-Jumou hill near Tasil in western Daraa countryside at "
            "dawn today, killing an officer and injuring three soldiers.\n\n"
            "Almost simultaneously, the Israeli missiles struck a military post near Al-Qahtaniyah town in northern "
            "Quneitra countryside, causing only material damage.")
    incidents = contract(text)["incidents"]
    assert sorted(i["governorate"] for i in incidents) == ["Dar'a", "Quneitra"]


def test_ashoura_is_no_place() -> None:
    text = ("An explosive device went off on Thursday near the Sayyida Zeinab shrine, south of Damascus, killing six "
            "civilians.\n\nState media put the toll at five dead, saying the bomb had been placed on a road crowded with "
            "visitors a day before the commemoration of Ashoura.\n\nISIS claimed responsibility for the attack hours "
            "later, saying one of its soldiers had detonated the device.")
    incidents = contract(text)["incidents"]
    assert all(p["name"] != "Ashoura" for i in incidents for p in i["places"])
    assert len(incidents) == 1


def test_a_two_week_campaigns_toll_is_a_total() -> None:
    text = ("The leader of the Islamic State group was killed in mid-October in the town of Jasim in Daraa province, the "
            "US military said on Wednesday.\n\n"
            "The Observatory said the two-week campaign in Jasim left more than 20 IS fighters dead, while eight of the "
            "local fighters were also killed.")
    result = contract(text)
    assert sorted(total_pairs(result)) == [("hts_rebels", 8), ("isis", 20)]
    assert all(sum(i["killed"].values()) < 8 for i in result["incidents"])


def test_an_attack_not_claimed_yet_in_an_area_known_for_cells_is_the_attack_told() -> None:
    text = ("At least 17 soldiers were killed when ISIS cells ambushed a bus carrying soldiers near the village of "
            "al-Shula in the southern countryside of Deir Ezzor on Wednesday.\n\n"
            "ISIS had not claimed the attack by the time of writing, but the area is known for the activity of its cells, "
            "which hide in the Badia, the desert that stretches from the outskirts of Homs to the Iraqi border.")
    assert len(contract(text)["incidents"]) == 1


def test_qaterji_members_are_of_the_regime() -> None:
    text = ("Last month, two Qaterji members were killed when a landmine hit their vehicle on the road between Ithriyah "
            "and al-Rusafa, in an explosion attributed to ISIS.")
    assert summed(contract(text), "killed") == {"regime": 2}


def test_a_title_over_a_list_of_totals_is_no_incident() -> None:
    text = ("Two months after the truce | 19 dead in regime, Russian and factions' attacks on \"de-escalation zone\"\n\n"
            "Military operations have not stopped on the frontlines of the de-escalation zone. From the 1st of June "
            "until the 1st of July 2023, SOHR has documented 64 attacks, including artillery "
            "shelling, drone attacks and sniper fire, which left 19 people dead, as follows:\n"
            "  • Seven civilians, including three children, killed by regime shelling.\n"
            "  • Nine members of regime forces, killed in attacks by HTS and the factions.\n"
            "  • Three HTS members.\n\n"
            "Today, a member of regime forces was killed by sniper fire from HTS on the frontline near Saraqib in the "
            "eastern countryside of Idlib.")
    assert summed(contract(text), "killed") == {"regime": 1}


def test_the_killing_that_set_off_the_fighting_is_an_event_of_its_own() -> None:
    text = ("HTS seized the city of Afrin on Thursday after days of fighting with the Levant Front, the monitor said.\n\n"
            "The fighting erupted after the killing of media activist Mohammed Abdul Latif and his pregnant wife in the "
            "city of al-Bab on October 7. Gunmen later identified by investigators as members of the Hamza Division "
            "shot the couple in their car.")
    incidents = contract(text)["incidents"]
    assert len(incidents) == 2
    assert [i["killed"] for i in incidents if i["killed"]] == [{"civilians": 2}]


def test_an_exchange_of_machine_gun_fire_on_a_frontline_is_a_clash() -> None:
    text = ("Regime artillery shelled the village of Badama in the western countryside of Idlib, injuring a child.\n\n"
            "Yesterday, SOHR activists monitored an exchange of machine-gun fire between HTS and regime forces on the "
            "frontline of Al-Ankawi in Sahl Al-Ghab, without casualties.")
    assert sorted(i["type"] for i in contract(text)["incidents"]) == ["clash", "shelling"]


def test_control_artillery_fire_exchanged_is_shelling() -> None:
    text = ("On the Kafranbel front, the factions and regime forces exchanged artillery fire on the Saraqib and al-Nayrab "
            "axes on Monday without any casualties being reported.")
    assert [i["type"] for i in contract(text)["incidents"]] == ["shelling"]


def test_a_family_of_six_killed_in_a_village_are_six_dead() -> None:
    text = ("On Wednesday, regime barrel bombs killed a family of six in the village of Kafr Ruma, south of Maarat "
            "al-Numan, the monitor added.")
    assert summed(contract(text), "killed") == {"civilians": 6}


def test_a_boatman_is_a_civilian() -> None:
    text = ("A landmine exploded near a boat on the Euphrates near al-Busayrah on Monday, killing a boatman and wounding "
            "two passengers.")
    assert summed(contract(text), "killed") == {"civilians": 1}


def test_members_of_falhouts_group_are_of_the_regime() -> None:
    text = ("Clashes broke out on Tuesday between local factions and the group of Raji Falhout in the town of Atil in "
            "Daraa's eastern countryside. Eight members of Falhout's group were killed, the monitor said.")
    assert summed(contract(text), "killed") == {"regime": 8}
