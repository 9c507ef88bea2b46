"""Round 4 of the written sets: where incidents begin and end, what is no incident, and kinds.

Every sentence here was written for these tests, in several wordings per construction; none is taken from an
evaluation set.
"""

from __future__ import annotations

from datetime import date

import pytest

from contract_rows import contract, governorates, kinds
from contract_rows import killed_per_incident as killed
from contract_rows import place_names as names

DAY = date(2022, 3, 14)


def run(text: str, published: date | None = DAY) -> dict:
    return contract(text, published)


# --- links to other stories printed under the report ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A landmine killed two shepherds near the village of Arak on Monday.\nRelated posts\n"
    "Regime jets strike hideouts near Palmyra\nGunmen kill a teacher in Tafas",
    "A landmine killed two shepherds near the village of Arak on Monday.\nRead also: Drone attack kills four soldiers near Raqqa",
    "A landmine killed two shepherds near the village of Arak on Monday.\nRelated stories:\n"
    "- Turkish shelling hits Tal Tamr villages\n- Explosion rocks market in Azaz",
    "A landmine killed two shepherds near the village of Arak on Monday.\nRELATED  |  Clashes leave five dead in Busra al-Harir",
])
def test_headlines_of_linked_stories_are_no_incidents(text: str) -> None:
    row = run(text)
    assert kinds(row) == ["ied_landmine"]
    assert names(row) == [["Arak"]]


def test_story_goes_on_after_a_link_line() -> None:
    row = run("A landmine killed two shepherds near the village of Arak on Monday.\n"
              "Read more: Gunmen kill a teacher in Tafas\n"
              "On Tuesday, regime artillery shelled the town of Kansafra, killing a woman.")
    assert kinds(row) == ["ied_landmine", "shelling"]
    assert killed(row) == [{"civilians": 2}, {"civilians": 1}]


def test_a_sentence_that_opens_with_related_is_prose() -> None:
    row = run("Related to the dispute over the crossing, gunmen shot dead a driver near the village of Arak on Monday.")
    assert len(row["incidents"]) == 1


