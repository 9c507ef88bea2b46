"""Casualties, sides and totals in constructions a blind written evaluation set exposed (issue #4): roundup lines
"Label: N, including ...", regional lines under a header that names the side, lines "Perpetrator: N civilians" of a
list by perpetrator, an injured figure given as an ordinal ("a third was wounded") or after a possessive ("wounding
his two brothers"), and relatives or people at work as civilians.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date | None = date(2023, 5, 20)) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def totals(row: dict) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row["totals"])


def of_which(row: dict, side: str, killed: int) -> dict:
    return next(t["of_which"] for t in row["totals"] if (t["side"], t["killed"]) == (side, killed))


def one_incident(row: dict) -> dict:
    assert len(row["incidents"]) == 1, row["incidents"]
    return row["incidents"][0]


# --- roundup lines "Label: N, including ..." -------------------------------------------------------------------

ROUNDUP = (
    "Monitor: 640 people killed across Syria in March 2021\n"
    "The monitor documented the death of 640 people across Syria in March 2021.\n"
    "The fatalities are distributed as follows:\n"
    "* Civilians: 212, including 40 children and 19 women.\n"
    "* Regime soldiers and loyal gunmen of Syrian nationality: 150, among them 12 officers.\n"
    "* Fighters of the Islamic factions: 90, most of them of HTS.\n"
    "* ISIS members: 41.\n"
    "* Fighters of the Turkish-backed factions: 22, as well as 4 Turkish soldiers.\n"
    "* Unidentified people: 121.\n"
)


def test_a_label_line_with_a_breakdown_is_the_labels_total() -> None:
    row = run(ROUNDUP)
    got = totals(row)
    assert ("civilians", 212) in got
    assert of_which(row, "civilians", 212) == {"children": 40, "women": 19}
    assert ("civilians", 59) not in got  # the parts are not a total of their own


def test_label_lines_among_them_and_most_of_them() -> None:
    row = run(ROUNDUP)
    got = totals(row)
    assert ("regime", 150) in got
    assert of_which(row, "regime", 150) == {"officers": 12}
    assert ("hts_rebels", 90) in got


def test_as_well_as_after_a_label_figure_is_a_total_of_its_own() -> None:
    got = totals(run(ROUNDUP))
    assert ("turkey_factions", 22) in got
    assert ("turkey_factions", 4) in got


def test_a_headline_figure_equal_to_the_label_lines_is_dropped() -> None:
    got = totals(run(ROUNDUP))
    assert ("unknown", 640) not in got
    assert ("unknown", 121) in got


def test_label_lines_with_words_as_well() -> None:
    text = ("The monitor documented the death of 95 people in Daraa in 2022. The toll is distributed as follows:\n"
            "- Civilians: 51, including nine children.\n"
            "- Regime soldiers: 44, among them three officers.\n")
    row = run(text)
    assert {("civilians", 51), ("regime", 44)} <= set(totals(row))
    assert of_which(row, "civilians", 51) == {"children": 9}
    assert ("unknown", 95) not in totals(row)


# --- regional lines under a header naming the side ------------------------------------------------------------

REGIONS = (
    "Since the beginning of 2022, the monitor has documented 160 operations by ISIS cells in the desert. "
    "These operations killed 250 people, distributed as follows:\n"
    "180 regime soldiers and loyal militiamen.\n"
    "70 civilians, most of them shepherds.\n"
    "By region, the toll of regime forces is distributed as follows:\n"
    "Homs desert: 90\n"
    "Hama desert: 60\n"
    "Deir ez-Zor desert: 30\n"
)


def test_regional_lines_take_the_side_their_header_names() -> None:
    row = run(REGIONS)
    got = totals(row)
    assert {("regime", 180), ("civilians", 70), ("regime", 90), ("regime", 60), ("regime", 30)} <= set(got)
    regions = {t["region"] for t in row["totals"] if t.get("region")}
    assert {"Homs desert", "Hama desert", "Deir ez-Zor desert"} <= regions


def test_regional_lines_of_civilians() -> None:
    text = ("Since early 2023, the monitor has documented the death of 77 civilians by landmines and war remnants.\n"
            "The toll of civilians is distributed by province as follows:\n"
            "Aleppo: 31\n"
            "Idlib: 26\n"
            "Daraa: 20\n")
    row = run(text)
    assert {("civilians", 77), ("civilians", 31), ("civilians", 26), ("civilians", 20)} <= set(totals(row))


# --- lines of a list by perpetrator ------------------------------------------------------------------------------

BY_PERPETRATOR = (
    "The network said in its monthly report that it documented the killing of 64 civilians in Syria in April 2022.\n"
    "The report distributes the toll by the party responsible as follows:\n"
    "Syrian regime forces: killed 21 civilians, including five children and two women.\n"
    "Russian forces: four civilians, including one child.\n"
    "ISIS: three civilians.\n"
    "Other parties: 36 civilians, including 9 children.\n"
)


def test_lines_by_perpetrator_are_totals_of_civilians() -> None:
    row = run(BY_PERPETRATOR)
    got = totals(row)
    assert {("civilians", 64), ("civilians", 21), ("civilians", 4), ("civilians", 3), ("civilians", 36)} <= set(got)
    assert of_which(row, "civilians", 21) == {"children": 5, "women": 2}


def test_lines_by_perpetrator_with_number_words_first() -> None:
    text = ("In June 2021, the network documented the killing of 40 civilians. The toll by perpetrator is as follows:\n"
            "Turkish forces: seven civilians.\n"
            "Syrian Democratic Forces: five civilians, including two children.\n"
            "Other parties: 28 civilians.\n")
    assert {("civilians", 40), ("civilians", 7), ("civilians", 5), ("civilians", 28)} <= set(totals(run(text)))


# --- injured given as an ordinal or after a possessive ----------------------------------------------------------

def test_a_third_was_wounded_after_two_killed() -> None:
    inc = one_incident(run("On Monday a Turkish drone struck a car near the village of Tell Tamr in the countryside of "
                           "al-Hasakah, where two Asayish members died on the spot and a third was wounded."))
    assert inc["killed"] == {"sdf": 2}
    assert inc["injured"] == {"sdf": 1}


def test_a_third_was_injured_after_children() -> None:
    inc = one_incident(run("Three boys lost their lives and a fourth was injured on Friday by the explosion of a landmine "
                           "near the village of Maarzaf in the western countryside of Hama."))
    assert inc["killed"] == {"civilians": 3}
    assert inc["injured"] == {"civilians": 1}


def test_a_fourth_was_seriously_wounded() -> None:
    inc = one_incident(run("Three regime soldiers were killed and a fourth was seriously wounded in an ISIS attack on a "
                           "checkpoint near al-Sukhnah in the eastern countryside of Homs on Sunday."))
    assert inc["killed"] == {"regime": 3}
    assert inc["injured"] == {"regime": 1}


def test_wounding_his_two_brothers() -> None:
    inc = one_incident(run("Regime artillery shelled the village of Kansafra in the southern countryside of Idlib on Sunday, "
                           "killing a boy and wounding his three brothers."))
    assert inc["killed"] == {"civilians": 1}
    assert inc["injured"] == {"civilians": 3}


def test_injuring_her_three_sons() -> None:
    inc = one_incident(run("A Russian airstrike hit a house in the town of Ariha in the Idlib countryside on Tuesday, killing "
                           "a woman and injuring her three sons."))
    assert inc["killed"] == {"civilians": 1}
    assert inc["injured"] == {"civilians": 3}


def test_wounding_their_four_children() -> None:
    inc = one_incident(run("A landmine exploded under a car near al-Rai in the northern countryside of Aleppo on Saturday, "
                           "killing a man and his wife and wounding their four children."))
    assert inc["injured"] == {"civilians": 4}


# --- relatives and people at work are civilians ----------------------------------------------------------------

def test_members_of_the_same_family_are_civilians() -> None:
    inc = one_incident(run("A landmine exploded near the village of Maarzaf in the western countryside of Hama on Wednesday, "
                           "killing a farmer, while two other members of his family were injured."))
    assert inc["injured"] == {"civilians": 2}


def test_members_of_one_family_were_killed() -> None:
    inc = one_incident(run("Four members of one family were killed when regime shells hit their house in the town of "
                           "Darat Izza in the western countryside of Aleppo on Thursday."))
    assert inc["killed"] == {"civilians": 4}


def test_a_young_man_working_on_his_land_is_a_civilian() -> None:
    inc = one_incident(run("A young man was wounded by a sniper bullet fired by regime forces near the village of al-Bara "
                           "in the southern countryside of Idlib on Thursday while he was working on his land."))
    assert inc["injured"] == {"civilians": 1}


def test_a_man_wounded_while_harvesting_is_a_civilian() -> None:
    inc = one_incident(run("A man was injured by an explosion of a war remnant while harvesting wheat in his field near "
                           "the town of Nawa in the western countryside of Daraa on Monday."))
    assert inc["injured"] == {"civilians": 1}


# --- "N by X" after a figure of a list: parts of that figure by perpetrator ------------------------------------

def test_figures_by_perpetrator_after_a_label_line() -> None:
    text = ("The monitor documented the death of 500 people across Syria in May 2021. The toll is distributed as follows:\n"
            "* Civilians: 200, including 30 children. Of them, 90 civilians were killed by Russian airstrikes, 60 by regime "
            "shelling, 30 by Turkish forces and 20 by SDF fire.\n"
            "* Regime soldiers: 180.\n"
            "* ISIS members: 120.\n")
    row = run(text)
    got = totals(row)
    assert {("civilians", 200), ("civilians", 90), ("civilians", 60), ("civilians", 30), ("civilians", 20)} <= set(got)
    assert ("unknown", 500) not in got
    perps = {t["killed"]: t.get("perpetrator") for t in row["totals"] if t["side"] == "civilians"}
    assert perps.get(60) in (None, "regime")


def test_figures_by_perpetrator_in_a_sentence_of_totals() -> None:
    text = ("Since the beginning of 2022, the monitor has documented the death of 75 civilians in the north-west, "
            "45 of them by regime shelling, 20 by Russian airstrikes and 10 by landmines.")
    got = totals(run(text))
    assert {("civilians", 75), ("civilians", 45), ("civilians", 20), ("civilians", 10)} <= set(got)


# --- "The dead included ..." / "The toll includes ..." after a total: its parts ---------------------------------

def test_the_dead_included_after_a_yearly_total() -> None:
    text = ("Turkish drones carried out 60 strikes on areas of the Autonomous Administration in 2022, killing 48 people, "
            "according to the monitor. The dead included 30 members of the SDF, 12 civilians, including three children, "
            "and six Syrian government soldiers.")
    got = totals(run(text))
    assert {("sdf", 30), ("civilians", 12), ("regime", 6)} <= set(got)
    assert ("unknown", 48) not in got


def test_the_toll_includes_after_days_of_fighting() -> None:
    text = ("The death toll from three days of fighting between the SDF and tribal gunmen in the countryside of Deir ez-Zor "
            "has risen to 31, the monitor said on Friday. The toll includes 14 SDF members, 11 tribal gunmen and six "
            "civilians, among them a child.")
    got = totals(run(text))
    assert {("sdf", 14), ("civilians", 6)} <= set(got)
    assert ("unknown", 31) not in got


def test_the_victims_were_after_a_monthly_total() -> None:
    text = ("The monitor documented the death of 20 people in ISIS attacks in the desert during March 2023. "
            "The victims were 13 regime soldiers and seven shepherds.")
    got = totals(run(text))
    assert {("regime", 13), ("civilians", 7)} <= set(got)


# --- a nationality adjective in a compound is not a person -------------------------------------------------------

def test_a_russian_brokered_deal_is_not_a_russian_killed() -> None:
    inc = one_incident(run("A Turkish drone struck a border post near the town of Amuda in the countryside of al-Hasakah on "
                           "Monday, killing three Syrian government soldiers deployed there under a 2019 Russian-brokered deal."))
    assert inc["killed"] == {"regime": 3}


def test_an_iranian_backed_militia_is_not_an_iranian_killed() -> None:
    inc = one_incident(run("Two soldiers were killed near al-Mayadeen in Deir ez-Zor on Sunday in an attack on a post "
                           "shared with an Iranian-backed militia."))
    assert "pro_iran_foreign" not in inc["killed"]


def test_a_collaborator_in_quotes_is_still_a_person() -> None:
    inc = one_incident(run("Gunmen shot dead a \u201ccollaborator\u201d with Iranian-backed militias in the town of Dael "
                           "in the middle countryside of Daraa on Friday."))
    assert sum(inc["killed"].values()) == 1


# --- tribal gunmen have no side label: unknown ------------------------------------------------------------------

def test_tribal_gunmen_killed_are_of_unknown_side() -> None:
    inc = one_incident(run("Clashes between the SDF and tribal gunmen in Dhiban town, east of "
                           "Deir ez-Zor, on Sunday left two SDF fighters and three tribal gunmen dead."))
    assert inc["killed"] == {"sdf": 2, "unknown": 3}


def test_tribesmen_in_a_total() -> None:
    text = ("The death toll from five days of fighting between the SDF and tribal fighters in the countryside of Deir ez-Zor "
            "has risen to 40, the monitor said. The toll includes 22 SDF members, 15 tribesmen and three civilians.")
    assert {("sdf", 22), ("unknown", 15), ("civilians", 3)} <= set(totals(run(text)))


# --- "the dead were ...": a toll restated by side replaces the figure told before ------------------------------------

def test_the_dead_were_splits_militiamen_by_nationality() -> None:
    inc = one_incident(run("A drone strike on a truck near al-Mayadeen in Deir ez-Zor killed six pro-Iranian militiamen on "
                           "Saturday. The victims were a Syrian guard of the National Defence Forces, three Iraqi fighters "
                           "of Harakat al-Nujaba and two Afghans of the Fatemiyoun."))
    assert inc["killed"] == {"pro_iran_foreign": 5, "regime": 1}


def test_the_dead_were_syrian_soldiers_and_militiamen_of_unstated_nationality() -> None:
    inc = one_incident(run("Four soldiers were killed in an Israeli strike on a position near al-Bukamal, in eastern "
                           "Deir ez-Zor, on Friday. According to the monitor, those killed were three Syrian "
                           "soldiers and one Iranian-backed fighter of unknown nationality."))
    assert inc["killed"] == {"regime": 3, "pro_iran_foreign": 1}


def test_the_victims_were_a_soldier_and_hezbollah_fighters() -> None:
    inc = one_incident(run("Three soldiers were killed in an ISIS attack on a checkpoint near al-Sukhnah in the eastern "
                           "countryside of Homs on Monday. The victims were a Syrian soldier and two Lebanese fighters of "
                           "Hezbollah."))
    assert inc["killed"] == {"regime": 1, "pro_iran_foreign": 2}


def test_those_killed_were_restates_one_side() -> None:
    inc = one_incident(run("Seven members of the SDF were killed in a Turkish drone strike on a vehicle near Tell Tamr in "
                           "the countryside of al-Hasakah on Sunday. Those killed were five SDF fighters and two members of "
                           "the Asayish."))
    assert inc["killed"] == {"sdf": 7}


# --- "members of the convoy": the side of the group the convoy (patrol, bus) belonged to -------------------------

def test_members_of_the_convoy_take_the_convoys_side_not_the_attackers() -> None:
    inc = one_incident(run("A convoy of the Fourth Division came under an ISIS ambush near al-Sukhnah in the eastern "
                           "countryside of Homs on Friday. The attack left six members of the convoy dead, while four others "
                           "were wounded."))
    assert inc["killed"] == {"regime": 6}
    assert inc["injured"] == {"regime": 4}


def test_members_of_the_patrol_with_a_breakdown() -> None:
    inc = one_incident(run("Gunmen attacked a patrol of the SDF near al-Shuhail, a town east of "
                           "Deir ez-Zor, on Tuesday, killing three members of the patrol."))
    assert inc["killed"] == {"sdf": 3}


def test_passengers_of_the_bus_belonging_to_the_army() -> None:
    inc = one_incident(run("An IED exploded on a bus belonging to the Fourth Division near the town of al-Kiswah in Rural "
                           "Damascus on Monday. Five passengers of the bus were killed and seven others were injured."))
    assert inc["killed"] == {"regime": 5}
    assert inc["injured"] == {"regime": 7}


# --- "N people were killed, namely A and B": the parts by side replace the overall figure -------------------------

def test_namely_splits_people_by_side() -> None:
    inc = one_incident(run("ISIS gunmen attacked a group of shepherds near al-Sukhnah in the eastern countryside of Homs on "
                           "Sunday. Nine people were killed, namely six shepherds and three NDF gunmen who were guarding "
                           "the flock."))
    assert inc["killed"] == {"civilians": 6, "regime": 3}


def test_namely_after_the_place() -> None:
    inc = one_incident(run("Twelve people were killed on Monday in an attack by ISIS cells on truffle hunters near "
                           "Ithriyah in the eastern countryside of Hama, namely eight civilians and four soldiers."))
    assert inc["killed"] == {"civilians": 8, "regime": 4}


def test_a_relative_clause_between_two_parts_of_a_list() -> None:
    inc = one_incident(run("Ten people were killed in an ISIS ambush near al-Shula in the desert of Deir ez-Zor on Friday, "
                           "namely seven civilians who were gathering truffles and three soldiers who were escorting them."))
    assert inc["killed"] == {"civilians": 7, "regime": 3}


# --- "raise to N the number of people murdered ...": a running total with the verb "murdered" ----------------------

def test_raise_to_n_the_number_of_people_murdered() -> None:
    row = run("The body of a woman was found on Thursday in al-Hol camp in the eastern countryside of al-Hasakah. "
              "The killing raises to 21 the number of people murdered inside the camp since the beginning of the year, "
              "including 9 women, according to the monitor.")
    assert ("unknown", 21) in totals(row)
    assert of_which(row, "unknown", 21) == {"women": 9}


def test_civilians_murdered_since_a_month() -> None:
    row = run("Since January 2023, the monitor has documented 40 civilians murdered in Daraa province, among them six "
              "children.")
    assert ("civilians", 40) in totals(row)


def test_a_man_murdered_is_one_killed() -> None:
    inc = one_incident(run("A man was murdered by unknown gunmen in the town of Jasim in the northern countryside of Daraa "
                           "on Saturday."))
    assert inc["killed"] == {"unknown": 1}


# --- list items cut by semicolons, each with words of its own, and "..., who were killed by X, in addition to N" ----

def test_semicolon_items_with_descriptions_are_each_a_total() -> None:
    text = ("Since the start of 2022, the monitor has documented 150 attacks in Daraa province. These attacks have killed "
            "120 people, distributed as follows: 50 civilians, including 4 women; 40 members of regime forces and "
            "informants of the security branches; 22 former fighters, who had settled their status without joining any "
            "formation; and 8 members of the Eighth Brigade.")
    got = totals(run(text))
    assert {("civilians", 50), ("regime", 40), ("hts_rebels", 22), ("regime", 8)} <= set(got)
    assert ("unknown", 120) not in got


def test_semicolon_items_after_a_colon_without_descriptions() -> None:
    text = ("The monitor documented the death of 70 people in the north-east in 2023: 35 SDF members and affiliated "
            "fighters; 25 civilians; and 10 ISIS members.")
    got = totals(run(text))
    assert {("sdf", 35), ("civilians", 25), ("isis", 10)} <= set(got)


def test_in_addition_to_after_a_clause_of_how_they_died() -> None:
    text = ("According to the monitor, the number of people killed while collecting truffles since early 2024 has reached "
            "40, among them 28 civilians, including 5 children, who were killed by mines and gunfire of ISIS cells, in "
            "addition to 12 members of regime forces who escorted them.")
    got = totals(run(text))
    assert {("civilians", 28), ("regime", 12)} <= set(got)
    assert ("unknown", 40) not in got


def test_it_also_includes_continues_the_breakdown() -> None:
    text = ("The monitor documented the death of 210 people across Syria in June 2023. The toll includes 70 civilians, "
            "among them 15 children. It also includes 60 regime soldiers and 30 non-Syrian militiamen loyal to Iran. "
            "They also include 50 fighters of the factions.")
    got = totals(run(text))
    assert {("civilians", 70), ("regime", 60), ("pro_iran_foreign", 30), ("hts_rebels", 50)} <= set(got)
    assert ("unknown", 210) not in got


# --- members of a gang tied to a side; local gunmen -------------------------------------------------------------

def test_one_of_the_gangs_members_takes_the_side_the_gang_is_tied_to() -> None:
    inc = one_incident(run("Clashes broke out on Monday in the town of al-Mazraa in the countryside of Sweida between local "
                           "gunmen and an armed gang affiliated with the regime's Air Force Intelligence. Two of the gang's "
                           "members were killed and a local gunman was wounded."))
    assert inc["killed"] == {"regime": 2}


def test_members_of_the_gang_linked_to_hezbollah() -> None:
    inc = one_incident(run("Gunmen attacked a gang linked to the Lebanese Hezbollah near the town of Busra al-Harir in the "
                           "eastern countryside of Daraa on Friday, killing three members of the gang."))
    assert inc["killed"] == {"pro_iran_foreign": 3}


def test_local_gunmen_wounded_are_of_the_factions() -> None:
    inc = one_incident(run("A member of the Military Security was killed and four local gunmen were wounded in clashes in "
                           "the town of Tafas in the western countryside of Daraa on Sunday."))
    assert inc["killed"] == {"regime": 1}
    assert inc["injured"] == {"hts_rebels": 4}


def test_one_of_the_patrols_men_was_killed() -> None:
    inc = one_incident(run("ISIS gunmen opened fire on a patrol of the SDF close to al-Busayrah, a town east of "
                           "Deir ez-Zor, on Wednesday. One of the patrol's members was killed."))
    assert inc["killed"] == {"sdf": 1}


def test_three_of_his_siblings_were_injured() -> None:
    inc = one_incident(run("A child was killed and three of his siblings were injured when an old shell exploded near their "
                           "house in the town of Tafas in the western countryside of Daraa on Sunday."))
    assert inc["killed"] == {"civilians": 1}
    assert inc["injured"] == {"civilians": 3}


def test_two_of_his_relatives_were_wounded() -> None:
    inc = one_incident(run("A landmine killed a farmer near the town of Jasim in the northern countryside of Daraa on Friday, "
                           "and two of his relatives were wounded."))
    assert inc["injured"] == {"civilians": 2}


def test_while_his_brother_was_wounded_is_one_injured() -> None:
    inc = one_incident(run("Gunmen shot dead a former rebel in the town of Inkhil in the northern countryside of Daraa on "
                           "Monday, while his brother was wounded."))
    assert sum(inc["injured"].values()) == 1


# --- a list by perpetrator with bare numbers; label lines with a dash ----------------------------------------------

BARE_BY_PERPETRATOR = (
    "The network documented the killing of 70 civilians in Syria in May 2022, including 15 children.\n"
    "The victims are broken down by the perpetrators as follows:\n"
    "Syrian regime forces: 25\n"
    "Russian forces: 5\n"
    "Syrian Democratic Forces: 10\n"
    "Other parties: 30\n"
)


def test_bare_numbers_by_perpetrator_are_civilians_killed_by_that_side() -> None:
    got = totals(run(BARE_BY_PERPETRATOR))
    assert {("civilians", 70), ("civilians", 25), ("civilians", 5), ("civilians", 10), ("civilians", 30)} <= set(got)
    assert not {("regime", 25), ("russia", 5), ("sdf", 10)} & set(got)


def test_the_perpetrator_of_each_line_is_kept() -> None:
    claims = extract_report(Report(text=BARE_BY_PERPETRATOR, published=date(2022, 6, 1))).totals
    by = {c.killed: c.perpetrator for c in claims}
    assert by[25] == "regime" and by[5] == "russia" and by[10] == "sdf" and by[30] == "unknown"


def test_label_lines_with_a_dash() -> None:
    text = ("The monitor documented the death of 400 people in Syria in March 2022. The toll is distributed as follows:\n"
            "Civilians – 150, including 20 children.\n"
            "Regime forces – 130.\n"
            "ISIS members – 120.\n")
    row = run(text)
    assert {("civilians", 150), ("regime", 130), ("isis", 120)} <= set(totals(row))
    assert of_which(row, "civilians", 150) == {"children": 20}
    assert ("unknown", 400) not in totals(row)


def test_n_of_whom_by_x_then_elliptic_parts() -> None:
    text = ("In its monthly report, the network said it documented the death of 150 civilians in July 2021, 60 of whom were "
            "killed by Syrian regime forces, 20 by Russian forces and 70 by other parties.")
    got = totals(run(text))
    assert {("civilians", 150), ("civilians", 60), ("civilians", 20), ("civilians", 70)} <= set(got)
    assert ("civilians", 210) not in got


def test_regional_lines_that_name_their_people() -> None:
    text = ("Since the beginning of 2023, the monitor has documented the death of 60 people in the Syrian desert:\n"
            "Homs desert: 30 soldiers and 5 civilians\n"
            "Hama desert: 15 soldiers\n"
            "Deir ez-Zor desert: 10 soldiers\n")
    row = run(text)
    assert {("regime", 30), ("civilians", 5), ("regime", 15), ("regime", 10)} <= set(totals(row))
    assert ("unknown", 60) not in totals(row)
    assert {t.get("region") for t in row["totals"]} >= {"Homs desert", "Hama desert"}


# --- the Syrian part of a figure of Iranian-backed militiamen is the regime's ------------------------------------

def test_two_syrians_among_iranian_backed_militiamen() -> None:
    inc = one_incident(run("An Israeli strike on a position of Iranian-backed militias near al-Bukamal in Deir ez-Zor on "
                           "Monday killed five militiamen, three of them Iraqis and two Syrians."))
    assert inc["killed"] == {"pro_iran_foreign": 3, "regime": 2}


def test_including_two_of_syrian_nationality() -> None:
    inc = one_incident(run("A drone strike on a vehicle near al-Mayadeen in Deir ez-Zor on Friday killed four Iranian-backed "
                           "fighters, including two of Syrian nationality."))
    assert inc["killed"] == {"pro_iran_foreign": 2, "regime": 2}


def test_non_syrians_among_them_stay_foreign() -> None:
    inc = one_incident(run("An unidentified drone struck a truck near al-Mayadeen in Deir ez-Zor on Sunday, killing six "
                           "Iranian-backed militiamen, four of them non-Syrians."))
    assert "regime" not in inc["killed"]


# --- injured told as "N of his comrades", "a third sustained injuries" --------------------------------------------

def test_two_of_his_comrades_were_wounded() -> None:
    inc = one_incident(run("A regime soldier was killed and two of his comrades were wounded by ISIS sniper fire near "
                           "Palmyra in the eastern countryside of Homs on Friday."))
    assert inc["killed"] == {"regime": 1}
    assert inc["injured"] == {"regime": 2}


def test_wounded_two_of_his_companions() -> None:
    inc = one_incident(run("Unknown gunmen shot dead a man in the town of Nawa in the western countryside of Daraa on "
                           "Monday and wounded two of his companions."))
    assert sum(inc["injured"].values()) == 2


def test_a_third_sustained_injuries() -> None:
    inc = one_incident(run("Two SDF fighters were killed and a third sustained injuries in a Turkish drone strike near "
                           "Ain Issa in the countryside of Raqqa on Sunday."))
    assert inc["killed"] == {"sdf": 2}
    assert inc["injured"] == {"sdf": 1}


# --- a label that says whom its people joined ---------------------------------------------------------------------

JOINED_LINES = (
    "SOHR has documented the death of 36 people in Daraa province in April 2022. The victims are as follows:\n"
    "Civilians: 14, including two children\n"
    "Regime soldiers and members of the security services: 9\n"
    "Former fighters who joined the regime after the settlement: 4\n"
    "Former fighters who did not join any formation: 6\n"
    "Former rebels who had joined the Eighth Brigade: 3\n"
)


def test_former_fighters_who_joined_the_regime_are_the_regimes() -> None:
    got = totals(run(JOINED_LINES))
    assert {("regime", 4), ("regime", 3)} <= set(got)


def test_former_fighters_who_did_not_join_stay_with_the_factions() -> None:
    got = totals(run(JOINED_LINES))
    assert ("hts_rebels", 6) in got
    assert ("unknown", 36) not in got


def test_the_remaining_fatalities_were() -> None:
    text = ("The monitor documented the death of 96 people in Idlib and its surroundings in November 2022. Among the dead "
            "were 41 civilians, including 12 children. The remaining fatalities were 30 regime soldiers and 25 fighters of "
            "HTS and other factions.")
    got = totals(run(text))
    assert {("civilians", 41), ("regime", 30), ("hts_rebels", 25)} <= set(got)
    assert ("unknown", 96) not in got


def test_among_them_were_then_the_rest_were() -> None:
    text = ("The monitor documented the death of 50 people in the desert in May 2023. Among them were 20 civilians. "
            "The rest were 18 regime soldiers and 12 ISIS members.")
    got = totals(run(text))
    assert {("civilians", 20), ("regime", 18), ("isis", 12)} <= set(got)
    assert ("unknown", 50) not in got


def test_children_and_women_lines_are_parts_of_the_civilians_line() -> None:
    text = ("The monitor documented the death of 500 people across Syria in April 2021. The toll is distributed as follows:\n"
            "Civilians: 200\n"
            "Children: 50\n"
            "Women: 30\n"
            "Regime soldiers: 180\n"
            "ISIS members: 120\n")
    row = run(text)
    got = totals(row)
    assert {("civilians", 200), ("regime", 180), ("isis", 120)} <= set(got)
    assert not {("civilians", 50), ("civilians", 30), ("unknown", 500)} & set(got)
    assert of_which(row, "civilians", 200) == {"children": 50, "women": 30}


# --- groups the lexicon lacked: Sweida's local factions, refugees, clan members, the Self-Defence Forces ------------

def test_men_of_dignity_fighters_are_local_factions() -> None:
    inc = one_incident(run("Two fighters of the Men of Dignity movement were killed in clashes with a gang in the town of "
                           "Atil in the northern countryside of Sweida on Saturday."))
    assert inc["killed"] == {"hts_rebels": 2}


def test_a_refugee_killed_in_a_camp_is_a_civilian() -> None:
    inc = one_incident(run("Gunmen shot dead a refugee in the second sector of al-Hol camp in the eastern countryside of "
                           "al-Hasakah on Tuesday."))
    assert inc["killed"] == {"civilians": 1}


def test_clan_members_killed_are_of_unknown_side() -> None:
    inc = one_incident(run("Three clan members were killed in a dispute between two clans in Hajin, a town "
                           "east of Deir ez-Zor, on Monday."))
    assert inc["killed"] == {"unknown": 3}


def test_self_defence_forces_are_the_sdf() -> None:
    inc = one_incident(run("Two members of the Self-Defence Forces were killed by ISIS gunmen near the town of al-Shaddadi "
                           "in the southern countryside of al-Hasakah on Thursday."))
    assert inc["killed"] == {"sdf": 2}


# --- "..., all of them civilians" after the dead and the injured -------------------------------------------------

def test_all_of_them_civilians_covers_the_injured_too() -> None:
    inc = one_incident(run("Regime shelling hit the town of Ariha in the southern countryside of Idlib on Monday, killing two "
                           "people and wounding five others, all of them civilians."))
    assert inc["killed"] == {"civilians": 2}
    assert inc["injured"] == {"civilians": 5}


def test_all_of_them_civilians_after_injured_people_only() -> None:
    inc = one_incident(run("A Russian airstrike on the outskirts of Jisr al-Shughur in the western countryside of Idlib on "
                           "Wednesday wounded six people, all of them civilians."))
    assert inc["injured"] == {"civilians": 6}


# --- "N people have been killed in X, A of them civilians and B fighters": the parts after a place ------------------

def test_parts_of_them_after_a_place() -> None:
    got = totals(run("Since the start of March 2024, 41 people have been killed in Daraa, 25 of them civilians and 16 "
                     "fighters of local factions."))
    assert {("civilians", 25), ("hts_rebels", 16)} <= set(got)
    assert ("unknown", 41) not in got


def test_parts_of_them_in_an_incident() -> None:
    inc = one_incident(run("Six people were killed in an explosion in the town of Jasim in the northern countryside of "
                           "Daraa on Sunday, four of them civilians and two members of the Military Security."))
    assert inc["killed"] == {"civilians": 4, "regime": 2}


# --- "killing its three occupants", "killing their two children": a possessive before the count ---------------------

def test_killing_its_three_occupants() -> None:
    inc = one_incident(run("Turkish drones targeted a vehicle transporting SDF fighters near Tell Tamr in the countryside of "
                           "al-Hasakah on Sunday, killing its three occupants."))
    assert sum(inc["killed"].values()) == 3


def test_killing_their_two_children() -> None:
    inc = one_incident(run("Regime artillery shelled a house in the village of al-Bara in the southern countryside of Idlib "
                           "on Friday, killing their two children."))
    assert inc["killed"] == {"civilians": 2}


def test_label_lines_with_a_breakdown_in_brackets() -> None:
    text = ("The monitor documented the death of 300 people in Syria in June 2022. The toll is distributed as follows:\n"
            "Civilians: 120 (including 30 children and 15 women).\n"
            "Regime forces: 100 (among them 10 officers).\n"
            "ISIS: 80.\n")
    row = run(text)
    assert {("civilians", 120), ("regime", 100), ("isis", 80)} <= set(totals(row))
    assert of_which(row, "regime", 100) == {"officers": 10}
    assert ("unknown", 300) not in totals(row)


# --- regional parts told in prose ("117 of them were killed in the Homs desert, 98 in ...") ------------------------

def test_regional_parts_in_prose() -> None:
    row = run("Since the beginning of 2023, ISIS attacks in the desert have killed 301 regime soldiers and loyal militiamen. "
              "By region, 117 of them were killed in the Homs desert, 98 in the Deir ez-Zor desert, 51 in the Hama desert "
              "and 35 in the Raqqa desert.")
    got = totals(row)
    assert {("regime", 301), ("regime", 117), ("regime", 98), ("regime", 51), ("regime", 35)} <= set(got)
    regions = {t["killed"]: t.get("region") for t in row["totals"]}
    assert regions[98] == "Deir ez-Zor desert" and regions[35] == "Raqqa desert"


def test_regional_parts_of_civilians_by_province() -> None:
    got = totals(run("Since the start of 2022, landmines have killed 60 civilians across Syria. By province, 25 were "
                     "killed in Aleppo, 20 in Idlib and 15 in Daraa."))
    assert {("civilians", 60), ("civilians", 25), ("civilians", 20), ("civilians", 15)} <= set(got)


def test_label_lines_with_a_qualifier_before_the_number() -> None:
    text = ("The monitor documented the death of 300 people in Syria in June 2022. The toll is distributed as follows:\n"
            "Civilians: at least 120, including 30 children.\n"
            "Regime forces: more than 100.\n"
            "ISIS: about 80.\n")
    got = totals(run(text))
    assert {("civilians", 120), ("regime", 100), ("isis", 80)} <= set(got)


def test_local_gunmen_tied_to_a_force_are_of_that_force() -> None:
    inc = one_incident(run("Three local gunmen affiliated with the Military Security were killed in clashes in the town of "
                           "Jasim in the northern countryside of Daraa on Friday."))
    assert inc["killed"] == {"regime": 3}


def test_local_fighters_of_a_named_brigade_are_of_that_brigade() -> None:
    inc = one_incident(run("Two local fighters of the Eighth Brigade were killed in an IED explosion near Busra al-Sham in "
                           "the eastern countryside of Daraa on Monday."))
    assert inc["killed"] == {"regime": 2}


def test_a_young_man_who_was_working_on_his_farm_is_a_civilian() -> None:
    inc = one_incident(run("A landmine exploded near the village of al-Ghariya in the eastern countryside of Daraa on "
                           "Thursday, killing a young man who was working on his farm."))
    assert inc["killed"] == {"civilians": 1}
