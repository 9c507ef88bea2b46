"""Casualty sides, round 11: households, appositions naming a victim's group, explicit civilians and Syrians among
the parts of a breakdown, and an aside ("mostly ...") between two parts.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

T = "Local update\n\n"


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


def test_civilian_woman_is_a_part_of_a_mixed_breakdown() -> None:
    text = T + ("Fighting erupted in Al-Mazraa on Tuesday. The monitor said 12 people were killed in the fighting: eight members "
                "of the local factions, three gunmen of the gang and a civilian woman.")
    assert killed(text)["civilians"] == 1


def test_syrians_beside_non_syrians_in_a_militia_toll() -> None:
    text = T + ("The death toll of the airstrikes on militia positions near Al-Mayadeen on Monday has risen to 11, including "
                "seven non-Syrian militiamen and four Syrians.")
    assert killed(text) == {"pro_iran_foreign": 7, "regime": 4}


def test_aside_with_mostly_then_next_part() -> None:
    text = T + ("The death toll of the drone strike on a militia convoy near Al-Bukamal rose to ten. The dead include six "
                "non-Syrian militiamen, mainly Afghans of the Fatemiyoun, and four Syrians working with the militias.")
    assert killed(text) == {"pro_iran_foreign": 6, "regime": 4}


def test_civilians_with_a_woman_stay_one_side() -> None:
    text = T + "Regime rockets hit Sarmin on Friday, killing five civilians, including a woman."
    assert killed(text) == {"civilians": 5}


def test_of_them_are_the_people_carried() -> None:
    text = T + ("An old mine blew up under a pickup carrying farm workers near Maadan on Saturday, killing three of them "
                "and wounding two others.")
    assert killed(text) == {"civilians": 3}
    assert injured(text) == {"civilians": 2}


def test_others_after_them_of_a_titled_civilian_toll() -> None:
    text = ("Three shepherds killed by a mine near Al-Kawm\n\nA mine exploded under a tractor carrying shepherds near Al-Kawm "
            "on Sunday, killing three of them, including a boy, and wounding four others.")
    assert injured(text) == {"civilians": 4}


def test_of_them_of_a_checkpoint_stays() -> None:
    text = T + "Gunmen stormed a checkpoint near Sanamayn on Monday, killing two of them and wounding three others."
    assert killed(text) == {"unknown": 2}


def test_risen_toll_told_again_by_side() -> None:
    text = T + ("The death toll of the strikes on depots of Iranian-backed militias near Al-Mayadeen on Monday has risen "
                "to 12. The dead include eight non-Syrian militiamen and four Syrians working with the militias.")
    assert killed(text) == {"pro_iran_foreign": 8, "regime": 4}


def test_risen_toll_with_a_subset_stays() -> None:
    text = T + ("The death toll of the car bomb in Al-Bab on Monday has risen to 12 civilians. The dead include four "
                "children and two women.")
    assert killed(text) == {"civilians": 12}


def test_wounded_as_adjective_takes_the_noun_side() -> None:
    text = T + "ISIS cells attacked a post near Al-Sukhnah on Friday. Ambulances took five injured regime soldiers to Homs."
    assert injured(text) == {"regime": 5}


def test_rescued_wounded_are_injured() -> None:
    text = T + ("Regime rockets hit Kafr Takharim on Tuesday, killing a child, the rescuers said, adding that their teams "
                "rescued six wounded civilians from a collapsed house.")
    assert injured(text) == {"civilians": 6}


def test_rescued_people_are_not_injured() -> None:
    text = T + "Regime rockets hit Kafr Takharim on Tuesday, killing a child. Rescue teams pulled out seven people alive."
    assert injured(text) == {}


def test_how_they_died_between_two_parts() -> None:
    text = T + ("The death toll of the ISIS raid on Al-Mazraa yesterday has risen to 20, after more people died of their "
                "wounds. The dead are 12 civilians, including two women, who were killed in their homes, and eight members "
                "of regime forces.")
    assert killed(text) == {"civilians": 12, "regime": 8}


def test_how_they_died_then_a_hurt_figure_stays() -> None:
    text = T + "Regime shelling on Ariha killed 12 civilians, who were killed in their homes, and wounded eight others."
    assert killed(text) == {"civilians": 12}
    assert injured(text) == {"civilians": 8}


def test_bare_toll_with_children_is_of_civilians() -> None:
    text = T + ("Rebel shells hit a school in Hamdaniya on Sunday, killing six civilians, state media said. The monitor "
                "gave a toll of five, including three children.")
    assert killed(text) == {"civilians": 5}


def test_bare_toll_with_fighters_is_left_to_its_parts() -> None:
    text = T + "The death toll of the clashes in Jasim rose to five, including three fighters of the factions."
    assert killed(text) == {"hts_rebels": 3}
