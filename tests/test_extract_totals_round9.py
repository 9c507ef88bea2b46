"""Totals, round nine: lists whose lines the splitter ran together, splits by who killed them, windows from an event's
start or of several days, heads of lists told apart from their list, figures of two sides, counts of events by area,
the toll of one raid told "in the strikes", and the period named first (paragraphs written for these tests, judged by
the conventions of ../shared/data/sohr/SCHEMA.md). One construction per test, with look-alikes that must not change."""

from __future__ import annotations

from typing import Any

from contract_rows import killed_per_incident, titled, total_pairs


def row(text: str, published: str | None = "2023-06-01") -> dict[str, Any]:
    return titled(text, published)


def totals(text: str) -> list[tuple[str, int]]:
    return total_pairs(row(text))


def perpetrators(text: str) -> list[tuple[str, int, str | None]]:
    return sorted((t["side"], t["killed"], t.get("perpetrator")) for t in row(text)["totals"])


# --- lines of a list set without end punctuation are read one at a time --------------------------------------------

_UNPUNCTUATED = ("The monitoring group recorded the deaths of 3,150 persons across the country over the year 2019, which "
                 "it described as a marked fall from the year before\nThe toll breaks down as follows:\n"
                 "Civilians: 1,020, including 260 children\nSoldiers of the regime army: 830\n"
                 "Loyalist militiamen of Syrian nationality: 410\nFighters of Hezbollah: 37\n"
                 "Members of the Islamic State: 522\nKurdish-led SDF fighters: 201\nPeople of unknown identity: 130\n"
                 "The monitor added that the real number is believed to be far higher")


def test_unpunctuated_label_lines_keep_their_own_sides() -> None:
    found = totals(_UNPUNCTUATED)
    for pair in [("civilians", 1020), ("regime", 830), ("regime", 410), ("pro_iran_foreign", 37), ("isis", 522),
                 ("sdf", 201), ("unknown", 130)]:
        assert pair in found
    assert ("pro_iran_foreign", 410) not in found
    assert ("isis", 201) not in found


def test_punctuated_label_lines_read_as_before() -> None:
    text = _UNPUNCTUATED.replace("\nCivilians", ".\nCivilians").replace("children\n", "children.\n").replace(": 830\n", ": 830.\n")
    assert ("civilians", 1020) in totals(text)
    assert ("regime", 830) in totals(text)


# --- "Of the civilian dead, 120 were killed by ..." takes the side the opening names -----------------------------------

def test_named_share_opening_gives_its_side_to_bare_figures() -> None:
    text = ("The monitor documented the deaths of 600 persons in Syria during April 2023, among them 210 civilians and "
            "150 regime soldiers. Of the civilian dead, 120 were killed by regime shelling, 40 by Russian airstrikes and "
            "12 by ISIS.")
    found = perpetrators(text)
    assert ("civilians", 120, "regime") in found
    assert ("civilians", 40, "russia") in found


def test_of_them_opening_still_takes_the_total_before() -> None:
    text = ("The monitor documented the deaths of 210 civilians in Syria during April 2023. Of them, 120 were killed "
            "by regime shelling and 40 by Russian airstrikes.")
    assert ("civilians", 120, "regime") in perpetrators(text)


# --- "Regime forces killed 40 civilians, Russian forces killed 12, ..." after a period total -------------------------

def test_split_by_killers_after_a_period_total_gives_totals() -> None:
    text = ("The rights group documented the killing of 150 civilians in Syria in May 2021.\n\nAccording to its "
            "report, regime forces killed 40 civilians, Russian forces killed 12, and ISIS killed five.")
    found = perpetrators(text)
    assert ("civilians", 40, "regime") in found
    assert ("civilians", 12, "russia") in found
    assert ("civilians", 5, "isis") in found


def test_killers_on_one_day_after_a_total_are_no_split() -> None:
    text = ("The rights group documented the killing of 150 civilians in Syria in May 2021.\n\nOn Monday, regime "
            "forces killed four civilians in the town of Sarmin, and ISIS killed two.")
    assert ("civilians", 4) not in totals(text)


# --- "the number of people killed while picking truffles ... rises to 45": civilians ---------------------------------

