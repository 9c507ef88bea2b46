"""How a report is cut into incidents: splitting several attacks apart, merging a lead or a restatement with its account.

Every sentence here was written for these tests.
"""

from __future__ import annotations

from datetime import date

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date | None = None) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def kinds(row: dict) -> list[str]:
    return [i["type"] for i in row["incidents"]]


# --- splitting -------------------------------------------------------------------------------------------------------


def test_sentences_of_one_paragraph_with_their_own_kind_and_place_are_separate_incidents() -> None:
    text = ("Heavy clashes broke out between army units and opposition fighters around the village of Kafr Tala. "
            "The villages of Ain Shams and Tell Wardi came under aerial bombardment that killed two civilians. "
            "A landmine went off near the town of Marj Sultan, killing a shepherd.")
    row = run(text)
    assert kinds(row) == ["clash", "airstrike", "ied_landmine"]


def test_an_elaborating_sentence_in_the_same_paragraph_stays_with_its_incident() -> None:
    text = ("Regime artillery shelled the village of Deir Hanna on Monday, killing three civilians. "
            "The shelling also destroyed two houses near the village of Deir Hanna.")
    row = run(text)
    assert len(row["incidents"]) == 1


def test_hours_earlier_starts_another_incident_even_of_the_same_kind() -> None:
    text = ("Last night, warplanes carried out four airstrikes on the hills around the village of Kurum.\n"
            "Hours earlier, warplanes carried out six airstrikes on the outskirts of the town of Basqala, killing a fighter.")
    row = run(text, date(2022, 6, 1))
    assert kinds(row) == ["airstrike", "airstrike"]


def test_earlier_that_morning_is_another_time_of_the_day() -> None:
    text = ("Turkish forces fired rockets at a checkpoint in the village of Abu Rasin on Thursday morning, killing two soldiers.\n"
            "According to local sources, earlier that morning Turkish artillery hit the village of Um Harmala with a barrage of rockets.")
    row = run(text, date(2022, 6, 3))
    assert len(row["incidents"]) == 2


def test_before_the_attack_introduces_an_earlier_one() -> None:
    text = ("Gunmen attacked an army bus near the village of Bir Sabaa, killing six soldiers.\n"
            "Before the attack, the gunmen had raided army positions near the oil field of Jazal.")
    row = run(text)
    assert len(row["incidents"]) == 2


def test_two_kinds_of_event_joined_by_while_are_two_incidents() -> None:
    text = ("Violent clashes are still going on between the army and local fighters in the town of Tell Rifaat, leaving "
            "four soldiers dead, while a man from the village of Kafr Naya was killed when warplanes raided the area.")
    row = run(text)
    assert sorted(kinds(row)) == ["airstrike", "clash"]


def test_a_same_kind_while_clause_is_not_cut() -> None:
    text = ("Regime forces shelled the town of Kansafra on Monday, while other shells landed near the village of Maarzaf.")
    row = run(text)
    assert len(row["incidents"]) == 1


def test_a_run_on_sentence_with_two_dated_events_gives_two_incidents() -> None:
    text = ("Sources told the monitor that the hills of Tell Masih in the eastern countryside of Homs "
            "witnessed on Tuesday an exchange of fire between army units and gunmen that left three gunmen dead, "
            "where the hideouts of the gunmen are spread in the area, and the Syrian Observatory published on the 4th of "
            "March 2021 that clashes broke out in the hills of Tell Masih between the army and gunmen, killing two gunmen.")
    row = run(text)
    assert len(row["incidents"]) == 2


def test_a_located_event_inside_a_sentence_of_totals_is_still_an_incident() -> None:
    text = ("Hasakah Province - SOHR: SOHR monitored a new attack by ISIS cells in areas held by the SDF, where gunmen "
            "shot dead a member of the SDF in the village of Tell Baydar in the countryside of Al-Hasakah, while the total "
            "number of people killed by the cells in SDF-held areas since the start of the year has risen to 150 people, "
            "including 60 civilians and 90 SDF fighters and members of the Asayish.")
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["type"] == "assassination"
    assert row["totals"]


