"""Readings added in round 58 of issue #4, each one construction of the HE-HH written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* "..., in the deadliest such raids since the conflict began nearly a decade ago" ranks one event, no period
  (``segment.RANKED_SINCE``);
* "State media said 'the enemy' had targeted Deir Ezzor and Albu Kamal shortly after 1:10 am": the same doer at the
  places the incident named, a clock time no shift of time (``incident_source_retold``, ``incident_time_shift``);
* "The victims were 40 civilians who had gone out to gather truffles and six soldiers": the list goes on past what the
  first item's people had done (``casualty_lists._WHO_DID``);
* "The deaths occurred in 17 attacks." after a total keeps the total's lines going, and "By area, 14 of the fighters
  were killed in the Homs desert, ..." are regional totals of the total's side (``totals_blocks.deaths_in_events``,
  ``totals_pursuits``);
* "..., while the attackers lost two of their members" are the attackers' (``mention_sides.attackers_side``); "The
  Organization also killed five civilians ..., while 12 of its own members were killed ..." are the Organization's
  (``casualty_sentence_sides``);
* "gunmen shot dead a pharmacist" counts one civilian (``person_trades``), the pronoun that stands for the one just
  named counts no one more (``casualty_unnumbered``), and "accused of ..., including the killing of a pharmacist last
  month" counts no one (``figures``);
* "three men out looking for truffles" are civilians (``mention_sides._AT_WORK``);
* "were killed alongside four soldiers", "killing him alongside two of his companions" (``casualty_along_with``,
  ``casualty_pronoun_along``);
* "Four of them were later found dead" after "gunmen abducted 11 truffle collectors" are four of the captives
  (``figures``, ``casualty_captives``);
* "the toll among the factions" after Turkey's factions were named is theirs (``actor_the_factions``);
* "1,200 fighters of Hezbollah and 7,900 other non-Syrian fighters" are two categories (``totals_parts``);
* "..., distributed by governorate as follows:" then "Daraa: 40" lines are regional totals
  (``totals_lines.regional_header``);
* "The remaining 30 deaths were attributed to other parties" is the rest of the total before (``totals_marks``,
  ``totals_pursuits``);
* "when the Organization's caliphate was declared over, the death toll among regime soldiers ... has risen to 1,400":
  the toll is of the group it is among (``totals_builder_sides``);
* "a field commander known as Abu Hussein, as well as two Afghan fighters": the list goes on past the name
  (``casualty_listed.DESCRIBED_THEN_AND``); "Assad militias" are the regime's (actors.csv);
* "Among the civilians were 21 children and nine women. Four civilians died under torture ..., while 13 ...": parts
  of the civilians' total, the list of the other sides going on after them (``totals_lines.BREAKDOWN_OPENING``,
  ``totals_builder_folds``, ``totals_causes.cause_led``, ``learned_totals``); not where the sentence tells how they
  were killed;
* "The Syrian Observatory ... put the toll higher at 123" is the monitor's toll of the incident told
  (``casualty_party_tolls``, ``totals_put_toll``);
* "Russian warplanes intensified their flights over the area" strikes nothing (``events_idle_aircraft``);
* "leaving four of the former and three of the latter dead" (``casualty_former_latter``);
* "Another 60 were former opposition fighters ..., while 15 were members of ...", "The remaining five were people
  accused of working with Hezbollah": more of the dead of the total before, by who they were
  (``totals_blocks.combatant_opening``, ``casualty_further_copula``);
* "in the Deir Ezzor desert, where 1,910 of the soldiers were killed, followed by the Homs desert with 1,102": a
  ranking whose top is told in a clause of its place (``totals_rank_followed``);
* "..., leaving him with serious injuries" hurts the one the pronoun stands for (``casualty_unnumbered._PRONOUN``);
  "a member ... was slain and another sustained injuries" is one more hurt (``figure_one_hurt``);
* "... the Badia, where remnant cells still operate and unexploded ordnance litters the ground" is background, no event
  (``incident_habits``); "seized a young man ... and demanded a ransom" is an abduction (``events``).
"""

from __future__ import annotations

from contract_rows import contract, kinds, total_pairs
from contract_rows import killed_sums as killed


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(contract(text))


