"""Readings added in round 66 of issue #4, each one construction of the IK-IN written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* "State media said insurgents fired rockets at the town of B, killing two children" after the monitor's toll of a
  strike on A: a claim of a deed of its own at a place the text has not named is another event, not another count of
  the dead told before (``casualty_claimed_deed``); a party's word on its own deed ("said its snipers targeted
  soldiers near B, and claimed that four of them were killed") stays a claim;
* "wounding three of them. One of the wounded, Jawad Nassar, died hours later": the one who died is the incident's
  dead, where no one was told dead before (``casualty_wounded``), and "One of the wounded died hours later" goes on
  with the same incident (``incident_apart.TOLL_OF_IT``);
* "killed senior IRGC adviser Hamid Rezaei", "resulting in the martyrdom of the child Ahmed Hassan", "killed the
  prominent smuggler X along with his wife and six children": one person a title and a name tell, of the side the
  title names, a smuggler of none (``casualty_titled_one``); "the group's leader, Abu X" names no side and is not
  counted there; "the house belonged to a man wanted on smuggling charges" names the owner, no victim (``figures``);
* "Initial reports circulated by activists had spoken of seven dead, before local sources confirmed the toll": an
  earlier figure, superseded (``casualty_rises._SUPERSEDED``);
* "four Syrian truck drivers from al-Bukamal": drivers named by their town are civilians (``casualty_drivers``);
* "at least 10 members of the militias" after "trucks belonging to Iranian-backed militias": the militias named
  before (``casualty_of_the_named``);
* "al-Abbas Brigade" is an Iranian-backed militia, its Syrian members the regime's (actors.csv);
* "Of the dead, 41 were non-Syrians ..., most of them from Iraq's Nujaba movement, and four were Lebanese Hezbollah
  members. The rest were 23 Syrians serving with Iranian-backed militias": the part after an aside, and the rest told
  by number (``casualty_roles.those_killed``);
* "Of the civilians, 41 were killed by government forces, ..., while 17 died in explosions of landmines" after a
  month's toll: shares of the month's toll, not an incident (``incident_span_referents``);
* "killed three people, including an officer of the regime's air defences. ... Two of the dead were militiamen of
  non-Syrian nationalities": the officer is a part told before, so nothing is left of the three (``casualty_known``);
* a lead's dead ("killing two senior Revolutionary Guards generals and more than a dozen others") told anew in full
  by side ("16 people died in the strike: eight Iranians, ...") give way to the breakdown (``casualty_full_toll``);
* "killing six people ... Those killed included a child and two Iraqi pilgrims": three civilians and three of no
  side, and another source's count beside the monitor's parts keeps its wounded (``assemble``,
  ``casualty_risen_sideless``, ``incident_monitor``);
* "two fighters from the local groups", "two fighters from Daraa al-Balad" in Daraa are its local factions
  (``mention_sides.local_gunmen``);
* "Air strikes on A killed four civilians", then "rebel shelling hit B, killing four civilians": another kind of event
  by another doer elsewhere, another incident, however equal the toll (``incident_sameness.other_doer_elsewhere``);
* "In February 2016, twin suicide bombings ... killed more than 120 people": one event dated by its month, not a
  month's total; a year is no count of events (``totals_large``, ``totals_sentences``, ``incident_calendar_tolls``);
* "the killing of media activist X and his pregnant wife" counts both (``casualty_roles.named_civilians``), but not where
  a charge names it and the text tells it apart ("accusing the faction of involvement in the killing of X"); "The clashes
  were triggered by the killing of X ... in al-Bab on Friday" is an incident of its own (``incident_came_after``);
* "a former commander in the Free Syrian Army who joined the Fourth Division ... was killed along with one of his
  escorts": both the regime's (``casualty_his_men``);
* "SOHR confirmed the death of the three SDF fighters" in a later incident names the earlier incident's dead again
  (``casualty_told_earlier``); "three of the group's gunmen" are of the group named before (``casualty_of_the_named``);
* "Al-Omar oil field (41 attacks), Conoco gas field (33), ..." counts attacks, no dead (``totals_lines``); "31
  Iranian-backed militiamen ... and six members of Hezbollah" are two totals (``totals_parts``); a second "16" of an
  incident's list is no total the learned roles add (``learned_totals``);
* "similar attacks in the past have been launched from ...", "strikes have become more frequent since the war in Gaza
  began" are no events and Gaza no place (``incident_habits``, ``places``); "The bodies of the dead were transported
  to X" is no event;
* "nine members of the factions, four of whom were killed in internal fighting" is one total, its share a part
  (``casualty_lists.OF_WHOM_BY``); "the death of five militiamen in the first attack" of "the previous month" is one
  event's toll (``totals_sentences``).

Controls (passing before and after the round) follow each reading.
"""

