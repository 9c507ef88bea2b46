"""Incidents: the kind of an incident that kills or takes people.

* assassination: one person singled out and shot by gunmen or unknown assailants, an official or a commander shot near
  his house, a killing told as an assassination;
* murder (other): a quarrel, a land dispute, a killing within a family, a pistol, a body found after an abduction by
  unknown men, a body found shot with no shooter, a child hit by stray bullets;
* execution: captives taken in battle and executed, bodies of captives found, a body found after a gang took him;
* abduction: a kidnapping told as an event or without deaths, someone taken to an unknown destination; a killing and a
  kidnapping by one side is an attack;
* targeted killings for an accusation, and the attacks that look like them (a soldier at a checkpoint, many killed).

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

import pytest

from contract_rows import kinds
from incident_cases import run
from observatory.extract.events import event_type
from observatory.extract.incident_kinds import killing_kind


def test_captives_taken_in_battle_and_executed_are_an_execution() -> None:
    hit = event_type("The group executed nine men, among them four soldiers who had been taken prisoner in the fighting "
                     "near the airport.")
    assert hit is not None and hit[0] == "execution"


def test_an_execution_in_the_course_of_a_battle_stays_a_clash() -> None:
    hit = event_type("During the clashes, ISIS fighters executed two wounded soldiers they had found on the road.")
    assert hit is not None and hit[0] == "clash"


def test_a_body_found_shot_with_no_shooter_is_other() -> None:
    row = run("The body of a man was found with gunshot and bullet wounds near the village of Ara in the countryside of "
              "Sweida on Monday.")
    assert kinds(row) == ["other"]


def test_a_child_hit_by_stray_bullets_is_other() -> None:
    row = run("A girl was wounded by stray bullets in the town of Salkhad in the countryside of Sweida on Monday.")
    assert kinds(row) == ["other"]


def test_a_man_shot_by_gunmen_stays_an_assassination() -> None:
    row = run("Gunmen shot dead a man near the village of Ara in the countryside of Sweida on Monday, and his body was "
              "found by residents.")
    assert kinds(row) == ["assassination"]


def test_a_killing_and_a_kidnapping_by_one_side_is_an_attack() -> None:
    row = run("The monitor documented on Monday the killing of a truffle hunter and the abduction of three others by "
              "ISIS members in the desert of Kawkab.")
    assert kinds(row) == ["attack"]


def test_a_kidnapping_without_deaths_stays_an_abduction() -> None:
    row = run("ISIS members abducted three truffle hunters in the desert of Kawkab on Monday.")
    assert kinds(row) == ["abduction"]


def test_one_man_shot_dead_by_a_side_that_then_fled_is_an_assassination() -> None:
    row = run("ISIS members shot dead an official of the local council in the town of Hawayej on Monday and fled the "
              "scene.")
    assert kinds(row) == ["assassination"]


def test_one_soldier_shot_dead_by_a_side_in_a_fight_stays_an_attack() -> None:
    row = run("ISIS members shot dead a soldier in the town of Hawayej on Monday.")
    assert kinds(row) == ["attack"]


def test_body_found_after_abduction_by_unknown_men_is_a_murder() -> None:
    row = run("The body of a man, who had been accused of smuggling drugs, was found bearing bullet wounds near the town "
              "of Izraa on Sunday, a day after he had been kidnapped by unidentified persons.")
    assert kinds(row) == ["other"]


def test_killing_of_captives_by_a_named_side_stays_typed_by_the_killing() -> None:
    # look-alike: an abduction with dead by a named side is that side's attack
    assert killing_kind("abduction", 2, "isis") == "attack"
    assert killing_kind("abduction", 0, "unknown") == "abduction"


def test_an_execution_for_fighting_on_a_side_is_no_clash() -> None:
    row = run("HTS members executed four young men in a square of the town of Sarmada on Friday, on charges of fighting "
              "alongside regime forces.")
    assert kinds(row) == ["execution"]


def test_a_man_and_a_passer_by_shot_by_gunmen_is_an_assassination() -> None:
    row = run("A member of the Fifth Corps and a passer-by were killed by gunfire of unknown gunmen in the town of Inkhil in "
              "the countryside of Daraa on Sunday.")
    assert kinds(row) == ["assassination"]


def test_a_body_found_after_a_gang_kidnapped_him_is_an_execution() -> None:
    row = run("The body of a merchant was found in an orchard near the village of Ariqa in the western countryside of "
              "Sweida on Monday, a week after he had been kidnapped by a gang demanding a ransom.")
    assert kinds(row) == ["execution"]


def test_a_man_shot_by_his_brother_in_a_quarrel_is_a_murder() -> None:
    row = run("In the city of Salamiyah, a man was shot dead by his brother during a quarrel on Monday evening.")
    assert kinds(row) == ["other"]


def test_a_killing_over_a_land_dispute_is_a_murder() -> None:
    row = run("A farmer was shot dead in the village of Al-Tayyana on Monday over a land dispute with his neighbours.")
    assert kinds(row) == ["other"]


def test_gunmen_shooting_an_official_is_still_an_assassination() -> None:
    row = run("Unknown gunmen shot dead a member of the town council of Jasim in the countryside of Daraa on Monday.")
    assert kinds(row) == ["assassination"]


def test_gunmen_wounding_the_one_man_they_fired_on_is_an_assassination() -> None:
    row = run("Unidentified gunmen opened fire on a member of the Air Force Intelligence in the town of Inkhil in "
              "northern Daraa on Monday, wounding him.")
    assert kinds(row) == ["assassination"]


def test_a_cell_blamed_for_assassinations_is_no_assassination_itself() -> None:
    row = run("SDF units raided a house in the village of Abu Hamam in the eastern countryside of Deir Ezzor on Monday, "
              "targeting an ISIS cell blamed for a number of assassinations, and killed one of its members.")
    assert kinds(row) == ["attack"]


def test_an_assassination_told_as_such_is_kept() -> None:
    row = run("Gunmen assassinated a local commander of the SDF in the village of Abu Hamam in the eastern countryside "
              "of Deir Ezzor on Monday.")
    assert kinds(row) == ["assassination"]


def test_a_blast_of_unknown_nature_stays_other_whatever_device_is_wondered_about() -> None:
    row = run("A blast of unknown origin hit a position of the National Front for Liberation near Ariha on Monday, "
              "wounding two fighters. It is unclear whether an explosive device caused it.")
    assert kinds(row) == ["other"]


def test_last_months_similar_dispute_is_an_incident_of_the_same_kind() -> None:
    row = run("Two men were killed in armed clashes between two clans in the town of Diban on Monday evening.\n\n"
              "Last month, a similar feud in the village of Al-Tayyana left three people dead.")
    assert kinds(row) == ["clash", "clash"]


def test_a_killing_told_as_an_assassination_keeps_its_kind() -> None:
    hit = event_type("Gunmen assassinated a former commander accused of carrying out attacks on checkpoints.")
    assert hit is not None and hit[0] == "assassination"


def test_a_murder_within_a_family_is_other() -> None:
    hit = event_type("In the city of Qamishli, a man killed his wife in her family's house over a dispute.")
    assert hit is not None and hit[0] == "other"


def test_a_kidnapping_told_as_event_is_an_abduction() -> None:
    hit = event_type("Gunmen kidnapped a doctor on the road between Shahba and Suwaidaa.")
    assert hit is not None and hit[0] == "abduction"


def test_body_found_then_killed_by_gunmen_stays_other() -> None:
    row = run("The body of a young woman was found on Monday in the third sector of al-Hol camp, bearing gunshot wounds. "
              "SOHR said she was killed by gunmen believed to be ISIS members.")
    assert kinds(row) == ["other"]


def test_man_found_dead_then_gunmen_suspected() -> None:
    row = run("A man was found dead near the town of Busra al-Sham on Sunday. Local sources said unidentified gunmen had "
              "shot him.")
    assert kinds(row) == ["other"]


def test_soldier_shot_dead_at_a_checkpoint_is_an_attack() -> None:
    row = run("A soldier of the Air Force Intelligence was shot dead by gunmen at a checkpoint near the town of Sahwa on "
              "Tuesday.")
    assert kinds(row) == ["attack"]


def test_gunmen_opened_fire_on_a_checkpoint_killing_a_soldier() -> None:
    row = run("Unknown gunmen opened fire on a checkpoint of the Fourth Division near the town of Muzayrib, killing a "
              "soldier.")
    assert kinds(row) == ["attack"]


def test_commander_shot_near_his_house_is_still_an_assassination() -> None:
    row = run("Gunmen shot dead a former commander near his house in the town of Nawa on Friday.")
    assert kinds(row) == ["assassination"]


def test_man_killed_with_a_pistol_is_a_murder() -> None:
    row = run("On Tuesday, a Syrian man was killed with a silenced pistol in the fifth sector of al-Hol camp.")
    assert kinds(row) == ["other"]


def test_a_raid_killing_and_arresting_is_an_incident() -> None:
    row = run("SDF forces launched a raid on hideouts near the town of Hajin on Monday, killing an ISIS member and "
              "arresting four suspects.")
    assert kinds(row) == ["attack"]


def test_fighter_shot_dead_by_cell_members_is_an_attack() -> None:
    row = run("An SDF fighter was shot dead by ISIS cell members in the town of Hajin on Friday.")
    assert kinds(row) == ["attack"]


def test_soldier_shot_dead_by_gunmen_of_a_cell_is_an_assassination() -> None:
    row = run("A soldier of the Fourth Division was shot dead by gunmen from ISIS cells riding a motorcycle near a school "
              "in the city of Mayadin on Sunday.")
    assert kinds(row) == ["assassination"]


def test_man_shot_dead_by_unknown_assailants_is_an_assassination() -> None:
    row = run("A young man was shot dead by unidentified assailants in the town of Nawa on Monday.")
    assert kinds(row) == ["assassination"]


@pytest.mark.parametrize("text", [
    "A member of the Air Force Intelligence and his brother were killed on Monday when unknown gunmen opened fire on their "
    "car near the town of Da'el.",
    "Unidentified gunmen shot dead a local commander and his driver near the town of Tafas on Monday.",
    "Two former fighters were killed on Monday after gunmen fired at their vehicle on the road near Nawa.",
])
def test_person_singled_out_with_kin_is_assassination(text: str) -> None:
    assert kinds(run(text)) == ["assassination"]


def test_gunmen_attacking_a_checkpoint_and_killing_two_is_an_attack() -> None:
    row = run("Gunmen attacked a checkpoint near the town of Tafas on Monday, killing two soldiers.")
    assert kinds(row) == ["attack"]


def test_an_abduction_alone_stays_an_abduction() -> None:
    assert kinds(run("Gunmen kidnapped two merchants on the road near the town of Sanamayn on Sunday.")) == ["abduction"]


@pytest.mark.parametrize("text", [
    "Masked gunmen shot dead this afternoon a man near the bakery of Sanamayn.",
    "Unidentified gunmen killed yesterday a young man in the town of Nawa in the western countryside of Daraa.",
    "Gunmen shot dead on Monday a member of the Eighth Brigade in the town of Busra al-Sham.",
])
def test_one_victim_after_the_time_is_a_targeted_killing(text: str) -> None:
    assert kinds(run(text)) == ["assassination"]


@pytest.mark.parametrize("text", [
    "On May 3, ISIS said it had killed a youth near the mill of Hajin on the pretext of working for the SDF.",
    "ISIS cells killed a man accused of spying for the coalition in the village of Diban on Tuesday.",
    "A man was killed in the town of Shuhayl on Friday by ISIS members on charges of collaborating with the regime.",
])
def test_killed_for_an_accusation_is_a_targeted_killing(text: str) -> None:
    assert kinds(run(text)) == ["assassination"]


def test_many_killed_for_an_accusation_stay_an_attack() -> None:
    row = run("ISIS cells attacked a checkpoint in the village of Diban on Tuesday, killing five SDF members accused of "
              "raiding homes.")
    assert kinds(row) == ["attack"]


@pytest.mark.parametrize("text", [
    "The bodies of two herders were found on Friday near Kabajib, four days after ISIS militants had seized them "
    "with their flock.",
    "Villagers found the bodies of three truck drivers in the desert south of Palmyra this morning, a week after "
    "ISIS cells captured them on the highway.",
    "The body of a National Defence fighter was found near Ithriya yesterday. ISIS cells had taken him prisoner at "
    "his post, and according to SOHR sources he was executed with a shot to the head.",
])
def test_bodies_of_captives_found_are_an_execution(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["execution"]


def test_a_body_found_after_unidentified_men_took_him_is_no_execution() -> None:
    row = run("The body of a young man was found near Nawa on Monday, hours after he was kidnapped by unidentified "
              "persons.")
    assert kinds(row) == ["other"]


@pytest.mark.parametrize("text", [
    "Masked gunmen killed at dawn today an ex-rebel commander near Dael in the countryside of Daraa, then fled on "
    "a motorbike.",
    "Unidentified gunmen killed on Monday evening a member of the 5th Corps in the town of Nawa in Daraa.",
    "Masked gunmen shot dead at noon yesterday a local official in al-Busayrah, east of Deir Ezzor.",
])
def test_gunmen_killing_one_person_after_a_time_phrase_is_an_assassination(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["assassination"]


def test_someone_taken_to_an_unknown_destination_is_an_abduction() -> None:
    row = run("Gunmen seized a teacher in the town of Jasim on Monday and took him to an unknown destination.")
    assert kinds(row) == ["abduction"]


@pytest.mark.parametrize("text", [
    "A man was shot dead on Monday by one of his relatives in the village of Deir Mama in the countryside of Masyaf.",
    "A woman was killed on Monday by one of her cousins in the town of Tell Shihab in the countryside of Daraa.",
])
def test_a_killing_by_one_of_the_victims_kin_is_a_murder(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["other"]


@pytest.mark.parametrize("sentence", [
    "On Monday, the militants shot dead seven men in the market square in front of residents, accusing them of spying.",
    "The group killed 15 prisoners in front of a crowd gathered at the stadium.",
    "Gunmen publicly shot two men accused of theft in the village on Friday.",
    "The bodies of four guards were found near the farm, shot dead after they had been captured.",
])
def test_killings_before_onlookers_or_of_men_taken_are_executions(sentence: str) -> None:
    hit = event_type(sentence)
    assert hit is not None and hit[0] == "execution"


def test_a_man_shot_in_front_of_his_house_is_no_execution() -> None:
    hit = event_type("A sniper shot dead a man in front of his house in the old quarter.")
    assert hit is not None and hit[0] != "execution"


@pytest.mark.parametrize(("sentence", "kind"), [
    ("Unknown gunmen gunned down a member of the local council in front of residents in the town of Jasim on Monday.",
     "assassination"),
    ("Regime shelling killed three children playing in front of the residents' homes in the town of Kafr Nabl.",
     "shelling"),
    ("The man, who had publicly killed a relative years ago, was shot dead by gunmen near the town.", "attack"),
])
def test_a_killing_before_residents_of_one_man_or_before_their_homes_is_no_execution(sentence: str, kind: str) -> None:
    hit = event_type(sentence)  # (review r45 rev2: over-read as executions)
    assert hit is not None and hit[0] == kind