# --- "the deadliest ... since": a ranking, not a period ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "At least 31 soldiers were killed in an ISIS ambush on a bus near Kabajib on Tuesday, the deadliest attack on regime "
    "forces since the start of the year.",
    "Turkish drones killed nine SDF fighters near Amuda on Friday, the heaviest such losses since 2019, SOHR said.",
    "The car bomb in the market of Azaz killed 14 civilians on Sunday, the bloodiest bombing in the town since the "
    "beginning of the war.",
])
def test_ranked_since_is_one_event(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert sum(killed(row)[0].values()) in (31, 9, 14)
    assert row["totals"] == []


def test_since_with_a_count_stays_a_total() -> None:
    row = run("Since the start of the year, 31 soldiers have died in ambushes laid by ISIS around the Homs desert.")
    assert row["incidents"] == []
    assert [(t["side"], t["killed"]) for t in row["totals"]] == [("regime", 31)]


# --- a later sentence says where the event told so far hit ---------------------------------------------------------


@pytest.mark.parametrize(("text", "place"), [
    ("Twenty militiamen died when Israeli jets bombed their bases during the night in the east of the country, a monitor said.\n"
     "The strikes hit weapons depots from al-Mayadin to al-Bukamal, the monitor added.", "al-Mayadin"),
    ("Six soldiers were killed in an attack overnight on a military post, a war monitor said.\n"
     "The attack took place near the village of Kabajib, according to the monitor.", "Kabajib"),
    ("Four fighters were killed in Russian air raids at dawn on Friday, a monitor said.\n"
     "The raids targeted a camp near Kafr Takharim, the monitor said.", "Kafr Takharim"),
])
def test_event_placed_by_a_later_sentence(text: str, place: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert place in names(row)[0]


def test_a_place_told_of_something_else_is_not_taken() -> None:
    row = run("Twenty militiamen died when Israeli jets bombed their bases during the night in the east of the country, a monitor said.\n"
              "Militias have been deployed around al-Mayadin since 2017.")
    assert names(row) == [[]]


# --- sabotage and gunfire told with other verbs --------------------------------------------------------------------


@pytest.mark.parametrize(("text", "kind"), [
    ("ISIS cells blew up a section of the oil pipeline near the Taim field, east of Deir Ezzor, late on Monday.", "ied_landmine"),
    ("Unknown persons blew up an electricity pylon near the town of Jasim on Sunday night.", "ied_landmine"),
    ("A power station near Tabqa was blown up on Tuesday by cells of the organisation.", "ied_landmine"),
    ("ISIS gunmen fired on a convoy of water tankers on the road near Ithriya on Monday, setting one tanker ablaze.", "attack"),
    ("Fighters fired at a regime patrol near the village of Jurin on Friday, wounding two soldiers.", "attack"),
])
def test_sabotage_and_firing_at_are_events(text: str, kind: str) -> None:
    assert kinds(run(text)) == [kind]


def test_suicide_bomber_is_no_sabotage() -> None:
    assert kinds(run("A man blew himself up at a checkpoint near the town of Azaz on Monday, killing three fighters.")) == \
        ["suicide_bombing"]


# --- the next morning / the following day: another event when someone else is found -------------------------------


@pytest.mark.parametrize("text", [
    "A woman was shot dead by unknown gunmen in the camp of al-Hol on Monday night.\n"
    "The following morning, guards found the body of a man with gunshot wounds near the camp's market.",
    "Gunmen killed a teacher in the town of Tafas on Sunday.\n"
    "The next day, residents found the body of a young man on the road near the town.",
    "A landmine killed a soldier near the village of Arak on Thursday.\n"
    "The following evening, a shepherd was killed by another mine in the same area.",
])
def test_following_day_with_someone_else_is_another_incident(text: str) -> None:
    assert len(run(text)["incidents"]) == 2


@pytest.mark.parametrize("text", [
    "Gunmen shot dead a shepherd near the village of Arak on Monday. His relatives found his body the next morning.",
    "A man was shot dead by gunmen near Tafas on Sunday. His family recovered his body the following day.",
])
def test_the_victims_own_body_found_later_is_the_same_incident(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert sum(killed(row)[0].values()) == 1


# --- another side's event of another kind, told as following ---------------------------------------------------------


@pytest.mark.parametrize(("text", "second"), [
    ("ISIS cells attacked posts of the National Defence Forces near the village of Kabajib on Monday, killing five.\n"
     "Russian helicopters later struck the desert hills south of Kabajib.", "airstrike"),
    ("HTS fighters attacked regime positions near Kafr Nabl on Tuesday, killing three soldiers.\n"
     "Regime artillery subsequently shelled the town of Kansafra.", "shelling"),
    ("A roadside bomb hit a Turkish patrol near Tal Abyad on Wednesday, wounding two soldiers.\n"
     "Turkish drones then struck a car near the village of Ain Issa.", "drone_strike"),
])
def test_another_sides_later_event_is_its_own(text: str, second: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2
    assert kinds(row)[1] == second


def test_shelling_in_a_fight_stays_in_the_fight() -> None:
    row = run("Clashes broke out between HTS and regime forces near Kafr Nabl on Tuesday, killing three soldiers.\n"
              "Regime artillery then shelled the surroundings of the town.")
    assert kinds(row) == ["clash"]


# --- an event with no place of its own in "the area" of the one before ---------------------------------------------


@pytest.mark.parametrize("text", [
    "ISIS cells attacked a checkpoint near the village of Kabajib in the Deir Ezzor desert on Monday, killing five soldiers.\n"
    "Russian helicopters later fired missiles at the desert areas into which the attackers withdrew.",
    "In the countryside of Lattakia, an HTS sniper shot dead a soldier near Kabani yesterday, while regime troops pounded "
    "the surroundings of the area with mortars.",
    "A drone struck a car near the town of Amuda in Hasakah on Sunday, killing two SDF fighters.\n"
    "Turkish artillery later shelled the vicinity of the town.",
])
def test_an_event_in_the_area_takes_its_place(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2
    assert names(row)[1] and names(row)[1][0] == names(row)[0][0]
    assert governorates(row)[1] == governorates(row)[0]


# --- abducted, then killed: one killing ----------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "ISIS cells kidnapped five truffle hunters near Kabajib on Monday, before executing three of them.",
    "Gunmen abducted a teacher in the town of Tafas on Sunday and then shot him dead.",
    "Cells of the organisation seized two shepherds while they grazed their flock near Ithriya on Friday, and executed them "
    "hours later.",
])
def test_abducted_then_killed_is_one_event(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert kinds(row)[0] in ("execution", "assassination", "attack")


def test_an_abduction_alone_stays_an_abduction() -> None:
    assert kinds(run("Gunmen kidnapped two merchants on the road near the town of Sanamayn on Sunday.")) == ["abduction"]


def test_a_killing_elsewhere_after_an_abduction_is_its_own() -> None:
    row = run("Gunmen kidnapped a merchant in the town of Sanamayn on Sunday.\n"
              "In the village of Kahil, gunmen attacked a checkpoint of the Eighth Brigade, killing two members.")
    assert kinds(row) == ["abduction", "attack"]


@pytest.mark.parametrize("text", [
    "A former commander was found dead near Tafas this morning, after unidentified gunmen had kidnapped him the day before.",
    "The body of a pharmacist abducted by gunmen on Monday was found near the town of Nawa, bearing gunshot wounds.",
])
def test_found_dead_after_gunmen_took_him_is_no_abduction(text: str) -> None:
    assert kinds(run(text)) != ["abduction"]


# --- one person singled out, whatever stands between the verb and the victim ----------------------------------------


@pytest.mark.parametrize("text", [
    "Masked gunmen shot dead this afternoon a man near the bakery of Sanamayn.",
    "Unidentified gunmen killed yesterday a young man in the town of Nawa in the western countryside of Daraa.",
    "Gunmen shot dead on Monday a member of the Eighth Brigade in the town of Busra al-Sham.",
])
def test_one_victim_after_the_time_is_a_targeted_killing(text: str) -> None:
    assert kinds(run(text)) == ["assassination"]


@pytest.mark.parametrize("text", [
    "Gunmen believed to be from ISIS shot dead a shepherd grazing his sheep near the village of Arak on Monday.",
    "Gunmen killed a truffle hunter in the desert near Kabajib on Sunday.",
    "A herder was shot dead by gunmen near Ithriya on Friday while he was grazing his flock.",
])
def test_someone_killed_at_work_in_the_open_is_an_attack(text: str) -> None:
    assert kinds(run(text)) == ["attack"]


# --- a bombardment counted over one day, with no toll ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Since dawn today, Russian jets have launched over 30 raids on hideouts in the desert of Palmyra.",
    "Regime helicopters have dropped since this morning 16 barrel bombs on the town of Kansafra.",
    "Turkish forces have fired since the early hours some 60 shells on villages around Tal Tamr.",
])
def test_one_day_bombardment_without_toll_is_an_incident(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert killed(row) == [{}]


@pytest.mark.parametrize("text", [
    "Russian jets have launched since Monday over 300 raids on hideouts in the desert of Palmyra.",
    "Since the beginning of the month, regime helicopters have dropped 160 barrel bombs on the town of Kansafra.",
    "Turkish forces have fired since yesterday some 90 shells on villages around Tal Tamr.",
])
def test_bombardment_counted_over_days_is_no_incident(text: str) -> None:
    assert run(text)["incidents"] == []


def test_a_clause_about_the_place_is_no_habit() -> None:
    row = run("Regime jets carried out 12 airstrikes on the village of Kansafra on Monday, where HTS fighters have been "
              "gathering in recent days.")
    assert kinds(row) == ["airstrike"]


# --- statistics of a period: strikes counted over a month are no event -------------------------------------------------


@pytest.mark.parametrize("text", [
    "SOHR monitored 87 Russian airstrikes on hideouts in the Badia during August, mostly around al-Sukhnah.",
    "Turkish forces fired more than 400 shells on villages near Tal Tamr in March, according to SOHR.",
    "In the same month, the coalition carried out 25 raids on cells near al-Shuhayl.",
])
def test_strikes_counted_over_a_month_are_no_incident(text: str) -> None:
    assert run(text)["incidents"] == []


def test_strikes_on_a_day_of_a_month_are_an_incident() -> None:
    row = run("Russian jets carried out 20 airstrikes on hideouts near al-Sukhnah on August 3, killing four ISIS members.")
    assert len(row["incidents"]) == 1


# --- a dateline in capitals ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "gov"), [
    ("Camp news\nHASAKAH - A woman was shot dead in the camp of al-Hol on Monday.\n"
     "Hours later, guards found the body of a man near the market of the camp.", "Al-Hasakeh"),
    ("Daily report\nDARAA - Gunmen shot dead a man near Nawa on Monday.\n"
     "The next day, a young man was found dead on the road near a school.", "Dar'a"),
])
def test_capital_dateline_places_unplaced_incidents(text: str, gov: str) -> None:
    row = run(text)
    assert governorates(row) == [gov, gov]


# --- a new paragraph with a victim and a place of its own ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Unknown gunmen shot dead a man in the town of Sanamayn this morning.\n"
    "In the city of Nawa, gunmen opened fire on a young man accused of theft, killing him.",
    "Gunmen killed a member of the Eighth Brigade in the town of Busra al-Sham on Monday.\n"
    "In the village of Kahil, unknown gunmen shot a young man dead.",
    "A civilian was shot dead by gunmen near the town of Jasim on Sunday.\n"
    "In the town of Tafas, a man was killed by gunmen riding a motorcycle.",
])
def test_new_paragraph_with_own_place_and_victim_is_another_killing(text: str) -> None:
    assert len(run(text)["incidents"]) == 2


