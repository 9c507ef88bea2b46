"""Totals against the tolls of single events and the figures of claimants.

* the toll of one told attack, raid, blast, battle or dated strike is no total; the counted toll of one attack is an
  incident; events narrated or added after a total stay incidents;
* tolls of counted events or strikes stay totals; recorded events are no dead; ordinal words count events, not a toll;
* a party's own figure beside the monitor's, told to the media, or unverified, is no total; lives to save are no toll.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md; each construction has
look-alikes that must not change.
"""

from __future__ import annotations

import pytest

from contract_rows import killed_per_incident, total_pairs
from observatory.extract.totals import is_period_total
from totals_cases import _ADDED, _COUNTED, row, totals

DATED_EVENTS = [
    "Russian jets carried out 40 airstrikes over the past 24 hours, killing 9 ISIS members in the Homs desert. "
    "Meanwhile, ISIS killed 2 regime soldiers near Sukhnah on Monday.",
    "Since early 2024, ISIS has killed 61 SDF members in Deir ez-Zor. Also, gunmen shot dead a civilian in Diban on "
    "Tuesday.",
    "In 2023, 58 civilians were killed by landmines, the monitor said. In addition, a shepherd was killed yesterday "
    "when a mine exploded near Ithriya.",
]


EVENT_TOLLS = [
    ("Since early January, ISIS cells have carried out 57 attacks on SDF positions in Raqqa and "
     "Deir ez-Zor, the monitor said. The attacks left 40 people dead:\n- 25 SDF fighters\n- 11 civilians, including a girl\n"
     "- four ISIS members",
     [("civilians", 11), ("isis", 4), ("sdf", 25)]),
    ("Since the start of 2022, unknown gunmen have carried out 31 assassinations in the countryside of Daraa. "
     "These killings claimed the lives of 19 civilians and 14 members of the regime security services.",
     [("civilians", 19), ("regime", 14)]),
    ("Since last October, Turkish drones have conducted 44 strikes on the areas of the Autonomous Administration. "
     "Those strikes killed 21 SDF members and 9 civilians.",
     [("civilians", 9), ("sdf", 21)]),
]


AMONG_EVENT_DEAD = [
    ("Unidentified warplanes struck a convoy near al-Bukamal on Sunday night, killing 11 fighters.\n\nAmong the dead "
     "were eight Afghan militiamen of the Fatemiyoun and three Syrians, the monitor said."),
    ("A landmine exploded under a minibus near Ma'dan on Friday, killing seven people. Among the victims were four "
     "children and a woman."),
    ("Israeli missiles hit positions in the vicinity of Damascus airport at dawn, leaving nine dead. Among the dead "
     "are five members of Hezbollah, while the rest are Iraqis."),
]


_RIVAL = ("The number of people killed in the battle for the town has reached 95, the monitor said, since the offensive "
          "began on 3 May 2023. The dead are 70 ISIS members and 25 SDF fighters.\n"
          "The army said in a statement that more than 200 ISIS members had been killed since the start of the operation.")


def test_split_toll_clause_is_not_one_event() -> None:
    text = ("During May 2023, 9 ISIS members were killed in airstrikes, while seven civilians died: five truffle hunters "
            "killed by gunmen and two people killed when a mine exploded near Kabajib.")
    result = row(text, "2023-06-01")
    assert sorted((t["side"], t["killed"]) for t in result["totals"]) == [("civilians", 7), ("isis", 9)]
    assert [i["killed"] for i in result["incidents"] if i["killed"]] == []


def test_counted_toll_of_one_attack_is_incident() -> None:
    text = ("The Badia has witnessed a sharp escalation over the past 48 hours. SOHR has documented the death of 4 "
            "regime soldiers in the attack on a checkpoint near Palmyra.")
    assert totals(text, "2023-02-10") == []


def test_share_of_dead_of_one_attack_is_no_total() -> None:
    text = "A car bomb killed 12 people in Azaz on Friday. Nine of the dead were civilians, 3 of the dead were fighters."
    assert totals(text, "2021-12-20") == []


def test_following_events_header_is_no_total() -> None:
    text = ("On Monday the monitor documented the following attacks in Daraa:\nGunmen shot dead a former rebel in Nawa.")
    assert totals(text, "2023-05-01") == []


@pytest.mark.parametrize("text", DATED_EVENTS)
def test_dated_event_after_total_is_incident(text: str) -> None:
    result = row(text, "2024-03-01")
    assert len(result["totals"]) == 1
    assert len([i for i in result["incidents"] if i["killed"]]) == 1


def test_area_list_of_attacks_is_no_total() -> None:
    text = ("Since the start of 2024, the monitor has recorded 120 ISIS attacks in the desert. Breakdown by province:\n"
            "Homs: 60; Hama: 35; Deir ez-Zor: 25.")
    assert totals(text, "2024-06-01") == []


