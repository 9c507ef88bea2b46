"""Totals: the side of a total and of its lines.

* label lines that name the side of the dead or their own group; lines by perpetrator and killers in active clauses,
  with other killing verbs, zero lines, "at the hands of";
* people who joined a side or a settlement, ex-rebels who settled and enlisted, people on a civilian pursuit (truffles,
  grazing);
* "the factions" named as Turkey's; Syrian and non-Syrian pro-regime fighters; two formations of one side are not
  summed;
* gunmen dead in infighting of one side or in clashes between two sides.

Paragraphs written for these tests, judged by the conventions of ../shared/data/sohr/SCHEMA.md; each construction has
look-alikes that must not change.
"""

from __future__ import annotations

import pytest

from contract_rows import contract
from totals_cases import _SUBLIST, regions, row, totals

LABELS = [
    ("ISIS: 730 members killed by Russian and regime airstrikes.", ("isis", 730)),
    ("Hayat Tahrir al-Sham: 215 fighters killed by Russian and regime shelling.", ("hts_rebels", 215)),
    ("SDF: 48 members killed in Turkish drone strikes.", ("sdf", 48)),
]


ACTIVE_CLAUSES = [
    ("The network documented the killing of 50 civilians in Syria in April 2022. It said that regime forces killed 20 "
     "civilians, including four children, while Russian jets killed 4 civilians. ISIS cells killed six civilians and "
     "the SDF killed two. Other parties killed 18 civilians.",
     {("civilians", 20, "regime"), ("civilians", 4, "russia"), ("civilians", 6, "isis"), ("civilians", 2, "sdf")}),
    ("The network documented the killing of 41 civilians in Syria in June 2021. The report adds that the Syrian "
     "Democratic Forces killed seven civilians, while ISIS killed 11 civilians, including a woman.",
     {("civilians", 7, "sdf"), ("civilians", 11, "isis")}),
    ("The network documented the killing of 33 civilians in Syria in July 2021. Regime forces killed 14 civilians, "
     "Turkish forces killed six civilians, including a child, and HTS killed four civilians.",
     {("civilians", 14, "regime"), ("civilians", 6, "turkey_factions"), ("civilians", 4, "hts_rebels")}),
]


def perpetrators(text: str, published: str | None = None) -> list[tuple[str, int, str | None]]:
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in row(text, published)["totals"])


LISTED_CATEGORIES = [
    ("Since early 2024, the monitor has documented 31 strikes, which killed 40 soldiers of the regime army, 15 "
     "Iranian-backed militiamen of non-Syrian nationalities, 11 members of Hezbollah and three civilians.",
     [("civilians", 3), ("pro_iran_foreign", 11), ("pro_iran_foreign", 15), ("regime", 40)]),
    ("In October 2023, the fighting in Idlib left 26 HTS members, 9 fighters of the Turkistan Islamic Party, 14 "
     "soldiers of the regime army and 5 civilians dead.",
     [("civilians", 5), ("hts_rebels", 9), ("hts_rebels", 26), ("regime", 14)]),
    ("The monitor said the number of fatalities since the start of the year has risen to 70: 33 members of the SDF, "
     "21 Asayish members, 16 civilians.",
     [("civilians", 16), ("sdf", 21), ("sdf", 33)]),
]


KILLING_VERBS = [
    ("In September 2022, the monitor documented the deaths of 58 civilians. Of them, 17 were killed by regime shelling, "
     "eight were executed by ISIS and five by Turkish forces.",
     [("civilians", 5, "turkey_factions"), ("civilians", 8, "isis"), ("civilians", 17, "regime"), ("civilians", 58, None)]),
    ("Since the start of the year, 40 civilians have been killed in Daraa. Of them, 22 were shot dead by regime forces "
     "and 9 by Russian airstrikes.",
     [("civilians", 9, "russia"), ("civilians", 22, "regime"), ("civilians", 40, None)]),
    ("During March 2021, 35 civilians died across Syria: 12 were assassinated by ISIS cells, 14 were killed by "
     "regime shelling and 9 by Turkish drones.",
     [("civilians", 9, "turkey_factions"), ("civilians", 12, "isis"), ("civilians", 14, "regime"), ("civilians", 35, None)]),
]


