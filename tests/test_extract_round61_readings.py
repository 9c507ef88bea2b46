"""Readings added in round 61 of issue #4, each one construction of the HQ-HT written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* "the bodies of at least four people are still missing" counts no dead the toll has found
  (``casualty_body_words.without_missing_bodies``);
* "six gunmen of the Qaterji militia, who were guarding the convoy, and two tanker drivers were killed": the relative
  clause stands between two items of one list of the dead (``casualties``, ``casualty_lists.WHO_THEN_AND``);
* "three senior figures in Hurras al-Din" are people (``figures``), "one of the five most senior figures" is not a
  figure of five;
* "..., killing four NDF members and losing three of their own": the attackers' dead, and "Regime forces repelled the
  attack, losing two of their own": the repellers' (``figures``,
  ``casualty_sentence_sides``, ``mention_context_passes.lost_by``);
* "the number of the dead has risen to 31, as more soldiers succumbed ... and the bodies of others were found" is the
  incident's rise, not an event of its own (``incident_split._toll_rose_later``);
* a sentence with its own day and another kind of event ("In the same area, ISIS cells executed two shepherds on
  Tuesday", after a landmine the day before) is another incident, even with as many dead; a source's statement is not
  (``incident_split``);
* "In February, two men were shot dead in a revenge killing in the town of X" is one event, no month's total
  (``totals_sentences._ONE_EVENT``);
* "escaped with a gunshot wound" is hurt (``casualty_groups.INJURE_WORD``); "Among the injured were ..." lists the
  wounded (``casualties._LEFT_INJURE``);
* "a leader who blew himself up ..., as well as two of the local gunmen" keeps the role for the items after the clause
  (``casualty_lists.WHO_THEN_AND``);
* "the deadliest since an ISIS attack on a bus left 30 soldiers dead" recalls an event of its own, no total
  (``incident_recall``, ``totals_sentences._RANKED_EVENT``);
* "killing three civilians: a man, his wife and an old woman" counts three (``casualty_unnumbered``);
* "their Syrian driver" of Hezbollah members is the regime's (``casualty_syrian_recruits``);
* "Two civilians, a man in the town of A and a woman in B" are two (``casualty_breakdowns``);
* "killing the commander, known as "X", along with one of his bodyguards" counts the bodyguard
  (``casualty_along_with``);
* "a boy succumbed ..., a day after he was injured along with his brother": the brother is hurt, not dead
  (``casualty_unnumbered``);
* "SOHR documented a sharp rise in fatalities ... in October 2023. The escalation began after the attack on October 5.
  ... the fatalities are distributed as follows:" heads a list of October's totals: the day told is one of that month
  (``totals_opening``);
* "Among the 19 injured were two children, a woman and three members of the police" breaks down the 19 wounded told
  before, the rest of no side (``casualty_breakdowns._BREAKDOWN``, ``casualty_households._ROLE_ADJ_NOUN``,
  ``casualty_hurt_broken_down``);
* "at least 20 of the passengers were killed" after "ambushed a bus transporting members of regime forces" are of
  the side carried (``casualty_households.of_them_held``);
* "a civilian couple", "an elderly couple" are two; "a couple of soldiers" stays two (``casualty_person_pairs``,
  ``figures``);
* "the toll has risen to 60 fighters" after "more fighters of "Faylaq al-Sham" died" are that faction's fighters, but
  "ISIS fighters attacked" gives no later "fighters" a side (``mention_context_passes.noun_of_group_before``).

Controls (passing before and after the round): a toll without missing bodies, bare "figures" of a report, a list item
told with its own fate, one of "the five most senior figures", a source's statement of the same strike on another
day, one month's total, an ordinal after a smaller toll, fighters after "X fighters attacked", a list after a day of
another month, passengers of a vehicle of no named side.
"""

from __future__ import annotations

from contract_rows import contract, total_pairs
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_bodies_still_missing_are_not_among_the_dead() -> None:
    text = ("Truffle hunters in al-Sukhnah\n\nThe toll of the ISIS attack on truffle hunters east of al-Sukhnah on Thursday "
            "has risen to 31. The victims are 27 civilians and four members of the National Defence militia who escorted "
            "them. Relatives said that the bodies of at least four people are still missing in the desert.")
    assert killed(text) == {"civilians": 27, "regime": 4}


