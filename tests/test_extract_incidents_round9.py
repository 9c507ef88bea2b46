"""Round 9 of the written sets: where one incident ends and the next begins, what is no incident, what kind each is and
where it happened, checked on sentences written for these tests (none is taken from an evaluation set).

Each construction has a test that failed before round 9, and a look-alike whose reading must not change.
"""

from __future__ import annotations

from datetime import date

from contract_rows import contract, governorates, killed_per_incident, kinds
from observatory.extract import extract_report, to_contract
from observatory.extract.events import event_type
from observatory.models import Report

DAY = date(2023, 3, 14)


def run(text: str, published: date | None = DAY) -> dict:
    return contract("Monitor update\n\n" + text, published)


# --- a paragraph telling another event from scratch ------------------------------------------------------------------


def test_another_kind_by_another_actor_at_the_same_time_is_its_own_incident() -> None:
    row = run("A Russian drone struck a car carrying HTS members near the village of Kansafra in Idlib countryside on "
              "Monday, killing two of them.\n\n"
              "At the same time, regime forces pounded Kansafra and nearby hills with artillery, with no casualties "
              "reported.")
    assert sorted(kinds(row)) == ["drone_strike", "shelling"]


def test_the_other_side_striking_back_after_a_shelling_stays_its_own_incident() -> None:
    row = contract("Regime shelling kills woman in Sarmin, HTS hits checkpoint near Sarmin\n\n"
              "Regime artillery shelled the town of Sarmin in the eastern countryside of Idlib on Tuesday, killing a "
              "woman and wounding her two sons.\n\n"
              "In the evening, HTS fighters attacked a regime checkpoint near Sarmin with heavy machine guns, killing "
              "three soldiers.")
    assert sorted(kinds(row)) == ["attack", "shelling"]
    assert sorted(map(sorted, (k.items() for k in killed_per_incident(row)))) == [[("civilians", 1)], [("regime", 3)]]


def test_one_side_also_shelling_after_a_fight_is_its_own_incident() -> None:
    row = run("Fierce clashes broke out at dawn on Sunday between regime forces and HTS on the Tal Hawash front in the "
              "north-western countryside of Hama, leaving three soldiers and two HTS fighters dead.\n\n"
              "Regime forces also fired dozens of rockets on the surroundings of Tal Hawash, with no casualties reported.")
    assert sorted(kinds(row)) == ["clash", "shelling"]


def test_one_sides_shelling_told_as_part_of_the_fight_stays_in_it() -> None:
    row = run("Fierce clashes broke out at dawn on Sunday between regime forces and HTS on the Tal Hawash front in the "
              "north-western countryside of Hama, leaving three soldiers and two HTS fighters dead.\n\n"
              "Regime forces then fired dozens of rockets on the surroundings of Tal Hawash.")
    assert kinds(row) == ["clash"]


def test_the_same_actor_striking_other_victims_in_the_same_context_is_its_own_incident() -> None:
    row = run("Russian warplanes struck a busy market in the town of Ariha in the southern countryside of Idlib on "
              "Monday, killing six civilians.\n\n"
              "In the same context, Russian warplanes struck a position of HTS near the town of Ariha, killing three HTS "
              "members.")
    assert kinds(row) == ["airstrike", "airstrike"]


def test_the_event_told_again_as_its_strikes_stays_one_incident() -> None:
    row = run("Russian warplanes struck a busy market in the town of Ariha in the southern countryside of Idlib on "
              "Monday, killing six civilians.\n\n"
              "Russian warplanes carried out the strikes from the Hmeimim base, according to SOHR sources.")
    assert kinds(row) == ["airstrike"]


def test_the_same_kind_by_the_same_actor_told_again_without_toll_stays_one_incident() -> None:
    row = run("Russian warplanes struck a busy market in the town of Ariha in the southern countryside of Idlib on "
              "Monday, killing six civilians.\n\n"
              "Russian warplanes also struck the outskirts of Ariha and the hills around it.")
    assert kinds(row) == ["airstrike"]