@pytest.mark.parametrize(("text", "expected"), EVENT_TOLLS)
def test_toll_of_counted_events(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-06-01") == expected


def test_toll_of_one_told_attack_is_no_total() -> None:
    text = ("ISIS cells attacked an army checkpoint near al-Sukhnah on Tuesday night. The attack left three soldiers dead "
            "and two wounded.")
    assert totals(text, "2023-06-01") == []


def test_bullets_of_one_attack_after_count_header_are_no_totals() -> None:
    text = ("Yesterday, ISIS cells ambushed a bus near Palmyra. The monitor has documented:\n"
            "- two soldiers shot dead by the attackers on the road.\n- a driver wounded.")
    assert totals(text, "2021-09-01") == []


def test_one_attack_in_active_voice_is_no_total() -> None:
    text = "On Sunday, regime forces killed two civilians in shelling on the village of Kansafra in Jabal al-Zawiya."
    assert totals(text, "2022-05-01") == []


def test_share_sentence_of_one_attack_is_no_total() -> None:
    text = "A car bomb exploded in Azaz on Monday, killing eight people. Of the dead, five were civilians."
    assert totals(text, "2023-06-01") == []


def test_province_line_with_word_figure_and_verb_is_an_event() -> None:
    text = ("The monitor documented the deaths of 4 people across Syria on Friday, distributed as follows:\n"
            "Hama: three soldiers were killed by a landmine explosion near the village of Qasr Ibn Wardan.")
    got = row(text, "2023-06-01")
    assert [i["killed"] for i in got["incidents"]] == [{"regime": 3}]
    assert ("regime", 3) not in [(t["side"], t["killed"]) for t in got["totals"]]


def test_relayed_breakdown_of_one_event_is_no_total() -> None:
    text = ("A car bomb exploded on Tuesday near a checkpoint in the town of Azaz, killing six people. According to the "
            "monitor, the dead included four civilians and two members of the Levant Front.")
    assert totals(text, "2023-06-10") == []


@pytest.mark.parametrize("text", AMONG_EVENT_DEAD)
def test_breakdown_of_one_event_is_no_total(text: str) -> None:
    assert totals(text) == []


def test_one_execution_is_no_line_by_perpetrator() -> None:
    text = "On Monday, two men were executed by ISIS in the desert of al-Mayadeen after being accused of spying."
    assert totals(text) == []


def test_counted_soldiers_of_one_blast_after_a_total_stay_an_incident() -> None:
    text = ("The monitor has documented the deaths of 75 soldiers in Daraa since the beginning of 2023.\n"
            "It also recorded three soldiers killed in a landmine blast near Nawa.")
    found = totals(text)
    assert ("regime", 75) in found
    assert ("regime", 3) not in found


def test_recorded_events_are_no_dead() -> None:
    text = _COUNTED.replace("It also counted 2,100 regime soldiers and loyalist fighters, 900 rebel fighters and 810 members "
                            "of the Islamic State group.", "It also recorded 2,100 attacks by regime forces and 900 raids.")
    found = totals(text)
    assert ("regime", 2100) not in found
    assert ("unknown", 900) not in found


def test_large_toll_of_one_dated_attack_is_no_total() -> None:
    text = ("On Tuesday, warplanes struck a crowded market in the town of Maarat al-Numan, killing 104 people, 90 civilians "
            "and 14 fighters, according to the monitor.")
    found = totals(text)
    assert ("civilians", 90) not in found
    assert ("unknown", 104) not in found


def test_killed_no_one_in_an_incident_gives_no_total() -> None:
    text = "The blast in Jarablus on Monday killed no one, but injured three workers, the monitor said."
    assert ("civilians", 0) not in totals(text)
    assert ("unknown", 0) not in totals(text)


def test_heavy_losses_of_one_battle_give_no_total() -> None:
    text = "ISIS suffered heavy losses in the battle for al-Sukhnah on Monday, when 26 of its fighters were killed."
    assert totals(text) == []


def test_a_partys_figure_beside_the_monitors_is_no_total() -> None:
    found = totals(_RIVAL)
    assert ("isis", 70) in found
    assert ("isis", 200) not in found


def test_a_partys_figure_told_to_the_media_is_no_total() -> None:
    text = _RIVAL.replace("The army said in a statement", "A military official told state media on Tuesday")
    assert ("isis", 200) not in totals(text)


def test_a_figure_the_monitors_report_tells_stays_a_total() -> None:
    text = ("The monitor documented the deaths of 95 ISIS members in the desert in May 2023.\n"
            "The report said that regime forces killed 60 ISIS members in the same period.")
    found = totals(text)
    assert ("isis", 95) in found
    assert ("isis", 60) in found


def test_an_event_the_report_adds_after_a_total_stays_an_incident() -> None:
    text = _ADDED.replace("55 civilians were killed by other parties, including landmines and unknown gunmen",
                          "four civilians were killed in an ambush near Nawa on Monday")
    assert ("civilians", 4) not in totals(text)


def test_dead_of_counted_events_in_a_statistics_sentence_are_a_total() -> None:
    text = ("According to the monitor's statistics, the number of ISIS ambushes in the desert since early 2023 has risen "
            "to 37, which have left 64 people dead.")
    assert ("unknown", 64) in totals(text)


def test_event_ranked_as_one_raid_is_no_total() -> None:
    text = ("A drone struck a car near Tell Tamr today, killing two SDF members.\n\nIn February, Turkish drones near "
            "Qamishli and Amuda killed 23 SDF fighters, one of the deadliest such raids since the operation began.")
    assert totals(text) == []


def test_unverified_claim_is_no_total() -> None:
    text = ("SOHR documented the deaths of 120 ISIS members in the desert in 2023. The group, through its media outlets, "
            "claimed to have killed 340 regime soldiers over the same period, a figure the Observatory could not verify.")
    assert totals(text, "2024-01-02") == [("isis", 120)]


def test_lives_to_save_are_no_toll() -> None:
    text = ("Regime shelling killed two civilians in Sarmin today.\n\nSOHR urges the international community to act to "
            "save the lives of more than 4,000 civilians trapped in the besieged villages.")
    result = row(text)
    assert result["totals"] == []
    assert all(i["killed"].get("civilians", 0) < 100 for i in result["incidents"])


def test_ordinal_word_counts_events_not_a_toll() -> None:
    text = ("An ISIS ambush on a regime patrol near Ithriyah killed five soldiers, in the fourth such attack since the "
            "beginning of the month.")
    assert totals(text) == []


def test_single_massacre_in_a_month_is_one_event() -> None:
    text = "In March 2021, ISIS gunmen executed nine truffle hunters in a single massacre near al-Sukhnah."
    assert totals(text, "2021-05-01") == []


def test_large_injured_figure_after_one_attack_stays_the_attack_s() -> None:
    text = ("A car bomb exploded near a bakery in the town of Jarablus on Sunday, killing 19 civilians. More than 130 "
            "others were injured, many of them seriously.")
    out = row(text)
    assert out["totals"] == []
    assert [i["injured"] for i in out["incidents"]] == [{"civilians": 130}]


def test_large_injured_figure_of_several_strikes_is_no_incident_s() -> None:
    text = ("Warplanes carried out 40 raids on Idlib in 2021, SOHR has documented. The raids killed 150 people. The "
            "strikes also wounded 210 others.")
    out = row(text)
    assert all(not i["injured"] for i in out["incidents"])


def test_left_a_man_dead_last_month_is_one_event() -> None:
    assert not is_period_total("Last month, a similar feud in the village of Gharanij left a man dead and three others wounded.")


def test_left_dozens_dead_last_month_is_still_a_total() -> None:
    assert is_period_total("Last month, feuds between clans in the countryside of Deir ez-Zor left 23 people dead.")


def test_number_killed_in_one_described_attack_has_risen() -> None:
    text = ("A car bomb went off near the bus station of the town of Sarmada in the northern countryside of Idlib on "
            "Monday, killing 6 civilians. The number of people killed in the explosion of the booby-trapped car that "
            "targeted the crowded bus station in the centre of the town of Sarmada has risen to 15, after more of the "
            "wounded died in hospital.")
    assert totals(text) == []


def test_largest_toll_where_one_strike_killed_is_an_incident() -> None:
    text = ("The monitor documented the deaths of 31 civilians in the past 24 hours in Russian airstrikes on towns of "
            "southern Idlib. The highest toll was in the town of Kafranbel, where an airstrike on a school killed 14 "
            "civilians.")
    out = row(text)
    assert total_pairs(out) == [("civilians", 31)]
    assert [i["killed"] for i in out["incidents"]] == [{"civilians": 14}]


def test_attacks_by_area_after_a_total_are_no_totals() -> None:
    text = ("SOHR documented 12 attacks by ISIS cells in the desert in May 2023, which left 30 regime soldiers dead. "
            "The attacks were distributed as follows: five in Homs desert, four in Deir Ezzor desert and three in "
            "Hama desert.")
    assert totals(text) == [("regime", 30)]


def test_toll_of_the_strikes_of_one_raid_is_the_incident_toll() -> None:
    text = ("Israeli missiles struck weapons depots near the airport of Hama and in the area of Masyaf shortly after "
            "midnight, the monitor said.\n\nAccording to the monitor, four people were killed in the strikes: three "
            "soldiers of the regime army and a member of Hezbollah.")
    found = row(text)
    assert found["totals"] == []
    assert {"regime": 3, "pro_iran_foreign": 1} in killed_per_incident(found)


def test_toll_of_counted_strikes_stays_a_total() -> None:
    text = ("Israeli jets carried out six strikes on weapons depots near the airport of Hama and in the area of Masyaf, "
            "the monitor said.\n\nAccording to the monitor, four people were killed in the strikes: three soldiers of "
            "the regime army and a member of Hezbollah.")
    assert ("regime", 3) in totals(text)


def test_bombardment_since_the_morning_with_its_toll_is_an_incident() -> None:
    text = ("Regime forces have shelled the town of Kansafra and nearby villages with rockets since the early morning "
            "hours, killing two civilians.")
    found = row(text)
    assert found["totals"] == []
    assert {"civilians": 2} in killed_per_incident(found)


def test_counted_strikes_since_the_morning_stay_a_total() -> None:
    text = "Russian jets carried out 30 airstrikes on ISIS hideouts since this morning, killing 12 ISIS members."
    assert totals(text) == [("isis", 12)]