from __future__ import annotations

from contract_rows import contract, total_pairs


def _per_incident(text: str, field: str = "killed") -> list[dict[str, int]]:
    return [i[field] for i in contract(text)["incidents"]]


_STATE_MEDIA_DEED = (
    "Government helicopters dropped barrel bombs on the town of Khan Sheikhoun in southern Idlib, killing seven "
    "civilians, the Observatory said.\n\n"
    "State media said insurgents fired rockets at the town of Mhardeh, killing two children."
)


def test_a_claim_of_a_deed_elsewhere_is_an_incident_of_its_own() -> None:
    assert _per_incident(_STATE_MEDIA_DEED) == [{"civilians": 7}, {"civilians": 2}]


def test_control_a_claim_at_the_place_told_before_is_another_count() -> None:
    text = _STATE_MEDIA_DEED.replace("at the town of Mhardeh", "at Khan Sheikhoun")
    assert _per_incident(text) == [{"civilians": 7}]


def test_control_a_partys_own_deed_stays_a_claim() -> None:
    text = ("A regime soldier wounded by sniper fire on the Jabal al-Zawiya front died of his wounds on Monday, raising "
            "the toll of the attack to three soldiers, a military source said.\n"
            "The operations room of the factions said its snipers targeted a group of soldiers near the village of "
            "Haloubah, and claimed that four of them were killed.")
    assert sum(sum(k.values()) for k in _per_incident(text)) == 3


def test_one_of_the_wounded_who_died_is_the_incidents_dead() -> None:
    text = ("Security forces opened fire on Wednesday on protesters in the city of Suwayda, wounding three of them, "
            "local sources said.\n\n"
            "One of the wounded, Jawad Nassar, died hours later at the national hospital, while the other two are in "
            "stable condition.")
    assert _per_incident(text) == [{"civilians": 1}]


def test_one_of_the_wounded_dying_hours_later_goes_on_with_the_incident() -> None:
    text = ("A car bomb in Azaz killed two civilians and injured ten others on Monday. One of the wounded died hours "
            "later at the hospital.")
    assert _per_incident(text) == [{"civilians": 3}]


def test_control_another_persons_death_hours_later_stays_apart() -> None:
    text = ("A car bomb in Azaz killed two civilians on Monday. Hours later, gunmen shot dead a man in the town of "
            "Marea.")
    assert [sum(k.values()) for k in _per_incident(text)] == [2, 1]


def test_a_titled_and_named_victim_counts_one_of_the_titles_side() -> None:
    assert _per_incident("An Israeli strike near Sayyida Zeinab killed senior IRGC adviser Hamid Rezaei on Monday.") \
        == [{"pro_iran_foreign": 1}]
    text = ("Turkish shells fell on houses in the village of Um al-Hosh, resulting in the martyrdom of the child Ahmed "
            "Hassan, 9 years old, and the injury of two women.")
    assert _per_incident(text) == [{"civilians": 1}]


def test_a_smuggler_named_with_his_family_is_of_no_side() -> None:
    text = ("An airstrike on the village of al-Shaab killed the prominent smuggler Marai al-Ramthan along with his wife "
            "and six children.")
    assert _per_incident(text) == [{"unknown": 1, "civilians": 7}]


def test_the_owner_of_the_house_hit_is_no_victim() -> None:
    text = ("Ten civilians were killed at dawn on Thursday when warplanes struck a house in the town of Arman in "
            "Sweida.\n\n"
            "According to the Observatory, the house belonged to a man wanted on drug smuggling charges, but those "
            "killed were members of his extended family.")
    assert _per_incident(text) == [{"civilians": 10}]