JOINED = [
    ("Since the start of 2023, the number of people killed in the Daraa countryside has risen to 120: 50 civilians, 45 "
     "regime soldiers, 15 former rebels who had joined the 5th Corps after the settlement, and 10 ex-fighters who "
     "did not join any formation.",
     [("civilians", 50), ("hts_rebels", 10), ("regime", 15), ("regime", 45)]),
    ("In July 2022, 29 people were killed in Daraa, they are: 11 civilians; 12 former opposition commanders who "
     "joined the regime's Military Intelligence; and six members of local factions.",
     [("civilians", 11), ("hts_rebels", 6), ("regime", 12)]),
    ("During 2021, the monitor documented the death of 64 civilians in Quneitra; 18 regime soldiers; and 20 "
     "ex-members of the factions who later joined the ranks of the Syrian army.",
     [("civilians", 64), ("regime", 18), ("regime", 20)]),
]


COUNTED_PEOPLE = [
    ("Gunmen shot dead two men from the al-Baggara clan near Hajin on Monday. Thereby, the number of members of the clan "
     "killed by ISIS cells since the start of the year rises to 46."),
    ("This brings the number of villagers killed by the snipers of the militia since the start of the month to 64."),
    ("Since the group stormed the area in early June, the number of tribesmen killed by its fighters has risen to 215, "
     "most of them civilians, according to local sources."),
]


_BY_KILLER = ("The network documented the killing of 60 civilians in Syria in August 2022. By perpetrator, regime forces "
              "killed 20 civilians, while Russian forces killed no civilians this month. Other parties killed 40 civilians.")


_JOINED = ("The monitor has documented the deaths of 240 people in Quneitra since early 2022. They are: 80 civilians; "
           "35 ex-rebels who settled their status and enlisted in the regime's Fourth Division; and 12 former fighters who "
           "had not joined any formation.")


@pytest.mark.parametrize(("line", "expected"), LABELS)
def test_label_names_side_of_dead(line: str, expected: tuple[str, int]) -> None:
    text = f"Since the start of 2022, the monitor provides the following toll, as follows:\n{line}"
    assert expected in totals(text, "2022-10-01")


def test_label_line_naming_its_own_group_keeps_that_group() -> None:
    text = "Since the start of 2022, the monitor provides the following toll, as follows:\nRegime forces: 12 Hezbollah fighters."
    assert totals(text, "2022-10-01") == [("pro_iran_foreign", 12)]


def test_parts_by_perpetrator_stay_totals() -> None:
    text = ("Civilians: 120 civilians were killed across Syria in July 2022. Of them, 40 were killed by Russian airstrikes, "
            "30 by regime shelling and 10 by landmines.")
    assert ("civilians", 40) in totals(text, "2022-08-01") and ("civilians", 30) in totals(text, "2022-08-01")


@pytest.mark.parametrize(("text", "expected"), ACTIVE_CLAUSES)
def test_killers_in_active_clauses(text: str, expected: set[tuple[str, int, str]]) -> None:
    got = {(t["side"], t["killed"], t.get("perpetrator")) for t in row(text, "2022-05-01")["totals"]}
    assert expected <= got


def test_area_split_after_killer_named_keeps_side_of_total() -> None:
    text = ("Since the start of 2023, the monitor has documented the deaths of 58 civilians in the desert.\n"
            "Deaths in attacks by ISIS by area: 30 in the Homs desert; 18 in Hama desert; and 10 in Raqqa desert.")
    assert {t[0] for t in regions(text, "2023-06-01")} == {"civilians"}


