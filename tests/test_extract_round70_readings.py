"""Readings added in round 70 of issue #4, each one construction of the JA-JD written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* one strike's rising toll broken down on lines of their own ("..., raising the death toll of the drone attack on X to
  41 people, as follows:" then "• 20 civilians, ...") or after a colon of a sentence of its own ("the fatalities are as
  follows: ...") is the incident's dead, not a statistics block (``totals_event_list``, ``casualty_restated``); a
  list of a period's dead stays one (control);
* "five civilians, including a woman and an old man; six soldiers; ..." ends the civilians' parts at the semicolon
  (``casualty_breakdowns``), while "...; 300 of them were killed by ISIS" is still a part of the whole (control);
* "had joined the settlement in 2019 and later enlisted in the Military Security" is of the regime
  (``casualty_joined``); civilians who died "under torture in regime prisons" are civilians, the prison's holder
  their jailer (``casualty_groups``, ``casualty_sentence_sides``); "the two brothers, farmers in their thirties, ..."
  names the brothers civilians (``casualty_named_after``);
* "On the same day, a shepherd was killed by a landmine near X", after an IED on soldiers elsewhere, is another
  incident (``incident_split._after_transition``), as is "Moreover, locals found the body of a man ... near X"; a
  fighter hit in the fighting who "died of his injuries" the next day is its dead (``_next_in_paragraph``);
* "a first lieutenant among the dead" is some of the dead, not a share that leaves the rest to a later event
  (``casualty_absorbed``; lieutenants and captains are officers: ``casualty_breakdowns.LABELS``);
* "The Syrian Democratic Forces (SDF) said that its fighters had killed 11 gunmen": the SDF did the killing
  (``events._SHORT_NAME``);
* "killed at least 23 pro-Iran fighters. The monitor said 17 were Iraqis and Afghans while six were Syrians": the six
  are the regime's (``incident_syrian_share``);
* "Last month, a member of the local council was killed ..." is one event, not a month's total
  (``totals_sentences.POINT_IN_TIME``); "the death of eight people in the past 24 hours; they are: ..., and a
  civilian who was killed by a sniper" is a day's total, its last item no event of its own (``_LIST_OPENER``);
* "shot dead on Sunday evening the mukhtar of X" counts the mukhtar (``casualty_unnumbered._THE_ONE``), as does
  "martyring the civilian Ahmed Bakr"; "two gunmen riding a motorcycle shot dead Khalil al-Omar" are his killers
  (``casualty_roles._DOER``);
* "killing 52 people, among them 45 civilians including 12 children and seven members of X": the seven are of the 52
  (``casualty_breakdowns``);
* "Among those killed were ..." after a month's total gives its sides (``totals_lines.BREAKDOWN_OPENING``);
  "Geographically, the attacks were distributed as follows: ..." counts attacks (``totals_raids``); "64 fatalities
  ..., most of them former opposition members" keeps no side (``totals_tallies``);
* "killing its driver, an officer in the Republican Guard, and wounding a woman" (``casualty_households._APPOSED``);
  "a booby-trapped car was dismantled" is no event (``incident_habits``); "The most prominent incidents of the day
  were:" heads incidents (``totals_day_lines``); "a child was among the dead" after state media's toll names some of
  it (``incident_monitor``; only the whole report's wording showed it, so its test is a control); civilians dead "under torture ... since March 2011" are a running total
  (``totals_war_civilians.one_cause_count``); "Two other fighters were wounded" after fighters of X and a civilian are
  X's (``casualties._others_from_before``); "two brothers of the slain man" take no role from "slain"
  (``casualty_role_owner``); "The man, a fighter of X from the village of Y, had been shot in the head" names his home,
  not another place (``incident_places._ORIGIN``), and "The man's family told ..." tells of the same incident
  (``incident_split._ELABORATION``); "saying the shooter was a member of a loyalist militia" counts no one
  (``figures._DOER_WAS``); "; his cousin, also a minor, was wounded" counts the cousin (``casualty_unnumbered._KIN``,
  ``_KIN_VERB``); "documented in March 2022 14 operations ..., which left 17 people dead:" is a month's total
  (``segment``: a month and its year, then a count); civilians "killed by the bullets of the Turkish border guards since
  ... March 2011" are a running total (``totals_war_civilians.one_cause_count``); "Following the attack, Turkish Armed
  Forces (TSK) units struck positions in X" is the other side's strike elsewhere, not the attack's aftermath
  (``incident_split._sequel``; "Turkish Armed Forces" and "TSK" in actors.csv, a unit word after the short name:
  ``events._SHORT_NAME``); a town council's co-chair assassinated is a civilian official, ties told of others in the
  next sentence not his (``casualty_local_office``), and "found an explosive device ... and dismantled it" is no event
  (``incident_habits``); a short line closed by a photo's credit ("... (Reuters)") is a caption
  (``incident_page_notes``); the bullet lines under "Four civilians:" are the civilians' events, each its own
  incident, and ", while an ISIS member was also killed in the attack" stays in its line's event
  (``incident_roundup``); "Yesterday, SOHR reported that a civilian was injured when gunmen opened fire on ..." after
  an SDF fighter's killing is the day before's own incident (``incident_split._after_transition``).

Controls, passing before and after the round, are the tests named test_control_*.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, summed, total_pairs


def _per_incident(text: str, field: str = "killed") -> list[dict[str, int]]:
    return [i[field] for i in contract(text)["incidents"]]


def test_a_strikes_rising_toll_on_lines_of_its_own_is_the_incidents_dead() -> None:
    text = ("Update: more of the wounded died overnight, raising the death toll of the drone attack which targeted a "
            "wedding in the village of Kafr Nabudah on Friday to 41 people, as follows:\n\n"
            "• 20 civilians, including nine children.\n"
            "• 21 members of regime forces, including two officers.\n\n"
            "More than 60 people were injured.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 20, "regime": 21}
    assert total_pairs(result) == []


def test_the_fatalities_as_follows_after_a_strikes_risen_toll_are_its_dead() -> None:
    text = ("The death toll of the Israeli missile strike which hit a building in the Mezzeh neighbourhood of Damascus at "
            "dawn has risen to 12, after two of the wounded died. According to SOHR sources, the fatalities are as "
            "follows: four civilians, including a woman and an old man; six members of regime forces; and two non-Syrian "
            "members of Iranian-backed militias. The strike also injured more than 14 others.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 4, "regime": 6, "pro_iran_foreign": 2}
    assert summed(result, "injured") == {"unknown": 14}  # (others of no side, the dead being of three: ``casualty_armed_generic``)
    assert total_pairs(result) == []


def test_control_a_list_of_a_periods_dead_stays_a_statistics_block() -> None:
    text = ("SOHR has documented the death of 40 people in Daraa governorate since early 2024, as follows:\n\n"
            "• 22 civilians, including four children.\n"
            "• 18 members of regime forces.")
    result = contract(text)
    assert total_pairs(result) == [("civilians", 22), ("regime", 18)]
    assert result["incidents"] == []


def test_control_of_them_after_a_semicolon_stays_a_part_of_the_whole() -> None:
    text = ("Since 24 March 2019, SOHR has documented the death of the following in the Syrian desert:\n\n"
            "- 391 regime soldiers and militiamen, including three Russians; 300 of them were killed by ISIS, and 20 in "
            "landmine explosions.")
    assert total_pairs(contract(text)) == [("regime", 391)]


def test_a_settled_ex_rebel_who_later_enlisted_in_military_security_is_of_the_regime() -> None:
    text = ("Unidentified gunmen opened fire on a young man near the entrance of Talbiseh in the northern countryside of "
            "Homs, killing him instantly. The victim, a former member of opposition factions, had joined the "
            "\"settlement\" in 2019 and later enlisted in the ranks of the Military Security branch.")
    assert summed(contract(text), "killed") == {"regime": 1}


def test_civilians_dead_under_torture_in_regime_prisons_are_civilians() -> None:
    text = ("SOHR has documented the death of nine detainees under torture in regime prisons during March 2023, all of "
            "them civilians. Thereby, the number of civilians who died under torture in regime prisons since early 2023 "
            "has risen to 31.")
    assert total_pairs(contract(text)) == [("civilians", 9), ("civilians", 31)]


def test_two_brothers_said_again_as_farmers_are_civilians() -> None:
    text = ("Unidentified gunmen shot dead two brothers in the village of Kafr Laha on Tuesday night. Local sources said "
            "that the two brothers, farmers in their thirties, were shot while returning from their land.")
    assert summed(contract(text), "killed") == {"civilians": 2}


def test_a_shepherd_killed_by_a_mine_elsewhere_the_same_day_is_another_incident() -> None:
    text = ("Four soldiers were killed when an explosive device targeted their vehicle on the road between Rankous and "
            "Assal al-Ward on Monday. Pro-regime pages mourned a first lieutenant among the dead.\n\n"
            "On the same day, a shepherd was killed by the explosion of a landmine in the desert near Yabroud.")
    assert sorted(_per_incident(text), key=str) == [{"civilians": 1}, {"regime": 4}]


def test_a_body_found_elsewhere_after_moreover_is_another_incident() -> None:
    text = ("A young man was stabbed to death during a quarrel in the al-Sukkari neighbourhood of Aleppo city.\n\n"
            "Moreover, locals found the body of a man bearing gunshot wounds in farmland on the outskirts of Tal Hasel.")
    assert len(contract(text)["incidents"]) == 2


def test_a_fighter_who_died_of_his_injuries_the_next_day_is_the_fights_dead() -> None:
    text = ("Clashes broke out on Sunday evening between the Hamza Division and the Sham Legion in the town of Azaz, "
            "killing two members of the Hamza Division. A fighter of the Sham Legion who had been hit in the first "
            "exchange of fire died of his injuries at a hospital on Monday morning, raising the death toll to three.")
    assert _per_incident(text) == [{"turkey_factions": 3}]


def test_a_lieutenant_among_the_dead_leaves_the_toll_whole() -> None:
    text = ("Three soldiers were killed and two others were injured when an explosive device targeted their vehicle near "
            "Jayroud on Thursday. Pro-regime pages mourned a first lieutenant among the dead.\n\n"
            "No party has claimed the attack. In January, two soldiers were killed in a similar attack near Ruhaybah.")
    assert _per_incident(text) == [{"regime": 3}, {"regime": 2}]


def test_the_sdf_named_with_its_short_name_killed_the_gunmen() -> None:
    text = ("The Syrian Democratic Forces (SDF) said on Monday that its fighters had killed nine gunmen during a security "
            "operation in the town of Hawayij. In a statement, the SDF said two of its fighters lost their lives.")
    assert summed(contract(text), "killed") == {"sdf": 2, "unknown": 9}


def test_syrians_told_apart_in_the_monitors_next_sentence_are_the_regimes() -> None:
    text = ("US strikes on eastern Syria overnight killed at least 19 pro-Iran fighters, a war monitor said. The monitor "
            "said 15 were Iraqi and Afghan members of Iran-backed groups while four were Syrians fighting with them.")
    assert summed(contract(text), "killed") == {"pro_iran_foreign": 15, "regime": 4}


def test_a_council_member_killed_last_month_is_one_event() -> None:
    text = ("Last month, a member of the local council of Hajin was killed and his son was wounded by gunfire from "
            "unknown attackers in the town of al-Shafa.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 1}
    assert total_pairs(result) == []


def test_a_days_dead_listed_with_a_civilian_shot_by_a_sniper_is_a_total() -> None:
    text = ("SOHR activists have documented the death of eight people in the past 24 hours; they are: two SDF members, "
            "five tribal gunmen and a civilian who was killed by a sniper bullet in al-Shuhail town.")
    assert total_pairs(contract(text)) == [("civilians", 1), ("sdf", 2), ("unknown", 5)]


def test_the_mukhtar_shot_dead_on_a_named_evening_is_counted() -> None:
    text = "Unidentified gunmen shot dead on Monday evening the mukhtar of al-Tayyana village, east of Deir ez-Zor."
    assert summed(contract(text), "killed") == {"civilians": 1}


def test_the_civilian_martyred_by_name_is_counted() -> None:
    text = ("A drone targeted a car on the road between Tal Rifaat and Ahras this afternoon, martyring the civilian Ahmed "
            "Bakr and wounding his two sons.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 1}
    assert summed(result, "injured") == {"civilians": 2}


def test_gunmen_who_shot_dead_a_named_man_are_his_killers() -> None:
    text = ("Two gunmen riding a motorcycle shot dead Khalil al-Omar, a worker at the Tanak oil field, near his house in "
            "the town of Dhiban.")
    assert summed(contract(text), "killed") == {"civilians": 1}


def test_members_of_a_faction_listed_after_civilians_children_are_of_the_whole() -> None:
    text = ("A car bomb exploded in the market of Jindires on Friday, killing at least 52 people, among them 45 civilians "
            "including 12 children and seven members of Turkish-backed factions, SOHR said.")
    assert summed(contract(text), "killed") == {"civilians": 45, "turkey_factions": 7}


def test_among_those_killed_after_a_months_total_gives_its_sides() -> None:
    text = ("Unknown gunmen shot dead a member of the Eighth Brigade in the town of Busra al-Sham on Tuesday. Last week, an "
            "explosive device went off near the town of Saida, wounding a commander and two of his guards.\n\n"
            "Monthly toll\n"
            "The documentation office said in its monthly report that it had recorded 27 assassination attempts in Daraa "
            "governorate during March 2022, which killed 20 people and injured 11 others.\n"
            "Among those killed were nine former opposition fighters who signed settlement agreements without joining any "
            "of the regime's forces, five regime soldiers and six civilians.")
    assert total_pairs(contract(text)) == [("civilians", 6), ("hts_rebels", 9), ("regime", 5)]


def test_attacks_distributed_geographically_are_no_dead() -> None:
    text = ("Those attacks left 60 people dead: 40 members of regime forces and 20 civilians. Geographically, the attacks "
            "were distributed as follows: Damascus and its countryside: 17 attacks, Homs: 12, Daraa: 9, Hama: 3.")
    assert total_pairs(contract(text)) == [("civilians", 20), ("regime", 40)]


def test_fatalities_most_of_them_former_rebels_keep_no_side() -> None:
    text = ("SOHR had documented 58 fatalities in Rural Damascus in 2021, most of them former opposition members who were "
            "targeted after their release from regime prisons.")
    assert total_pairs(contract(text)) == [("unknown", 58)]


def test_a_driver_said_to_be_an_officer_is_of_his_force() -> None:
    text = ("An explosive device attached to a car exploded in the Mezzeh neighbourhood of Damascus on Monday, killing "
            "its driver, an officer in the Republican Guard, and wounding a woman and her child who were passing by.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 1}
    assert summed(result, "injured") == {"civilians": 2}


def test_a_booby_trapped_car_dismantled_is_no_event() -> None:
    text = ("On Sunday, a motorcycle rigged with explosives blew up near a bakery in Azaz, wounding three people, while a "
            "booby-trapped car was dismantled at a checkpoint at the entrance to Mare.")
    assert len(contract(text)["incidents"]) == 1


def test_the_most_prominent_incidents_of_the_day_are_incidents() -> None:
    text = ("SOHR has documented the death of six people across Syrian territory on Tuesday, they are distributed as "
            "follows:\n"
            "- Three regime soldiers.\n"
            "- Three civilians.\n"
            "The most prominent incidents of the day were:\n"
            "Deir Ezzor desert: Three regime soldiers were killed in an attack by ISIS cells on their positions near "
            "al-Shula at dawn.\n"
            "Daraa: Unknown gunmen shot dead three civilians in the town of Nawa.")
    result = contract(text)
    assert summed(result, "killed") == {"regime": 3, "civilians": 3}
    assert total_pairs(result) == [("civilians", 3), ("regime", 3)]


def test_control_a_child_among_the_dead_is_some_of_state_medias_toll() -> None:
    text = ("A bomb planted in a parked taxi exploded on Thursday near the Sayyida Zeinab shrine south of Damascus, killing "
            "six people and wounding 23 others, state news agency SANA reported. The Syrian Observatory for Human Rights "
            "said a child was among the dead and that at least one of the wounded was an Iraqi pilgrim.")
    assert sum(summed(contract(text), "killed").values()) == 6


def test_civilians_dead_under_torture_since_2011_are_a_running_total() -> None:
    text = ("According to the Syrian Network for Human Rights, at least 15,102 civilians have died under torture in the "
            "detention centres of the Syrian regime since March 2011, including 190 children and 110 women.")
    assert total_pairs(contract(text)) == [("civilians", 15102)]


def test_control_the_wars_civilian_toll_since_2011_stays_background() -> None:
    text = "At least 230,000 civilians have been killed in Syria since March 2011, the monitor says."
    assert total_pairs(contract(text)) == []


def test_other_fighters_wounded_are_of_the_fighters_killed() -> None:
    text = ("Two fighters of the Deir ez-Zor Military Council and a civilian were killed, and an ISIS mercenary was "
            "killed, in an attack on a military point in the town of Gharanij last night. Two other fighters were wounded and taken "
            "to a hospital in Hajin.")
    assert summed(contract(text), "injured") == {"sdf": 2}


def test_brothers_of_the_slain_man_arrested_are_not_killed() -> None:
    text = ("Regime security forces stormed a house in the town of Zakia, killing a young man. The regime forces also "
            "arrested six men from the town, including two brothers of the slain man.")
    assert sum(summed(contract(text), "killed").values()) == 1


def test_control_soldiers_killed_on_a_named_morning_are_killed() -> None:
    assert summed(contract("Two soldiers killed Saturday Morning in an ISIS attack near Palmyra."), "killed") == {"regime": 2}


def test_control_a_months_toll_told_last_month_stays_a_total() -> None:
    text = "Last month, 45 civilians were killed across Syria in attacks by various parties, the network said."
    assert total_pairs(contract(text)) == [("civilians", 45)]


def test_the_man_said_again_with_his_home_village_is_the_same_incident() -> None:
    text = ("The body of an SDF member who had been abducted by ISIS cells was found on Saturday near the town of Hajin. The "
            "man, a fighter of the Deir Ezzor Military Council from the village of Gharanij, had been shot in the head.")
    assert _per_incident(text) == [{"sdf": 1}]


def test_control_the_victims_of_torture_listed_are_of_which_torture() -> None:
    text = ("The report notes that 60 civilians were killed in Syria in May 2024. Syrian regime forces killed 18 civilians, "
            "including three children, a woman and the seven victims of torture in regime detention centers.")
    totals = contract(text)["totals"]
    assert [t["of_which"] for t in totals if t["killed"] == 18] == [{"children": 3, "women": 1, "torture": 7}]


def test_what_the_kidnapped_mans_family_said_is_the_same_incident() -> None:
    text = ("Unidentified gunmen kidnapped on Monday evening a young man from the town of Ariqa while he was travelling by "
            "minibus on the road near the village of al-Sawara, and took him to an unknown destination.\n\n"
            "The man's family told a local network that the kidnappers contacted them hours later demanding a ransom for "
            "his release, and sent them a video showing him being beaten.")
    assert len(contract(text)["incidents"]) == 1


def test_the_shooter_said_to_be_a_militiaman_is_no_victim() -> None:
    text = ("In the countryside of Jableh, a civilian woman who was critically injured by celebratory gunfire at a wedding in "
            "the village of Bustan al-Basha on Monday died of her wounds on Wednesday, the monitor added, saying the shooter "
            "was a member of a loyalist militia who fled the scene.")
    assert summed(contract(text), "killed") == {"civilians": 1}


def test_a_kin_wounded_in_a_clause_after_a_semicolon_is_counted() -> None:
    text = ("A 16-year-old boy was shot dead by border guards near Sijo village while trying to cross into Turkey; his "
            "cousin, also a minor, was wounded.")
    assert summed(contract(text), "injured") == {"civilians": 1}


def test_a_months_operations_counted_after_their_month_and_year_are_a_total() -> None:
    text = ("SOHR activists documented in March 2022 14 operations by ISIS cells in SDF-controlled areas, including armed "
            "attacks and assassinations, which left 17 people dead:\n"
            "• Six civilians, including a child.\n"
            "• 11 SDF members.")
    assert total_pairs(contract(text)) == [("civilians", 6), ("sdf", 11)]


def test_civilians_shot_by_border_guards_since_2011_are_a_running_total() -> None:
    text = ("Accordingly, the number of Syrian civilians killed by the bullets of the Turkish border guards since the "
            "beginning of the Syrian revolution in March 2011 has risen to 512, including 95 children.")
    assert total_pairs(contract(text)) == [("civilians", 512)]


def test_the_other_sides_strikes_elsewhere_following_the_attack_are_another_incident() -> None:
    text = ("Two Turkish police officers were killed and two others were injured on Sunday when YPG fighters fired a guided "
            "missile at an armored vehicle near Marea in northern Syria, the Interior Ministry said. Following the attack, "
            "Turkish Armed Forces (TSK) units struck positions in the Tal Rifaat and Menagh areas with howitzers, security "
            "sources said.")
    assert len(contract(text)["incidents"]) == 2


def test_a_council_co_chair_assassinated_is_a_civilian_and_a_device_dismantled_no_event() -> None:
    text = ("Earlier this month, gunmen assassinated the co-chair of the Thiban town council, Hamad al-Sattam, by shooting "
            "him in front of his house. In a related context, members of the Internal Security Forces found an explosive "
            "device planted near a bakery in Thiban and dismantled it before it exploded.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 1}
    assert len(result["incidents"]) == 1


def test_a_photo_line_closed_by_its_credit_is_a_caption() -> None:
    text = ("Tanker Bomb Kills 46 in Afrin\n\n"
            "Wednesday, 29 April, 2020 - 06:15\n\n"
            "Smoke rises from the site of the explosion in Afrin, Syria, April 28, 2020. (Reuters)\n\n"
            "Beirut - Asharq Al-Awsat\n\n"
            "A booby-trapped fuel tanker exploded in a crowded market on Raju Street in the city of Afrin on Tuesday, "
            "killing at least 46 people, the monitor said.")
    assert len(contract(text, published=date(2020, 4, 29))["incidents"]) == 1


def test_the_bullets_under_a_sides_count_ending_in_a_colon_are_its_events() -> None:
    text = ("SOHR has documented the death of six people across Syrian territory in the past 24 hours, they are as "
            "follows:\n"
            "Three civilians:\n"
            "• A child was killed by the explosion of a war remnant in Kafr Laha.\n"
            "• A man was shot dead by unidentified gunmen on the outskirts of Al-Qaryatayn.\n"
            "Three regime soldiers:\n"
            "• Two soldiers were killed in an attack by ISIS cells on a position near Al-Sukhnah, while an ISIS member was "
            "also killed in the attack.\n"
            "• A soldier was killed by a sniper on the Kabani frontline.")
    result = contract(text)
    assert summed(result, "killed") == {"civilians": 2, "isis": 1, "regime": 3}
    assert len(result["incidents"]) == 4


def test_yesterdays_shooting_of_a_civilian_told_after_is_another_incident() -> None:
    text = ("SOHR activists have documented the death of a fighter in the ranks of the SDF, after gunmen opened fire on him "
            "near the old market in Thiban town in the eastern countryside of Deir Ezzor.\n\n"
            "Yesterday, SOHR reported that a civilian was injured when unidentified gunmen opened fire on a fuel tanker on "
            "the road between Al-Shuhail and Thiban, while the motive behind the attack remains unknown.")
    assert len(contract(text)["incidents"]) == 2