def test_control_a_title_of_no_side_is_not_counted_as_such() -> None:
    text = "Local fighters in the city of Jasim killed the group's leader, Abu Omar al-Halabi, in mid-October."
    assert sum(sum(k.values()) for k in _per_incident(text)) == 0


def test_initial_reports_of_more_dead_are_superseded() -> None:
    text = ("A car bomb exploded on Tuesday near a headquarters of the Eighth Brigade in Busra al-Sham, killing five "
            "members of the brigade and a child who was passing by, local sources said.\n\n"
            "Initial reports circulated by activists had spoken of seven dead, before local sources confirmed the toll.")
    assert _per_incident(text) == [{"regime": 5, "civilians": 1}]


def test_drivers_named_by_their_town_are_civilians() -> None:
    assert _per_incident("A drone strike near al-Bukamal killed four truck drivers from al-Bukamal on Monday.") \
        == [{"civilians": 4}]


def test_members_of_the_militias_are_the_militias_named_before() -> None:
    text = ("Unidentified aircraft struck on Tuesday night a convoy of trucks belonging to Iranian-backed militias soon "
            "after it crossed into Syria through the al-Hiri crossing, east of al-Bukamal.\n\n"
            "Local sources said the convoy of 18 trucks was escorted by vehicles of the Iraqi Kataib Hezbollah. The "
            "strike left at least 10 members of the militias dead, most of them Iraqi nationals, and killed four Syrian "
            "truck drivers from al-Bukamal who had been hired to carry the cargo.")
    assert _per_incident(text) == [{"pro_iran_foreign": 10, "civilians": 4}]


def test_the_abbas_brigade_is_an_iranian_backed_militia() -> None:
    text = ("Clashes in al-Mayadin left two people dead: an Iraqi member of Harakat al-Nujaba and a Syrian member of "
            "al-Abbas Brigade.")
    assert _per_incident(text) == [{"pro_iran_foreign": 1, "regime": 1}]


_PALMYRA = (
    "Israeli air strikes on the city of Palmyra killed 68 fighters loyal to Iran on Wednesday, the Observatory said.\n\n"
    "Of the dead, 41 were non-Syrian members of Iran-backed groups, most of them from Iraq's Nujaba movement, and four "
    "were Lebanese Hezbollah members. The rest were 23 Syrians serving with Iranian-backed militias."
)


def test_parts_after_an_aside_and_the_rest_by_number() -> None:
    assert _per_incident(_PALMYRA) == [{"pro_iran_foreign": 45, "regime": 23}]


def test_shares_of_the_civilians_of_a_months_toll_are_no_incident() -> None:
    text = ("At least 321 people were killed across Syria in November 2023, among them 114 civilians, the Observatory "
            "said.\n\n"
            "The monitor said 23 children and 12 women were among the civilian dead. Of the civilians, 41 were killed by government forces, mostly in shelling on villages in Idlib, while 17 "
            "died in explosions of landmines and war remnants.\n\n"
            "The deadliest single incident was government shelling on a market in the town of Darat Izza on Nov. 14, "
            "which killed eight civilians.")
    assert _per_incident(text) == [{"civilians": 8}]
    assert ("civilians", 114) in total_pairs(contract(text))


def test_an_officer_told_among_the_dead_leaves_nothing_over() -> None:
    text = ("An Israeli missile attack on Aleppo International Airport at dawn on Tuesday killed three people, including "
            "an officer of the regime's air defences, the Observatory said.\n\n"
            "Two of the dead were members of the militias of non-Syrian nationalities, it added.")
    assert _per_incident(text) == [{"regime": 1, "pro_iran_foreign": 2}]


_LEAD_THEN_FULL = (
    "An Israeli air strike destroyed the consular building on Monday, killing two senior Revolutionary Guards generals "
    "and more than a dozen others.\n\n"
    "The Syrian Observatory for Human Rights said 16 people died in the strike in the Mezzeh district: eight Iranians, a "
    "Lebanese Hezbollah fighter, five Syrian civilians and two others whose identities had not yet been established."
)


