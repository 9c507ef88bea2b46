"""Fifth pass on incidents (developed on half B's failures): one-day events inside short sentences of totals,
sentences that refer back to the event told so far, parts of a toll told by place, an attack that starts a fight,
shootings that are not targeted killings, the day a source spoke, habits, and a summary of provinces told in detail.

Every sentence here was written for these tests; the places are real Syrian names or invented ones.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.extract.core import _event_dates
from observatory.extract.incident_time_shift import refers_back as _refers_back
from observatory.extract.places import place_mentions
from observatory.models import Report


def run(text: str, published: date | None = None) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def killed(row: dict) -> list[dict]:
    return [i["killed"] for i in row["incidents"]]


def kinds(row: dict) -> list[str]:
    return [i["type"] for i in row["incidents"]]


def totals(row: dict) -> list[tuple[str, int]]:
    return [(t["side"], t["killed"]) for t in row["totals"]]


# --- one-day events inside short sentences of totals ------------------------------------------------------------------


def test_an_event_before_raising_the_toll_is_an_incident_and_the_toll_a_total() -> None:
    row = run("Two regime soldiers were killed by ISIS gunfire near al-Kawm on Friday, raising the number of regime "
              "soldiers killed since the start of the year to 58.", date(2023, 6, 4))
    assert killed(row) == [{"regime": 2}]
    assert ("regime", 58) in totals(row)


def test_an_event_before_a_clause_of_totals_is_an_incident() -> None:
    row = run("Israeli strikes killed nine pro-Iranian militiamen near al-Mayadin on Tuesday, the monitor said, adding "
              "that the number of militiamen killed in Israeli strikes this year rose to 97.", date(2023, 6, 8))
    assert killed(row) == [{"pro_iran_foreign": 9}]
    assert kinds(row) == ["airstrike"]
    assert ("pro_iran_foreign", 97) in totals(row)


def test_a_short_sentence_that_is_only_a_total_gives_no_incident() -> None:
    row = run("Since the start of the year, 140 regime soldiers have been killed in the Syrian desert.")
    assert row["incidents"] == []
    assert ("regime", 140) in totals(row)


# --- sentences that refer back to the event told so far ---------------------------------------------------------------


def test_a_sentence_whose_subject_is_the_event_refers_back() -> None:
    assert _refers_back("The bomb, which police said had been hidden in a bag, went off near a bakery on Friday.")
    assert _refers_back("The raid came in three waves.")
    assert _refers_back("The local council said that the bombardment hit houses in the villages of Kafr Nasih and Tell Mardikh.")
    assert _refers_back("The two sides exchanged fire for an hour.")
    assert _refers_back("Fighting broke out between both sides near the checkpoint.")
    assert _refers_back("The death toll rose to six after two of the wounded died.")


def test_a_new_event_is_not_a_back_reference() -> None:
    assert not _refers_back("Another attack hit a bus near Ithriyah.")
    assert not _refers_back("The attack also left a shepherd wounded.")
    assert not _refers_back("On Sunday, the shelling resumed on the same villages.")
    assert not _refers_back("The attack on Tadef checkpoint was the third this week.")
    assert not _refers_back("Gunmen shot a man in Jasim.")


def test_a_bomb_referred_back_to_with_another_day_stays_one_incident() -> None:
    row = run("A bomb exploded in a market in al-Bab, killing three civilians.\n\n"
              "The bomb, which had been left in a parked car, went off a day after the town's council met on Sunday.")
    assert len(row["incidents"]) == 1
    assert killed(row) == [{"civilians": 3}]


def test_the_two_sides_fighting_after_an_attack_are_the_same_incident() -> None:
    row = run("ISIS cells attacked positions of regime forces in the desert of Maadan on Thursday.\n\n"
              "The two sides exchanged fire with machine guns, and the fighting left two soldiers dead.")
    assert len(row["incidents"]) == 1
    assert kinds(row) == ["attack"]
    assert killed(row) == [{"regime": 2}]


def test_a_report_of_where_the_strike_hit_more_places_is_the_same_strike() -> None:
    row = run("Israeli missiles struck military positions south of Damascus on Monday night, killing four "
              "Iranian-backed fighters.\n\n"
              "A local news site reported that the strike hit depots in the towns of Sbeineh and Hujeira.")
    assert len(row["incidents"]) == 1


def test_a_rising_toll_is_the_same_incident() -> None:
    row = run("Three civilians were killed in Turkish shelling on the village of Tell Jumaa on Tuesday.\n\n"
              "The death toll rose to five due to the Turkish shelling on Tell Jumaa, local sources said.")
    assert len(row["incidents"]) == 1


# --- parts of a toll told by place ------------------------------------------------------------------------------------


def test_where_the_dead_of_one_bombardment_died_is_no_new_incident() -> None:
    row = run("Regime shelling on villages of Jabal al-Zawiya killed seven civilians on Thursday.\n\n"
              "In Kansafra, four members of one family were killed in the shelling. Two others were killed in "
              "Fulayfel and one in al-Bara.")
    assert len(row["incidents"]) == 1
    assert killed(row) == [{"civilians": 7}]


def test_another_death_told_with_also_stays_its_own_incident() -> None:
    row = run("Regime shelling on Kansafra killed five civilians on Thursday.\n\n"
              "Two soldiers were also killed in an ISIS attack in the desert of al-Sukhnah.")
    assert len(row["incidents"]) == 2


def test_a_sentence_starting_additionally_with_its_own_place_is_another_incident() -> None:
    row = run("Two shepherds were killed by the explosion of a landmine on the outskirts of al-Sukhnah.\n"
              "Additionally, a man was killed by the explosion of a war remnant near the village of Kabajib.")
    assert len(row["incidents"]) == 2


def test_an_age_is_not_a_tally_in_a_clause_of_totals() -> None:
    row = run("Since the start of the year, 37 civilians have been killed by landmines, while a man, Mahmoud al-Ali, "
              "52, was killed yesterday by a mine explosion close to Shoula, south of Deir ez-Zor, where he had "
              "gone to gather truffles with his brother and three cousins.",
              date(2024, 3, 2))
    assert [sum(k.values()) for k in killed(row)] == [1]  # the man is one incident (his side is the casualty code's)


def test_a_sentence_starting_in_a_village_names_the_village() -> None:
    text = "In al-Hariji village in the eastern Deir Ezzor countryside, coalition troops landed from helicopters."
    assert [p.name for p in place_mentions(text, 0, len(text))][:1] == ["al-Hariji"]


# --- types ------------------------------------------------------------------------------------------------------------


def test_an_infiltration_attempt_that_leads_to_clashes_is_an_attack() -> None:
    row = run("Fighters of a rebel brigade carried out an infiltration attempt on regime positions on the Kabani "
              "frontline in Latakia countryside, and clashes erupted between the two sides, killing three soldiers.")
    assert kinds(row) == ["attack"]


def test_clashes_told_first_and_the_infiltration_after_are_an_attack() -> None:
    row = run("Violent clashes erupted near a base in the vicinity of Tal Rifaat on Monday.\n\n"
              "The clashes broke out after an infiltration attempt by a group of fighters on the base.")
    assert kinds(row) == ["attack"]


def test_an_airborne_raid_is_an_attack_even_after_a_later_bomb_is_mentioned() -> None:
    row = run("An ISIS cell was dismantled during an airborne operation by coalition forces near the village of "
              "Thiban on Tuesday, killing four of its members.\n\n"
              "The operation took place at dawn; the cell had planned car bomb attacks on checkpoints.")
    assert kinds(row)[0] == "attack"


def test_a_sniper_killing_on_a_frontline_is_an_attack_not_an_assassination() -> None:
    row = run("On the frontline of Jabal al-Akrad in northern Latakia, a government soldier was shot dead by a rebel "
              "sniper.")
    assert kinds(row) == ["attack"]


def test_loyal_gunmen_attacked_in_a_fight_are_not_a_targeted_killing() -> None:
    row = run("ISIS members attacked positions of regime forces and loyal gunmen near al-Shoula on Wednesday, and "
              "clashes with machine guns left one soldier dead.")
    assert kinds(row) == ["attack"]


def test_one_man_shot_by_gunmen_stays_an_assassination() -> None:
    row = run("Unknown gunmen shot dead a man near his house in the town of Jasim on Monday.")
    assert kinds(row) == ["assassination"]


def test_a_wounded_man_found_and_shot_is_an_execution() -> None:
    row = run("An ISIS member was found wounded by members of a militia near Tadmur after an attack, and they shot "
              "him dead.")
    assert kinds(row) == ["execution"]


# --- dates, habits and summaries --------------------------------------------------------------------------------------


def test_the_day_a_source_spoke_is_not_the_day_of_the_event() -> None:
    text = "Five people were killed in shelling on a village, the group said early on Wednesday."
    assert _event_dates(text, 0, len(text), date(2022, 11, 23)) == ()
    text = "Five people were killed in shelling on a village on Tuesday, the group said."
    assert [d.text for d in _event_dates(text, 0, len(text), date(2022, 11, 23))] == ["on Tuesday"]


def test_a_lead_dated_by_when_the_source_spoke_merges_with_the_dated_account() -> None:
    row = run("Turkish artillery fire on border villages in northeast Syria killed three people, the group said early "
              "on Wednesday.\n\n"
              "According to the group, Turkey had pounded a number of areas in Hasakah province late on Tuesday.",
              date(2022, 11, 23))
    assert len(row["incidents"]) == 1


def test_an_occasional_habit_is_no_incident() -> None:
    row = run("Syria's war has calmed in the past two years.\n\n"
              "Government troops occasionally shell rebel-held villages in the Idlib enclave.")
    assert row["incidents"] == []


def test_a_summary_of_provinces_told_in_detail_is_not_an_incident_of_its_own() -> None:
    row = run("Yesterday, 11 kamikaze drones of regime forces attacked positions in Aleppo, Idlib and Hama.\n\n"
              "The attacks were distributed as follows:\n\n"
              "  • Aleppo: Seven drones attacked the frontline near Darat Izza in the western countryside of Aleppo.\n\n"
              "  • Idlib: Three drones attacked positions near Sarmin in Idlib countryside.\n\n"
              "  • Hama: One drone attacked a frontline post at al-Ankawi village in the Ghab plain in Hama countryside.")
    assert len(row["incidents"]) == 3
    assert kinds(row) == ["drone_strike"] * 3


def test_a_strike_in_two_provinces_without_details_stays_one_incident() -> None:
    row = run("Russian warplanes carried out airstrikes on areas in Idlib and Hama countrysides on Friday, killing "
              "two civilians.")
    assert len(row["incidents"]) == 1


def test_a_back_reference_that_recalls_an_earlier_event_is_not_one() -> None:
    assert not _refers_back("The raid came only hours after two soldiers were killed near Inkhil.")


def test_deaths_told_in_another_month_are_another_incident_without_a_type_word() -> None:
    row = run("Gunmen kidnapped 12 shepherds in the desert of Uqayribat on April 9.\n\n"
              "In March, ISIS militants killed a shepherd near al-Saan and wounded two others.\n\n"
              "The group also killed three shepherds near al-Saan a day earlier.")
    assert len(row["incidents"]) == 3


def test_a_rising_toll_a_day_later_stays_the_same_incident() -> None:
    row = run("A bomb exploded in a market in Azaz on Sunday, killing three civilians.\n\n"
              "A day later, two of the wounded succumbed to their injuries.")
    assert len(row["incidents"]) == 1


def test_a_foreign_capital_is_no_place_of_an_event_in_syria() -> None:
    text = "An Israeli newspaper quoted an official in Tel Aviv as saying the army was attacking depots."
    assert place_mentions(text, 0, len(text)) == []
    row = run("Israeli missiles hit depots near Izraa in Daraa province on Wednesday, killing four militiamen.\n\n"
              "An Israeli newspaper quoted an official in Tel Aviv as saying the army was attacking only depots.")
    assert len(row["incidents"]) == 1