def test_the_deadliest_since_the_conflict_began_is_no_period() -> None:
    text = ("Israeli raids\n\nIsraeli air raids overnight on eastern Syria killed 40 government troops and allied fighters, "
            "a war monitor said on Wednesday, in the deadliest such raids since the conflict began nearly a decade ago.")
    assert totals(text) == []
    assert killed(text) == {"regime": 40}


def test_a_war_that_began_in_a_year_is_no_period_of_a_ranked_event() -> None:
    text = ("Israeli raids\n\nIsraeli strikes near Damascus killed 12 fighters on Sunday, the deadliest strikes since "
            "the war broke out in 2011.")
    assert totals(text) == []


def test_a_toll_since_an_offensive_began_is_still_a_total() -> None:
    text = "Offensive toll\n\nThe number of people killed since the offensive began in March has risen to 300, the monitor said."
    assert totals(text) == [("unknown", 300)]


_RAIDS = ("Israeli raids\n\nIsraeli air raids overnight on eastern Syria killed 40 government troops and allied fighters, "
          "a war monitor said on Wednesday.\n\nMore than a dozen strikes hit positions of the army and Iran-backed "
          "militias between the town of Deir Ezzor and the desert of Albu Kamal, the monitor said.\n\n")


def test_another_sources_account_at_the_same_places_is_the_same_raid() -> None:
    text = _RAIDS + ("State media, citing a military source, said \"the enemy\" had targeted Deir Ezzor and Albu Kamal "
                     "shortly after 1:10 am, and that the damage was being assessed.")
    assert len(contract(text)["incidents"]) == 1


def test_a_strike_at_another_place_is_another_incident() -> None:
    text = _RAIDS + "Last Wednesday, Israeli missiles struck positions near al-Kiswah, killing two fighters."
    assert len(contract(text)["incidents"]) == 2


def test_a_list_goes_on_past_what_the_first_people_had_done() -> None:
    text = ("Sukhnah desert\n\nAt least 46 people were killed on Friday when ISIS militants attacked truffle hunters near "
            "Al-Sukhnah. The victims were 40 civilians who had gone out to gather truffles and six soldiers, the "
            "monitor said.")
    assert killed(text) == {"civilians": 40, "regime": 6}


def test_men_who_had_attacked_are_no_list_item_before_others() -> None:
    text = "Daraa\n\nRegime forces killed two men who had attacked the checkpoint near Nawa on Monday."
    assert killed(text) == {"unknown": 2}


_BADIA = ("Badia statistics\n\nISIS cells have killed 31 members of regime forces and allied militias in the Syrian "
          "desert since the start of March 2024, among them seven members of Iranian-backed militias of non-Syrian "
          "nationalities, according to SOHR figures released on Friday.\n")


def test_the_events_a_total_fell_in_keep_its_regional_lines() -> None:
    text = _BADIA + ("The deaths occurred in 17 attacks, ambushes and landmine explosions. By area, 14 of the fighters were "
                     "killed in the Homs desert, 10 in the Deir Ezzor desert and seven in the desert of Raqqa.")
    assert totals(text) == [("regime", 7), ("regime", 10), ("regime", 14), ("regime", 31)]
    assert contract(text)["incidents"] == []


def test_an_attack_told_after_the_events_is_still_an_ambush() -> None:
    text = _BADIA + ("The deaths occurred in 17 attacks, ambushes and landmine explosions.\nThe latest attack took place "
                     "on Tuesday night, when ISIS militants ambushed a military bus near Kabajeb, killing five soldiers.")
    assert kinds(contract(text)) == ["ambush"]


def test_the_attackers_who_lost_their_members_are_the_attackers() -> None:
    text = ("Raqqa desert\n\nISIS cells ambushed a convoy of the Qaterji militia near Al-Resafa at dawn on Saturday. Five "
            "militiamen were killed, while the attackers lost two of their members in the exchange of fire.")
    assert killed(text) == {"regime": 5, "isis": 2}


def test_its_own_members_are_the_doers_that_open_the_sentence() -> None:
    text = _BADIA + ("The Organization also killed five civilians during the same period, while 12 of its own members "
                     "were killed in Russian airstrikes and in clashes with regime forces.")
    assert ("isis", 12) in totals(text)


def test_a_pharmacist_shot_dead_is_a_civilian() -> None:
    text = "Daraa\n\nUnidentified gunmen shot dead a pharmacist outside his shop in the town of al-Harak on Saturday."
    assert killed(text) == {"civilians": 1}