def test_a_full_breakdown_of_the_toll_replaces_the_lead() -> None:
    assert _per_incident(_LEAD_THEN_FULL) == [{"pro_iran_foreign": 9, "civilians": 5, "unknown": 2}]


def test_control_a_period_breakdown_leaves_the_incident_alone() -> None:
    text = ("A Turkish drone struck a car near Amuda on Tuesday, killing two SDF fighters.\n\n"
            "Turkish drones have carried out 81 attacks since the beginning of 2024, killing 52 people: 29 SDF fighters, "
            "17 civilians and six soldiers.")
    assert _per_incident(text) == [{"sdf": 2}]


def test_parts_included_leave_the_rest_of_no_side_and_the_wounded() -> None:
    text = ("A bomb exploded near the Sayyida Zeinab shrine on Thursday, killing six people and wounding 23, state news "
            "agency SANA said.\n\n"
            "The Syrian Observatory for Human Rights said those killed included a child and two Iraqi pilgrims.")
    assert _per_incident(text) == [{"civilians": 3, "unknown": 3}]
    assert _per_incident(text, "injured") == [{"unknown": 23}]


def test_fighters_from_the_local_groups_or_a_daraa_town_are_local_factions() -> None:
    assert _per_incident("The fighting in Jasim, north of Daraa, killed four ISIS members and two fighters from the "
                         "local groups.") == [{"isis": 4, "hts_rebels": 2}]
    assert _per_incident("Clashes erupted in Daraa al-Balad, killing three Fourth Division soldiers and two fighters "
                         "from Daraa al-Balad.") == [{"regime": 3, "hts_rebels": 2}]


def test_control_fighters_from_a_town_outside_daraa_get_no_side_from_it() -> None:
    rows = _per_incident("Clashes erupted in northern Hama, killing three soldiers and two fighters from Kafr Nabuda.")
    assert all(r.get("hts_rebels") is None for r in rows)


def test_another_kind_by_another_doer_elsewhere_is_another_incident() -> None:
    text = ("Air strikes on the town of Atarib, west of Aleppo, killed four civilians overnight, the Observatory said, "
            "blaming Russian warplanes. State news agency SANA said rebel shelling hit student housing at Aleppo "
            "University on Friday, killing four civilians.")
    assert _per_incident(text) == [{"civilians": 4}, {"civilians": 4}]


def test_twin_bombings_dated_by_a_month_are_one_incident() -> None:
    text = ("In February 2016, twin suicide bombings claimed by the Islamic State group near the shrine killed more "
            "than 120 people.")
    assert _per_incident(text) == [{"unknown": 120}]
    assert contract(text)["totals"] == []


def test_control_strikes_counted_in_a_year_are_a_total() -> None:
    text = "In 2021, Turkish drones carried out 40 strikes in the north-east, killing 35 people."
    assert contract(text)["incidents"] == []
    assert total_pairs(contract(text)) == [("unknown", 35)]


def test_the_killing_of_a_named_activist_and_his_wife_counts_both() -> None:
    text = ("The Third Legion accuses the Hamza Division of the killing of media activist Mohammed Abdul Latif and his "
            "pregnant wife, who were shot dead by gunmen on a motorbike in the city of al-Bab on Friday.")
    assert _per_incident(text) == [{"civilians": 2}]


def test_a_former_rebel_who_joined_a_regime_formation_and_his_escort_are_the_regimes() -> None:
    text = ("A former commander in the Free Syrian Army who joined the Fourth Division after the 2018 settlement was "
            "killed along with one of his escorts when an IED exploded on the road between al-Yadudah and al-Muzayrib.")
    assert _per_incident(text) == [{"regime": 2}]


def test_control_a_former_rebel_of_no_formation_stays_with_the_factions() -> None:
    text = ("Unidentified gunmen shot dead a former commander in the Free Syrian Army who had not joined any formation "
            "after the settlement, near his home in Tafas.")
    assert _per_incident(text) == [{"hts_rebels": 1}]


