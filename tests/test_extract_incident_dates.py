"""Incidents: the day of an incident.

* "on the 9th of this month", "of last month", a weekday with its date and the parts of a day, a full date beating the
  weekday;
* "on the same night", "hours later", "later in the day", "in the evening" take the day told before; "meanwhile" after a
  recall does not;
* a full date of a recalled cause or after "since" does not date the event; the day a campaign began is no new day;
* abbreviated months are no places and do not end the sentence; dated events inside a statistics piece and province
  lines of a roundup.

Every sentence here was written for these tests, in several wordings per construction; none is taken from an evaluation
set.
"""

from __future__ import annotations

from datetime import date

import pytest

from contract_rows import contract, governorates, kinds
from contract_rows import killed_per_incident as killed
from contract_rows import place_names as names

DAY = date(2023, 7, 28)


def run(text: str, published: date | None = DAY) -> dict:
    return contract(text, published)


def test_the_day_a_campaign_began_is_not_a_new_day() -> None:
    row = run("Regime shelling on the town of Ariha killed three civilians on Sunday, SOHR said. The shells landed on the "
              "market of Ariha as regime forces pressed on with a campaign launched on Wednesday against the area.\n"
              "Local media said five people were killed, blaming the regime for the shelling.")
    assert len(row["incidents"]) == 1


def test_clashes_after_an_accusation_of_a_killing_on_a_named_day() -> None:
    row = run("Clashes erupted on Monday between the Sultan Murad Division and Ahrar al-Sharqiya near the town of Azaz, "
              "killing three fighters, after Ahrar al-Sharqiya accused the Sultan Murad Division of assassinating a commander in "
              "Marea on March 3, 2021.", date(2021, 3, 10))
    assert len(row["incidents"]) == 2
    assert [i["date"] for i in row["incidents"]] == ["2021-03-08", "2021-03-03"]
    assert kinds(row) == ["clash", "assassination"]


def test_strikes_in_response_to_a_dated_drone_attack_abroad() -> None:
    row = run("Coalition jets bombed militia positions near al-Mayadin overnight, killing nine Iranian-backed militiamen.\n\n"
              "The raids came in response to a drone attack on a base in Iraq on May 2, 2023 that killed two soldiers.",
              date(2023, 5, 6))
    assert len(row["incidents"]) == 2
    assert row["incidents"][1]["date"] == "2023-05-02"
    assert row["incidents"][1]["type"] == "drone_strike"
    assert row["incidents"][0]["killed"] == {"pro_iran_foreign": 9}


def test_shelling_following_an_assassination_on_a_named_day() -> None:
    row = run("Regime forces shelled the town of Tafas on Saturday, wounding four civilians, following the assassination of "
              "an officer near Tafas on the 2nd of July 2022.", date(2022, 7, 5))
    assert len(row["incidents"]) == 2
    assert row["incidents"][1]["date"] == "2022-07-02"
    assert kinds(row) == ["shelling", "assassination"]


def test_a_recall_without_a_named_day_stays_one_incident() -> None:
    row = run("Regime forces shelled the town of Tafas on Saturday, wounding four civilians, after gunmen attacked a "
              "checkpoint there.", date(2022, 7, 5))
    assert len(row["incidents"]) == 1


def test_full_date_beats_the_weekday_in_the_same_sentence() -> None:
    row = run("Gunmen shot dead a shop owner in the town of Jasim on Monday, October 3, 2022.", date(2022, 10, 20))
    assert row["incidents"][0]["date"] == "2022-10-03"


def test_full_date_told_later_beats_the_weekday() -> None:
    row = run("An IED exploded under a car in the city of Daraa on Tuesday, killing a soldier. "
              "The explosion took place on November 8, 2022 near the stadium.", date(2022, 11, 20))
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["date"] == "2022-11-08"


def test_meanwhile_after_a_recall_takes_no_day_from_it() -> None:
    row = run("Coalition jets struck militia positions near al-Quriyah overnight, killing five Iranian-backed militiamen. "
              "The raids came in retaliation for a rocket attack on a US base in Iraq on June 1, 2023.\n\n"
              "Meanwhile, militiamen shelled the village of Jadid Ekeidat, injuring two civilians.", date(2023, 6, 9))
    assert [i["date"] for i in row["incidents"]][1:] == ["2023-06-01", "2023-06-08"]


def test_on_the_same_night_takes_the_day_told_before() -> None:
    row = run("Unknown gunmen killed a man in the town of Jasim on Saturday evening.\n\n"
              "On the same night, an IED exploded near a checkpoint in Inkhil, injuring three soldiers.", date(2023, 3, 10))
    assert [i["date"] for i in row["incidents"]] == ["2023-03-04", "2023-03-04"]