def test_a_teacher_stopped_then_shot_is_counted_once() -> None:
    text = ("Jinderes\n\nGunmen stopped a teacher on the road outside Jinderes on Thursday and shot her dead along with "
            "her brother and three other civilians who were travelling with her.")
    assert killed(text) == {"civilians": 5}


def test_a_killing_named_in_an_accusation_counts_no_one() -> None:
    text = ("Jasim\n\nThree members of an ISIS cell were killed in a raid by local gunmen on a house in the city of Jasim "
            "on Saturday. Local sources said the cell was accused of being behind a string of assassinations, including "
            "the killing of a pharmacist last month.")
    assert totals(text) == []
    assert killed(text) == {"isis": 3}


def test_men_out_looking_for_truffles_are_civilians() -> None:
    text = "Kabajeb\n\nA landmine exploded near Kabajeb on Monday, killing three men out looking for truffles."
    assert killed(text) == {"civilians": 3}


def test_fighters_killed_alongside_soldiers_are_both_counted() -> None:
    text = ("Sanamayn\n\nNine local fighters, former opposition members who had refused to join regime formations, were "
            "killed alongside four regime soldiers in clashes in al-Sanamayn on Sunday.")
    assert killed(text) == {"hts_rebels": 9, "regime": 4}


def test_him_alongside_his_companions_counts_him_too() -> None:
    text = ("Sayyida Zeinab\n\nIsraeli missiles struck a farm near Sayyida Zeinab on Monday, killing him alongside two of "
            "his companions, the monitor said.")
    assert sum(killed(text).values()) == 3


def test_four_of_the_abducted_found_dead_are_the_captives() -> None:
    text = ("Kawm desert\n\nTwo days earlier, ISIS gunmen abducted 11 truffle collectors in the desert of al-Kawm. Four of "
            "them were later found dead with gunshot wounds, while the fate of the others is unknown.")
    assert killed(text) == {"civilians": 4}


def test_collectors_found_dead_are_counted() -> None:
    text = "Kawm desert\n\nFour collectors were found dead near al-Kawm on Tuesday."
    assert sum(killed(text).values()) == 4


_MANBIJ = ("Manbij\n\nThe SDF said its fighters had repelled an infiltration attempt by Turkish-backed factions on the "
           "village of al-Muhsinli, west of Manbij, overnight, killing five of the attackers. One SDF fighter was killed "
           "in the clashes. SOHR put the toll among the factions at three.")


def test_the_factions_told_back_are_turkeys() -> None:
    assert killed(_MANBIJ) == {"sdf": 1, "turkey_factions": 3}


def test_the_factions_in_a_text_that_names_hts_stay_the_rebels() -> None:
    text = _MANBIJ.replace("Manbij\n\n", "Manbij\n\nHTS named a new commander in Idlib on Monday. ")
    assert killed(text) == {"sdf": 1, "turkey_factions": 5, "hts_rebels": 3}


def test_others_of_another_group_are_a_category_of_their_own() -> None:
    text = ("War toll\n\nOn the government side, 5,000 regime soldiers have been killed since the start of 2024, along "
            "with 1,200 fighters of Lebanon's Hezbollah and 7,900 other non-Syrian pro-regime fighters.")
    assert totals(text) == [("pro_iran_foreign", 1200), ("pro_iran_foreign", 7900), ("regime", 5000)]


def test_others_of_the_same_group_are_added() -> None:
    text = ("Homs desert\n\nSince the start of 2024, ISIS cells have killed 40 members of the National Defence Forces "
            "and 11 other NDF members in the Homs desert.")
    assert totals(text) == [("regime", 51)]


_MINES = ("Landmines\n\nSince the beginning of 2022, SOHR has documented the deaths of 180 civilians, including 70 "
          "children, in explosions of landmines and war remnants, distributed by governorate as follows:\n"
          "Daraa: 40\nAleppo: 35\nHama: 30\n")


def test_lines_of_governorates_after_a_total_are_its_regional_totals() -> None:
    assert totals(_MINES) == [("civilians", 30), ("civilians", 35), ("civilians", 40), ("civilians", 180)]


def test_the_remaining_deaths_are_the_rest_of_the_total() -> None:
    text = ("Monthly report\n\nAt least 90 civilians were killed across Syria in August 2023, the network said in its "
            "monthly report.\n\nThe remaining 30 deaths were attributed to other parties, a category that includes "
            "landmines of unknown origin.")
    assert totals(text) == [("civilians", 30), ("civilians", 90)]
    assert contract(text)["incidents"] == []