def test_a_toll_without_missing_bodies_is_unchanged() -> None:
    text = ("Truffle hunters in al-Sukhnah\n\nThe toll of the ISIS attack on truffle hunters east of al-Sukhnah on Thursday "
            "has risen to 31. The victims are 27 civilians and four members of the National Defence militia who escorted "
            "them. Relatives said that most of them were shot.")
    assert killed(text) == {"civilians": 27, "regime": 4}


def test_a_relative_clause_between_two_items_of_the_dead() -> None:
    text = ("Convoy ambush near Ithriya\n\nISIS cells ambushed a fuel convoy near Ithriya at dawn today. Six gunmen of the "
            "Qaterji militia, who were guarding the convoy, and two tanker drivers were killed.")
    assert killed(text) == {"regime": 6, "civilians": 2}


def test_a_relative_clause_that_tells_a_death_is_no_list_item() -> None:
    text = ("Convoy ambush near Ithriya\n\nISIS cells ambushed a fuel convoy near Ithriya at dawn today. Six gunmen of the "
            "Qaterji militia were killed, and two tanker drivers were wounded.")
    row = contract(text)
    assert killed(text) == {"regime": 6}
    assert injured(text) == {"civilians": 2}
    assert len(row["incidents"]) == 1


def test_senior_figures_of_a_group_are_people() -> None:
    text = ("Drone strike in Idlib\n\nThree senior figures in Hurras al-Din were killed on Tuesday when a drone struck their "
            "car near Sarmada.")
    assert killed(text) == {"hts_rebels": 3}


def test_one_of_the_most_senior_figures_counts_one() -> None:
    text = ("Drone strike near Jindires\n\nA drone strike near Jindires killed an Islamic State leader, described as one of "
            "the five most senior figures in the group, on Monday.")
    assert killed(text) == {"isis": 1}


def test_figures_of_a_report_are_no_people() -> None:
    text = ("Monthly figures\n\nThe figures of the month were published on Monday. Two figures were revised.")
    assert contract(text)["incidents"] == []


def test_losing_their_own_after_killing_is_the_attackers_loss() -> None:
    text = ("Attack near al-Salamiyah\n\nISIS cells attacked an NDF checkpoint near al-Salamiyah on Monday night, killing four "
            "NDF members and losing three of their own in the exchange of fire.")
    assert killed(text) == {"regime": 4, "isis": 3}


def test_a_force_that_lost_its_own_men() -> None:
    text = ("Attack near al-Salamiyah\n\nRegime forces repelled an ISIS attack near al-Salamiyah on Monday night, losing two "
            "of their own, while ISIS lost five members.")
    assert killed(text) == {"regime": 2, "isis": 5}


def test_a_rise_with_bodies_found_is_the_incidents_toll() -> None:
    text = ("Bus ambush near al-Mayadin\n\nAt least 21 regime soldiers were killed on Monday evening when ISIS cells ambushed "
            "a bus carrying soldiers in the desert of al-Mayadin.\nAccording to the latest information, the number of the "
            "dead has risen to 31, as more soldiers succumbed to their wounds and the bodies of others were found near the "
            "bus.")
    row = contract(text)
    assert [i["killed"] for i in row["incidents"]] == [{"regime": 31}]


def test_another_kind_of_event_on_another_day_is_another_incident() -> None:
    text = ("Shepherds in the al-Rusafa desert\n\nTwo shepherds were killed yesterday evening when a landmine exploded as "
            "they grazed their sheep in the desert of al-Rusafa, south of Raqqa.\nIn the same area, ISIS cells executed two "
            "shepherds on Tuesday, after abducting them, in the desert west of al-Rusafa.")
    row = contract(text)
    assert [(i["type"], i["killed"]) for i in row["incidents"]] == [("ied_landmine", {"civilians": 2}),
                                                                    ("execution", {"civilians": 2})]


def test_a_source_stating_the_same_strike_is_no_other_incident() -> None:
    text = ("Strikes on Damascus airport\n\nIsraeli missile strikes targeting Damascus airport early Monday killed four "
            "fighters, including two soldiers, a war monitor said.\nThe Syrian army said in a statement that Israel fired "
            "\"a barrage of missiles\" from the direction of the Golan Heights at around 2:00 am (2300 GMT Sunday), killing "
            "two soldiers and wounding two others.")
    assert len(contract(text)["incidents"]) == 1