def test_a_tally_inside_a_sentence_of_totals_is_not_an_incident() -> None:
    text = ("The Observatory has documented the killing of 120 civilians by armed cells in the countryside of Raqqa and "
            "the countryside of Hasakah since the start of the year, where SOHR recorded these cells assassinating 45 "
            "civilians in the town of Tabqa.")
    row = run(text)
    assert row["incidents"] == []


def test_it_is_worth_noting_can_tell_of_an_incident_of_its_own() -> None:
    text = ("On Monday, army units and opposition fighters exchanged fire on the front lines of Kafr Amma.\n"
            "It is worth noting that regime forces fired dozens of shells on the town of Bara and its surroundings.")
    row = run(text, date(2021, 3, 3))
    assert kinds(row) == ["clash", "shelling"]


# --- merging ---------------------------------------------------------------------------------------------------------


def test_a_caption_before_the_account_merges_with_it() -> None:
    text = ("Smoke rises after the explosion in Tell Abyad.\n"
            "A car bomb killed eight people in the town of Tell Abyad on Sunday.\n"
            "The explosion took place near the vegetable market.")
    row = run(text, date(2021, 5, 4))
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["type"] == "ied_landmine"


def test_a_lead_without_figures_merges_with_the_account_that_gives_them() -> None:
    text = ("ISIS cells launched an attack on army positions in the desert.\n"
            "At least 12 soldiers were killed when the cells ambushed an army convoy near the town of Sukhnah.")
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["type"] == "ambush"


def test_a_bullet_that_restates_the_same_toll_is_not_another_incident() -> None:
    text = ("ISIS cells killed four soldiers in an attack on a checkpoint near the village of Arak.\n"
            "• The attack on the checkpoint killed four soldiers, the sources added.")
    row = run(text)
    assert len(row["incidents"]) == 1


def test_talk_of_a_trend_is_no_incident() -> None:
    text = ("Turkey has stepped up its shelling and drone strikes on Kurdish villages across the north-east.\n"
            "Warplanes continue targeting towns in the countryside of Idlib until today.")
    row = run(text)
    assert row["incidents"] == []


def test_an_appeal_is_no_incident() -> None:
    row = run("We call on the international community to stop the killing of civilians and the targeting of hospitals.")
    assert row["incidents"] == []


def test_de_escalation_zone_does_not_read_as_a_trend() -> None:
    text = ("Before dawn on Saturday, government artillery launched rockets at the villages of Bayanin and Fleifel "
            "in the \"de-escalation zone\".")
    row = run(text)
    assert kinds(row) == ["shelling"]


def test_a_day_with_a_year_is_still_one_event() -> None:
    row = run("On May 3, 2021, gunmen attacked an army post in the village of Sheikh Maskin, killing two soldiers.")
    assert len(row["incidents"]) == 1


def test_earlier_this_month_keeps_an_undated_unlocated_event_as_an_incident() -> None:
    text = ("A landmine killed four shepherds near the village of Rahjan on Sunday.\n"
            "Earlier this month, warplanes carried out airstrikes on hideouts of the cells in the desert.")
    row = run(text, date(2023, 5, 8))
    assert kinds(row) == ["ied_landmine", "airstrike"]


def test_a_sentence_set_days_after_another_event_starts_it() -> None:
    text = ("Gunmen attacked a bakery in the town of Sanamayn on Wednesday, injuring two men.\n"
            "The attack came just two days after three soldiers were killed by a roadside bomb near the town of Inkhil.")
    row = run(text, date(2023, 5, 8))
    assert len(row["incidents"]) == 2


def test_a_calendar_day_in_another_place_is_another_incident() -> None:
    text = ("A commander was killed by a drone strike near the town of Amuda.\n"
            "It is the first such strike since March 3, when a drone hit a motorcycle close to the village of Tell Kocher.")
    row = run(text)
    assert len(row["incidents"]) == 2


