"""Incidents: the same event told again, and tolls that belong to an event told before.

* a risen toll, the monitor's earlier figure or its report of the day before, the first report of a blast whose toll
  rose, the body's first account of the title's event: the same incident;
* a toll after a recall belongs to the event told; a recalled event inside a running total; the toll of an earlier event
  named by its place or by a ranking;
* a victim who died days after he was shot, a body found later, a woman found dead then told as a refugee: counted once;
* the dead "included" or "were" replace a count of people; a breakdown that falls short keeps the people; another source
  contradicted by the monitor loses its wounded too;
* an event someone said had killed people, and a rescue service's toll, against the monitor's.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from contract_rows import killed_per_incident, kinds
from contract_rows import killed_per_incident as killed
from incident_cases import run


def _tolls(row: dict) -> list[dict[str, int]]:
    return [i["killed"] for i in row["incidents"]]


def test_an_event_someone_said_had_killed_people_is_its_own_incident() -> None:
    row = run("A Turkish drone struck a car near the town of Amuda on Monday, killing two SDF fighters.\n\n"
              "The strike came amid a wave of Turkish attacks on the region that began last week, after the Turkish "
              "ministry announced that six of its soldiers had been killed in an attack by Kurdish fighters in "
              "northern Iraq.")
    assert len(row["incidents"]) == 2


def test_a_rescue_service_toll_yields_to_the_monitors() -> None:
    row = run("The monitor said four civilians were killed when rockets hit a bakery in the town of Atarib, while "
              "Russian jets killed five civilians in strikes on the outskirts of Binnish.\n\n"
              "The Syrian Civil Defence put the death toll from Monday's bombardment at 12, with more than 30 injured.")
    assert killed_per_incident(row) == [{"civilians": 4}, {"civilians": 5}]


def test_a_rescue_service_telling_its_own_incident_keeps_its_figures() -> None:
    row = run("Three children were killed on Monday when a war remnant exploded near their home in the village of "
              "Tadef, according to the Syrian Civil Defence.")
    assert row["incidents"][0]["killed"] == {"civilians": 3}


def test_the_monitors_earlier_figure_after_a_risen_toll_is_the_same_incident() -> None:
    row = run("The death toll of the ambush by ISIS cells on a convoy of regime forces near Palmyra on Sunday has risen to "
              "seven, after two soldiers died of their wounds.\n"
              "SOHR had reported that five soldiers were killed when the cells fired on the convoy near the town of Arak.")
    assert len(row["incidents"]) == 1


def test_the_monitors_report_of_the_day_before_after_a_risen_toll_is_the_same_incident() -> None:
    row = run("The death toll of the ISIS ambush on a bus of the 4th Division near the town of Taybeh has risen to five, "
              "after a wounded soldier died this morning.\n"
              "SOHR reported yesterday that four soldiers were killed and two others wounded when the cells opened fire on "
              "the bus.")
    assert len(row["incidents"]) == 1


def test_others_wounded_and_a_later_rescue_are_the_same_strike() -> None:
    row = run("Nine civilians were killed when Russian warplanes struck a bakery in the town of Kafr Batna. Dozens of others "
              "were injured, and volunteers were still digging people out of the debris three hours later.")
    assert len(row["incidents"]) == 1


def test_a_victim_who_died_days_after_he_was_shot_is_one_incident() -> None:
    row = run("A young man died of his wounds on Sunday in the town of Tafas, days after he was shot by unknown gunmen.")
    assert len(row["incidents"]) == 1


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


def test_the_strikes_with_a_backstory_told_later_are_the_same_incident() -> None:
    row = run("Israeli warplanes struck positions of Iranian-backed militias near the town of Al-Mayadin in the "
              "eastern countryside of Deir Ezzor last night, killing seven militiamen.\n\n"
              "The strikes targeted a warehouse used by the militias near Al-Shibli farms and trucks that had arrived from "
              "Iraq shortly before.")
    assert kinds(row) == ["airstrike"]


def test_the_first_report_of_a_blast_whose_toll_rose_is_the_same_incident() -> None:
    row = run("SOHR activists said that two more men succumbed to their wounds today, raising the death toll of "
              "yesterday's blast in the town of Tafas in the western countryside of Daraa to five.\n\n"
              "SOHR reported yesterday that a bomb planted in the car of a local commander went off in Tafas, killing "
              "him and his driver and wounding four of his guards.")
    assert kinds(row) == ["ied_landmine"]


def test_toll_of_the_car_bomb_rises_after_a_second_blast() -> None:
    row = run("A car bomb exploded in the market of Afrin on Sunday, killing three civilians and injuring eight others.\n\n"
              "Two hours later, an IED went off near a police post in Afrin, wounding two policemen.\n\n"
              "One of the injured civilians later died, raising the death toll of the car bomb to four.")
    assert len(row["incidents"]) == 2
    assert row["incidents"][0]["killed"] == {"civilians": 4}
    assert row["incidents"][1]["killed"] == {}


def test_toll_of_the_airstrike_rises_after_a_shelling() -> None:
    row = run("Russian warplanes struck the village of Kansafra on Monday, killing five civilians.\n\n"
              "Meanwhile, HTS shelled regime positions in Kafr Nabouda, injuring two soldiers.\n\n"
              "Later, the death toll of the airstrike rose to seven after two wounded civilians died.")
    assert killed(row) == [{"civilians": 7}, {}]


def test_toll_of_the_ambush_rises_after_a_landmine() -> None:
    row = run("ISIS cells ambushed a regime bus near al-Sukhnah on Thursday, killing six soldiers.\n\n"
              "Separately, a landmine killed a shepherd near Uqayribat.\n\n"
              "The toll of the ambush has risen to nine soldiers.")
    assert killed(row) == [{"regime": 9}, {"civilians": 1}]


def test_the_toll_after_a_recall_belongs_to_the_event_told() -> None:
    row = run("Fighting broke out on Sunday between two factions in the village of Kafr Jannah, after one of them accused "
              "the other of assassinating its commander in Azaz on April 4, 2022.\n\n"
              "The clashes left four fighters dead.", date(2022, 4, 12))
    assert len(row["incidents"]) == 2
    assert row["incidents"][0]["killed"] != {}
    assert row["incidents"][1]["killed"] == {}


def test_two_more_bodies_of_civilians_raise_the_overall_toll() -> None:
    row = run("The toll of the ISIS attack on workers near the town of Uqayribat yesterday has risen after the bodies of "
              "two more people were found.\n"
              "Twenty people had been killed in the attack, namely 14 civilians and six members of the National Defence "
              "Forces. With the new bodies, both of them civilians, the death toll rises to 22.")
    assert killed(row) == [{"civilians": 16, "regime": 6}]


def test_one_more_soldier_raises_the_overall_toll() -> None:
    row = run("Nine people were killed when an IED struck a bus near the town of Palmyra on Sunday, namely five soldiers "
              "and four civilians. One more soldier died of his wounds, raising the toll to ten.")
    assert killed(row) == [{"regime": 6, "civilians": 4}]


def test_an_earlier_count_of_people_gives_way_to_the_risen_breakdown() -> None:
    row = run("Twelve people were killed in a car bomb explosion in the town of Azaz on Friday.\n"
              "The toll later rose to 15: ten civilians and five members of the factions.")
    assert len(row["incidents"]) == 1
    assert "unknown" not in row["incidents"][0]["killed"]
    assert row["incidents"][0]["killed"]["civilians"] == 10


def test_car_bomb_recalled_inside_a_running_total() -> None:
    row = run("Since the escalation began on May 3, following the car bomb explosion in the market of Azaz which killed "
              "14 people, SOHR has documented the death of 40 civilians, including 12 children, in shelling on the "
              "countryside of Aleppo, as well as 25 fighters of the factions.")
    assert {"unknown": 14} in _tolls(row)
    assert [i["type"] for i in row["incidents"] if i["killed"] == {"unknown": 14}] == ["ied_landmine"]


def test_massacre_by_airstrike_recalled_inside_a_total() -> None:
    row = run("Since the start of the campaign, after the airstrike on the market of Ariha that killed 21 civilians, the "
              "Observatory has documented the death of 150 civilians and 60 fighters in Idlib and its countryside, "
              "according to its statistics.")
    assert {"civilians": 21} in _tolls(row)


def test_since_the_massacre_when_a_car_bomb_killed() -> None:
    row = run("Since the massacre on June 3, when a car bomb killed 19 people in the market of Azaz, SOHR has documented "
              "45 deaths in bombings in the northern countryside of Aleppo.", date(2023, 9, 23))
    assert {"unknown": 19} in _tolls(row)


def test_since_the_ambush_that_killed_soldiers() -> None:
    row = run("Since the ambush on a military bus near Palmyra that killed 23 soldiers, ISIS cells have killed 61 regime "
              "members in the Syrian desert, according to SOHR statistics.", date(2023, 9, 23))
    assert {"regime": 23} in _tolls(row)


def test_a_fighter_also_killed_in_another_village() -> None:
    row = run("Turkish shelling killed two civilians in the village of Tal Jijan on Friday. An SDF fighter was also killed "
              "in the village of Umm al-Kaif.")
    assert len(row["incidents"]) == 2


def test_a_breakdown_that_falls_short_keeps_the_people() -> None:
    row = run("Israeli strikes near Masyaf on Friday killed 12 people. The dead included four soldiers and five "
              "civilians.")
    assert "unknown" in killed(row)[0]


def test_a_body_found_then_told_as_a_civilian_is_one_incident() -> None:
    row = run("HASAKAH, Syria - The body of a woman was found on Thursday in al-Hol camp, bearing gunshot wounds.\n"
              "SOHR said the woman, a refugee, was killed by gunmen believed to belong to ISIS cells.")
    assert len(row["incidents"]) == 1


def test_a_woman_found_dead_then_told_as_a_refugee_is_counted_once() -> None:
    row = run("The body of a woman was found on Sunday in al-Hol camp, bearing gunshot wounds.\n"
              "SOHR said the woman, a refugee in her thirties, was killed by gunmen believed to belong to ISIS cells.")
    assert killed(row) == [{"civilians": 1}]


def test_a_soldier_also_killed_keeps_the_earlier_people() -> None:
    row = run("Two people were killed when a shell hit the town of Sarmin on Monday. A soldier was also killed in the "
              "shelling of Sarmin.")
    assert sum(sum(k.values()) for k in killed(row)) == 3


@pytest.mark.parametrize("second", [
    "It is worth noting that SOHR reported on June 10 that regime shelling on the same village killed 13 civilians.",
    "The Observatory had documented on May 3 that an airstrike on the same village killed 13 civilians.",
    "SOHR had reported on the 2nd of May that a rocket attack on the same village killed 13 civilians.",
    "Notably, the Syrian Observatory reported on 4 April that government shelling of the village killed 13 civilians.",
])
def test_earlier_report_is_an_incident_of_its_own(second: str) -> None:
    row = run("Regime forces shelled the village of Kansafra at dawn today, killing a child. " + second)
    assert killed(row) == [{"civilians": 1}, {"civilians": 13}]
    assert row["incidents"][1]["date"] is not None and row["incidents"][1]["date"] < "2023-07-01"


@pytest.mark.parametrize("text", [
    "An Israeli drone struck a car near the town of Hader on Tuesday. The Syrian Observatory said two Hezbollah members "
    "were killed. State news agency SANA said the strike killed a civilian and wounded another.",
    "The Turkish Defence Ministry said its forces killed 12 SDF fighters and wounded five near Tal Rifaat on Monday. SOHR "
    "reported that four SDF fighters were killed in the Turkish shelling.",
])
def test_contradicted_source_loses_its_wounded_too(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["injured"] == {}


def test_source_that_only_counts_wounded_keeps_them() -> None:
    row = run("State news agency SANA said 10 civilians were injured when rebels shelled the town of Suqaylabiyah on "
              "Monday. SOHR said two civilians were killed in the shelling.")
    assert row["incidents"][0]["killed"] == {"civilians": 2}
    assert row["incidents"][0]["injured"] == {"civilians": 10}


def test_as_the_monitor_reported_on_a_day_is_an_earlier_incident() -> None:
    row = run("Regime forces shelled Kansafra at dawn today, killing a child. As SOHR reported on June 10, regime shelling "
              "of the same village killed 13 civilians.")
    assert killed(row) == [{"civilians": 1}, {"civilians": 13}]


@pytest.mark.parametrize("text", [
    "At least 31 soldiers were killed in an ISIS ambush on a bus near Kabajib on Tuesday, the deadliest attack on regime "
    "forces since the start of the year.",
    "Turkish drones killed nine SDF fighters near Amuda on Friday, the heaviest such losses since 2019, SOHR said.",
    "The car bomb in the market of Azaz killed 14 civilians on Sunday, the bloodiest bombing in the town since the "
    "beginning of the war.",
])
def test_ranked_since_is_one_event(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert sum(killed(row)[0].values()) in (31, 9, 14)
    assert row["totals"] == []


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a shepherd near the village of Arak on Monday. His relatives found his body the next morning.",
    "A man was shot dead by gunmen near Tafas on Sunday. His family recovered his body the following day.",
])
def test_the_victims_own_body_found_later_is_the_same_incident(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert sum(killed(row)[0].values()) == 1


@pytest.mark.parametrize(("text", "second"), [
    ("Russian airstrikes killed 11 ISIS members near Palmyra on Thursday, a monitor said. The strikes were the deadliest "
     "since November, when the monitor reported 16 militants killed.", {"isis": 16}),
    ("Turkish drones killed four SDF fighters near Amuda on Monday, the heaviest such toll since March 2021, when a "
     "drone killed six fighters near Qamishli.", {"sdf": 6}),
    ("An Israeli strike hit a depot near Kisweh on Monday, killing three militiamen. It was the first strike since "
     "Feb. 3, when missiles hit farms south of Damascus, causing only material damage.", {}),
])
def test_event_ranked_against_is_its_own(text: str, second: dict[str, int]) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2
    assert killed(row)[1] == second


def test_ranking_without_an_earlier_event_stays_one() -> None:
    row = run("Russian airstrikes killed 11 ISIS members near Palmyra on Thursday, the deadliest since November.")
    assert len(row["incidents"]) == 1


def test_a_paragraph_pointing_back_to_the_attack_is_the_same_incident() -> None:
    row = run("ISIS cells ambushed an army bus near Palmyra on Sunday, killing six soldiers.\nThree more soldiers were "
              "wounded in the ambush, SOHR sources said.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize(("text", "killed"), [
    ("Two more of the wounded died on Monday, bringing the death toll of the car bomb in the town of Azaz to 14. The "
     "victims are 11 civilians and three members of the Levant Front.", {"civilians": 11, "turkey_factions": 3}),
    ("The toll of Sunday's ISIS attack on truck drivers near al-Sukhnah has risen to 20 people, after four of the "
     "wounded died. The dead are 16 civilians and four soldiers of the regime army.", {"civilians": 16, "regime": 4}),
    ("The number of people killed in the Israeli strike on a building in the Mazzeh district of Damascus has risen to "
     "seven. The dead were four Iranian officers and three Syrian soldiers.", {"pro_iran_foreign": 4, "regime": 3}),
])
def test_sided_parts_that_add_up_to_a_risen_toll_are_kept(text: str, killed: dict[str, int]) -> None:
    row = run(text)
    assert [i["killed"] for i in row["incidents"]] == [killed]


def test_a_risen_toll_above_its_named_parts_stays() -> None:
    row = run("The death toll of the shelling on the village of Kafr Laha has risen to nine people. Among them were "
              "five civilians.")
    assert sum(row["incidents"][0]["killed"].values()) >= 9