def test_a_month_named_before_one_revenge_killing_is_no_total() -> None:
    text = ("Feud in Raqqa\n\nSuch feuds are common in the countryside of Raqqa. In February, two men were shot dead in a "
            "revenge killing in the town of al-Karamah, east of Raqqa.")
    row = contract(text)
    assert total_pairs(row) == []
    assert [i["killed"] for i in row["incidents"]] == [{"unknown": 2}]


def test_a_months_total_stays_a_total() -> None:
    text = ("Raqqa in February\n\nIn February, 14 civilians were killed in the countryside of Raqqa by gunfire, landmines "
            "and shelling, SOHR documented.")
    assert total_pairs(contract(text)) == [("civilians", 14)]


def test_an_ordinal_after_a_smaller_toll_is_one_more() -> None:
    text = ("Checkpoint attack\n\nGunmen attacked a checkpoint near Qamishli, killing two Asayish members. A third member "
            "was killed when the gunmen returned at night.")
    assert killed(text) == {"sdf": 3}


def test_escaping_with_a_gunshot_wound_is_hurt() -> None:
    text = ("Shepherds attacked\n\nGunmen shot dead two shepherds in the desert of al-Sukhnah yesterday. A third shepherd "
            "escaped with a gunshot wound to his arm and reached the village at dawn.")
    assert killed(text) == {"civilians": 2}
    assert injured(text) == {"civilians": 1}


def test_among_the_injured_were_lists_the_wounded() -> None:
    text = ("Clashes in Tafas\n\nThe clashes with an ISIS cell in Tafas killed three members of the cell. The fighting also "
            "left several people wounded. Among the injured were three local gunmen, two 8th Brigade fighters and two "
            "civilians, including a woman, who were hit by stray bullets.")
    assert injured(text) == {"hts_rebels": 3, "regime": 2, "civilians": 2}


def test_items_added_after_a_relative_clause_share_the_role() -> None:
    text = ("Clashes in Jasim\n\nThe clashes have killed three members of the Organization, including a leader who blew "
            "himself up with an explosive belt after being surrounded, as well as two of the local gunmen and one 8th "
            "Brigade member.")
    assert killed(text) == {"isis": 3, "hts_rebels": 2, "regime": 1}


def test_the_deadliest_since_an_earlier_attack_recalls_that_attack() -> None:
    text = ("Bus ambush near al-Mayadin\n\nAt least 19 regime soldiers were killed on Monday evening when ISIS cells ambushed "
            "a bus in the desert of al-Mayadin.\nThe ambush is the deadliest this year, and the deadliest since an ISIS "
            "attack on a military bus in the Kabajeb area left 30 soldiers dead at the end of 2020.")
    row = contract(text)
    assert [i["killed"] for i in row["incidents"]] == [{"regime": 19}, {"regime": 30}]
    assert total_pairs(row) == []


def test_a_colon_list_of_kin_counts_the_figure_before_it() -> None:
    text = ("Missiles on Daraa al-Balad\n\nRegime forces fired missiles on Daraa al-Balad this morning, killing three "
            "civilians: a man, his wife and an old woman.")
    assert killed(text) == {"civilians": 3}


def test_a_syrian_driver_of_hezbollah_men_is_the_regimes() -> None:
    text = ("Drone strike near al-Mayadin\n\nA drone targeted a car on the road between al-Mayadin and Mahkan this afternoon, "
            "killing two Lebanese Hezbollah members and their Syrian driver, who works with Iranian-backed militias.")
    assert killed(text) == {"pro_iran_foreign": 2, "regime": 1}


def test_two_placed_parts_of_two_civilians() -> None:
    text = ("Daraa countryside\n\nTwo civilians, a man in the town of al-Hirak and a woman in Inkhil, were shot dead by "
            "unidentified gunmen on Saturday.")
    assert killed(text) == {"civilians": 2}