def test_the_same_victim_named_again_in_his_town_stays_one() -> None:
    row = run("Gunmen shot dead a man in the town of Sanamayn this morning.\n"
              "The man, a former fighter, was killed near his home in Sanamayn.")
    assert len(row["incidents"]) == 1


# --- an actor's later event with no place of its own is still an event ------------------------------------------------


@pytest.mark.parametrize("text", [
    "ISIS cells attacked a gas field near al-Shaer on Monday, killing three guards.\n"
    "Afterwards, Russian jets carried out 15 raids on the mountains north of the field.",
    "HTS fighters stormed a regime post near Kafr Nabl on Tuesday, killing four soldiers.\n"
    "Regime warplanes subsequently bombed the hills behind the front.",
    "An ISIS ambush killed six soldiers near Kabajib on Sunday. Russian jets later pounded the desert hideouts of the "
    "cells.",
])
def test_later_strikes_without_a_place_are_kept(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2
    assert kinds(row)[1] == "airstrike"


def test_no_later_event_without_an_actor() -> None:
    row = run("ISIS cells attacked a gas field near al-Shaer on Monday, killing three guards.\n"
              "Later, explosions were heard in the hills north of the field.")
    assert len(row["incidents"]) == 1


# --- the same actor again, later, elsewhere, with its own toll ---------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Regime forces shelled the town of Kansafra on Monday, killing two civilians. Regime forces later shelled the town "
    "of Kafr Nabl, wounding three.",
    "Turkish drones struck a car near Amuda on Friday, killing two SDF fighters. The drones later hit a motorcycle near "
    "Derbasiyah, killing a civilian.",
    "Gunmen attacked a checkpoint near the town of Jasim on Sunday, wounding two soldiers. The gunmen subsequently "
    "attacked a patrol near Nawa, killing one soldier.",
])
def test_same_actor_later_elsewhere_with_own_toll_is_another(text: str) -> None:
    assert len(run(text)["incidents"]) == 2


