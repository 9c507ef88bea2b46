"""Readings added in round 54 of issue #4, each one construction of the GO-GR written sets (moved to bench/data after
their first scoring), tested on sentences written for these tests; places are real Syrian names, the events invented.

* fighters of one side broken down by the group each came from, in an apposition before the verb ("Seven regime
  soldiers and loyal gunmen, four from the regime army and three from the NDF, were killed"): parts of the seven, not
  seven more (``casualty_parts.people_parts``);
* a whole told with a qualifier ("at least 10 people, among them five members of ...") leaves the same rest of no side
  as one told without it (``assemble._broken_down_after``);
* a risen toll, then "the dead include two ...", "Among the dead were ...", "One of the dead was ...": some of the
  dead, not a new toll (``assemble._some_of_the_dead``); a breakdown of all of them still replaces the toll;
* a party that "stated" or "told" a news agency that some "of its" members died is the side of its members
  (``casualty_sentence_sides._SPEECH``);
* "Label: N fighters." as a line of a statistics list (``totals_marks.LINE_NOUN``);
* "fatally shot", "fatally wounded" and "claimed the life of" tell the dead;
* reporters, photographers and cameramen are civilians (actors.csv), and a person named in an apposition before
  "and N other people" is one of the list ("a reporter ..., Karim Haddad, and 10 other people were killed");
* the people aboard a vehicle of a side ("an SDF vehicle ..., wounding two of its occupants") are of its side
  (``casualty_crew``, as a craft's pilots);
* people of no side told at a civil trade or workplace ("a young man who worked in a phone shop") are civilians
  (``casualty_workplace``);
* "four were members of the faction", a part of a whole of people, after a faction named in the sentence before, is
  of that faction's side (``casualty_unit_members``).
"""

from __future__ import annotations

from contract_rows import contract, total_pairs
from contract_rows import killed_sums as killed


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(contract(text))


def test_fighters_broken_down_by_group_are_not_counted_twice() -> None:
    text = ("Ambush in the Badia\n\nSeven regime soldiers and loyal gunmen, four from the regime army and three from "
            "the NDF, were killed when ISIS cells ambushed their bus in the southern desert of al-Mayadin on Monday.")
    assert killed(text) == {"regime": 7}


def test_whole_with_at_least_leaves_a_rest_of_no_side() -> None:
    text = ("Strike on Damascus\n\nAn Israeli strike on a building in Damascus on Saturday killed at least 10 people, "
            "among them five members of Iran's Revolutionary Guards.")
    assert killed(text) == {"pro_iran_foreign": 5, "unknown": 5}


def test_whole_without_qualifier_reads_the_same() -> None:
    text = ("Strike on Damascus\n\nAn Israeli strike on a building in Damascus on Saturday killed 10 people, among "
            "them five members of Iran's Revolutionary Guards.")
    assert killed(text) == {"pro_iran_foreign": 5, "unknown": 5}


def test_the_dead_include_after_a_risen_toll_is_some_of_them() -> None:
    text = ("Toll rises\n\nThe death toll of the Israeli strike on a farm near Al-Sayyida Zaynab late on Tuesday has "
            "risen to six, after two of the wounded died in hospital. Among the dead were two fighters of Iraqi "
            "nationality.")
    assert killed(text) == {"unknown": 6}


def test_one_of_the_dead_after_a_risen_toll_is_one_of_them() -> None:
    text = ("Toll rises\n\nThe death toll of the Israeli strike on a farm near Al-Sayyida Zaynab late on Tuesday has "
            "risen to six, after two of the wounded died in hospital. One of the dead was a commander from Iraq, the "
            "monitor said.")
    assert killed(text) == {"unknown": 6}


def test_the_dead_told_by_side_in_full_still_break_the_toll_down() -> None:
    text = ("Clashes in Sweida\n\nThe toll of the clashes between local groups and a gang linked to the Military "
            "Security in the countryside of Sweida has risen to 17. The dead included 11 members of the gang and six "
            "fighters of the local factions.")
    assert sum(killed(text).values()) == 17