# --- dead of the same event told in a second clause ------------------------------------------------------------------


def test_the_attackers_dead_in_the_exchange_of_fire_are_of_the_same_incident() -> None:
    row = run("ISIS cells attacked an army post near Al-Sukhnah town, east of Homs, on "
              "Monday. Five soldiers were killed in the attack, while two attackers were also killed in the exchange "
              "of fire.")
    assert kinds(row) == ["attack"]
    assert killed_per_incident(row) == [{"regime": 5, "isis": 2}]


def test_dead_of_a_strike_told_after_while_are_still_apart() -> None:
    row = run("ISIS cells attacked an army post near Al-Sukhnah town, east of Homs, on "
              "Monday, killing five soldiers, while two civilians were killed by a landmine near the town of Palmyra.")
    assert sorted(kinds(row)) == ["attack", "ied_landmine"]


# --- the event's subject told again ----------------------------------------------------------------------------------


def test_the_strikes_with_a_backstory_told_later_are_the_same_incident() -> None:
    row = run("Israeli warplanes struck positions of Iranian-backed militias near the town of Al-Mayadin in the "
              "eastern countryside of Deir Ezzor last night, killing seven militiamen.\n\n"
              "The strikes targeted a warehouse used by the militias near Al-Shibli farms and trucks that had arrived from "
              "Iraq shortly before.")
    assert kinds(row) == ["airstrike"]


def test_a_strike_told_hours_later_is_another_incident() -> None:
    row = run("Israeli warplanes struck positions of Iranian-backed militias near the town of Al-Mayadin in the "
              "eastern countryside of Deir Ezzor last night, killing seven militiamen.\n\n"
              "Hours later, a drone targeted a car near Al-Shibli farms, killing two militiamen.")
    assert len(kinds(row)) == 2


def test_where_the_monitor_said_the_shells_came_from_is_the_same_incident() -> None:
    row = run("A child was killed on Friday when Turkish forces and their allied Syrian factions shelled the village of "
              "Um al-Kaif in the countryside of Tal Tamr.\n\n"
              "SOHR said the rockets were launched from positions held by Turkish-backed factions near Ras al-Ain.")
    assert kinds(row) == ["shelling"]


def test_shells_fired_on_another_village_later_are_another_incident() -> None:
    row = run("A child was killed on Friday when Turkish forces and their allied Syrian factions shelled the village of "
              "Um al-Kaif in the countryside of Tal Tamr.\n\n"
              "Hours later, Turkish shells hit the village of Tal Shamiram, wounding two women.")
    assert kinds(row) == ["shelling", "shelling"]


# --- kinds of event ---------------------------------------------------------------------------------------------------


def test_a_victims_record_of_planned_attacks_is_not_the_kind_of_event() -> None:
    hit = event_type("The operation resulted in the killing of two ISIS members, among them a leader responsible for "
                     "planning assassinations in the area.")
    assert hit is None or hit[0] != "assassination"


def test_a_killing_told_as_an_assassination_keeps_its_kind() -> None:
    hit = event_type("Gunmen assassinated a former commander accused of carrying out attacks on checkpoints.")
    assert hit is not None and hit[0] == "assassination"


def test_a_murder_within_a_family_is_other() -> None:
    hit = event_type("In the city of Qamishli, a man killed his wife in her family's house over a dispute.")
    assert hit is not None and hit[0] == "other"


def test_a_murder_within_a_family_in_a_new_paragraph_is_its_own_incident() -> None:
    row = run("Three people were killed in clashes between two families in the town of Al-Shaddadi in the southern "
              "countryside of Al-Hasakah yesterday.\n\n"
              "In Qamishli city, a young man killed his brother in Al-Hilaliyah neighbourhood over an inheritance "
              "dispute.")
    assert kinds(row) == ["clash", "other"]


def test_gangs_named_in_a_sentence_of_conditions_are_no_abduction() -> None:
    row = run("A child was killed in an explosion of unknown nature in a house in the town of Shahba in As-Suwaidaa "
              "yesterday.\n\n"
              "The governorate has been witnessing a deterioration in security, amid the spread of kidnapping gangs.")
    assert kinds(row) == ["other"]