def test_running_figure_of_people_on_a_civilian_pursuit_is_civilian() -> None:
    text = ("Thereby, the number of people killed while picking truffles in the Badia since February rises to 45, "
            "SOHR said.")
    assert totals(text) == [("civilians", 45)]


def test_running_figure_of_people_without_pursuit_stays_unknown() -> None:
    text = "Thereby, the number of people killed in ISIS attacks in the Badia since February rises to 45, SOHR said."
    assert totals(text) == [("unknown", 45)]


# --- windows from an event's start or of several days ----------------------------------------------------------------

def test_first_hours_of_a_campaign_are_a_period() -> None:
    text = ("In the first 48 hours of the offensive, the monitor documented the death of 40 fighters: 25 SDF "
            "fighters and 15 members of the Turkish-backed factions.")
    assert totals(text) == [("sdf", 25), ("turkey_factions", 15)]


def test_toll_over_several_days_is_a_total() -> None:
    text = "Fighting between ISIS cells and regime forces in the Badia has killed 23 regime soldiers in three days, the monitor said."
    assert totals(text) == [("regime", 23)]


def test_days_later_is_no_window() -> None:
    text = "A regime soldier wounded in an ISIS attack near the town of Al-Sukhnah died of his wounds three days later."
    assert totals(text) == []


# --- a line split by area does not end the list a head of people opens -----------------------------------------------

def test_people_head_dropped_when_a_line_is_split_by_area() -> None:
    text = ("Thereby, the number of people killed in the desert since early 2023 has risen to 200, they are:\n"
            "- 120 regime soldiers, killed in ISIS attacks. They were distributed as follows: 70 in Homs desert and 50 "
            "in Hama desert.\n- 50 ISIS members.\n- 30 civilians.")
    found = totals(text)
    assert ("unknown", 200) not in found
    assert ("regime", 120) in found
    assert ("regime", 70) in found


# --- a figureless remark between a head of people and its list header ------------------------------------------------

def test_head_dropped_across_a_figureless_remark() -> None:
    text = ("The monitor documented the death of 3,000 people across Syria in 2022.\n\nThe monitor stresses that the "
            "real toll is likely higher. The toll was distributed as follows:\n\nCivilians: 1,000.\nRegime soldiers: "
            "1,200.\nISIS members: 700.")
    found = totals(text)
    assert ("unknown", 3000) not in found
    assert ("regime", 1200) in found


def test_people_figure_without_a_list_stays() -> None:
    text = ("The monitor documented the death of 3,000 people across Syria in 2022.\n\nThe monitor stresses that the "
            "real toll is likely higher.")
    assert totals(text) == [("unknown", 3000)]


# --- a running figure of two sides is no total of one: its parts are ---------------------------------------------------

def test_running_figure_of_two_sides_gives_its_parts() -> None:
    text = ("Thereby, the number of regime soldiers and SDF fighters killed by Turkish drones since the start of "
            "the year rises to 30, they are: 18 regime soldiers and 12 SDF fighters.")
    assert totals(text) == [("regime", 18), ("sdf", 12)]


def test_running_figure_of_one_side_named_twice_stays() -> None:
    text = ("Thereby, the number of regime soldiers and officers killed by ISIS since the start of the year rises "
            "to 30, SOHR said.")
    assert totals(text) == [("regime", 30)]


# --- events counted by area are no toll --------------------------------------------------------------------------------

def test_attacks_by_area_after_a_total_are_no_totals() -> None:
    text = ("SOHR documented 12 attacks by ISIS cells in the desert in May 2023, which left 30 regime soldiers dead. "
            "The attacks were distributed as follows: five in Homs desert, four in Deir Ezzor desert and three in "
            "Hama desert.")
    assert totals(text) == [("regime", 30)]


def test_dead_by_area_after_a_total_stay_totals() -> None:
    text = ("SOHR documented 12 attacks by ISIS cells in the desert in May 2023, which left 30 regime soldiers dead. "
            "Regime losses were distributed as follows: 16 in Homs desert and 14 in Hama desert.")
    assert ("regime", 16) in totals(text)


# --- "Among the victims were two journalists" after a civilian total: no total of their own -----------------------------

