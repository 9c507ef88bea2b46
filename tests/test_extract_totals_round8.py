"""Totals, round eight: a statistics block held together across its sub-lists, overall figures of people that head a
list by side, tolls told "among <group> at <figure>", country-wide tolls of one day told in the passive, zero lines of a
list by perpetrator, and large injured figures left to the incident (paragraphs written for these tests, judged by the
conventions of ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from typing import Any

from contract_rows import titled, total_pairs
from observatory.extract.totals import is_period_total


def row(text: str, published: str | None = "2022-03-01") -> dict[str, Any]:
    return titled(text, published)


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(row(text))


def perpetrators(text: str) -> list[tuple[str, int, str | None]]:
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in row(text)["totals"])


# --- a figureless remainder sentence does not close the block: the "Fighters:" list after it is read -------------

def test_remainder_sentence_keeps_block_open_for_next_sublist() -> None:
    text = ("The monitor recorded the deaths of 2,140 persons across the country during March 2022, distributed as "
            "follows:\n\nCivilians: 610 civilians, including 150 children.\n- 205 civilians were killed by regime "
            "shelling.\n- 90 civilians were killed by Russian aircraft.\nThe remaining victims died in explosions and "
            "gunfire by unidentified persons.\n\nFighters:\n- 720 soldiers of the regime army.\n- 430 members of HTS.\n"
            "- 380 ISIS members.")
    assert ("regime", 720) in totals(text)
    assert ("hts_rebels", 430) in totals(text)
    assert ("isis", 380) in totals(text)


def test_sentence_after_list_that_is_no_remainder_still_closes_block() -> None:
    text = ("The monitor recorded the deaths of 310 civilians during March 2022, distributed as follows:\n- 205 "
            "civilians were killed by regime shelling.\n- 90 civilians were killed by Russian aircraft.\n\nThe monitor "
            "calls on the international community to protect civilians.\n\nOn Tuesday, 14 soldiers of the regime army "
            "were killed in an ISIS ambush near the town of Kabajeb.")
    assert ("regime", 14) not in totals(text)


# --- an overall figure of people heading a list by side is not a total of its own --------------------------------

def test_people_heading_list_by_side_is_dropped_even_when_lines_fall_short() -> None:
    text = ("Since the start of 2022, the number of people killed in the eastern desert has reached 412, they are:\n"
            "- 45 civilians, most of them shepherds.\n- 250 regime soldiers and loyalist gunmen.\n- 110 ISIS members.")
    assert totals(text) == [("civilians", 45), ("isis", 110), ("regime", 250)]


def test_people_heading_list_by_area_stays() -> None:
    text = ("Since the start of 2022, the monitor has documented the deaths of 96 people in mine blasts.\nDistribution "
            "by area:\nHama: 40\nHoms: 30\nAleppo: 26\nOf the dead, 80 were civilians and 16 were soldiers of the regime army.")
    assert ("unknown", 96) in totals(text)


def test_people_total_with_one_side_named_after_stays() -> None:
    text = ("Since the start of 2022, the number of people killed in the eastern desert has reached 412, they are:\n"
            "- 250 regime soldiers and loyalist gunmen.")
    assert ("unknown", 412) in totals(text)


# --- an overall toll read as of one side that lines of several sides add up to exactly -----------------------------

def test_rising_toll_split_exactly_by_side_is_not_a_total_of_one_side() -> None:
    text = ("The death toll from the fighting in and around the central prison in the city of Raqqa has risen to 86 since "
            "ISIS militants stormed the complex on Monday, the monitor said. According to the monitor, the dead include "
            "51 ISIS members, 30 SDF fighters and five civilians.")
    assert totals(text) == [("civilians", 5), ("isis", 51), ("sdf", 30)]


def test_total_of_one_side_named_in_its_figure_is_kept_beside_lines_that_add_up() -> None:
    text = ("The monitor documented the deaths of 400 civilians in 2022. Russian strikes alone killed 50 civilians during "
            "the year. Among combatants, it counted 350 regime soldiers.")
    assert ("civilians", 400) in totals(text)


# --- "puts the toll among X at N, among Y at M and among Z at K" ---------------------------------------------------

def test_toll_among_groups_at_figures() -> None:
    text = ("The monitor said 140 civilians have been killed since the start of the offensive on March 2, 2022. It "
            "puts the toll among SDF fighters at 97, among Turkish-backed factions at 120, and among Turkish soldiers at 22.")
    assert sorted(totals(text)) == [("civilians", 140), ("sdf", 97), ("turkey_factions", 22), ("turkey_factions", 120)]


def test_at_with_a_clock_time_is_no_figure() -> None:
    text = ("The monitor said 140 civilians have been killed since the start of the offensive on March 2, 2022. The "
            "toll of the shelling of the market at 9 am was not known.")
    assert totals(text) == [("civilians", 140)]


# --- a country-wide toll of one day told in the passive ------------------------------------------------------------

def test_people_killed_across_syria_on_one_day_split_by_side() -> None:
    text = ("The monitor said that 37 people were killed throughout Syria on Wednesday: 21 civilians, 9 rebel fighters "
            "and 7 regime soldiers.\n\nHoms: 12 civilians were killed by the shelling of the Khalidiya neighbourhood by "
            "regime forces.")
    pairs = totals(text)
    assert pairs == [("civilians", 21), ("hts_rebels", 9), ("regime", 7)]


def test_event_killed_in_a_syrian_town_is_no_countrywide_toll() -> None:
    text = "Nine civilians were killed on Wednesday when regime shells hit a market in the town of Ariha in Idlib."
    assert totals(text) == []


# --- a line of a list by perpetrator that states no deaths --------------------------------------------------------

def test_zero_line_of_list_by_perpetrator() -> None:
    text = ("The network documented the killing of 40 civilians in February 2022. The toll is distributed by "
            "perpetrator as follows:\n\nRegime forces: 22 civilians, including four children.\n\nRussian forces: The "
            "network did not record any civilian deaths by Russian forces this month.\n\nISIS: 6 civilians.\n\nOther "
            "parties: 12 civilians.")
    found = perpetrators(text)
    assert ("civilians", 0, "russia") in found
    assert ("civilians", 6, "isis") in found


# --- injured figures of 100 or more -------------------------------------------------------------------------------

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


# --- an event of one day at a named place after a total is no part of it ----------------------------------------

def test_meanwhile_event_of_one_day_after_total_is_an_incident() -> None:
    text = ("The monitor said 140 civilians have been killed since the start of the offensive on March 2, 2022. "
            "Meanwhile, the SDF said its fighters killed 17 Turkish soldiers in clashes near the village of Marwaniya "
            "on Friday.")
    assert totals(text) == [("civilians", 140)]


# --- a figure the text says is not known is no total ---------------------------------------------------------------

def test_number_of_casualties_unknown_makes_no_total() -> None:
    text = ("Fighting went on between the SDF and ISIS near the village of Hazima, leaving at least 6 ISIS members dead, "
            "while the number of SDF casualties is still unknown.")
    assert totals(text) == []


def test_number_of_casualties_known_is_still_a_total() -> None:
    text = "The number of SDF fighters killed in the fighting with ISIS since the start of the year has reached 48."
    assert totals(text) == [("sdf", 48)]


# --- "left a man dead" with a month as its date: one event ------------------------------------------------------

def test_left_a_man_dead_last_month_is_one_event() -> None:
    assert not is_period_total("Last month, a similar feud in the village of Gharanij left a man dead and three others wounded.")


def test_left_dozens_dead_last_month_is_still_a_total() -> None:
    assert is_period_total("Last month, feuds between clans in the countryside of Deir ez-Zor left 23 people dead.")


# --- people of a total described by a civilian pursuit are civilians ---------------------------------------------

def test_people_killed_while_hunting_truffles_are_civilians() -> None:
    text = "According to the monitor, at least 95 people have died in the desert while searching for truffles since January 2022."
    assert totals(text) == [("civilians", 95)]


def test_people_killed_while_grazing_sheep_are_civilians() -> None:
    text = "Since the start of 2022, landmines have killed 38 people grazing their sheep in the Hama countryside."
    assert totals(text) == [("civilians", 38)]


def test_people_of_no_pursuit_stay_unknown() -> None:
    text = "According to the monitor, at least 95 people have died in the desert in landmine blasts since January 2022."
    assert totals(text) == [("unknown", 95)]


# --- the last item of an "including" list is a part too ----------------------------------------------------------

def test_last_item_of_including_list_is_a_part() -> None:
    text = ("The monitor has documented the deaths of 120 regime soldiers since the start of 2022.\n- 64 civilians, "
            "including 9 oil workers in the Shaer field and 30 shepherds.")
    assert ("civilians", 30) not in totals(text)
    assert ("civilians", 64) in totals(text)


def test_dead_under_torture_in_an_including_list_are_a_part() -> None:
    text = ("The monitor documented the deaths of 920 civilians in May 2022, including 180 children, 95 women, and 27 "
            "prisoners who died under torture in regime jails.")
    assert totals(text) == [("civilians", 920)]
    assert dict(row(text)["totals"][0]["of_which"]).get("torture") == 27


def test_separate_total_after_including_list_of_other_side_stays() -> None:
    text = ("The monitor documented the deaths of 920 civilians in May 2022, including 180 children, and 300 ISIS "
            "members in the same month.")
    assert ("isis", 300) in totals(text)


# --- non-Syrian pro-regime fighters -----------------------------------------------------------------------------

def test_pro_regime_fighters_of_non_syrian_nationality_are_pro_iran_foreign() -> None:
    text = ("The monitor documented the deaths of 700 people in May 2022, distributed as follows:\n- 310 regime soldiers.\n"
            "- 85 pro-regime gunmen of non-Syrian nationalities, most of them Iraqis.\n- 305 ISIS members.")
    assert ("pro_iran_foreign", 85) in totals(text)


def test_fighters_of_syrian_and_non_syrian_nationality_stay_regime() -> None:
    text = ("The monitor documented the deaths of 700 people in May 2022, distributed as follows:\n- 395 regime soldiers "
            "and pro-regime gunmen of Syrian and non-Syrian nationalities.\n- 305 ISIS members.")
    assert ("regime", 395) in totals(text)


# --- two formations of one side joined by "and" are two lines ------------------------------------------------------

def test_two_formations_of_one_side_are_not_summed() -> None:
    text = ("The monitor documented the deaths of 640 people in 2022, distributed as follows:\n- 300 civilians.\n- 212 "
            "members of the Turkish-backed factions and 9 soldiers of the Turkish army.\n- 119 SDF fighters.")
    pairs = totals(text)
    assert ("turkey_factions", 212) in pairs and ("turkey_factions", 9) in pairs


def test_members_of_one_group_and_a_soldier_are_still_summed() -> None:
    text = "Since the start of 2022, the monitor has documented the deaths of five NDF members and a soldier in the desert."
    assert totals(text) == [("regime", 6)]


# --- one attack's toll told as rising is the incident's ----------------------------------------------------------

def test_number_killed_in_one_described_attack_has_risen() -> None:
    text = ("A car bomb went off near the bus station of the town of Sarmada in the northern countryside of Idlib on "
            "Monday, killing 6 civilians. The number of people killed in the explosion of the booby-trapped car that "
            "targeted the crowded bus station in the centre of the town of Sarmada has risen to 15, after more of the "
            "wounded died in hospital.")
    assert totals(text) == []


def test_number_killed_in_attacks_since_a_date_has_risen_is_a_total() -> None:
    text = ("The number of people killed in the attacks of ISIS cells in the desert since the start of 2022 has risen "
            "to 215.")
    assert totals(text) == [("unknown", 215)]


# --- a period between two dates with "claimed the lives of" ---------------------------------------------------

def test_between_two_dates_claimed_the_lives_of() -> None:
    text = ("Between February 1 and April 30, 2022, the monitor documented 51 assassinations by unidentified gunmen in "
            "rural Deir ez-Zor that claimed the lives of 44 people.")
    assert totals(text) == [("unknown", 44)]


# --- "the largest toll was in X, where a strike killed N": one event inside a sentence of totals ------------------

def test_largest_toll_where_one_strike_killed_is_an_incident() -> None:
    text = ("The monitor documented the deaths of 31 civilians in the past 24 hours in Russian airstrikes on towns of "
            "southern Idlib. The highest toll was in the town of Kafranbel, where an airstrike on a school killed 14 "
            "civilians.")
    out = row(text)
    assert total_pairs(out) == [("civilians", 31)]
    assert [i["killed"] for i in out["incidents"]] == [{"civilians": 14}]


# --- "Of them, N were killed in <region>" after a line of one side -------------------------------------------------

def test_share_of_a_line_by_region() -> None:
    text = ("Since the start of 2022, the number of people killed in the desert has risen to 500, they are:\n- 280 regime "
            "soldiers. Of them, 120 were killed in Homs desert.\n- 220 ISIS members.")
    assert ("regime", 120) in totals(text)


def test_share_of_a_line_by_cause_is_no_region() -> None:
    text = ("Since the start of 2022, the monitor has documented the deaths of 280 regime soldiers in the desert. Of them, "
            "40 were killed in landmine blasts.")
    assert totals(text) == [("regime", 280)]


# --- "Of them, N were killed in X attacks" after a line: a share of the line's side ------------------------------

def test_share_of_a_line_killed_in_attacks_of_another_side_keeps_the_line_s_side() -> None:
    text = ("Since the start of 2022, the number of people killed in the desert has risen to 500, they are:\n- 280 regime "
            "soldiers. Of them, 75 were killed in ISIS ambushes.\n- 220 ISIS members.")
    assert ("isis", 75) not in totals(text)
    assert ("regime", 75) in totals(text)


def test_share_naming_its_own_people_keeps_their_side() -> None:
    text = ("Since the start of 2022, the monitor has documented the deaths of 280 regime soldiers in the desert. Among "
            "them, the monitor counted 40 Hezbollah members killed in ISIS ambushes.")
    assert ("regime", 40) not in totals(text)