def test_the_other_two_wounded_are_no_rest_of_the_dead() -> None:
    text = ("Monthly report\n\nAt least 90 civilians were killed across Syria in August 2023, the network said.\n\n"
            "The other two were wounded.")
    assert totals(text) == [("civilians", 90)]


def test_a_toll_among_regime_soldiers_is_theirs_after_a_clause_of_the_organization() -> None:
    text = ("Badia statistics\n\nAccording to SOHR statistics, since the 24th of March 2019, when the Organization's "
            "\"caliphate\" was declared over, the death toll among regime soldiers and members of loyal militias of "
            "Syrian and non-Syrian nationalities has risen to 1,400, among them two Russians and 120 members of "
            "Iranian-backed militias.")
    assert totals(text) == [("regime", 1400)]


def test_a_whole_split_by_sides_gives_only_its_parts() -> None:
    text = ("Turkish drones\n\nSince the start of the year, Turkish drones have killed 52 people, among them 9 civilians "
            "and 43 SDF fighters, the monitor said.")
    assert totals(text) == [("civilians", 9), ("sdf", 43)]


def test_a_commander_known_by_his_name_then_others_as_well() -> None:
    text = ("Shoula desert\n\nAn ISIS cell ambushed a bus near al-Shoula on Wednesday, killing five members of the Baqir "
            "Brigade, among them a field commander known as Abu Hussein, as well as two Afghan fighters of the Fatemiyoun "
            "militia.")
    assert killed(text) == {"regime": 5, "pro_iran_foreign": 2}


def test_assad_militias_are_the_regime() -> None:
    text = ("Latakia\n\nThe operations room said its snipers had killed four members of Assad militias on the Kabana axis "
            "in the northern countryside of Latakia on Sunday.")
    assert killed(text) == {"regime": 4}


_MONTHLY = ("Monthly toll\n\nSOHR documented the deaths of 301 people across Syria in May 2023, including 117 civilians.\n\n")


def test_among_the_civilians_are_parts_of_the_civilians_total() -> None:
    text = _MONTHLY + ("Among the civilians were 21 children and nine women. Four civilians died under torture in regime "
                       "prisons, while 13 lost their lives to landmines.\n\nThe remaining fatalities were 73 regime soldiers; "
                       "14 non-Syrian militiamen loyal to Iran; and 19 ISIS members.")
    row = contract(text)
    assert total_pairs(row) == [("civilians", 117), ("isis", 19), ("pro_iran_foreign", 14), ("regime", 73)]
    civilians = next(t for t in row["totals"] if t["side"] == "civilians")
    assert civilians["of_which"] == {"children": 21, "women": 9, "torture": 4}
    assert row["incidents"] == []


def test_among_the_civilians_killed_by_gunmen_is_an_event() -> None:
    text = _MONTHLY + ("Among the civilians were four members of one family, who were shot dead by gunmen in the village of "
                       "Basuta on 12 May.")
    assert len(contract(text)["incidents"]) == 1


def test_the_monitor_putting_the_toll_higher_gives_the_incidents_toll() -> None:
    text = ("Homs\n\nA drone attack on a military academy in Homs on Thursday killed at least 89 people, the health "
            "minister said.\n\nThe Syrian Observatory for Human Rights put the toll higher at 123.")
    row = contract(text)
    assert row["totals"] == []
    assert killed(text) == {"unknown": 123}


def test_aircraft_that_intensified_their_flights_struck_nothing() -> None:
    text = ("Jazal\n\nISIS cells attacked positions of the regime forces near the Jazal oil field at dawn today, killing four "
            "soldiers. Russian warplanes intensified their flights over the area after the attack, while Russian helicopters "
            "conducted low-altitude flights over the desert of Al-Sukhnah.")
    assert kinds(contract(text)) == ["attack"]


def test_aircraft_flights_that_go_on_to_a_strike_are_a_strike() -> None:
    text = ("Jazal\n\nISIS cells attacked positions of the regime forces near the Jazal oil field at dawn today, killing four "
            "soldiers.\n\nOn Sunday, Russian warplanes conducted flights over the desert of Al-Sukhnah and struck ISIS "
            "hideouts there, killing three members of the Organization.")
    assert len(contract(text)["incidents"]) == 2