def test_trades_among_civilian_victims_are_no_totals() -> None:
    text = ("The rights group documented the killing of 80 civilians in Syria in June 2022. Among the victims were "
            "two journalists and a paramedic, the group said.")
    assert totals(text) == [("civilians", 80)]


# --- "the death of 40 people in <long clause>, they are: ..." ----------------------------------------------------------

def test_they_are_list_after_a_long_clause_is_of_the_dead() -> None:
    text = ("In addition, SOHR documented the death of 40 people in clashes between local gunmen and ISIS cells in "
            "several towns of the western countryside of Daraa in October and November 2022, they are: 25 ISIS members "
            "and 15 local gunmen.")
    assert totals(text) == [("hts_rebels", 15), ("isis", 25)]


# --- "... were among the dead" two paragraphs after a toll of people ----------------------------------------------------

def test_parts_told_after_a_background_paragraph() -> None:
    text = ("Clashes between regime forces and local gunmen in Daraa have killed 25 people in two days, a war monitor said.\n\n"
            "The fighting erupted after regime forces arrested a local commander.\n\n"
            "The monitor said 12 regime soldiers, eight local gunmen and five civilians were among the dead.")
    assert totals(text) == [("civilians", 5), ("hts_rebels", 8), ("regime", 12)]


def test_a_new_event_after_a_background_paragraph_is_no_part() -> None:
    text = ("Clashes between regime forces and local gunmen in Daraa have killed 25 people in two days, a war monitor said.\n\n"
            "The fighting erupted after regime forces arrested a local commander.\n\n"
            "On Tuesday, a landmine killed three regime soldiers near the town of Nawa.")
    assert ("regime", 3) not in totals(text)


# --- "N were killed in the strikes" after the account of one raid -----------------------------------------------------

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


# --- one day's bombardment told with its toll is an incident -----------------------------------------------------------

def test_bombardment_since_the_morning_with_its_toll_is_an_incident() -> None:
    text = ("Regime forces have shelled the town of Kansafra and nearby villages with rockets since the early morning "
            "hours, killing two civilians.")
    found = row(text)
    assert found["totals"] == []
    assert {"civilians": 2} in killed_per_incident(found)


def test_counted_strikes_since_the_morning_stay_a_total() -> None:
    text = "Russian jets carried out 30 airstrikes on ISIS hideouts since this morning, killing 12 ISIS members."
    assert totals(text) == [("isis", 12)]


# --- the period named first --------------------------------------------------------------------------------------------

def test_period_named_first_wins_over_a_later_month() -> None:
    text = ("As the year draws to a close, the monitor has recorded the deaths of 5,100 civilians across Syria in 2021, "
            "the lowest yearly toll since the start of the war, as the truce in Idlib that came into force in March and "
            "calmer fronts reduced the number of victims.")
    assert [t["since"] for t in row(text)["totals"]] == ["2021-01-01"]


def test_period_named_alone_stays() -> None:
    text = "The monitor has recorded the deaths of 410 civilians across Syria in March, its monthly report says."
    assert [t["since"] for t in row(text)["totals"]] == ["2023-03-01"]


def test_war_start_with_its_month_is_no_period() -> None:
    text = ("SOHR documented the death of 4,000 civilians across Syria in 2023, the lowest annual toll since the "
            "outbreak of the Syrian revolution in March 2011.")
    assert [t["since"] for t in row(text)["totals"]] == ["2023-01-01"]


# --- fighters named by no group, dead in one side's infighting, are of that side -------------------------------------

def test_gunmen_dead_in_infighting_among_one_side_are_of_that_side() -> None:
    text = ("Thereby, SOHR has documented 23 incidents of infighting among Turkish-backed factions in Afrin since early "
            "2023, which left 11 gunmen and two civilians dead.")
    assert totals(text) == [("civilians", 2), ("turkey_factions", 11)]


def test_gunmen_dead_in_clashes_between_two_sides_stay_of_no_side() -> None:
    text = ("Thereby, SOHR has documented 23 clashes between Turkish-backed factions and the SDF in Afrin since early "
            "2023, which left 11 gunmen and two civilians dead.")
    assert ("turkey_factions", 11) not in totals(text)