def test_a_party_that_stated_its_losses_is_their_side() -> None:
    text = ("Attack near al-Hol\n\nThe Asayish stated that three of its members were killed in the attack on a "
            "checkpoint near al-Hol on Monday.")
    assert killed(text) == {"sdf": 3}


def test_list_line_with_a_noun_after_the_figure() -> None:
    text = ("Annual toll\n\nSOHR has documented the death of 900 people across Syria during 2021. The fatalities are "
            "distributed as follows:\nCivilians: 505, of whom 60 are children.\nSDF and its affiliated forces: 154 "
            "members.\nRebel and jihadi factions, including HTS: 212 fighters.\n")
    assert ("hts_rebels", 212) in totals(text)
    assert ("sdf", 154) in totals(text)


def test_fatally_shot_is_killed() -> None:
    text = "Sniper in Jasim\n\nA woman was fatally shot by a sniper in Jasim on Monday."
    assert killed(text) == {"civilians": 1}


def test_fatally_wounded_is_killed_not_injured() -> None:
    row = contract("Attack near Tafas\n\nGunmen fatally wounded a soldier and wounded two others in an attack near "
                   "Tafas on Monday.")
    assert [(i["killed"], i["injured"]) for i in row["incidents"]] == [({"regime": 1}, {"regime": 2})]


def test_claimed_the_life_of_one_person() -> None:
    text = "Shelling on Kansafra\n\nRegime shelling on Kansafra on Monday claimed the life of a child."
    assert killed(text) == {"civilians": 1}


def test_a_named_reporter_and_others_are_all_dead() -> None:
    text = ("Strikes near Al Malikiyah\n\nTurkish strikes hit a power station near Al Malikiyah on Sunday, where a "
            "reporter for a local news agency, Karim Haddad, and 10 other people were killed.")
    assert killed(text) == {"civilians": 1, "unknown": 10}


def test_reporters_are_civilians() -> None:
    text = "Drone strike near Qamishli\n\nA Turkish drone strike killed two reporters near Qamishli on Sunday."
    assert killed(text) == {"civilians": 2}


def test_occupants_of_a_vehicle_of_a_side_are_of_its_side() -> None:
    row = contract("Attack near al-Busayrah\n\nGunmen opened fire on an SDF vehicle on the road between al-Busayrah "
                   "and al-Zir on Monday, wounding two of its occupants.")
    assert [i["injured"] for i in row["incidents"]] == [{"sdf": 2}]


def test_driver_of_a_car_of_no_side_stays_of_no_side() -> None:
    assert killed("Drone strike near Tafas\n\nA drone struck a car near Tafas on Monday, killing its driver.") == {"unknown": 1}


def test_a_man_told_at_work_is_a_civilian() -> None:
    text = ("Killing in al-Bab\n\nUnidentified gunmen on a motorcycle shot dead a young man who worked in a phone shop in "
            "al-Bab city on Monday, before fleeing.")
    assert killed(text) == {"civilians": 1}


def test_guards_of_an_oil_well_are_civilians() -> None:
    text = ("Execution near al-Karamah\n\nISIS cells executed two young men who worked as guards at an oil well near "
            "the village of al-Karamah on Thursday night.")
    assert killed(text) == {"civilians": 2}


def test_work_for_an_armed_group_keeps_its_side() -> None:
    text = "Killing near Hader\n\nGunmen shot dead two men who worked for Lebanon's Hezbollah near Hader on Monday."
    assert killed(text) == {"pro_iran_foreign": 2}


def test_part_told_as_members_of_the_faction_named_before() -> None:
    text = ("Car bomb in Ras al-Ain\n\nA car bomb went off on Monday evening near a headquarters of the Hamza Division "
            "faction in Ras al-Ain city. Six people were killed, of whom four were members of the faction and two were "
            "civilians.")
    assert killed(text) == {"turkey_factions": 4, "civilians": 2}