_DARAA = ("Daraa\n\nSOHR has documented 500 attacks in Daraa province since the start of 2023, in which 300 people were "
          "killed. Those killed included 120 civilians and 100 members of the regime forces and affiliated militias.\n\n")


def test_another_figure_told_by_who_they_were_is_a_total() -> None:
    text = _DARAA + ("Another 60 were former opposition fighters who had signed settlement agreements, while 15 were members "
                     "of the Russian-backed 8th Brigade.")
    found = totals(text)
    assert ("hts_rebels", 60) in found and ("regime", 15) in found


def test_the_remaining_people_accused_of_working_with_hezbollah() -> None:
    text = _DARAA + "The remaining five were people accused of working with Lebanon's Hezbollah, the monitor said."
    assert ("pro_iran_foreign", 5) in totals(text)


def test_a_top_told_in_a_clause_of_its_place_then_followed_by() -> None:
    text = ("Badia\n\nSince March 2019, ISIS has killed 4,300 regime soldiers and loyalists in the Syrian desert, SOHR said. "
            "The highest toll was recorded in the Deir Ezzor desert, where 1,910 of the soldiers and loyalists were killed, "
            "followed by the Homs desert with 1,102.")
    assert totals(text) == [("regime", 1102), ("regime", 1910), ("regime", 4300)]


def test_leaving_him_with_serious_injuries_hurts_the_one_named() -> None:
    text = ("Tafas\n\nAn explosive device planted in the car of a member of the regime's Fourth Division went off in the "
            "city of Tafas, in the western countryside of the governorate, leaving him with serious injuries, according to "
            "local activists.")
    row = contract(text)
    assert [i["injured"] for i in row["incidents"]] == [{"regime": 1}]


def test_a_background_of_cells_that_still_operate_tells_no_landmine() -> None:
    text = ("Sukhnah\n\nAt least 20 people were killed on Friday when ISIS militants attacked truffle hunters near "
            "Al-Sukhnah, a war monitor said.\n\nTruffle season draws thousands of impoverished Syrians into the Badia, where "
            "remnant cells of the group still operate and unexploded ordnance litters the ground.")
    assert kinds(contract(text)) == ["attack"]


def test_a_man_seized_for_a_ransom_is_an_abduction() -> None:
    text = ("Shahba\n\nOn Sunday, gunmen from the group seized a young man from the city of Shahba at a checkpoint near "
            "Atil and demanded a ransom for his release, local sources said.")
    assert kinds(contract(text)) == ["abduction"]


def test_another_who_sustained_injuries_is_one_more_hurt() -> None:
    text = ("Daraa\n\nThis morning, a member of the Military Intelligence branch was slain and another sustained injuries "
            "when an IED planted by unidentified persons exploded targeting their vehicle near Da'el.")
    row = contract(text)
    assert [(i["killed"], i["injured"]) for i in row["incidents"]] == [({"regime": 1}, {"regime": 1})]


def test_cells_still_active_as_an_ambush_is_told_keep_its_place() -> None:
    text = ("Sukhnah\n\nISIS cells are still active in the Syrian Badia, as SOHR activists documented an ambush laid by "
            "members of the Organization for a convoy of regime forces in the desert of al-Sukhnah in the eastern "
            "countryside of Homs on Tuesday. The ambush left nine members of regime forces dead.")
    row = contract(text)
    assert [i["killed"] for i in row["incidents"]] == [{"regime": 9}]
    assert [p["name"] for p in row["incidents"][0]["places"]][:1] == ["al-Sukhnah"]


def test_four_of_the_former_and_three_of_the_latter() -> None:
    text = ("Bukamal desert\n\nViolent clashes erupted last night between members of the Afghan Fatemiyoun Brigade, backed "
            "by Iran, and ISIS cells in the desert of Al-Bukamal, leaving four of the former and three of the latter dead, "
            "SOHR sources reported.")
    assert killed(text) == {"pro_iran_foreign": 4, "isis": 3}


def test_the_latter_of_one_side_named_twice_is_left_as_it_was() -> None:
    text = ("Raqqa desert\n\nSOHR documented the death of 13 members of regime forces and the National Defence Forces, "
            "including six of the latter, in clashes with ISIS in the desert of Al-Raqqa on Monday.")
    assert killed(text) == {"regime": 13}