def test_a_full_date_of_a_recalled_cause_does_not_date_the_event() -> None:
    row = run("Clashes erupted between the SDF and tribal gunmen in the town of Dhiban today, leaving three gunmen dead, "
              "after the SDF arrested a tribal leader on August 27, 2023.", date(2023, 8, 30))
    assert [i["date"] for i in row["incidents"]] == ["2023-08-30"]


def test_a_full_date_after_since_does_not_date_the_event() -> None:
    row = run("Gunmen shot dead a shepherd near the village of Uqayribat on Monday, the first such killing since "
              "October 3, 2022.", date(2022, 11, 20))
    assert [i["date"] for i in row["incidents"]] == ["2022-11-14"]


def test_hours_later_takes_the_day_told_before() -> None:
    row = run("Turkish drones targeted a car near Amuda on Monday, killing two SDF members.\n\n"
              "Hours later, another Turkish drone struck a position near Tal Tamr, injuring three fighters.",
              date(2023, 11, 15))
    assert [i["date"] for i in row["incidents"]] == ["2023-11-13", "2023-11-13"]


def test_later_in_the_day_takes_the_day_told_before() -> None:
    row = run("Two children were killed this morning by regime shelling on the town of Kafr Zita.\n\n"
              "Later in the day, Russian warplanes carried out airstrikes on Al-Lataminah, with no casualties reported.",
              date(2020, 5, 12))
    assert [i["date"] for i in row["incidents"]] == ["2020-05-12", "2020-05-12"]


def test_in_the_evening_takes_the_day_told_before() -> None:
    row = run("A landmine killed a shepherd near the village of Rahjan on Tuesday.\n\n"
              "In the evening, ISIS cells attacked an army post near Ithriya, killing a soldier.", date(2020, 5, 14))
    assert [i["date"] for i in row["incidents"]] == ["2020-05-12", "2020-05-12"]


@pytest.mark.parametrize("text", [
    "It was the second bombing near the shrine in six months, after a car bomb killed one person near the same shrine on Feb 15.",
    "The explosion came weeks after an IED killed two soldiers near the same road on Sept. 3.",
])
def test_abbreviated_month_is_no_place(text: str) -> None:
    row = run(text)
    assert all(n not in ("Feb", "Sept", "Sept.") for ns in names(row) for n in ns)


@pytest.mark.parametrize(("phrase", "day"), [
    ("On the 9th of this month", date(2023, 7, 9)),
    ("On the 3rd of the month", date(2023, 7, 3)),
    ("On the 28th of last month", date(2023, 6, 28)),
    ("On the 2nd of the current month", date(2023, 7, 2)),
])
def test_day_of_this_month(phrase: str, day: date) -> None:
    from observatory.extract.dates import find_dates

    text = f"{phrase}, an explosive device went off near the bus station, wounding four people."
    found = find_dates(text, 0, len(text), DAY)
    assert found and found[0].value == day


@pytest.mark.parametrize("second", [
    "On the 9th of this month, an explosive device went off near the Mayadin bus station, wounding four people.",
    "On the 14th of last month, a motorcycle bomb exploded outside the Mayadin bus station, wounding four people.",
])
def test_day_of_this_month_starts_another_incident(second: str) -> None:
    row = run("Clashes broke out between two factions in al-Bab yesterday, killing three fighters.\n\n"
              "The explosion is the third in Mayadin this month. " + second)
    assert len(row["incidents"]) == 2
    assert row["incidents"][1]["injured"] == {"unknown": 4}


@pytest.mark.parametrize("second", [
    "It was the second attack on the shrine in six months, after a car bomb killed one person near the same shrine on Feb 15.",
    "The bombing came months after an IED killed one person near the shrine on Dec. 3.",
    "It followed a similar blast that killed one person near the shrine on 3 Sept.",
])
def test_recalled_event_with_abbreviated_month(second: str) -> None:
    row = run("A motorcycle bomb exploded near the shrine of Sayyida Zeinab on Thursday, killing six people. " + second)
    assert killed(row) == [{"unknown": 6}, {"unknown": 1}]


def test_abbreviated_month_does_not_end_the_sentence() -> None:
    from observatory.extract.text import sentences

    text = "An IED killed one person near the shrine on Dec. 3. Two more were wounded."
    assert len(sentences(text)) == 2


@pytest.mark.parametrize(("phrase", "day"), [
    ("On Saturday, March 4", date(2023, 3, 4)),
    ("On Thursday, June 8, 2023", date(2023, 6, 8)),
    ("On the night of the 9th", date(2023, 7, 9)),
    ("On the morning of the 21st of last month", date(2023, 6, 21)),
])
def test_weekday_with_its_date_and_parts_of_a_day(phrase: str, day: date) -> None:
    from observatory.extract.dates import find_dates

    text = f"{phrase}, gunmen shot dead a man in the town of Tafas."
    found = find_dates(text, 0, len(text), DAY)
    assert [d.value for d in found] == [day]