@pytest.mark.parametrize(("text", "expected"), LISTED_CATEGORIES)
def test_listed_categories_of_one_side_stay_apart(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2024-05-01") == expected


def test_pair_of_one_side_joined_by_and_is_one_total() -> None:
    text = ("Thereby, the number of shepherds killed by landmines since early March rises to 17, in addition to three "
            "NDF fighters and a soldier of the army escorting their flocks.")
    assert totals(text, "2023-04-01") == [("civilians", 17), ("regime", 4)]


@pytest.mark.parametrize(("text", "expected"), KILLING_VERBS)
def test_lines_by_perpetrator_with_other_killing_verbs(text: str, expected: list[tuple[str, int, str | None]]) -> None:
    assert perpetrators(text, "2023-01-01") == expected


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_people_who_joined_a_side_take_it(text: str, expected: list[tuple[str, int]]) -> None:
    assert totals(text, "2023-08-01") == expected


def test_people_who_joined_a_settlement_keep_their_side() -> None:
    text = ("Since early 2024, 30 people were killed in Daraa: 18 civilians and 12 former rebels who joined the "
            "reconciliation process and stayed out of every armed formation.")
    assert totals(text, "2024-06-01") == [("civilians", 18), ("hts_rebels", 12)]


@pytest.mark.parametrize("text", COUNTED_PEOPLE)
def test_running_total_of_people_of_no_side_is_unknown(text: str) -> None:
    assert [side for side, _ in totals(text, "2023-05-01")] == ["unknown"]


def test_bare_lines_under_a_labelled_line_are_totals_of_its_side() -> None:
    found = totals(_SUBLIST)
    for pair in [("civilians", 1300), ("civilians", 410), ("civilians", 22), ("civilians", 130), ("civilians", 738),
                 ("regime", 950), ("isis", 700)]:
        assert pair in found


def test_civilians_with_parts_of_one_side_stay() -> None:
    text = ("Since early February 2023, the monitor has documented the deaths of 52 civilians while picking truffles in "
            "the Syrian desert. They included 40 men and 12 children.")
    assert ("civilians", 52) in totals(text)


def test_counted_deaths_of_no_side_are_unknown() -> None:
    text = ("SOHR has documented 31 deaths in family feuds and revenge killings in Daraa province since the beginning of "
            "2022, more than the number of soldiers killed in attacks in the same period.")
    found = totals(text)
    assert ("unknown", 31) in found
    assert ("regime", 31) not in found


def test_deaths_among_a_side_keep_that_side() -> None:
    text = "SOHR has documented 31 deaths among regime forces in Daraa province since the beginning of 2022."
    assert ("regime", 31) in totals(text)


def test_people_counted_after_the_figure_are_unknown() -> None:
    text = ("This brings to 120 the number of members of the al-Hassoun clan killed by regime militias since the clashes "
            "broke out three weeks ago.")
    assert ("unknown", 120) in totals(text)


def test_side_counted_after_the_figure_keeps_it() -> None:
    text = ("This brings to 120 the number of regime soldiers killed by ISIS cells in the desert since the beginning of "
            "the year.")
    found = totals(text)
    assert ("regime", 120) in found
    assert ("unknown", 120) not in found


def test_killer_that_killed_no_civilians_gives_a_zero_total() -> None:
    found = row(_BY_KILLER)["totals"]
    assert any(t["side"] == "civilians" and t["killed"] == 0 and t.get("perpetrator") == "russia" for t in found)
    assert ("civilians", 20) in totals(_BY_KILLER)


def test_losses_of_a_side_reaching_a_bare_figure_are_a_total() -> None:
    assert totals("Regime losses in the Syrian desert since the beginning of 2024 have climbed to 265.") == [("regime", 265)]


def test_bare_lines_under_a_split_by_perpetrator_are_totals() -> None:
    text = ("The network documented the killing of 640 civilians in Syria in 2022, distributed by perpetrator as follows:\n"
            "- 210 by Syrian regime forces.\n- 35 by Russian forces.\n- 395 by other parties.")
    found = totals(text)
    for pair in [("civilians", 640), ("civilians", 210), ("civilians", 35), ("civilians", 395)]:
        assert pair in found


def test_toll_among_a_side_that_amounted_to_a_bare_figure() -> None:
    text = "Accordingly, the death toll among ISIS members in Russian airstrikes since the start of the year amounted to 118."
    assert totals(text) == [("isis", 118)]


def test_shares_at_the_hands_of_a_party_are_totals_by_perpetrator() -> None:
    text = ("The network documented the killing of 95 civilians in Syria in March 2023, 41 of them at the hands of Syrian "
            "regime forces and 12 at the hands of Russian forces.")
    found = {(t["side"], t["killed"], t.get("perpetrator")) for t in row(text)["totals"]}
    assert ("civilians", 41, "regime") in found
    assert ("civilians", 12, "russia") in found
    assert ("civilians", 95, None) in found


def test_ex_rebels_who_settled_and_enlisted_take_the_side_they_joined() -> None:
    found = totals(_JOINED)
    assert ("regime", 35) in found
    assert ("hts_rebels", 35) not in found


def test_former_fighters_who_joined_no_formation_stay_rebels() -> None:
    assert ("hts_rebels", 12) in totals(_JOINED)


def test_area_lines_of_one_side_keep_it() -> None:
    text = ("The monitor has documented the deaths of 95 regime soldiers in the Syrian desert since early 2023, distributed by "
            "area as follows:\n"
            "Homs desert: 55\n"
            "Deir ez-Zor desert: 40")
    found = totals(text)
    assert ("regime", 55) in found
    assert ("regime", 40) in found


def test_the_factions_named_as_turkeys_are_turkish_backed() -> None:
    text = ("The monitor has counted 40 deaths in bombings in areas held by Turkish forces and their proxy factions since "
            "early 2023, among them 25 civilians and 15 fighters of the factions.")
    found = totals(text)
    assert ("turkey_factions", 15) in found
    assert ("hts_rebels", 15) not in found


def test_the_factions_of_idlib_stay_rebels() -> None:
    text = ("The monitor has counted 40 deaths in regime shelling on areas held by HTS in Idlib since early 2023, among "
            "them 25 civilians and 15 fighters of the factions.")
    assert ("hts_rebels", 15) in totals(text)


def test_lines_by_killer_after_a_prose_colon_stay_totals() -> None:
    text = ("During May 2023, 30 civilians died in Daraa: 12 were shot dead by unknown gunmen, 10 were killed by regime "
            "shelling and 8 by landmines.")
    found = totals(text)
    assert ("civilians", 12) in found
    assert ("civilians", 10) in found


def test_ranked_regions_after_lines_of_several_sides_are_unknown() -> None:
    text = ("SOHR has documented the deaths of 250 people in the Badia during 2021 in ambushes and landmine blasts. The "
            "toll is distributed as follows:\n- 120 regime soldiers and loyalist militiamen.\n- 80 ISIS members.\n"
            "- 50 civilians, including 20 shepherds.\nRegionally, the Deir ez-Zor desert recorded the highest toll with "
            "110 fatalities, followed by Homs desert with 90 and Raqqa desert with 50.")
    assert regions(text) == [("unknown", 50, "Raqqa desert"), ("unknown", 90, "Homs desert"),
                             ("unknown", 110, "Deir ez-Zor desert")]


def test_ranked_regions_after_one_side_keep_it() -> None:
    text = ("SOHR has documented the deaths of 98 civilians in the Badia during 2021. Regionally, the Deir ez-Zor desert "
            "recorded the highest toll with 50 fatalities, followed by Homs desert with 30 and Raqqa desert with 18.")
    assert {side for side, _, _ in regions(text)} == {"civilians"}


def test_accounted_for_deaths_takes_the_subject_side() -> None:
    text = "Rebel and jihadist fighters, including those of HTS, accounted for 1,240 deaths in 2020, while ISIS lost 510 members."
    assert totals(text, "2021-01-01") == [("hts_rebels", 1240), ("isis", 510)]


@pytest.mark.parametrize("text", [
    "A regime soldier was shot dead by unknown gunmen near Nawa this morning. Thereby, the death toll of assassinations "
    "and attacks in Daraa since the beginning of 2023 rises to 212.",
    "Two men were found dead near Busra al-Harir. The death toll of the security chaos in the province since January "
    "has thus risen to 212, SOHR said.",
])
def test_death_toll_of_killings_is_of_no_side(text: str) -> None:
    assert totals(text) == [("unknown", 212)]


def test_inline_party_list_does_not_fail() -> None:
    text = ("SOHR has documented the deaths of 870 people across Syria in July 2023. The victims were killed by the "
            "following parties: Syrian regime forces killed 41 civilians.")
    assert contract("Monthly toll\n\n" + text).get("reason") is None


def test_people_who_collaborated_with_a_group_take_its_side() -> None:
    text = ("Since early 2023, the number of people killed in Quneitra has risen to 75. They are: 30 civilians; 25 regime "
            "soldiers; 16 former rebels; and four people who had collaborated with Hezbollah.")
    assert totals(text) == [("civilians", 30), ("hts_rebels", 16), ("pro_iran_foreign", 4), ("regime", 25)]


def test_list_items_of_one_side_stay_apart() -> None:
    text = ("SOHR has documented 44 fatalities in drone strikes on the northeast since the beginning of 2023. The "
            "fatalities are: 13 civilians, 22 SDF members and nine members of the Internal Security Forces (Asayish).")
    assert totals(text) == [("civilians", 13), ("sdf", 9), ("sdf", 22)]


def test_split_by_a_named_party_stays_a_total() -> None:
    text = ("Since the beginning of 2023, SOHR has documented the deaths of 80 people in Idlib. Of them, 52 were killed by "
            "regime shelling and 11 by Russian airstrikes.")
    assert ("unknown", 52) in totals(text)


def test_bare_figures_by_killer_keep_the_victims_side() -> None:
    text = ("SNHR documented the deaths of 61 civilians in Syria in April 2023. The report said that Syrian regime forces "
            "killed 17 civilians, while Russian forces killed two, ISIS killed one and other parties killed 41.")
    assert perpetrators(text) == [("civilians", 1, "isis"), ("civilians", 2, "russia"), ("civilians", 17, "regime"),
                                  ("civilians", 41, None), ("civilians", 61, None)]


def test_one_by_a_party_in_a_passive_list() -> None:
    text = ("SNHR documented the deaths of 30 civilians in Syria in April 2023, 20 of whom were killed by Syrian regime "
            "forces, nine by Russian forces and one by ISIS.")
    assert ("civilians", 1, "isis") in perpetrators(text)


def test_toll_among_groups_at_figures() -> None:
    text = ("The monitor said 140 civilians have been killed since the start of the offensive on March 2, 2022. It "
            "puts the toll among SDF fighters at 97, among Turkish-backed factions at 120, and among Turkish soldiers at 22.")
    assert sorted(totals(text)) == [("civilians", 140), ("sdf", 97), ("turkey_factions", 22), ("turkey_factions", 120)]


def test_zero_line_of_list_by_perpetrator() -> None:
    text = ("The network documented the killing of 40 civilians in February 2022. The toll is distributed by "
            "perpetrator as follows:\n\nRegime forces: 22 civilians, including four children.\n\nRussian forces: The "
            "network did not record any civilian deaths by Russian forces this month.\n\nISIS: 6 civilians.\n\nOther "
            "parties: 12 civilians.")
    found = perpetrators(text)
    assert ("civilians", 0, "russia") in found
    assert ("civilians", 6, "isis") in found


def test_people_killed_while_hunting_truffles_are_civilians() -> None:
    text = "According to the monitor, at least 95 people have died in the desert while searching for truffles since January 2022."
    assert totals(text) == [("civilians", 95)]


def test_people_killed_while_grazing_sheep_are_civilians() -> None:
    text = "Since the start of 2022, landmines have killed 38 people grazing their sheep in the Hama countryside."
    assert totals(text) == [("civilians", 38)]


def test_people_of_no_pursuit_stay_unknown() -> None:
    text = "According to the monitor, at least 95 people have died in the desert in landmine blasts since January 2022."
    assert totals(text) == [("unknown", 95)]


def test_pro_regime_fighters_of_non_syrian_nationality_are_pro_iran_foreign() -> None:
    text = ("The monitor documented the deaths of 700 people in May 2022, distributed as follows:\n- 310 regime soldiers.\n"
            "- 85 pro-regime gunmen of non-Syrian nationalities, most of them Iraqis.\n- 305 ISIS members.")
    assert ("pro_iran_foreign", 85) in totals(text)


def test_fighters_of_syrian_and_non_syrian_nationality_stay_regime() -> None:
    text = ("The monitor documented the deaths of 700 people in May 2022, distributed as follows:\n- 395 regime soldiers "
            "and pro-regime gunmen of Syrian and non-Syrian nationalities.\n- 305 ISIS members.")
    assert ("regime", 395) in totals(text)


def test_two_formations_of_one_side_are_not_summed() -> None:
    text = ("The monitor documented the deaths of 640 people in 2022, distributed as follows:\n- 300 civilians.\n- 212 "
            "members of the Turkish-backed factions and 9 soldiers of the Turkish army.\n- 119 SDF fighters.")
    pairs = totals(text)
    assert ("turkey_factions", 212) in pairs and ("turkey_factions", 9) in pairs


def test_members_of_one_group_and_a_soldier_are_still_summed() -> None:
    text = "Since the start of 2022, the monitor has documented the deaths of five NDF members and a soldier in the desert."
    assert totals(text) == [("regime", 6)]


def test_share_of_a_line_killed_in_attacks_of_another_side_keeps_the_line_s_side() -> None:
    text = ("Since the start of 2022, the number of people killed in the desert has risen to 500, they are:\n- 280 regime "
            "soldiers. Of them, 75 were killed in ISIS ambushes.\n- 220 ISIS members.")
    assert ("isis", 75) not in totals(text)
    # a share told by how they died is the line's ``of_which``, no total (``totals_kinds``)
    assert totals(text) == [("isis", 220), ("regime", 280)]


def test_share_naming_its_own_people_keeps_their_side() -> None:
    text = ("Since the start of 2022, the monitor has documented the deaths of 280 regime soldiers in the desert. Among "
            "them, the monitor counted 40 Hezbollah members killed in ISIS ambushes.")
    assert ("regime", 40) not in totals(text)


def test_split_by_killers_after_a_period_total_gives_totals() -> None:
    text = ("The rights group documented the killing of 150 civilians in Syria in May 2021.\n\nAccording to its "
            "report, regime forces killed 40 civilians, Russian forces killed 12, and ISIS killed five.")
    found = perpetrators(text)
    assert ("civilians", 40, "regime") in found
    assert ("civilians", 12, "russia") in found
    assert ("civilians", 5, "isis") in found


def test_running_figure_of_people_on_a_civilian_pursuit_is_civilian() -> None:
    text = ("Thereby, the number of people killed while picking truffles in the Badia since February rises to 45, "
            "SOHR said.")
    assert totals(text) == [("civilians", 45)]


def test_running_figure_of_people_without_pursuit_stays_unknown() -> None:
    text = "Thereby, the number of people killed in ISIS attacks in the Badia since February rises to 45, SOHR said."
    assert totals(text) == [("unknown", 45)]


def test_gunmen_dead_in_infighting_among_one_side_are_of_that_side() -> None:
    text = ("Thereby, SOHR has documented 23 incidents of infighting among Turkish-backed factions in Afrin since early "
            "2023, which left 11 gunmen and two civilians dead.")
    assert totals(text) == [("civilians", 2), ("turkey_factions", 11)]


def test_gunmen_dead_in_clashes_between_two_sides_stay_of_no_side() -> None:
    text = ("Thereby, SOHR has documented 23 clashes between Turkish-backed factions and the SDF in Afrin since early "
            "2023, which left 11 gunmen and two civilians dead.")
    assert ("turkey_factions", 11) not in totals(text)