def test_a_kidnapping_told_as_event_is_an_abduction() -> None:
    hit = event_type("Gunmen kidnapped a doctor on the road between Shahba and Suwaidaa.")
    assert hit is not None and hit[0] == "abduction"


# --- where it happened ------------------------------------------------------------------------------------------------


def test_the_hospital_a_victim_died_in_is_not_where_the_event_happened() -> None:
    row = run("The death toll of the ISIS ambush on an army convoy near Al-Rasafa in the southern countryside of "
              "Al-Raqqa has risen to nine, after two soldiers died of their wounds in a military hospital in Homs.")
    assert governorates(row) == ["Ar-Raqqa"]


def test_where_a_victim_was_going_is_not_where_the_event_happened() -> None:
    from observatory.geo import Geocoder

    row = to_contract("t", extract_report(Report(text="Monitor update\n\nThe body of a young man was found this morning near "
                                                     "the town of Jasim, three days after he went missing on his way to "
                                                     "Damascus."), Geocoder.default()))
    assert governorates(row) == ["Dar'a"]


def test_a_hospital_that_was_hit_is_where_the_event_happened() -> None:
    row = run("Regime warplanes struck a hospital in Kafr Nabl in the southern countryside of Idlib on Monday, killing "
              "two nurses.")
    assert governorates(row) == ["Idleb"]


# --- a period that scopes a sentence's clauses ------------------------------------------------------------------------


def test_a_clause_under_a_period_of_the_sentence_is_no_incident() -> None:
    row = run("Two civilians were killed when regime forces shelled the town of Kansafra in Idlib on Monday.\n\n"
              "Moreover, Russian warplanes carried out 45 airstrikes on the region since the start of the month, while "
              "regime forces fired more than 2,000 shells at villages in Idlib and Hama.")
    assert kinds(row) == ["shelling"]


def test_a_town_named_again_takes_the_governorate_it_was_named_with() -> None:
    row = run("ISIS cells attacked a group of truffle hunters near the village of Abu Hanaya, south of Al-Sabkhah in "
              "the eastern countryside of Al-Raqqa, on Monday, killing two of them.\n\n"
              "On Tuesday, a landmine exploded under a car near Abu Hanaya, killing a soldier.")
    assert governorates(row) == ["Ar-Raqqa", "Ar-Raqqa"]


def test_a_town_named_again_with_a_town_named_nowhere_else_takes_no_governorate() -> None:
    row = run("ISIS cells attacked a group of truffle hunters near the village of Abu Hanaya, south of Al-Sabkhah in "
              "the eastern countryside of Al-Raqqa, on Monday, killing two of them.\n\n"
              "On Tuesday, warplanes struck the desert between Abu Hanaya and Wadi Zamlat, killing four ISIS members.")
    assert governorates(row)[1] is None


def test_in_the_same_countryside_takes_the_governorate_of_the_incident_before() -> None:
    row = run("Regime forces shelled the town of Qabtan al-Jabal in the western countryside of Aleppo this morning, "
              "killing a man and his son.\n\n"
              "In response, HTS fighters shelled regime positions on the Arnaz front in the same countryside, killing a "
              "soldier.")
    assert governorates(row) == ["Aleppo", "Aleppo"]


# --- talk of many events over a period --------------------------------------------------------------------------------


def test_where_the_attacks_of_a_period_focused_is_no_incident() -> None:
    row = run("SOHR documented the death of 90 people in Turkish attacks on the region during 2022.\n\n"
              "The attacks focused on the countryside of Ain Issa, Tal Tamr and Zarkan.")
    assert kinds(row) == []


def test_a_shelling_of_one_day_on_several_villages_is_an_incident() -> None:
    row = run("Turkish forces shelled the villages of Um al-Kaif and Tal Shamiram near Tal Tamr on Monday, wounding "
              "two women.")
    assert kinds(row) == ["shelling"]


