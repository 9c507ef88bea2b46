"""Incident boundaries and types on constructions that a blind, written evaluation set showed the extractor missing.

Every sentence here was written for these tests; none is taken from an evaluation set.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date | None = None) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def kinds(row: dict) -> list[str]:
    return [i["type"] for i in row["incidents"]]


# --- weapons seized after a raid are no suicide bombing ---------------------------------------------------------------


def test_explosive_belts_seized_in_a_raid_leave_it_an_attack() -> None:
    row = run("SDF units raided a house in the village of Abu Hamam on Friday, killing an ISIS member. "
              "Rifles and two explosive belts were confiscated.")
    assert kinds(row) == ["attack"]
    assert row["incidents"][0]["killed"] == {"isis": 1}


def test_explosive_vests_found_inside_a_stormed_farm() -> None:
    row = run("Regime forces stormed a farm near the town of Nawa on Tuesday, killing two gunmen. "
              "Explosive vests and ammunition were found inside the farm.")
    assert kinds(row) == ["attack"]


def test_seizing_explosive_belts_during_a_raid() -> None:
    row = run("Security forces seized three explosive belts during a raid on a hideout in al-Busayrah on Sunday, "
              "where a militant was killed.")
    assert kinds(row) == ["attack"]


# --- a sentence that only describes the event told ("during the clash", "in the fighting") -----------------------------


def test_wounded_during_the_clash_is_the_same_incident() -> None:
    row = run("Turkish-backed factions attacked SDF positions near the village of Um al-Kaif on Sunday, killing two SDF fighters.\n"
              "A Turkish soldier was slightly wounded during the clash, the monitor said.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {"sdf": 2}
    assert row["incidents"][0]["injured"] == {"turkey_factions": 1}


def test_an_attacker_killed_in_the_fighting_is_the_same_incident() -> None:
    row = run("An ISIS cell attacked a position of the Qaterji militia near the town of Maadan on Saturday, killing four militiamen.\n"
              "One ISIS member was killed in the fighting, the war monitor said.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {"regime": 4, "isis": 1}
    assert kinds(row) == ["attack"]


def test_attackers_who_blew_themselves_up_when_surrounded_are_part_of_the_raid() -> None:
    row = run("Five gunmen were killed in a raid by army units on a hideout in the town of Inkhil on Wednesday.\n"
              "SOHR said three of the gunmen blew themselves up after being surrounded, and that a soldier was killed "
              "in the fighting.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"].get("regime") == 1


# --- "a second raid", "another strike": a new incident of the kind told before -----------------------------------------


def test_a_second_raid_in_another_place_is_another_airstrike() -> None:
    row = run("Russian warplanes struck a fuel market near the town of Tarmanin on Monday, killing five civilians. "
              "A second raid, on the village of Kafr Lusin, wounded three fighters of Hayat Tahrir al-Sham.")
    assert kinds(row) == ["airstrike", "airstrike"]
    assert row["incidents"][0]["killed"] == {"civilians": 5}
    assert row["incidents"][0]["injured"] == {}
    assert row["incidents"][1]["injured"] == {"hts_rebels": 3}


def test_a_second_strike_near_a_city_is_another_drone_strike() -> None:
    row = run("A Turkish drone hit a car near the town of Amuda on Thursday, killing two Asayish members. "
              "A second strike, on the outskirts of Qamishli city, wounded a child.")
    assert kinds(row) == ["drone_strike", "drone_strike"]
    assert row["incidents"][1]["injured"] == {"civilians": 1}


def test_a_second_air_raid_wounding_soldiers() -> None:
    row = run("Israeli warplanes hit a weapons depot near Masyaf at dawn on Friday, killing three Iranian-backed fighters.\n"
              "A second raid, near the city of Homs, wounded four regime soldiers.")
    assert kinds(row) == ["airstrike", "airstrike"]
    assert row["incidents"][1]["injured"] == {"regime": 4}


# --- a bare "strike" in a report about one kind of strikes -------------------------------------------------------------


def test_the_latest_strike_of_a_report_on_drone_strikes_is_a_drone_strike() -> None:
    row = run("Turkish drones have killed 40 people in north-east Syria since the start of the year.\n"
              "The latest strike hit a car near the village of Tal Tamr on Monday, killing two SDF fighters.")
    assert kinds(row) == ["drone_strike"]
    assert row["incidents"][0]["killed"] == {"sdf": 2}


def test_the_most_recent_strike_of_a_report_on_israeli_strikes_is_an_airstrike() -> None:
    row = run("Israel has carried out 20 air strikes on Syrian territory since the start of the year.\n"
              "The most recent strike targeted a villa in the Kafr Sousa neighbourhood of Damascus on Sunday, "
              "killing two IRGC officers.")
    assert kinds(row) == ["airstrike"]


def test_the_deadliest_strike_hit_a_gathering_in_a_drone_report() -> None:
    row = run("Turkish drones carried out 60 strikes on the region in 2022, killing 50 people.\n"
              "The deadliest strike hit a gathering of fighters in the village of Zarkan on June 3, killing six SDF members.")
    assert kinds(row) == ["drone_strike"]


def test_a_strike_without_a_kind_told_before_stays_as_it_was() -> None:
    row = run("Regime artillery shelled the village of Kansafra on Monday, killing a woman.\n"
              "The strike also destroyed a school.")
    assert kinds(row) == ["shelling"]


# --- another source's restatement of the monitor's incident --------------------------------------------------------------


def test_state_media_restating_an_israeli_strike_is_no_second_incident() -> None:
    row = run("Three soldiers were killed and four wounded in an Israeli air strike on a radar post near the town of Izraa "
              "on Sunday, SOHR said.\n"
              "State news agency SANA quoted a military source as saying that missiles were fired from the direction of the "
              "Golan Heights, and that one soldier was killed and two others wounded.")
    assert kinds(row) == ["airstrike"]
    assert row["incidents"][0]["killed"] == {"regime": 3}
    assert row["incidents"][0]["injured"] == {"regime": 4}


def test_a_ministry_restating_a_drone_attack_is_no_second_incident() -> None:
    row = run("Two regime soldiers were killed when a drone hit an army post near the town of Khan Sheikhoun on Tuesday, "
              "the war monitor said.\n"
              "The defence ministry said one soldier was killed and three were wounded in the attack.")
    assert kinds(row) == ["drone_strike"]
    assert row["incidents"][0]["killed"] == {"regime": 2}


def test_another_source_telling_another_place_is_still_another_incident() -> None:
    row = run("Two regime soldiers were killed when a drone hit an army post near the town of Khan Sheikhoun on Tuesday, "
              "the war monitor said.\n"
              "SANA said that on Wednesday rebel shells killed a woman in the town of Suqaylabiyah.")
    assert len(row["incidents"]) == 2


# --- "earlier on the same day" ------------------------------------------------------------------------------------------


def test_earlier_on_the_same_day_starts_another_incident() -> None:
    row = run("Gunmen shot dead a former rebel commander in the town of Nawa on Monday night.\n"
              "Earlier on the same day, a soldier was shot dead by gunmen at a checkpoint near the town of Tafas.")
    assert len(row["incidents"]) == 2
    assert row["incidents"][1]["killed"] == {"regime": 1}


def test_later_on_the_same_day_starts_another_incident() -> None:
    row = run("A landmine went off near the village of Maadan on Friday, killing a shepherd.\n"
              "Later on the same day, ISIS cells attacked a checkpoint near the town of al-Kasrah, killing two SDF fighters.")
    assert len(row["incidents"]) == 2
    assert kinds(row) == ["ied_landmine", "attack"]


# --- a back-reference by day ("today's bombardment") is no event of its own -----------------------------------------------


def test_confirming_the_toll_of_todays_shelling_adds_no_incident() -> None:
    row = run("A man was killed today when Turkish artillery shelled the village of Um Harmala.\n"
              "On Friday, a Turkish drone targeted a car near the town of Amuda, wounding two civilians.\n"
              "The Syrian Observatory for Human Rights confirmed the toll of today's shelling.")
    assert kinds(row) == ["shelling", "drone_strike"]


def test_yesterdays_airstrike_documented_with_photos_adds_no_incident() -> None:
    row = run("Two civilians were killed yesterday in an airstrike on the town of Ariha.\n"
              "On Sunday, gunmen attacked a checkpoint near the village of Sarmin, killing two fighters.\n"
              "Activists published photographs of yesterday's airstrike.")
    assert kinds(row) == ["airstrike", "attack"]


def test_the_strikes_in_general_after_a_tally_are_no_incident() -> None:
    row = run("Russian warplanes carried out 50 air strikes on ISIS positions over the past 72 hours, killing 9 ISIS members.\n"
              "The strikes focused on the desert of al-Rusafa and the area around Ithriya.")
    assert row["incidents"] == []


# --- men who blew themselves up when cornered in a raid: the raid is the event ---------------------------------------------


def test_cell_members_who_blew_themselves_up_when_surrounded_leave_the_raid_an_attack() -> None:
    row = run("Three ISIS members were killed in a raid by SDF units on a house in the town of al-Busayrah on Tuesday.\n"
              "Two of them blew themselves up after being surrounded, and an SDF fighter was killed in the fighting.")
    assert kinds(row) == ["attack"]
    assert row["incidents"][0]["killed"] == {"isis": 3, "sdf": 1}


def test_a_wanted_man_who_detonated_his_belt_when_cornered() -> None:
    row = run("Security forces stormed a house in the town of Tafas on Friday, where a wanted man detonated his explosive belt "
              "when the patrol surrounded him, killing two soldiers.")
    assert kinds(row) == ["attack"]


def test_a_suicide_bomber_at_a_checkpoint_is_still_a_suicide_bombing() -> None:
    row = run("A suicide bomber blew himself up at a checkpoint of the SDF in the town of Hajin on Monday, killing three fighters.")
    assert kinds(row) == ["suicide_bombing"]


# --- a claimant's figure is the claimant's: the monitor's toll stays -------------------------------------------------------


def test_amaq_claiming_a_higher_toll_leaves_the_monitors_figure() -> None:
    row = run("ISIS cells attacked a position of the 4th Division near the town of al-Sukhnah on Sunday, killing five soldiers, "
              "SOHR said.\n"
              "ISIS claimed the attack through its Amaq agency, saying that 20 soldiers had been killed.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {"regime": 5}


def test_a_group_claiming_responsibility_with_its_own_toll() -> None:
    row = run("The Syrian Observatory said four SDF fighters were killed when gunmen attacked a checkpoint near the town of "
              "Diban on Thursday.\n"
              "The Islamic State group claimed responsibility, saying 12 fighters were killed.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {"sdf": 4}


def test_a_claim_without_a_monitor_figure_is_kept() -> None:
    row = run("ISIS cells attacked a post of the National Defence near the town of Maadan on Sunday.\n"
              "ISIS claimed the attack through its Amaq agency, saying that six members of the militia had been killed.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {"regime": 6}


# --- "Meanwhile, X ambushed ... on Monday" after a total is one event, not a line of the total -----------------------------


def totals_of(row: dict) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row["totals"])


def test_meanwhile_an_ambush_after_a_tally_of_airstrikes_is_an_incident() -> None:
    row = run("Over the past day, Russian warplanes carried out 40 airstrikes on ISIS hideouts in the Syrian desert, SOHR said. "
              "At least 9 ISIS members were killed in the raids.\n"
              "Meanwhile, ISIS cells ambushed a patrol of the 4th Division near the town of al-Kawm on Sunday night, "
              "killing two soldiers and wounding four others.")
    assert kinds(row) == ["ambush"]
    assert row["incidents"][0]["killed"] == {"regime": 2}
    assert row["incidents"][0]["injured"] == {"regime": 4}
    assert ("regime", 2) not in totals_of(row)


def test_elsewhere_an_attack_after_a_weekly_toll_is_an_incident() -> None:
    row = run("Turkish drones killed 11 SDF fighters in north-east Syria over the past week, the monitor said. "
              "Six of them died in the countryside of Kobani.\n"
              "Elsewhere, gunmen attacked a checkpoint of the Asayish near the town of Shaddadi on Friday, killing three members.")
    assert kinds(row) == ["attack"]
    assert row["incidents"][0]["killed"] == {"sdf": 3}
    assert ("sdf", 3) not in totals_of(row)


def test_in_a_separate_incident_after_a_monthly_toll() -> None:
    row = run("SOHR documented the death of 25 civilians in Daraa province in March. "
              "Most of them were killed by gunmen.\n"
              "In a separate incident, a landmine exploded near the village of al-Musayfrah on Tuesday, killing two children.")
    assert kinds(row) == ["ied_landmine"]
    assert row["incidents"][0]["killed"] == {"civilians": 2}
    assert ("civilians", 2) not in totals_of(row)


# --- a breakdown of the total told just before is no incident ---------------------------------------------------------------


def test_the_dead_included_after_a_yearly_total_is_no_incident() -> None:
    row = run("Turkish drones killed 45 people in north-east Syria in 2022, according to SOHR.\n"
              "The dead included 20 SDF fighters, 15 civilians and 10 government soldiers.\n"
              "The deadliest strike hit a car near the town of Amuda on May 3, killing four SDF fighters.")
    assert kinds(row) == ["drone_strike"]
    assert row["incidents"][0]["killed"] == {"sdf": 4}


def test_the_victims_included_after_a_total_since_a_date_is_no_incident() -> None:
    row = run("ISIS attacks have killed 60 regime soldiers in the Syrian desert since the start of the year, SOHR said.\n"
              "The victims included 12 members of the National Defence Forces and 3 officers.")
    assert row["incidents"] == []


def test_among_them_after_a_monthly_total_is_no_incident() -> None:
    row = run("SOHR documented the death of 30 civilians in Idlib province in March.\n"
              "Among them were nine children and six women, as well as four rescue workers.")
    assert row["incidents"] == []


# --- a daily roundup whose side headers ("Civilians: 4.") are followed by the events behind each figure --------------------


_DAILY = ("SOHR has documented the death of 12 people across Syrian territory on Monday. They are distributed as follows:\n"
          "Civilians: 4. Two women were killed by regime rocket shelling on the village of Kansafra in the southern countryside "
          "of Idlib; a boy was killed by the explosion of a landmine close to al-Busayrah, a town "
          "east of Deir ez-Zor; and a man was shot dead by unknown gunmen in the town of Jasim in the northern countryside of Daraa.\n"
          "Regime soldiers: 6. Four soldiers were killed in an attack by ISIS cells on a military post in the desert of "
          "al-Sukhnah, while two others were killed by HTS sniping on the Kabani front in the countryside of Lattakia.\n"
          "SOHR renews its call to stop the bloodshed.")


def test_roundup_details_under_side_headers_are_one_incident_each() -> None:
    row = run(_DAILY)
    assert kinds(row) == ["shelling", "ied_landmine", "assassination", "attack", "attack"]
    assert [i["killed"] for i in row["incidents"]] == [{"civilians": 2}, {"civilians": 1}, {"civilians": 1},
                                                        {"regime": 4}, {"regime": 2}]


def test_roundup_side_headers_stay_the_totals() -> None:
    row = run(_DAILY)
    assert ("civilians", 4) in totals_of(row)
    assert ("regime", 6) in totals_of(row)
    assert ("regime", 4) not in totals_of(row) and ("regime", 2) not in totals_of(row)


def test_a_nationwide_daily_count_is_no_incident() -> None:
    row = run("SOHR has documented the death of 9 people across Syria on Friday.\n"
              "Civilians: 3. Three men were killed when a drone hit their car near the town of Sarmada in the northern "
              "countryside of Idlib.")
    assert kinds(row) == ["drone_strike"]
    assert row["incidents"][0]["killed"] == {"civilians": 3}


def test_a_roundup_detail_line_with_two_places_of_one_kind() -> None:
    row = run("SOHR documented the death of 8 people across Syrian territory on Sunday, distributed as follows:\n"
              "SDF fighters: 3. Two fighters were shot dead by ISIS gunmen in the town of Diban; and a fighter was shot dead "
              "by ISIS gunmen near the town of al-Shuhayl.")
    assert len(row["incidents"]) == 2
    assert [i["killed"] for i in row["incidents"]] == [{"sdf": 2}, {"sdf": 1}]


_DAILY_LINES = ("SOHR has documented the death of 6 people across Syrian territory on Tuesday, distributed as follows:\n"
                "Regime soldiers: 2. Two soldiers were killed in an attack by ISIS cells on a checkpoint near the town of "
                "al-Kawm in the eastern countryside of Homs.\n"
                "ISIS members: 1, killed during their attack near al-Kawm.\n"
                "SDF: 1, a fighter shot dead by ISIS gunmen in the town of al-Busayrah, east of Deir ez-Zor.\n"
                "Others: 2 unidentified men, found dead with gunshot wounds near the village of Tal Abyad.")


def test_a_header_line_that_tells_its_own_event_is_also_an_incident() -> None:
    row = run(_DAILY_LINES)
    assert kinds(row)[0] == "attack" and kinds(row)[2] == "other"
    assert [i["killed"] for i in row["incidents"]] == [{"regime": 2, "isis": 1}, {"sdf": 1}, {"unknown": 2}]


def test_header_lines_that_tell_events_stay_totals() -> None:
    row = run(_DAILY_LINES)
    assert totals_of(row) == [("isis", 1), ("regime", 2), ("sdf", 1), ("unknown", 2)]


# --- ", and a sniper of X killed ...": a second act by another hand in the same sentence -----------------------------------


def test_a_sniper_kill_after_shelling_in_one_sentence_is_its_own_incident() -> None:
    row = run("Regime forces shelled the outskirts of the town of Kafr Nabl with rockets on Monday, and a sniper of the "
              "\"Fath al-Mubin\" operations room killed a soldier on the Maarat Hurma front.")
    assert kinds(row) == ["shelling", "attack"]
    assert row["incidents"][1]["killed"] == {"regime": 1}


def test_a_sniper_shooting_a_soldier_after_artillery_fire() -> None:
    row = run("Turkish artillery pounded the village of Um al-Kaif with shells on Friday, and SDF snipers shot dead "
              "a Turkish soldier near the village of Tal Tamr.")
    assert kinds(row) == ["shelling", "attack"]
    assert row["incidents"][1]["killed"] == {"turkey_factions": 1}


def test_snipers_killing_a_fighter_after_mortar_fire() -> None:
    row = run("HTS fighters shelled regime positions near the town of Kafr Nabl with mortars on Sunday, and regime snipers "
              "killed two HTS fighters on the al-Ghab front.")
    assert kinds(row) == ["shelling", "attack"]
    assert row["incidents"][1]["killed"] == {"hts_rebels": 2}


# --- "..., while N gunmen were wounded": the other side's toll of the same fighting ------------------------------------------


def test_gunmen_wounded_in_the_same_fighting_stay_with_it() -> None:
    row = run("Clashes broke out on Monday between two clans in the town of Busra al-Harir, killing a boy by a stray bullet, "
              "while two gunmen of one of the clans were wounded.")
    assert len(row["incidents"]) == 1


def test_a_gunman_killed_while_others_wounded_in_the_same_fighting() -> None:
    row = run("A man was killed by stray bullets during the fighting in the town of Jasim on Friday, while a gunman was "
              "killed and two other gunmen were wounded.")
    assert len(row["incidents"]) == 1
    assert kinds(row) == ["clash"]


def test_gunmen_shooting_someone_elsewhere_is_still_another_incident() -> None:
    row = run("Fighting went on in the village of Tal Tamr on Sunday, killing two SDF fighters, while gunmen shot dead a man "
              "in the town of Hajin.")
    assert len(row["incidents"]) == 2


# --- "In response, X shelled ...": the other side's answer is another event ------------------------------------------------


def test_shelling_in_response_by_the_other_side_is_another_incident() -> None:
    row = run("Turkish artillery shelled the village of Um Harmala on Monday, killing a woman.\n"
              "In response, the SDF shelled Turkish positions near the town of Jarablus.")
    assert kinds(row) == ["shelling", "shelling"]
    assert row["incidents"][1]["killed"] == {}


def test_shelling_in_retaliation_with_its_own_toll() -> None:
    row = run("Regime forces shelled the town of Ariha with rockets on Sunday, causing material damage.\n"
              "In retaliation, HTS fighters shelled regime positions near the town of Kafr Nabl with mortars, killing a soldier.")
    assert kinds(row) == ["shelling", "shelling"]
    assert row["incidents"][1]["killed"] == {"regime": 1}


def test_responding_with_the_same_kind_of_fire() -> None:
    row = run("Regime artillery fired dozens of shells at the village of Kansafra on Tuesday.\n"
              "Responding, rebel factions fired rockets at regime positions in the town of Kafr Nabl, wounding two soldiers.")
    assert kinds(row) == ["shelling", "shelling"]
    assert row["incidents"][1]["injured"] == {"regime": 2}
    assert row["incidents"][1]["perpetrator"] == "hts_rebels"


# --- a perpetrator named with its acronym in brackets or its name in quotes ------------------------------------------------


def test_a_perpetrator_with_its_acronym_in_brackets() -> None:
    row = run("Hayat Tahrir al-Sham (HTS) shelled regime positions near the town of Kafr Nabl on Monday, killing a soldier.")
    assert row["incidents"][0]["perpetrator"] == "hts_rebels"


def test_a_perpetrator_named_in_quotes() -> None:
    row = run("A sniper of the \"Fath al-Mubin\" operations room killed a regime soldier near the town of Kafr Nabl on Friday.")
    assert row["incidents"][0]["perpetrator"] == "hts_rebels"


def test_the_sdf_with_its_acronym_in_brackets() -> None:
    row = run("The Syrian Democratic Forces (SDF) shelled Turkish positions near the town of Jarablus on Sunday.")
    assert row["incidents"][0]["perpetrator"] == "sdf"


# --- an arrest told as the cause of fighting ("after the SDF arrested ...") does not unmake the fighting ----------------------


def test_clashes_after_an_arrest_are_an_incident() -> None:
    row = run("Clashes broke out on Monday in the town of al-Busayrah after the SDF arrested a tribal leader.")
    assert kinds(row) == ["clash"]


def test_fighting_following_arrests_at_a_checkpoint_is_an_incident() -> None:
    row = run("Fighting erupted on Friday in the village of Tafas, following the arrest of two young men by regime forces "
              "at a checkpoint.")
    assert kinds(row) == ["clash"]


def test_an_arrest_alone_is_still_no_incident() -> None:
    row = run("Regime forces arrested five young men in the town of Nawa on Sunday after a raid on their houses.")
    assert row["incidents"] == []


# --- more forms of the daily roundup and of the turn to one event ------------------------------------------------------------


def test_also_on_a_day_after_a_tally_is_an_incident() -> None:
    row = run("Russian warplanes carried out 60 airstrikes over the past 48 hours on ISIS hideouts in the Syrian desert, "
              "SOHR said. At least 14 ISIS members were killed in the raids.\n"
              "Also on Sunday, ISIS gunmen attacked a checkpoint near the town of al-Kawm, killing two soldiers.")
    assert kinds(row) == ["attack"]
    assert row["incidents"][0]["killed"] == {"regime": 2}
    assert totals_of(row) == [("isis", 14)]


def test_a_header_with_its_figure_in_brackets_and_its_events_after_the_colon() -> None:
    row = run("SOHR documented the death of 11 people across Syria on Saturday, as follows:\n"
              "Civilians (4): two children were killed by the explosion of a landmine near the town of Maadan; and two men "
              "were shot dead by gunmen in the town of Nawa.\n"
              "Regime soldiers (3): killed in an ISIS attack on a checkpoint near the town of al-Sukhnah.")
    assert kinds(row) == ["ied_landmine", "attack", "attack"]
    assert [i["killed"] for i in row["incidents"]][:2] == [{"civilians": 2}, {"civilians": 2}]


def test_bare_header_lines_with_their_events_on_the_next_line() -> None:
    row = run("SOHR documented the death of 11 people across Syria on Saturday, as follows:\n"
              "- Civilians: 4\n"
              "Two children were killed by the explosion of a landmine near the town of Maadan; and two men were shot dead "
              "by gunmen in the town of Nawa.\n"
              "- Regime soldiers: 3\n"
              "Three soldiers were killed in an ISIS attack on a checkpoint near the town of al-Sukhnah.")
    assert kinds(row) == ["ied_landmine", "attack", "attack"]
    assert [i["killed"] for i in row["incidents"]] == [{"civilians": 2}, {"civilians": 2}, {"regime": 3}]
    assert ("civilians", 2) not in totals_of(row) and ("regime", 3) in totals_of(row)


# --- "X also shot dead a man in B": another kind of event in another place, even with the same count ---------------------------


def test_a_sniper_also_killing_someone_elsewhere_is_another_incident() -> None:
    row = run("Regime artillery shelled the village of Kansafra on Sunday, killing a child.\n"
              "A regime sniper also shot dead a young man in the town of Ariha.")
    assert kinds(row) == ["shelling", "attack"]
    assert sum(row["incidents"][1]["killed"].values()) == 1


def test_a_landmine_also_killing_a_shepherd_elsewhere() -> None:
    row = run("Gunmen shot dead a soldier at a checkpoint near the town of Nawa on Monday.\n"
              "A landmine also killed a shepherd near the village of al-Musayfrah.")
    assert kinds(row)[1] == "ied_landmine"
    assert len(row["incidents"]) == 2


def test_a_drone_also_wounding_two_in_another_town() -> None:
    row = run("Turkish artillery shelled the village of Um Harmala on Friday, wounding two civilians.\n"
              "A Turkish drone also wounded two SDF fighters near the town of Tal Tamr.")
    assert kinds(row) == ["shelling", "drone_strike"]
    assert row["incidents"][1]["injured"] == {"sdf": 2}


# --- "An hour later, a second IED ...": another event of the series, an hour on -------------------------------------------


def test_an_hour_later_a_second_ied_is_another_incident() -> None:
    row = run("An IED exploded near a bus carrying soldiers near the town of Palmyra on Monday, killing three soldiers.\n"
              "An hour later, a second IED targeted an ambulance that came to the site, killing a paramedic.")
    assert kinds(row) == ["ied_landmine", "ied_landmine"]
    assert row["incidents"][0]["killed"] == {"regime": 3}


def test_minutes_later_a_second_bomb_wounding_people() -> None:
    row = run("A car bomb exploded in the main market of the town of Azaz on Friday, killing five civilians.\n"
              "Minutes later, a second bomb went off in the same street, wounding four people.")
    assert kinds(row) == ["ied_landmine", "ied_landmine"]
    assert row["incidents"][1]["injured"] == {"unknown": 4}


def test_an_hour_later_gunmen_in_another_town() -> None:
    row = run("A landmine went off near the village of Maadan on Friday, killing a shepherd.\n"
              "An hour later, gunmen shot dead two men in the town of al-Kasrah.")
    assert len(row["incidents"]) == 2


def test_meanwhile_an_ambush_last_night_after_a_tally_is_an_incident() -> None:
    row = run("Coalition drones carried out 12 strikes over the past week on ISIS hideouts in the Syrian desert, killing "
              "8 ISIS members, SOHR said.\n"
              "Meanwhile, ISIS cells ambushed a patrol of the Qaterji militia near the town of Maadan last night, killing "
              "two members.")
    assert kinds(row) == ["ambush"]
    assert row["incidents"][0]["killed"] == {"regime": 2}


# --- a new paragraph with its own kind of event, place and victims is another incident -----------------------------------------


def test_a_sniper_killing_in_the_next_paragraph_is_another_incident() -> None:
    row = run("Regime artillery shelled the village of Kansafra on Sunday, killing a child.\n"
              "Regime snipers shot dead two HTS fighters near the town of Ariha.")
    assert kinds(row) == ["shelling", "attack"]
    assert row["incidents"][1]["killed"] == {"hts_rebels": 2}


def test_a_landmine_in_the_next_paragraph_is_another_incident() -> None:
    row = run("Turkish drones struck a car near the town of Amuda, killing a civilian.\n"
              "A landmine exploded under a soldier near the village of Tal Tamr.")
    assert kinds(row) == ["drone_strike", "ied_landmine"]


def test_the_same_victim_told_again_in_another_place_stays_one_incident() -> None:
    row = run("An airstrike on the town of Ariha killed a child on Monday.\n"
              "The child was killed when a missile hit his house in the village of Mastuma, near Ariha.")
    assert len(row["incidents"]) == 1


# --- "Israel struck ...": an Israeli strike is an airstrike --------------------------------------------------------------------


def test_israel_struck_positions_is_an_airstrike() -> None:
    row = run("Israel struck positions near the town of al-Kiswah on Sunday, killing three Iranian-backed fighters, SOHR said.")
    assert kinds(row) == ["airstrike"]


def test_israel_has_targeted_a_depot_is_an_airstrike() -> None:
    row = run("Israel has targeted a weapons depot near the town of Masyaf, killing two Hezbollah members.")
    assert kinds(row) == ["airstrike"]


def test_israel_carried_out_strikes_is_an_airstrike() -> None:
    row = run("Israel carried out several strikes on the outskirts of the city of Homs on Friday, killing four soldiers.")
    assert kinds(row) == ["airstrike"]


def test_a_man_shot_in_the_next_paragraph_after_a_child_killed_by_shelling() -> None:
    row = run("Regime artillery shelled the village of Kansafra on Sunday, killing a child.\n"
              "Gunmen shot dead a man in the town of Ariha.")
    assert len(row["incidents"]) == 2
    assert row["incidents"][0]["killed"] == {"civilians": 1}


def test_a_monthly_side_line_with_a_general_account_adds_no_incident() -> None:
    row = run("SOHR documented the death of 700 people in Syria in March, distributed as follows:\n"
              "Regime forces: 405. They were killed in ISIS attacks in the desert of al-Sukhnah and in clashes on the "
              "fronts of Jabal al-Zawiya.\n"
              "Civilians: 120. Most of them were killed by shelling and landmines, 35 of them in the countryside of Idlib.")
    assert row["incidents"] == []


# --- "the body of an Iraqi woman": an English article is no Arabic particle of a place name ------------------------------------


def _place_names(row: dict) -> list[str]:
    return [p["name"] for i in row["incidents"] for p in i["places"]]


def test_an_article_before_a_nationality_is_no_place() -> None:
    row = run("The body of an Iraqi woman was found on Thursday in the al-Hol camp, bearing gunshot wounds.")
    assert "an Iraqi" not in _place_names(row)


def test_an_article_before_a_capitalised_word_is_no_place() -> None:
    row = run("Gunmen shot dead the son of an Afghan fighter near the town of Palmyra on Monday.")
    assert not any(name.startswith("an ") for name in _place_names(row))


def test_an_arabic_particle_with_a_hyphen_stays_part_of_the_name() -> None:
    row = run("A landmine exploded near the village of an-Nayrab on Monday, killing a shepherd.")
    assert "an-Nayrab" in _place_names(row)