def test_same_actor_later_on_the_same_town_stays_one() -> None:
    row = run("Regime forces shelled the town of Kansafra on Monday, killing two civilians. Regime forces later shelled "
              "the same town again, wounding three.")
    assert len(row["incidents"]) == 1


# --- clashes told in the lead, the attackers named in the body: an attack ------------------------------------------------


@pytest.mark.parametrize("text", [
    "Eight soldiers were killed in clashes with ISIS near the village of Maadan on Monday, a monitor said.\n"
    "The monitor said ISIS militants attacked army checkpoints around the village before withdrawing at dawn.",
    "Five SDF fighters died in clashes with gunmen near the town of al-Sour on Friday.\n"
    "According to the source, the gunmen attacked a checkpoint at the entrance of the town.",
    "Clashes near Kabani left four soldiers dead on Sunday. HTS fighters stormed a regime post on the hill overnight.",
])
def test_clash_with_named_attackers_is_an_attack(text: str) -> None:
    assert kinds(run(text)) == ["attack"]


def test_clash_with_fire_exchanged_stays_a_clash() -> None:
    row = run("Eight soldiers were killed in clashes with ISIS near the village of Maadan on Monday.\n"
              "The two sides exchanged fire for hours.")
    assert kinds(row) == ["clash"]


# --- a victim killed for what he was accused of: singled out ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "On May 3, ISIS said it had killed a youth near the mill of Hajin on the pretext of working for the SDF.",
    "ISIS cells killed a man accused of spying for the coalition in the village of Diban on Tuesday.",
    "A man was killed in the town of Shuhayl on Friday by ISIS members on charges of collaborating with the regime.",
])
def test_killed_for_an_accusation_is_a_targeted_killing(text: str) -> None:
    assert kinds(run(text)) == ["assassination"]


