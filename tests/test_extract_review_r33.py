"""Round 33 review: sentences near the round's rules that they were not written for.

* incident_joint_places: a period total ("since the start of the month", "since September 2015") told beside a list of
  places is no joint toll of them; the places stay one incident.
* totals_marks.CONTINUATION: "On the other hand, an explosion hit ..., killing two" after a total is one event.
* totals_in_total: "have killed N civilians in total", "documented N ... in total": a running tally, still a total.
* incident_scope.earlier_one_event: "Last month, N were killed when mines exploded in different parts of X": a total.
* totals_mass_killing: executions in a prison, counted in thousands: no one event.
* places: "the Latakia government hospital" is a place; bare raids "of the Military Security" are no air raids;
  a tribal dignitary "who fought with" a force keeps that force's side.
* incident_abroad: shells "fired from inside Turkish territory", a drone "launched from a base in Turkey", militiamen
  "recruited in Iraq": where fire or fighters came from; the dead died in Syria.
* incident_lines.period_report: "A year of ... | Turkish drone kills two", "Annual commemoration of 2013 massacre |
  Regime shelling kills woman", "ISIS attacks ... since early 2024 | Cells ambush bus": one event's headline.
* incident_contrast: "X shelled villages in A countryside, while a shell on B killed a child": the shelling's toll.
* text._CONTRAST: "..., and coalition helicopters later struck the house": the same side's raid carried on.

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from contract_rows import contract, killed_per_incident, total_pairs


def _incidents(text: str) -> list[dict[str, object]]:
    out: list[dict[str, object]] = contract(text)["incidents"]
    return out


@pytest.mark.parametrize("text", [
    "Gunmen attacked a checkpoint of the Military Security in Tafas on Tuesday and then withdrew towards the farms of "
    "Muzayrib. The attacks of the gunmen in Daraa since the start of the month have killed 14 soldiers, SOHR said.",
    "Russian jets struck the outskirts of Kabani and the vicinity of Zuhur in the Latakia mountains. Since the start of "
    "the Russian campaign in September 2015, the monitor has documented the death of 21,300 people in these strikes.",
])
def test_a_period_total_is_no_joint_toll_of_the_places(text: str) -> None:
    assert len(_incidents(text)) == 1


@pytest.mark.parametrize(("text", "killed"), [
    ("SOHR has documented the death of 150 people in Russian airstrikes since the start of the year. On the other hand, "
     "an explosion hit a car in al-Bab, killing two civilians.", {"civilians": 2}),
    ("The cells killed 40 regime soldiers in the Homs desert since January 1, 2023. In turn, a landmine left by ISIS "
     "exploded near Sukhnah, killing three shepherds.", {"civilians": 3}),
])
def test_one_event_after_a_counterpart_opening_stays_an_incident(text: str, killed: dict[str, int]) -> None:
    assert killed in killed_per_incident(contract(text))


@pytest.mark.parametrize(("text", "pair"), [
    ("Turkish forces and their factions have killed 96 civilians in total in Afrin, SOHR said.", ("civilians", 96)),
    ("The monitor documented 43 women in total among the victims of the regime's detention centres.", ("civilians", 43)),
    ("Last month, nine civilians were killed when landmines exploded in different parts of Daraa countryside, SOHR "
     "said.", ("civilians", 9)),
    ("Last year, eight children were killed when remnants of war exploded in Idlib and Aleppo, the monitor documented.",
     ("civilians", 8)),
])
def test_running_tallies_stay_totals(text: str, pair: tuple[str, int]) -> None:
    assert pair in total_pairs(contract(text))


def test_prison_executions_in_thousands_are_no_incident() -> None:
    row = contract("The regime executed at least 13,000 detainees in Saydnaya prison, according to a report by a rights "
                   "group.")
    assert killed_per_incident(row) == []


def test_a_government_hospital_places_the_blast() -> None:
    incidents = _incidents("A car bomb exploded near the Latakia government hospital, killing three civilians.")
    assert incidents and incidents[0]["places"]


def test_raids_of_a_security_branch_are_no_air_raids() -> None:
    incidents = _incidents("Israeli jets struck positions near Damascus on Sunday. The raids came hours after a drone "
                           "was shot down. Earlier, the raids of the Military Security in Jasim killed two men.")
    assert [i["type"] for i in incidents if i["killed"]] == ["attack"]


def test_a_dignitary_who_fought_with_a_force_is_no_civilian() -> None:
    row = contract("A dignitary of the Baggara tribe who fought with the regime's National Defence Forces was killed in "
                   "an ambush in Deir ez-Zor.")
    assert {"civilians": 1} not in killed_per_incident(row)


@pytest.mark.parametrize(("text", "killed"), [
    ("Turkish forces shelled villages in Ain Issa countryside in Raqqa on Tuesday. A child was killed when shells fired "
     "from inside Turkish territory fell on the village of Saida.", [{"civilians": 1}]),
    ("ISIS cells attacked positions of Iranian-backed militias in the Albu Kamal desert in Deir Ezzor on Wednesday, "
     "killing five militiamen. The five killed were Iraqi nationals recruited in Iraq by Kataib Hezbollah.",
     [{"pro_iran_foreign": 5}]),
    ("A Turkish drone struck a car near Kobani in Aleppo countryside on Sunday, killing two SDF fighters. A third person "
     "was killed when a second drone, launched from bases inside Turkey, hit a motorcycle near the village of Qaramogh.",
     [{"sdf": 2}]),
])
def test_fire_or_fighters_from_abroad_died_in_syria(text: str, killed: list[dict[str, int]]) -> None:
    row = contract(text)
    assert all(i["governorate"] is not None for i in row["incidents"])
    assert killed_per_incident(row)[:len(killed)] == killed


@pytest.mark.parametrize("text", [
    "A year of Turkish escalation | Turkish drone kills two SDF members near Kobani\n\nA Turkish drone struck a car "
    "near the city of Kobani in Aleppo countryside, killing two SDF members. Since January 2024, SOHR has documented "
    "dozens of Turkish drone strikes on areas in north and east Syria.",
    "Annual commemoration of 2013 chemical massacre | Regime shelling kills woman in Douma\n\nRegime forces shelled "
    "the city of Douma in Eastern Ghouta, killing a woman, as residents gathered to mark the anniversary.",
    "ISIS attacks in Syrian desert exceed 200 since early 2024 | Cells ambush regime bus near Palmyra\n\nISIS cells "
    "ambushed a bus carrying regime soldiers on the Palmyra road in the eastern Homs desert, killing nine soldiers.",
])
def test_a_headline_of_one_event_under_a_year_stays_an_incident(text: str) -> None:
    assert len(_incidents(text)) == 1


@pytest.mark.parametrize("text", [
    "Turkish forces and their proxy factions shelled villages in Tal Tamr countryside in Hasakah on Saturday, while a "
    "shell that fell on the village of Umm al-Kaif killed a child.",
    "Regime forces shelled Ariha city and its surroundings in Idlib countryside on Tuesday, while rockets that landed "
    "in the nearby town of Mhambal killed a woman.",
])
def test_a_shell_on_one_of_the_villages_shelled_is_the_shelling_s_toll(text: str) -> None:
    assert len(_incidents(text)) == 1


def test_the_same_side_s_aircraft_later_carry_the_raid_on() -> None:
    text = ("Coalition forces and SDF fighters raided a house in Atmeh in Idlib countryside at dawn on Friday, killing an "
            "ISIS leader, and coalition helicopters later struck the house, killing two guards.")
    found = _incidents(text)
    assert len(found) == 1 and found[0]["governorate"] == "Idleb"
