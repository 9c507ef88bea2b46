"""Fourth pass on incidents: whose figure an incident keeps (the monitor's over another source's), a title's toll for a
report's one incident, period totals decided by totals.is_period_total, splitting, merging and governorates.

Every sentence here was written for these tests. The geocoder tests use the embedded default gazetteer (no download).
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.extract.core import MONITOR, OTHER, figure_source
from observatory.extract.places import governorate_mentions
from observatory.extract.text import working_copy
from observatory.models import Report


def run(text: str, published: date | None = None, geocoder: object = None) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published), geocoder))  # type: ignore[arg-type]


def killed(row: dict) -> list[dict]:
    return [i["killed"] for i in row["incidents"]]


def kinds(row: dict) -> list[str]:
    return [i["type"] for i in row["incidents"]]


def govs(row: dict) -> list[str | None]:
    return [i["governorate"] for i in row["incidents"]]


# --- whose figure: the monitor's over another source's ---------------------------------------------------------------


def test_a_sentence_naming_the_observatory_credits_it_even_when_a_wire_agency_relays_it() -> None:
    assert figure_source("The Syrian Observatory said 12 soldiers were killed in the ambush, AFP reported.") == MONITOR
    assert figure_source("Nine people died in the blast, the state news agency SANA said.") == OTHER
    assert figure_source("Activists said eleven people were killed.") == OTHER
    assert figure_source("Gunmen killed two men near the village of Tell Abyad.") is None


def test_the_monitors_sided_figure_replaces_the_state_medias_unsided_one() -> None:
    text = ("Nineteen people were killed when gunmen ambushed a bus near the town of Kabajeb, state media said on Monday.\n"
            "The Syrian Observatory for Human Rights said 23 soldiers were killed in the ambush.")
    assert killed(run(text)) == [{"regime": 23}]


def test_the_monitors_figure_wins_over_a_larger_one_of_a_wire_agency_for_the_same_side() -> None:
    text = ("Gunmen ambushed a convoy near the village of Shoula on Friday, killing 14 soldiers, Reuters reported.\n"
            "The Observatory said 11 soldiers were killed in the ambush.")
    assert killed(run(text)) == [{"regime": 11}]


def test_another_sources_figure_stays_when_the_monitor_gives_none() -> None:
    text = "A car bomb exploded near a market in the town of Azaz on Tuesday, killing six civilians, activists said."
    assert killed(run(text)) == [{"civilians": 6}]


def test_injured_figures_of_another_source_go_only_where_the_monitor_gives_injured() -> None:
    text = ("A roadside bomb struck a patrol near the village of Kharab on Sunday, wounding eight soldiers, SANA said.\n"
            "The Observatory said two soldiers were killed in the blast.")
    row = run(text)
    assert killed(row) == [{"regime": 2}]
    assert row["incidents"][0]["injured"] == {"regime": 8}


# --- a title's toll for a report's one incident ----------------------------------------------------------------------


def test_the_titles_one_figure_goes_to_the_reports_one_incident_told_without_figures() -> None:
    text = ("Two regime soldiers killed in ISIS attack in Homs desert\n"
            "ISIS cells attacked a military post near the town of al-Sukhnah in the eastern Homs desert at dawn today.")
    assert killed(run(text)) == [{"regime": 2}]


def test_the_titles_figure_is_not_used_when_the_body_gives_one() -> None:
    text = ("Three soldiers killed in ISIS attack in Homs desert\n"
            "ISIS cells attacked a military post near the town of al-Sukhnah, killing two soldiers.")
    assert killed(run(text)) == [{"regime": 2}]


def test_a_titles_toll_over_hours_is_not_an_incidents() -> None:
    text = ("Nearly 30 soldiers killed in 24 hours of fighting in the desert\n"
            "ISIS fighters are attacking regime positions near the town of Resafa in Raqqa countryside.")
    assert killed(run(text)) == [{}]


def test_the_titles_figure_is_not_shared_among_several_incidents() -> None:
    text = ("Two soldiers killed in ISIS attacks\n"
            "ISIS cells attacked a military post near the town of al-Sukhnah.\n"
            "On Sunday, a landmine exploded near the village of Arak in the countryside of Palmyra.")
    assert killed(run(text)) == [{}, {}]


# --- splitting and merging -------------------------------------------------------------------------------------------


def test_an_earlier_report_recalled_inside_a_run_on_sentence_is_its_own_incident() -> None:
    text = ("According to information obtained by the monitor, the area of Tell Mazar saw a firefight over the last day "
            "between gunmen and the government troops stationed there, which left 5 ISIS members dead near the village "
            "of Tell Mazar, and the Syrian Observatory published on the 12th of January 2019 that it recorded an exchange of fire "
            "in the area of Jabal Saba between government troops and ISIS cells, amid reports of the killing of 2 ISIS "
            "members in the area of Jabal Saba.")
    row = run(text)
    assert killed(row) == [{"isis": 5}, {"isis": 2}]


def test_also_another_soldier_killed_is_another_incident() -> None:
    text = ("A Russian serviceman was killed in an attack by ISIS near the town of Qaryatayn.\n"
            "Also on Monday, state media said that another serviceman had been killed while on a combat task in Syria.")
    assert len(run(text)["incidents"]) == 2


def test_another_soldier_dying_of_wounds_stays_with_the_incident() -> None:
    text = ("Two soldiers were killed in an ISIS attack near the town of Qaryatayn on Monday.\n"
            "Also, another soldier succumbed to his wounds, raising the death toll to three.")
    assert len(run(text)["incidents"]) == 1


def test_an_unplaced_strike_takes_the_place_of_the_next_sentence_naming_the_same_weapon() -> None:
    text = ("Five people were killed on Wednesday in a missile strike on militia positions, a monitor said.\n"
            "The Observatory said a missile of unknown origin was fired at a site near the town of Mayadin.")
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["places"][0]["name"] == "Mayadin"


def test_the_same_kind_of_event_on_the_same_day_in_the_same_place_spelled_otherwise_is_one_incident() -> None:
    text = ("Warplanes carried out airstrikes yesterday on militia positions in al-Bukamal countryside, killing 9 "
            "Iranian-backed militiamen.\n"
            "Yesterday evening, SOHR activists reported explosions in Albu Kamal caused by airstrikes on militia positions.")
    assert kinds(run(text)) == ["airstrike"]


def test_another_airstrike_on_the_same_day_is_still_another_incident() -> None:
    text = ("Warplanes carried out an airstrike yesterday on militia positions in the town of Mayadin.\n"
            "Yesterday evening, another airstrike hit militia positions in Mayadin.")
    assert kinds(run(text)) == ["airstrike", "airstrike"]


def test_strikes_counted_apart_on_two_places_are_two_incidents() -> None:
    text = ("Russian warplanes launched four airstrikes on the outskirts of the town of Kansafra and two other airstrikes "
            "on the village of Bara in rural Idlib, without causing casualties.")
    assert kinds(run(text)) == ["airstrike", "airstrike"]


def test_a_search_for_mines_is_not_an_incident() -> None:
    text = ("ISIS gunmen attacked a checkpoint near the town of Qaryatayn on Monday, killing two soldiers.\n"
            "Engineers are now examining the area of Qaryatayn, looking for mines and other hidden ordnance.")
    assert kinds(run(text)) == ["attack"]


def test_a_later_sentence_that_says_where_the_victim_died_places_an_unplaced_incident() -> None:
    text = ("A Russian serviceman has been killed in an attack by ISIS in central Syria.\n"
            "The ministry said in a statement that the soldier had been killed near the town of Qaryatayn.")
    row = run(text)
    assert [p["name"] for p in row["incidents"][0]["places"]] == ["Qaryatayn"]


def test_a_mined_road_is_a_landmine_incident() -> None:
    text = "ISIS mined the road near the village of Shoula, and a vehicle struck it, killing its driver."
    assert kinds(run(text)) == ["ied_landmine"]


def test_hashtags_do_not_hide_a_province() -> None:
    work = working_copy("#ISIS attacked #NDF in #DeirEzzor desert.")
    assert [g.governorate for g in governorate_mentions(work, 0, len(work))] == ["Deir-ez-Zor"]


# --- governorates ----------------------------------------------------------------------------------------------------


def test_a_place_straddling_two_provinces_named_together_takes_neither() -> None:
    text = ("ISIS gunmen ambushed a patrol and killed 8 soldiers in a desert pocket straddling Raqqa and Hama "
            "provinces.")
    assert govs(run(text)) == [None]
    work = "in Hama and Idlib provinces"
    assert [g.strong for g in governorate_mentions(work, 0, len(work))] == [True, True]


def test_the_capitals_government_is_no_place() -> None:
    text = "Gunmen ambushed a patrol of Damascus government forces close to Arak in the eastern Homs countryside."
    assert govs(run(text)) == ["Homs"]


def test_a_wire_dateline_is_not_lent_when_a_located_incident_lies_elsewhere() -> None:
    text = ("DAMASCUS, Syria: A landmine struck a van near the town of Salamiyeh in Hama countryside, killing 12 workers.\n"
            "Earlier this month, another mine went off close by, leaving four people dead.")
    assert govs(run(text)) == ["Hama", None]


def test_a_wire_dateline_naming_a_town_gives_its_governorate() -> None:
    from observatory.geo import Geocoder

    text = ("QAMISHLI, Syria (North Press) - Four fighters were killed in a Turkish drone strike in northeast Syria, "
            "a military source said on Tuesday.")
    assert govs(run(text, geocoder=Geocoder.default())) == ["Al-Hasakeh"]


def test_the_hospital_the_wounded_were_taken_to_is_not_where_it_happened() -> None:
    text = "Seven civilians were injured in Turkish shelling on Tuesday and were hospitalized at al-Hikmah, a medical source said."
    row = run(text)
    assert row["incidents"][0]["places"] == []


# --- period totals: totals.is_period_total decides for a clause inside a sentence of totals ---------------------------


def test_an_event_dated_earlier_this_month_inside_a_sentence_of_totals_is_an_incident() -> None:
    text = ("Since the beginning of 2023, SOHR has documented the killing of 312 people in Daraa province in 370 attacks "
            "carried out by gunmen using various methods, where unknown gunmen shot dead a member of the local council in "
            "the town of Tafas earlier this month, while 127 regime soldiers were among the dead documented in that period.")
    row = run(text)
    assert [[p["name"] for p in i["places"]] for i in row["incidents"]] == [["Tafas"]]
    assert sorted(t["killed"] for t in row["totals"]) == [127, 312]


def test_an_event_told_with_the_last_month_in_a_sentence_of_totals_stays_a_total() -> None:
    text = ("Since the beginning of 2023, SOHR has documented the killing of 312 people in Daraa province in 370 attacks "
            "carried out by gunmen using various methods, where gunmen killed 14 people in the town of Tafas in the past "
            "month, while 127 regime soldiers were among the dead documented in that period.")
    assert run(text)["incidents"] == []


# --- the monitor's own report, breakdowns that leave no one over, place lists, types ---------------------------------


def test_in_the_monitors_own_report_its_unattributed_figure_wins_over_state_media() -> None:
    text = ("Aleppo Province - Syrian Observatory for Human Rights: A Turkish drone targeted a vehicle of the SDF near "
            "the town of Tal Rifaat, killing three SDF members.\n"
            "State media claimed that five civilians were killed in the strike.")
    assert killed(run(text)) == [{"sdf": 3}]


def test_in_an_article_the_journalists_figure_and_the_state_medias_both_stay() -> None:
    text = ("A Turkish drone targeted a vehicle near the town of Tal Rifaat, killing three SDF members.\n"
            "State media claimed that five civilians were killed in the strike.")
    assert killed(run(text)) == [{"civilians": 5, "sdf": 3}]


def test_a_breakdown_that_accounts_for_everyone_leaves_no_zero_figure() -> None:
    text = ("Airstrikes hit the village of Arak on Monday. The Observatory said four people were killed, including "
            "two soldiers and two Iranian-backed fighters.")
    assert 0 not in killed(run(text))[0].values()


def test_places_are_listed_once_with_towns_before_the_governorate() -> None:
    text = "Idlib: A child was killed by the explosion of a war remnant in Maarat Misrin town in the countryside of Idlib."
    row = run(text)
    assert [p["name"] for p in row["incidents"][0]["places"]] == ["Maarat Misrin", "Idlib"]


def test_a_body_found_after_an_abduction_is_a_killing_not_an_abduction() -> None:
    text = ("The body of a young man was found bearing gunshot wounds near the town of Nawa, after he had been "
            "abducted two days ago.")
    assert kinds(run(text)) == ["other"]
    assert kinds(run("Gunmen abducted a young man near the town of Nawa on Sunday.")) == ["abduction"]


def test_a_motorcycle_rigged_with_explosives_is_a_bombing() -> None:
    text = "An explosion rocked the town of Azaz after a motorcycle rigged with explosives went off, killing four civilians."
    assert kinds(run(text)) == ["ied_landmine"]


def test_towns_resolved_to_two_governorates_as_often_give_none() -> None:
    from observatory.geo import Geocoder

    text = "ISIS cells attacked army posts near Salamiyah and near Palmyra, killing four soldiers."
    assert govs(run(text, geocoder=Geocoder.default())) == [None]
    one = "ISIS cells attacked army posts near Salamiyah, killing four soldiers."
    assert govs(run(one, geocoder=Geocoder.default())) == ["Hama"]


def test_an_event_the_monitor_documented_on_another_day_is_its_own_incident() -> None:
    text = ("Deir Ezzor province: ISIS cells attacked an SDF checkpoint in the town of Sabha, leaving two SDF members dead.\n"
            "It is worth noting that SOHR documented on May 2 the death of an SDF member, after gunmen shot him in the "
            "town of Sabha.")
    row = run(text, date(2023, 5, 10))
    assert killed(row) == [{"sdf": 2}, {"sdf": 1}]
    assert row["incidents"][0]["date"] is None


def test_bystanders_killed_by_stray_bullets_belong_to_the_clash() -> None:
    text = ("Violent clashes erupted between the SDF and tribal fighters in the town of Dhiban, leaving eight SDF members "
            "dead, while three civilians were killed by stray bullets.")
    row = run(text)
    assert kinds(row) == ["clash"]
    assert killed(row)[0].get("civilians") == 3


def test_one_sentence_giving_both_sources_keeps_the_monitors_part() -> None:
    text = ("An airstrike hit a military post near the town of Mayadin on Sunday. SANA said five civilians were killed "
            "in the strike, while the Observatory said three soldiers were killed.")
    assert killed(run(text)) == [{"regime": 3}]


def test_the_monitors_figure_that_replaces_another_sources_adds_the_same_sides_next_figure() -> None:
    text = ("State media said three soldiers were killed when gunmen attacked a checkpoint near Jasim on Sunday. The "
            "Syrian Observatory said two soldiers and three militiamen of the National Defence Forces were killed in the "
            "attack.")
    assert killed(run(text)) == [{"regime": 5}]


def test_the_monitors_single_figure_still_replaces_another_sources() -> None:
    text = ("State media said three soldiers were killed when gunmen attacked a checkpoint near Jasim on Sunday. The "
            "Syrian Observatory said two soldiers were killed in the attack.")
    assert killed(run(text)) == [{"regime": 2}]