def test_many_killed_for_an_accusation_stay_an_attack() -> None:
    row = run("ISIS cells attacked a checkpoint in the village of Diban on Tuesday, killing five SDF members accused of "
              "raiding homes.")
    assert kinds(row) == ["attack"]


# --- a few attacks told with one joint toll: an incident without the toll --------------------------------------------------


@pytest.mark.parametrize("text", [
    "On 12 June, an officer and four militiamen were killed in two ISIS attacks on a checkpoint and a bus in the eastern "
    "countryside of Homs.",
    "Last week, nine soldiers were killed in multiple attacks by ISIS cells on military points near Ithriya.",
    "On Friday, six SDF fighters were killed in a series of ambushes on patrols in the countryside of Hajin.",
])
def test_series_with_a_joint_toll_is_an_incident_without_it(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert killed(row) == [{}]


def test_series_over_a_period_is_no_incident() -> None:
    row = run("Since the start of the year, nine soldiers were killed in multiple attacks by ISIS cells near Ithriya.")
    assert row["incidents"] == []


# --- a lead's toll told again with the day and the place ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Four Syrian militiamen have been killed by ISIS amid rising attacks in the desert.\n"
    "Four members of militias loyal to the Revolutionary Guard were killed in an ISIS attack near Ithriya on Sunday.",
    "Three fighters were killed by a Turkish drone, a monitor said.\n"
    "Three SDF members were killed when a Turkish drone struck their car near Amuda on Tuesday.",
    "Six soldiers killed in ambush.\nSix members of regime forces were killed in an ISIS ambush near Kabajib on Friday.",
])
def test_lead_toll_restated_with_day_and_place_is_one(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert sum(killed(row)[0].values()) in (3, 4, 6)


def test_a_located_first_incident_with_the_same_toll_is_not_a_lead() -> None:
    row = run("Four soldiers were killed in an ISIS attack near Ithriya on Sunday.\n"
              "Four civilians were killed when a mine exploded near Kabajib on Monday.")
    assert len(row["incidents"]) == 2


# --- an era that dates a thing is no period of a total -----------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A man was killed near Palmyra on Monday when a mine exploded while he was dismantling a tank destroyed during the "
    "period of ISIS control.",
    "Two children were killed near al-Sukhnah on Sunday by a shell left in a house in the days of the siege.",
    "A farmer was killed on Friday by a mine planted near Maadan in the time of ISIS rule.",
])
def test_an_era_is_no_period(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert row["totals"] == []


def test_during_the_period_still_makes_a_total() -> None:
    row = run("During the period, 40 soldiers were killed in ISIS attacks in the desert.")
    assert row["incidents"] == []


# --- "another child was killed ... in B": another victim elsewhere -------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A man was killed by a landmine near Palmyra on Monday.\nAnother child was killed by a mine near the village of Kabajib.",
    "A shepherd was killed by a mine near Ithriya on Sunday. Another shepherd died when a mine exploded near Athriya.",
    "A soldier was shot dead by a sniper near Kabani on Friday.\nAnother soldier was killed by sniper fire near Jurin.",
])
def test_another_victim_elsewhere_is_another_incident(text: str) -> None:
    assert len(run(text)["incidents"]) == 2


def test_another_victim_in_the_same_place_stays_one() -> None:
    row = run("A man was killed by a landmine near Palmyra on Monday. Another man was wounded in the same blast.")
    assert len(row["incidents"]) == 1


# --- a place the page's cut ends inside --------------------------------------------------------------------------------------


def test_a_word_cut_at_the_end_of_a_long_page_is_no_place() -> None:
    filler = "Observers said the situation remained tense across the region for most of the week. " * 20
    row = run("A landmine killed two shepherds near the village of Arak on Monday.\n" + filler +
              "These attacks followed a campaign to comb the deserts of Palmy")
    assert all("Palmy" not in ns for ns in names(row))


def test_a_short_text_keeps_its_last_place() -> None:
    assert names(run("Landmine kills two shepherds near Arak")) == [["Arak"]]


# --- "the worst since November, when ...": the earlier event ranked against -------------------------------------------------


@pytest.mark.parametrize(("text", "second"), [
    ("Russian airstrikes killed 11 ISIS members near Palmyra on Thursday, a monitor said. The strikes were the deadliest "
     "since November, when the monitor reported 16 militants killed.", {"isis": 16}),
    ("Turkish drones killed four SDF fighters near Amuda on Monday, the heaviest such toll since March 2021, when a "
     "drone killed six fighters near Qamishli.", {"sdf": 6}),
    ("An Israeli strike hit a depot near Kisweh on Monday, killing three militiamen. It was the first strike since "
     "Feb. 3, when missiles hit farms south of Damascus, causing only material damage.", {}),
])
def test_event_ranked_against_is_its_own(text: str, second: dict[str, int]) -> None:
    row = run(text)
    assert len(row["incidents"]) == 2
    assert killed(row)[1] == second