_DEAD_NAMED_AGAIN = (
    "Three fighters of the SDF were killed on Monday when a Turkish drone hit their position in the village of Tal "
    "Shamiran, near Tal Tamr, the SDF said.\n\n"
    "The SDF media centre said its fighters responded hours later by shelling positions of the Turkish-backed factions "
    "on the outskirts of Ras al-Ain.\n\n"
    "The Syrian Observatory for Human Rights confirmed the death of the three SDF fighters. It said two members of the "
    "factions were wounded in the retaliatory shelling."
)


def test_dead_of_an_earlier_incident_named_again_are_not_the_later_ones() -> None:
    assert _per_incident(_DEAD_NAMED_AGAIN) == [{"sdf": 3}, {}]
    assert _per_incident(_DEAD_NAMED_AGAIN, "injured") == [{}, {"turkey_factions": 2}]


def test_control_new_dead_of_the_later_incident_stay() -> None:
    text = _DEAD_NAMED_AGAIN.replace("confirmed the death of the three SDF fighters", "said three SDF fighters were "
                                     "killed by return fire in the shelling")
    assert sum(r.get("sdf", 0) for r in _per_incident(text)) == 6


def test_control_a_claim_of_the_attackers_without_the_monitor_still_yields() -> None:
    text = ("Four members of Iranian-backed militias were killed on Saturday night in an attack by ISIS cells on their "
            "position in the desert of Kabajeb, a local source said. Three of the dead were Afghan fighters of the "
            "Fatemiyoun Brigade.\n\n"
            "ISIS' Amaq agency claimed on Sunday that its fighters had killed seven \"Rafidi militiamen\".")
    assert sum(sum(k.values()) for k in _per_incident(text)) == 4


def test_the_groups_gunmen_are_of_the_group_named_before() -> None:
    text = ("Clashes broke out on Saturday between members of the Eighth Brigade and a local group affiliated with the "
            "government's Military Security in the town of Kahil, in the eastern countryside of Daraa, leaving two Eighth "
            "Brigade members and three of the group's gunmen dead, and several others wounded, a local source said.")
    assert _per_incident(text) == [{"regime": 5}]


def test_counts_of_attacks_by_place_are_no_dead() -> None:
    text = ("SOHR has documented 116 attacks by Iranian-backed militias on bases of the US forces in Syria since October "
            "19, 2023, as follows: Al-Omar oil field (41 attacks), Conoco gas field (33), Al-Shaddadi (18) and Al-Tanf "
            "(10). The US forces responded with airstrikes that left 21 militiamen of non-Syrian nationalities dead.")
    assert total_pairs(contract(text)) == [("pro_iran_foreign", 21)]


def test_control_dead_by_place_after_as_follows_are_regional_totals() -> None:
    text = ("Since the start of 2024, SOHR has documented the deaths of 40 regime soldiers in the desert, distributed as "
            "follows: Homs desert (22), Deir Ezzor desert (11) and Hama desert (7).")
    assert ("regime", 22) in total_pairs(contract(text))


def test_a_formation_named_beside_a_kind_of_forces_is_a_total_of_its_own() -> None:
    text = ("Accordingly, the number of regime soldiers killed by Israeli strikes since the beginning of 2022 rises to "
            "27, while 31 Iranian-backed militiamen of non-Syrian nationalities and six members of Hezbollah were killed "
            "in the same period.")
    pairs = total_pairs(contract(text))
    assert ("pro_iran_foreign", 31) in pairs and ("pro_iran_foreign", 6) in pairs


def test_control_two_figures_of_one_formation_kind_are_one_sum() -> None:
    text = "Since the start of 2024, SOHR has documented the deaths of five NDF members and a soldier in the desert of Homs."
    assert total_pairs(contract(text)) == [("regime", 6)]


def test_a_second_equal_item_of_an_incidents_list_is_no_total() -> None:
    text = ("Death toll of Israeli airstrikes on Deir Ezzor rises to 57 regime soldiers and Iranian-backed militiamen\n\n"
            "Deir Ezzor province: The death toll of the Israeli airstrikes which targeted, at dawn on Wednesday, positions "
            "of regime forces and Iranian-backed militias between Deir Ezzor city and the Al-Bukamal desert has risen to "
            "57. They are 14 members of regime forces, 16 Afghans of \"Fatemiyoun\", 11 Iraqis of \"Kata'ib Hezbollah\" and "
            "16 militiamen of other Iranian-backed militias whose nationalities have not been identified yet. At least 37 "
            "others were injured.\n\n"
            "SOHR activists had documented earlier today the death of 23, before the toll rose as more bodies were "
            "pulled out.")
    assert contract(text)["totals"] == []
    assert _per_incident(text) == [{"regime": 14, "pro_iran_foreign": 43}]