def test_two_kinds_of_attack_by_two_actors_joined_by_and_are_two_incidents() -> None:
    text = ("On Friday, a Turkish drone hit a van on the road to the village of Sarrin, and Turkish forces shelled the village "
            "of Tell Jamal near the town of Shuyukh.")
    row = run(text)
    assert sorted(kinds(row)) == ["drone_strike", "shelling"]


def test_lines_wrapped_at_a_fixed_width_are_read_as_sentences() -> None:
    text = ("Army convoy ambushed in the desert\n"
            "Cells of the group ambushed an army convoy on the road\n"
            "between the villages of Arak and Bir Jahar, killing\n"
            "nine soldiers and wounding five others of the convoy.\n"
            "The cells withdrew toward the hills of the desert\n"
            "after the ambush, local sources told reporters on\n"
            "Sunday, adding that helicopters searched the area\n"
            "for hours and found nothing of the attackers there.\n")
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == {"regime": 9}


def test_an_unplaced_incident_then_another_kind_in_a_named_place_are_two() -> None:
    text = ("A man was killed when warplanes raided the area this afternoon.\n"
            "A mortar shell landed near the faculty of medicine in the neighbourhood of Mezzeh, injuring no one.")
    row = run(text)
    assert kinds(row) == ["airstrike", "shelling"]


def test_a_town_named_after_an_incident_placed_only_in_a_province_narrows_it() -> None:
    text = ("At least eight soldiers were killed in clashes with ISIS in the province of Raqqa, a monitor said.\n"
            "The monitor said ISIS fighters attacked army checkpoints around the village of Dibsi Faraj before withdrawing.")
    row = run(text)
    assert len(row["incidents"]) == 1


def test_said_that_is_no_reference_to_the_same_event() -> None:
    text = ("Clashes broke out between the army and ISIS near the town of Sukhnah.\n"
            "On July 9, sources said that fierce clashes erupted between the army and ISIS in the desert.")
    row = run(text)
    assert len(row["incidents"]) == 2


def test_one_action_in_places_of_two_provinces_is_two_incidents() -> None:
    text = ("ISIS cells attacked army positions on Monday night near the town of Uqayribat in Hama Province and in "
            "the Jabal Bishri area in Raqqa Province.")
    row = run(text)
    assert [(i["type"], i["governorate"]) for i in row["incidents"]] == [("attack", "Hama"), ("attack", "Ar-Raqqa")]


def test_a_province_named_without_a_place_of_its_own_does_not_split() -> None:
    text = ("Russian jets carried out 20 airstrikes on hideouts near the village of Rasafa in Raqqa province "
            "and in the Deir Ezzor desert.")
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["governorate"] is None


def test_counted_attacks_are_events_not_talk_of_attacks() -> None:
    row = run("Earlier this week the cells carried out two attacks against a militia camp in Homs Governorate.")
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["governorate"] == "Homs"


def test_an_ongoing_attack_in_a_named_place_is_an_event() -> None:
    row = run("Activists reported an ongoing attack by ISIS cells on army positions in the desert of Rasafa.")
    assert len(row["incidents"]) == 1


def test_ongoing_fighting_in_general_is_no_event() -> None:
    row = run("The ongoing clashes and airstrikes across the country continue to take lives.")
    assert row["incidents"] == []


def test_a_count_of_deaths_with_no_event_actor_place_or_day_is_a_statistic() -> None:
    row = run("The network documented the killing of 48 civilians, including 11 children and six women.")
    assert row["incidents"] == []


def test_the_operation_refers_back_to_the_incident() -> None:
    text = ("Coalition helicopters landed troops in the village of Zer on Thursday night to raid a hideout of the cells.\n"
            "The operation ended with two members of the cells blowing themselves up and one arrested.")
    row = run(text)
    assert len(row["incidents"]) == 1