@pytest.mark.parametrize("intro", [
    "SOHR has documented the death of 9 people across Syria on Thursday, June 8, 2023. Deaths were distributed as follows:",
    "On June 8, 2023, SOHR documented 9 deaths across Syrian territory, distributed as follows:",
])
def test_province_lines_take_the_day_of_the_roundup(intro: str) -> None:
    row = run(intro + "\nDaraa: a man was shot dead by unknown gunmen in the town of Tafas.\n"
                      "Idlib: two soldiers were killed by HTS sniper fire on the Kabana axis.", published=date(2023, 6, 9))
    assert [i["date"] for i in row["incidents"]] == ["2023-06-08", "2023-06-08"]


def test_strikes_on_a_day_of_a_month_are_an_incident() -> None:
    row = run("Russian jets carried out 20 airstrikes on hideouts near al-Sukhnah on August 3, killing four ISIS members.")
    assert len(row["incidents"]) == 1


@pytest.mark.parametrize(("text", "kind", "gov"), [
    ("Statistics for 2020 | Israeli raids on Syria\nSOHR counted 31 Israeli raids on Syria in 2020, which killed 120 "
     "people, distributed as follows:\n- 20 soldiers of the regime army;\n- 100 members of Iranian-backed militias.\n"
     "The final raid of the year came on December 30, 2020, when Israeli jets struck an arms depot near Masyaf in the Hama countryside, "
     "causing a fire but no deaths.", "airstrike", "Hama"),
    ("Daraa in March: 22 dead in 30 attacks\nDuring March 2021, SOHR documented 30 attacks in Daraa governorate that "
     "left 22 people dead:\n• 12 civilians\n• 10 regime soldiers\nAlso in March, on the 11th, masked gunmen shot dead a "
     "local mukhtar near Jasim.\nThe chaos goes on across the province.", "assassination", "Dar'a"),
    ("Drone war in the north-east, first half of 2021\nSince the beginning of 2021, Turkish drones have carried out 40 "
     "strikes that killed 35 members of the SDF and 12 civilians. The most recent strike was on 28 June 2021, when a "
     "drone hit a car near Amuda in Hasakah province, wounding two fighters.", "drone_strike", "Al-Hasakeh"),
])
def test_dated_event_inside_a_statistics_piece(text: str, kind: str, gov: str) -> None:
    row = run(text)
    assert kinds(row) == [kind]
    assert governorates(row) == [gov]


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a policeman near Tafas today.\nOn May 4, a former fighter was killed by a bomb planted under his "
    "car near Inkhil, and his son was wounded in the blast.",
    "A drone strike hit an SDF post near Tal Tamr on Sunday, wounding two fighters.\nOn the 2nd of this month, a "
    "landmine exploded near Ain Issa, killing a shepherd, whose brother was hurt in the explosion.",
    "Regime shells fell on Ariha on Friday, wounding a child.\nOn June 9, Russian jets struck a poultry farm near "
    "Kafr Takharim, and two workers were killed in the strike.",
])
def test_a_dated_paragraph_naming_its_own_event_is_another_incident(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2


@pytest.mark.parametrize(("text", "killed"), [
    ("At least nine people were killed on Sunday in an attack in the desert south of Raqqa, a war monitor said.\n\n"
     "The Observatory said gunmen opened fire on a bus near the village of Ghanem al-Ali, killing six civilians and "
     "three soldiers who were guarding it.", {"civilians": 6, "regime": 3}),
    ("Twelve people died on Tuesday when a car bomb went off in the countryside of Aleppo, the monitor reported.\n\n"
     "According to the Britain-based group, the blast near the town of Jindires killed eight civilians and four "
     "members of the Hamza Division.", {"civilians": 8, "turkey_factions": 4}),
    ("Seven people were killed overnight in drone strikes on the countryside of Deir Ezzor, a war monitor said.\n\n"
     "The strikes hit a depot near the town of al-Quriyah, killing five Iraqi militiamen and two Syrian soldiers, the "
     "monitor said.", {"pro_iran_foreign": 5, "regime": 2}),
])
def test_dated_lead_told_again_side_by_side_is_one_incident(text: str, killed: dict[str, int]) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["incidents"][0]["killed"] == killed


def test_today_told_again_after_at_dawn_today_is_the_same_day() -> None:
    # no publication date: "at dawn today" and "Today's clashes" are the same unresolved day, one incident
    text = ("Clashes in Daraa city\n\n"
            "Local gunmen clashed at dawn today with members of a cell in the Daraa al-Balad neighbourhood. "
            "Today's clashes killed two local gunmen and three members of the cell.")
    assert len(run(text, None)["incidents"]) == 1
