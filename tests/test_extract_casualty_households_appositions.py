"""Casualty figures of households and kin, and appositions.

* a man with his wife and children, a woman and her grandchildren, a family killed by shelling are civilians; men of two
  feuding families are not;
* a victim's driver, relative or husband shares his side; kin hurt in an attack, with or without a verb of their own;
  kin inside a breakdown are not counted again;
* an apposition naming a victim's group, after a man, or before a list; people restated after their figure, the same
  figure named again and "both" are counted once.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import T, one_incident, run
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from contract_rows import sentence_sides as _sides
from mention_rows import last_sentence


def test_and_the_civilian_who_drove() -> None:
    text = ("Drone strike near Amuda\n\nA drone hit a car near Amuda on Monday, killing three SDF fighters and the civilian "
            "who was driving it.")
    assert killed(text) == {"sdf": 3, "civilians": 1}


def test_kin_of_a_child_hurt_with_own_verb() -> None:
    text = ("Explosion in Busra al-Harir\n\nA boy was killed and his elder brother was wounded when an old shell went off "
            "in Busra al-Harir on Friday.")
    assert injured(text) == {"civilians": 1}


def test_kin_inside_a_breakdown_is_not_counted_again() -> None:
    # look-alike: "including X and her driver" names some of the nine, no more
    text = ("Executions on the M4\n\nGunmen executed at least nine civilians, including a local official and her driver, at a "
            "checkpoint near Ain Issa on Sunday.")
    assert killed(text) == {"civilians": 9}


def test_one_family_is_no_count_among_the_parts() -> None:
    text = ("Clan fighting near Al-Shaddadi\n\nA quarrel over land turned into a gunfight near Al-Shaddadi on Monday. SOHR "
            "sources said that six people were killed in the gunfight, four from one family and two from the other.")
    assert _sides(text, "SOHR sources") == [("killed", 6, "unknown"), ("killed", 4, "unknown"), ("killed", 2, "unknown")]


def test_a_man_killing_his_kin_is_a_murder_of_no_side() -> None:
    text = ("Murder in Qamishli\n\nIn Qamishli, a man killed his wife during a quarrel at their home on Monday.")
    assert killed(text) == {"unknown": 1}


def test_kin_hurt_in_an_attack_stay_civilians() -> None:
    # look-alike: the kin of the one attacked, hurt by the attackers
    text = ("Shooting near Kafr Nabl\n\nGunmen opened fire on a farmer near Kafr Nabl on Monday, wounding him and injuring his "
            "daughter.")
    assert injured(text).get("civilians", 0) >= 1


def test_man_with_wife_and_children_is_a_civilian() -> None:
    text = T + "Regime helicopters dropped barrel bombs on Kansafra on Friday, killing a man, his wife and their two daughters."
    assert killed(text) == {"civilians": 4}


def test_woman_and_her_grandchildren_stay_civilians() -> None:
    text = T + "A Russian airstrike hit a house in Maarat Misrin at dawn, killing an elderly woman and her three grandchildren."
    assert killed(text) == {"civilians": 4}


def test_man_and_his_father_stay_unknown() -> None:
    text = T + "Unknown gunmen shot dead a young man and his father near their home in Jasim on Monday night."
    assert killed(text) == {"unknown": 2}


def test_apposition_names_injured_driver_group() -> None:
    text = T + "A Turkish drone hit a pickup on the road to Ain Issa, wounding its driver, a member of the Asayish."
    assert injured(text) == {"sdf": 1}


def test_apposition_after_man_is_not_a_second_victim() -> None:
    text = T + "Gunmen opened fire on a car near Al-Busayrah on Thursday, killing a young man, a fighter of the SDF."
    assert killed(text) == {"sdf": 1}


def test_apposition_then_list_is_left_alone() -> None:
    text = T + "Regime shells fell on Taftanaz on Sunday, killing a boy, a fighter of the factions and two women."
    assert killed(text) == {"civilians": 3, "hts_rebels": 1}


def test_men_of_two_feuding_families_are_no_civilians() -> None:
    text = ("Family feud in Hajin\n\nFour men from two families were killed on Friday in an armed quarrel over land in Hajin "
            "town.")
    assert killed(text) == {"unknown": 4}


def test_a_family_killed_by_shelling_stays_civilian() -> None:
    # look-alike: a family hit by shelling is described as civilians (SCHEMA)
    text = ("Shelling on Kansafra\n\nRegime shelling on Kansafra on Friday killed four members of one family.")
    assert killed(text) == {"civilians": 4}


@pytest.mark.parametrize(("text", "role", "count"), [
    ("Regime shells hit Kafr Nabl on Thursday, injuring three civilians, a man and his two sons.", "injured", {"civilians": 3}),
    ("An airstrike hit Sarmada on Monday, killing two civilians, a woman and her daughter.", "killed", {"civilians": 2}),
    ("A landmine went off near Maadan on Sunday, wounding two civilians, a shepherd and his son.", "injured", {"civilians": 2}),
    ("A landmine exploded near Tal Abyad on Wednesday, injuring three children, two boys and a girl.", "injured",
     {"civilians": 3}),
    ("Russian jets struck Ariha on Friday, killing four civilians, a man, his wife and their two children.", "killed",
     {"civilians": 4}),
    ("Russian jets bombed Maarat Misrin on Friday, killing three civilians, a woman and her two children, and wounding five others.",
     "killed", {"civilians": 3}),
])
def test_people_restated_after_their_figure_are_counted_once(text: str, role: str, count: dict) -> None:
    assert one_incident(run(text))[role] == count


@pytest.mark.parametrize(("text", "role", "count"), [
    ("A regime shell hit a house in Kansafra on Sunday, killing a man, his wife and their three children.", "killed",
     {"civilians": 5}),  # the man heading the family is a civilian too (SCHEMA: families)
    ("An airstrike hit a car near Sarmada on Monday, injuring a woman, her son and her two daughters.", "injured",
     {"civilians": 4}),
])
def test_relatives_in_a_list_share_the_verb(text: str, role: str, count: dict) -> None:
    assert one_incident(run(text))[role] == count


def test_apposed_parts_in_an_incident() -> None:
    row = run("On Monday, a car bomb exploded in Azaz city, killing five people, three civilians and two Turkish-backed fighters.")
    assert [i["killed"] for i in row["incidents"]] == [{"civilians": 3, "turkey_factions": 2}]


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("On Monday, a child was killed and his mother injured when a landmine exploded near Hajin.",
     {"civilians": 1}, {"civilians": 1}),
    ("On Monday, a shepherd was killed and his wife wounded when a mine exploded near Sukhnah.",
     {"civilians": 1}, {"civilians": 1}),
])
def test_relative_hurt_without_copula(text: str, killed: dict[str, int], injured: dict[str, int]) -> None:
    row = run(text)
    assert [(i["killed"], i["injured"]) for i in row["incidents"]] == [(killed, injured)]


@pytest.mark.parametrize(("text", "killed"), [
    ("On Monday, a man, a civilian working as a farmer, was killed by a landmine near Hajin.", {"civilians": 1}),
    ("On Monday, the man, a civilian working as a farmer, was killed when ISIS gunmen opened fire on him near Hajin.",
     {"civilians": 1}),
    ("On Monday, a young man, a shepherd from the village, was shot dead by ISIS near Sukhnah.", {"civilians": 1}),
    ("On Monday, an ISIS sniper shot a civilian, a teacher, dead near Hajin.", {"civilians": 1}),
    ("On Monday, a member of the Air Force Intelligence and his brother, a civilian, were killed when unknown gunmen "
     "opened fire on their car near Da'el.", {"civilians": 1, "regime": 1}),
])
def test_one_person_told_twice(text: str, killed: dict[str, int]) -> None:
    row = run(text)
    assert [i["killed"] for i in row["incidents"]] == [killed]


def test_the_title_figure_restated_with_the_article_keeps_the_title_side() -> None:
    text = ("4 Iran-backed fighters killed in strike\nFour Iran-backed fighters were killed in a strike near Kiswah. "
            "The four killed were all foreigners, the monitor said.")
    assert last_sentence(text) == [("killed", 4, "pro_iran_foreign")]


@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, a drone strike on a car near Sarmin killed its two occupants, both HTS members.", {"hts_rebels": 2}),
    ("On Monday, gunmen killed two men, both civilians, near Nawa.", {"civilians": 2}),
    ("On Friday, a mine blast near Palmyra killed two people, both shepherds.", {"civilians": 2}),
])
def test_both_restates_the_two(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("A bomb went off by a checkpoint in Daraa city this evening, killing two persons and injuring a child, and "
     "nobody has yet named the two dead men.", {"unknown": 2}, {"civilians": 1}),
    ("Regime shells hit Kansafra on Monday, injuring three children; the three wounded children were taken to a "
     "hospital in Idlib.", {}, {"civilians": 3}),
    ("Gunmen killed two soldiers in Nawa on Monday, and the two dead soldiers were buried in Izraa.", {"regime": 2}, {}),
])
def test_the_same_figure_named_again_is_not_added(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert (killed(text), injured(text)) == (dead, hurt)


def test_a_count_after_a_kin_word_and_a_possessive() -> None:
    text = ("Shelling on Sarmin\n\nRegime rockets hit a house in Sarmin on Monday, killing a man and wounding his wife and "
            "their three daughters.")
    assert injured(text) == {"civilians": 4}


def test_a_victims_driver_shares_his_side() -> None:
    text = ("Drone strike near Amuda\n\nA Turkish drone hit a car near Amuda on Sunday, killing a commander of the Asayish "
            "and his driver.")
    assert killed(text) == {"sdf": 2}


def test_a_relative_of_a_plain_victim_shares_his_side() -> None:
    text = ("Two shot dead in Nawa\n\nUnknown gunmen shot dead a young man and his father in the town of Nawa on Thursday "
            "night.")
    assert killed(text) == {"unknown": 2}


def test_the_husband_of_a_civilian_victim_is_a_civilian() -> None:
    text = ("Shelling on Maarat al-Numan\n\nRegime artillery hit a house in Maarat al-Numan on Friday, killing a woman and "
            "wounding her husband and two children.")
    assert injured(text) == {"civilians": 3}