def test_a_named_commander_along_with_his_bodyguard() -> None:
    text = ("Bomb in Idlib\n\nA bomb planted in a car of an HTS commander went off last night in Idlib city, killing the "
            "commander, known as \"Abu Bakr\", along with one of his bodyguards.")
    assert killed(text) == {"hts_rebels": 2}


def test_fighters_after_fighters_of_a_faction_are_its_own() -> None:
    text = ("Camp struck in Idlib\n\nSOHR has documented the death of more fighters of \"Faylaq al-Sham\" who succumbed to "
            "their wounds after Russian raids on a training camp near Kafr Takharim this morning. The death toll of the "
            "Russian strikes has risen to 60 fighters, while more than 70 others were injured.")
    assert killed(text) == {"hts_rebels": 60}


def test_fighters_named_by_their_group_give_no_later_fighters_a_side() -> None:
    text = ("Attack near Kabajeb\n\nISIS fighters attacked an NDF position near Kabajeb on Monday. The toll of the attack has "
            "risen to five fighters of the NDF, while three others are in hospital.")
    assert killed(text) == {"regime": 5}


def test_kin_along_with_one_who_was_injured_is_hurt() -> None:
    text = ("Landmine near Raqqa\n\nA ten-year-old boy succumbed to his wounds in a hospital in Raqqa this morning, a day after "
            "he was injured along with his brother by the explosion of a war remnant near the village of Hamrat.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 1}


OCTOBER = ("Bloodiest month\n\nSOHR has documented a sharp rise in the number of fatalities across Idlib and the western "
           "countryside of Aleppo in October 2023. The escalation started shortly after the drone attack on the Military "
           "College in Homs on {day}. Regime forces responded with hundreds of strikes.\nAccording to SOHR statistics, the "
           "fatalities are distributed as follows:\n52 civilians, including 12 children, lost their lives in regime "
           "shelling.\n29 members of HTS and other factions were killed.")


def test_a_day_of_the_month_named_keeps_the_months_list() -> None:
    rows = [(t["side"], t["killed"], t["since"], t["until"]) for t in contract(OCTOBER.format(day="October 5"))["totals"]]
    assert rows == [("civilians", 52, "2023-10-01", "2023-10-31"), ("hts_rebels", 29, "2023-10-01", "2023-10-31")]


def test_a_day_of_another_month_gives_the_list_no_period() -> None:
    rows = [(t["side"], t["killed"], t["since"], t["until"]) for t in contract(OCTOBER.format(day="September 28"))["totals"]]
    assert rows == [("civilians", 52, None, None), ("hts_rebels", 29, None, None)]


def test_a_couple_is_two_people() -> None:
    text = ("Strike near Sarmin\n\nA regime drone struck a car near Sarmin this morning, killing an elderly couple and "
            "wounding a couple of passers-by.")
    assert killed(text) == {"civilians": 2}
    assert injured(text) == {"civilians": 2}


def test_a_civilian_couple_is_two_civilians() -> None:
    text = ("Raids on al-Atarib\n\nRussian warplanes struck al-Atarib this morning, where a civilian couple was killed when "
            "their house collapsed on them.")
    assert killed(text) == {"civilians": 2}


def test_the_counted_injured_broken_down_leave_a_rest_of_no_side() -> None:
    text = ("Bomb in Jaramana\n\nA car bomb exploded on Friday near a market in Jaramana, south-east of Damascus, killing "
            "five people and wounding 19 others.\nThe Syrian Observatory for Human Rights said the dead included three "
            "civilians and two soldiers. Among the 19 injured were two children, a woman and three members of the "
            "regime's police, the monitor said.")
    assert killed(text) == {"civilians": 3, "regime": 2}
    assert injured(text) == {"civilians": 3, "regime": 3, "unknown": 13}


def test_passengers_of_a_bus_carrying_soldiers_are_soldiers() -> None:
    text = ("Bus ambush\n\nISIS cells ambushed a bus transporting members of regime forces this afternoon in the desert "
            "south of al-Mayadin. According to SOHR sources, at least 20 of the passengers were killed.")
    assert killed(text) == {"regime": 20}


def test_passengers_of_a_bus_of_no_named_side_stay_unknown() -> None:
    text = "Minibus attack\n\nGunmen fired on a minibus near Tafas on Monday. Three of the passengers were killed."
    assert killed(text) == {"unknown": 3}