def test_ranking_without_an_earlier_event_stays_one() -> None:
    row = run("Russian airstrikes killed 11 ISIS members near Palmyra on Thursday, the deadliest since November.")
    assert len(row["incidents"]) == 1


# --- where the missiles came from is not where they struck ---------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Israeli missiles struck a depot near Kisweh on Monday, killing three militiamen. State media said the missiles were "
    "fired from the occupied Golan Heights.",
    "Rockets hit the town of Jableh on Friday, wounding two civilians; they were launched from the Idlib countryside.",
    "A drone struck a car near Amuda on Sunday, killing two fighters; it came from Turkish territory near Nusaybin.",
])
def test_where_the_weapon_came_from_is_no_place_of_the_event(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert not any(n in ("Golan", "Golan Heights", "Idlib", "Nusaybin") for n in names(row)[0])


def test_a_lead_of_another_kind_with_the_same_toll_is_another_incident() -> None:
    row = run("Two soldiers were killed in an ISIS attack in the desert.\n"
              "Two civilians were killed by a landmine near the village of Arak on Monday.")
    assert len(row["incidents"]) == 2


def test_a_wounded_victim_dying_later_elsewhere_is_the_same_incident() -> None:
    row = run("Regime shelling on the town of Kansafra killed two civilians and wounded three on Monday. One of the "
              "wounded later died in hospital in the city of Idlib.")
    assert len(row["incidents"]) == 1


# --- an anti-tank missile fired at a vehicle is an attack, not shelling (at a position it stays shelling) ------------------------------------------------------


@pytest.mark.parametrize("text", [
    "HTS fighters targeted a regime vehicle with an anti-tank guided missile near Kabani on Monday, killing three soldiers.",
    "A Kornet missile fired by factions hit a tank near the town of Kafr Nabl on Friday, killing two soldiers.",
    "Regime forces hit a pickup of the factions with an ATGM rocket near Sarmin on Sunday, killing two fighters.",
])
def test_anti_tank_missile_is_an_attack(text: str) -> None:
    assert kinds(run(text)) == ["attack"]


@pytest.mark.parametrize(("text", "kind"), [
    ("A guided missile fired by regime forces wounded a farmer working on his land near Sarja on Monday.", "shelling"),
    ("Fighters fired an anti-tank missile at a regime post near Jurin on Monday, killing a soldier.", "shelling"),
    ("ISIS cells ambushed a convoy near al-Sukhnah on Monday with machine guns and anti-tank missiles, killing six "
     "soldiers.", "ambush"),
])
def test_other_missiles_and_ambushes_keep_their_kind(text: str, kind: str) -> None:
    assert kinds(run(text)) == [kind]


# --- another event named for comparison ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "A car bomb killed two officers in the town of Azaz on Monday. The bombing is similar to the attack on a market in "
    "al-Bab last year, when a drone struck a crowd.",
    "Gunmen shot dead a judge near the town of Nawa on Sunday. The killing was reminiscent of the assassination of a "
    "mayor in Tafas, whose car was hit by an airstrike.",
    "An Israeli strike hit a flat in the Kafr Sousa area of Damascus on Friday, killing two men, in a repeat of the "
    "drone attack on an office in Beirut.",
])
def test_the_event_compared_with_lends_no_kind_or_place(text: str) -> None:
    row = run(text)
    assert len(row["incidents"]) == 1
    assert kinds(row)[0] in ("ied_landmine", "assassination", "attack", "airstrike")
    assert kinds(row)[0] != "drone_strike"
    assert not any(n in ("al-Bab", "Tafas", "Beirut") for n in names(row)[0])


@pytest.mark.parametrize("text", [
    "Shrapnel from the Israeli targeting of a flat in the Mezzeh area of Damascus killed a civilian on Monday.",
    "The Israeli targeting of a car on the airport road near Damascus killed two men on Tuesday.",
    "Two fighters were killed in an Israeli targeting of their vehicle near Quneitra on Friday.",
])
def test_israeli_targeting_is_an_airstrike(text: str) -> None:
    assert kinds(run(text)) == ["airstrike"]