# --- the title's event told again in the body ---------------------------------------------------------------------------


def test_the_bodys_first_account_of_the_titles_event_is_the_same_incident() -> None:
    row = contract("Regime shelling on Kansafra kills boy, HTS strikes back near Al-Bara\n\n"
                   "Regime forces pounded Kansafra town and several villages in Jabal al-Zawiya in the southern countryside "
                   "of Idlib with rockets since the morning, killing a boy and wounding two women.\n\n"
                   "In the afternoon, HTS fighters targeted a regime position near Al-Bara with machine guns, killing a "
                   "soldier.", DAY)
    assert kinds(row) == ["shelling", "attack"]


def test_a_body_that_opens_with_another_event_than_the_titles_keeps_both() -> None:
    row = contract("Twelve soldiers killed in ISIS attack near Palmyra\n\n"
                   "On Monday, ISIS gunmen shot dead a soldier in the town of Al-Mayadin in Deir Ezzor.\n\n"
                   "On Sunday, ISIS cells attacked an army post near Palmyra in the eastern countryside of Homs, killing "
                   "12 soldiers.", DAY)
    assert len(kinds(row)) == 2


# --- the monitor's first account of an incident whose toll has risen --------------------------------------------------


def test_the_first_report_of_a_blast_whose_toll_rose_is_the_same_incident() -> None:
    row = run("SOHR activists said that two more men succumbed to their wounds today, raising the death toll of "
              "yesterday's blast in the town of Tafas in the western countryside of Daraa to five.\n\n"
              "SOHR reported yesterday that a bomb planted in the car of a local commander went off in Tafas, killing "
              "him and his driver and wounding four of his guards.")
    assert kinds(row) == ["ied_landmine"]


def test_a_place_named_with_its_provinces_possessive_takes_that_province() -> None:
    row = run("Last week, a drone strike on a car in Idlib's Sarmada killed two HTS members.")
    assert governorates(row) == ["Idleb"]


def test_a_possessive_of_no_province_names_no_province() -> None:
    row = run("Last week, a drone strike on a car in Hamza's Garage killed two HTS members near the town of Sarmada.")
    assert governorates(row) == [None]


# --- a round of raids and arrests in which a suspect was killed --------------------------------------------------------


def test_a_raid_with_arrests_and_a_suspect_shot_dead_is_an_incident_of_the_suspects_group() -> None:
    row = run("A landmine exploded near Al-Busayrah town, east of Deir Ezzor, on Monday, "
              "killing a shepherd.\n\n"
              "On Tuesday evening, SDF forces stormed several houses in the town of Hajin and detained three men "
              "suspected of belonging to ISIS cells. Another suspect was shot dead after he resisted the patrol.")
    assert kinds(row) == ["ied_landmine", "attack"]
    assert killed_per_incident(row)[1] == {"isis": 1}


def test_a_raid_with_arrests_only_is_no_incident() -> None:
    row = run("A landmine exploded near Al-Busayrah town, east of Deir Ezzor, on Monday, "
              "killing a shepherd.\n\n"
              "On Tuesday evening, SDF forces stormed several houses in the town of Hajin and detained three men "
              "suspected of belonging to ISIS cells. The detainees were taken to a prison in Al-Hasakah.")
    assert kinds(row) == ["ied_landmine"]


def test_a_suspect_killed_in_a_raid_is_of_the_group_he_was_suspected_of() -> None:
    row = run("On Tuesday, SDF forces raided a farm near the town of Hajin in the eastern countryside of Deir Ezzor, "
              "looking for men suspected of belonging to ISIS cells, and shot dead one suspect.")
    assert killed_per_incident(row) == [{"isis": 1}]


def test_a_man_of_no_group_killed_in_a_raid_keeps_no_side() -> None:
    row = run("On Tuesday, SDF forces raided a farm near the town of Hajin in the eastern countryside of Deir Ezzor and "
              "shot dead a man who tried to flee.")
    assert killed_per_incident(row) == [{"unknown": 1}]