def test_talk_of_attacks_in_general_is_no_incident() -> None:
    text = ("At dawn today, the air defences of the coalition shot down a drone over the al-Omar oil field. The origin of "
            "the drone remains unknown, but similar attacks in the past have been launched from areas controlled by "
            "Iranian-backed militias on the western bank of the Euphrates.")
    assert len(contract(text)["incidents"]) == 1
    text = ("An Israeli drone struck a car near Beit Jinn on Monday, killing a commander of Hezbollah. Israeli strikes in "
            "the area have become more frequent since the war in Gaza began.")
    assert [[p["name"] for p in i["places"]] for i in contract(text)["incidents"]] == [["Beit Jinn"]]


def test_the_bodies_taken_away_are_no_event() -> None:
    text = ("Fatemiyoun loses four fighters in ISIS ambush near al-Sukhnah\n\n"
            "Four Afghan fighters of the Iranian-backed \"Fatemiyoun\" brigade were killed and six others were wounded on "
            "Monday in an ambush by ISIS cells on a bus carrying them on the road between al-Sukhnah and Palmyra, in the "
            "eastern countryside of Homs, local sources said.\n\n"
            "The sources said the attackers detonated an explosive device under the bus before opening fire on it with "
            "machine guns, and withdrew into the desert taking two fighters captive.\n\n"
            "The bodies of the dead were transported to the Sayyida Zeinab area south of Damascus, where the brigade keeps "
            "its main headquarters and a cemetery for its members, the sources added.")
    assert [i["type"] for i in contract(text)["incidents"]] == ["ambush"]


def test_control_a_body_found_is_an_event() -> None:
    text = ("Four Afghan fighters of the Fatemiyoun were killed on Monday in an ambush by ISIS cells on a bus between "
            "al-Sukhnah and Palmyra.\n\n"
            "On Tuesday, the body of a shepherd was found near the village of Arak, east of Palmyra.")
    assert len(contract(text)["incidents"]) == 2


def test_a_share_killed_in_a_kind_of_fighting_is_part_of_the_total() -> None:
    text = ("In June 2023, SOHR documented the deaths of nine members of the Syrian National Army factions, four of whom "
            "were killed in internal fighting among the factions themselves.")
    assert total_pairs(contract(text)) == [("turkey_factions", 9)]


def test_the_dead_of_the_first_attack_of_the_previous_month_are_no_total() -> None:
    text = ("T4 airport had been targeted by Israeli missiles twice in the previous month, where SOHR documented the "
            "death of five Iranian-backed militiamen in the first attack, while the second caused material damage only.")
    assert contract(text)["totals"] == []


def test_a_killing_that_triggered_the_clashes_is_an_incident_of_its_own() -> None:
    text = ("Fighting broke out between the Levant Front and the Hamza Division in villages south of Afrin city on "
            "Tuesday, killing five Levant Front fighters and two from the Hamza Division as well as a civilian caught in "
            "the crossfire.\n\n"
            "The clashes were triggered by the killing of media activist Mohammad Abdul Latif and his pregnant wife in "
            "the town of al-Bab on Friday.")
    rows = contract(text)["incidents"]
    assert [r["killed"] for r in rows] == [{"turkey_factions": 7, "civilians": 1}, {"civilians": 2}]
    assert rows[1]["type"] == "assassination"


def test_control_a_killing_named_in_a_charge_is_counted_where_it_is_told() -> None:
    text = ("Two fighters were killed on Monday in clashes between the Third Legion and the Hamza Division in the city of "
            "al-Bab. The fighting broke out after the Third Legion stormed headquarters of the Hamza Division, accusing "
            "members of the faction of involvement in the killing of media activist Mohammad Abdul-Latif.")
    assert _per_incident(text) == [{"turkey_factions": 2}]

