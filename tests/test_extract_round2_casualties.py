"""Casualties, sides and totals in constructions a second blind written set exposed (issue #4, round 2): the doer of
an active killing verb ("a regime sniper shot dead a man") is no casualty, an ordinal after a verb ("wounding a
third") is one more person, people restated after their figure ("two civilians, a woman and her daughter") are not
counted twice, and the Syrian part of Iranian-backed militiamen is the regime's.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from observatory.extract import extract_report, to_contract
from observatory.models import Report


def run(text: str, published: date | None = date(2023, 5, 20)) -> dict:
    return to_contract("t", extract_report(Report(text=text, published=published)))


def one_incident(row: dict) -> dict:
    assert len(row["incidents"]) == 1, row["incidents"]
    return row["incidents"][0]


def totals(row: dict) -> list[tuple[str, int]]:
    return sorted((t["side"], t["killed"]) for t in row["totals"])


# --- the subject of an active killing verb is the perpetrator, not a casualty ------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("A regime sniper shot dead a young man in Ariha town in Idlib countryside on Monday.", {"unknown": 1}),
    ("An HTS sniper shot dead a regime soldier on the frontline of Kabana in Lattakia countryside yesterday.", {"regime": 1}),
    ("On Wednesday, an ISIS gunman shot and killed two shepherds near Al-Sukhnah in the Homs desert.", {"civilians": 2}),
    ("A Turkish soldier killed a young man with live bullets at the border near Darkush on Friday.", {"unknown": 1}),
    ("An SDF sniper wounded a child in Manbij city on Saturday.", {}),
    ("A Turkish border guard shot and killed a young man trying to cross the border near Darkush on Monday.", {"unknown": 1}),
    ("Two gunmen on a motorcycle shot dead a young man in Tafas on Saturday.", {"unknown": 1}),
])
def test_the_doer_of_a_killing_is_not_a_casualty(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("A regime soldier shot dead by an HTS sniper on the Jabal al-Zawiya front on Sunday.", {"regime": 1}),
    ("Two civilians killed a day after regime shells hit Kafr Nabl on Monday.", {"civilians": 2}),
    ("ISIS cells killed two soldiers and injured a civilian in Al-Sukhnah on Monday.", {"regime": 2}),
    ("An SDF fighter killed the same night in an ISIS attack on a post in Al-Busayrah.", {"sdf": 1}),
])
def test_a_passive_victim_before_a_time_phrase_is_still_a_casualty(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


# --- "wounding a third": one more person, of the side of the figure before ----------------------------------------

@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("Turkish drones struck a car near Qamishli on Tuesday, killing two SDF members and wounding a third.",
     {"sdf": 2}, {"sdf": 1}),
    ("An IED exploded in Daraa city on Friday, killing three regime soldiers and injuring a fourth.",
     {"regime": 3}, {"regime": 1}),
    ("ISIS cells ambushed a bus near Al-Shoula on Monday, killing four NDF members and injuring a fifth, according to SOHR.",
     {"regime": 4}, {"regime": 1}),
])
def test_an_ordinal_after_a_wounding_verb_is_one_more_person(text: str, killed: dict, injured: dict) -> None:
    inc = one_incident(run(text))
    assert inc["killed"] == killed
    assert inc["injured"] == injured


# --- people restated after their figure ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "role", "count"), [
    ("Regime shells hit Kafr Nabl on Thursday, injuring three civilians, a man and his two sons.", "injured", {"civilians": 3}),
    ("An airstrike hit Sarmada on Monday, killing two civilians, a woman and her daughter.", "killed", {"civilians": 2}),
    ("A landmine went off near Maadan on Sunday, wounding two civilians, a shepherd and his son.", "injured", {"civilians": 2}),
    ("A landmine exploded near Tal Abyad on Wednesday, injuring three children, two boys and a girl.", "injured",
     {"civilians": 3}),
    ("Russian jets struck Ariha on Friday, killing four civilians, a man, his wife and their two children.", "killed",
     {"civilians": 4}),
    ("Russian jets bombed Maarat Misrin on Friday, killing three civilians, a woman and her two children, and wounding five others.",
     "killed", {"civilians": 3}),
])
def test_people_restated_after_their_figure_are_counted_once(text: str, role: str, count: dict) -> None:
    assert one_incident(run(text))[role] == count


# --- the Syrian part of Iranian-backed militiamen ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("An Israeli strike near Damascus airport on Monday killed 15 militiamen of Iranian-backed groups, four of them Syrian.",
     {"pro_iran_foreign": 11, "regime": 4}),
    ("A drone strike on a post of the Iranian-backed militias near Al-Bukamal on Sunday killed 12 militiamen, five of them Syrians.",
     {"pro_iran_foreign": 7, "regime": 5}),
    ("A coalition strike near Al-Mayadeen on Saturday killed seven Iranian-backed militiamen, four of them Iraqi and three Syrian.",
     {"pro_iran_foreign": 4, "regime": 3}),
    ("An Israeli strike on Monday killed nine fighters of the Iranian-backed militias near Deir Ezzor, three of whom were Syrians.",
     {"pro_iran_foreign": 6, "regime": 3}),
    ("Regime shells on Kansafra on Monday left nine members of the regime forces and loyal militias dead, two of them non-Syrian gunmen.",
     {"regime": 7, "pro_iran_foreign": 2}),
])
def test_the_syrian_part_of_iranian_backed_militiamen_is_the_regimes(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


# --- a risen toll takes the side of the wounded person whose death raised it ---------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("A car bomb went off in Azaz market on Monday, killing three civilians; one of the injured civilians has since succumbed "
     "to his wounds in a hospital in Turkey, bringing the death toll of the car bomb explosion to four.", {"civilians": 4}),
    ("Regime shells hit Al-Bara village on Friday, killing two civilians. One of the wounded civilians died of his wounds "
     "in a field hospital in the countryside of Idlib, raising the death toll of the shelling to three.", {"civilians": 3}),
])
def test_a_risen_toll_takes_the_side_of_the_wounded_who_died(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


# --- "Syrian and non-Syrian" qualifies a regime group: the total stays the regime's ---------------------------------

@pytest.mark.parametrize(("text", "side", "count"), [
    ("According to SOHR statistics, the number of regime soldiers and loyal militiamen, Syrian and non-Syrian, killed in the "
     "desert since the 24th of March 2019 has risen to 210, including 51 non-Syrian militiamen.", "regime", 210),
    ("The death toll of regime forces and their allied gunmen, Syrians and non-Syrians, who were killed since early 2023 has "
     "reached 88.", "regime", 88),
    ("SOHR said that the number of pro-regime fighters, Syrian and non-Syrian, killed in ISIS attacks since January 2022 "
     "rose to 130.", "regime", 130),
])
def test_syrian_and_non_syrian_stay_in_the_regime_total(text: str, side: str, count: int) -> None:
    assert (side, count) in totals(run(text))


# --- a later sentence that says who the dead were -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("A car bomb exploded near a checkpoint in Jableh on Thursday, killing nine people, state media said. SOHR said seven "
     "of those killed were regime soldiers, and two were civilians.", {"regime": 7, "civilians": 2}),
    ("An explosion hit a bus in Al-Sanamayn on Monday, killing six people, SANA reported. According to SOHR, four of the "
     "dead were members of the Military Security and two were civilians.", {"regime": 4, "civilians": 2}),
    ("A blast hit a military bus near Al-Qutayfah on Sunday, killing seven people, SANA said. Of those killed, five were "
     "regime soldiers and two were civilians, SOHR said.", {"regime": 5, "civilians": 2}),
    ("Israeli strikes near Al-Qusayr on Friday killed 11 people. The dead included three civilians, six members of "
     "Lebanese Hezbollah and two people whose identities are not yet known.",
     {"civilians": 3, "pro_iran_foreign": 6, "unknown": 2}),
])
def test_a_later_sentence_says_who_the_dead_were(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


def test_a_restatement_without_unknown_people_replaces_the_headline() -> None:
    row = run("Turkish drones struck a car near Tal Tamr on Sunday, killing five people. The dead included two SDF fighters "
              "and three civilians.")
    assert one_incident(row)["killed"] == {"sdf": 2, "civilians": 3}


# --- a list of period tolls after "killed in those attacks:" or "has risen as follows:" -----------------------------

def test_a_list_after_killed_in_those_attacks_colon() -> None:
    row = run("SOHR has documented 310 attacks in the countryside of Daraa since January 2021. The following were killed "
              "in those attacks: 64 civilians, including five children; 98 regime soldiers and members of security services; "
              "40 former rebels, and nine members of Lebanese Hezbollah.")
    got = totals(row)
    for item in (("civilians", 64), ("regime", 98), ("hts_rebels", 40), ("pro_iran_foreign", 9)):
        assert item in got


def test_a_list_after_has_risen_as_follows() -> None:
    row = run("The death toll of the fighting in the countryside of Manbij since it broke out on March 3, 2024 has risen as "
              "follows: 31 members of the SDF, 19 fighters of the Turkish-backed factions and seven civilians.")
    got = totals(row)
    for item in (("sdf", 31), ("turkey_factions", 19), ("civilians", 7)):
        assert item in got


def test_a_list_after_killed_during_the_period_colon() -> None:
    row = run("Since the beginning of 2023, SOHR has monitored 80 ISIS attacks in the Syrian desert. Killed during this "
              "period: 45 regime soldiers; 12 members of Iranian-backed militias; and 17 civilians, most of them truffle hunters.")
    got = totals(row)
    for item in (("regime", 45), ("pro_iran_foreign", 12), ("civilians", 17)):
        assert item in got


# --- "..., in <where/how>, as well as N fighters": one more figure of the same role ---------------------------------

@pytest.mark.parametrize(("text", "item"), [
    ("Since the escalation began on June 2, SOHR has documented the death of 40 civilians, including nine children, in "
     "regime shelling on the south of Idlib, as well as 17 fighters of HTS.", ("hts_rebels", 17)),
    ("Since the start of the year, SOHR has documented the death of 25 civilians in Turkish drone strikes on the "
     "countryside of Al-Hasakah, as well as 33 members of the SDF.", ("sdf", 33)),
    ("Since early 2022, SOHR has documented the death of 61 civilians across Daraa province, in addition to 29 regime soldiers.",
     ("regime", 29)),
])
def test_a_figure_after_a_scope_and_as_well_as_shares_the_role(text: str, item: tuple[str, int]) -> None:
    assert item in totals(run(text))


# --- a people total whose "including" gives examples (women, one fighter), not its split by side --------------------

@pytest.mark.parametrize(("text", "item"), [
    ("According to SOHR, 21 people have been murdered in Al-Hol camp since the beginning of 2023, including six women "
     "and a member of the Asayish.", ("unknown", 21)),
    ("SOHR has documented the killing of 34 people in the countryside of Daraa since early 2022, including four children "
     "and two members of the Fifth Corps.", ("unknown", 34)),
    ("Since the start of the year, 17 persons have been killed by landmines in Deir Ezzor, including three children and one "
     "member of the SDF.", ("unknown", 17)),
])
def test_a_people_total_with_examples_keeps_its_figure(text: str, item: tuple[str, int]) -> None:
    assert item in totals(run(text))


# --- "him", after a victim described as having joined a force ------------------------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("Unknown gunmen opened fire on a former commander of the opposition factions, who had joined the regime's Military "
     "Security after the settlement, in Nawa town in Daraa countryside on Monday, killing him.", {"regime": 1}),
    ("Gunmen shot a former HTS fighter, who had joined the Fourth Division two years ago, near Al-Sanamayn on Friday, "
     "killing him instantly.", {"regime": 1}),
    ("Unidentified gunmen attacked an ex-rebel, who later joined the Eighth Brigade, in Busra al-Sham on Sunday, injuring him.",
     {}),
])
def test_him_after_a_victim_who_had_joined_a_force(text: str, killed: dict) -> None:
    inc = one_incident(run(text))
    assert inc["killed"] == killed
    if not killed:
        assert inc["injured"] == {"regime": 1}


# --- "fighters of both sides" when both parties have one side label --------------------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("Clashes broke out on Monday between Ahrar al-Sharqiya and the Hamza Division in Ras al-Ain, killing four fighters of "
     "both sides.", {"turkey_factions": 4}),
    ("Fierce fighting erupted on Friday between the Levant Front and the Sultan Murad Division near Azaz. According to SOHR, "
     "the fighting killed three fighters of both sides and a civilian.", {"turkey_factions": 3, "civilians": 1}),
    ("Clashes between SDF and regime forces in Al-Hasakah city on Sunday left six fighters of both sides dead.", {"unknown": 6}),
])
def test_fighters_of_both_sides_of_one_label(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


# --- "the death toll may rise" is no role of the figure before it ----------------------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("Ten civilians were killed on Monday in airstrikes on the village of Arman. The monitor said the strikes hit two houses, "
     "one of them belonging to a man accused of smuggling, and that the death toll may rise.", {"civilians": 10}),
    ("Seven civilians were killed on Friday in shelling on Kafr Nabl. The shells hit the house of a local dignitary, and the "
     "death toll is expected to rise.", {"civilians": 7}),
    ("Four civilians were killed on Sunday in a car bomb in Jarablus. The blast destroyed the shop of a man from Al-Bab, and "
     "the death toll could rise further.", {"civilians": 4}),
])
def test_a_toll_to_come_is_no_role_of_the_person_before(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


# --- gunmen "of the tribes" have no side label: unknown ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "item"), [
    ("The death toll of the clashes since they broke out on May 2, 2024 has risen as follows: 15 members of the SDF, "
     "9 gunmen of the tribes and four civilians.", ("unknown", 9)),
    ("Since the fighting erupted on March 1, 2024, SOHR has documented the death of 22 fighters of the Arab tribes and 30 "
     "members of the SDF.", ("unknown", 22)),
])
def test_gunmen_of_the_tribes_are_of_no_side(text: str, item: tuple[str, int]) -> None:
    assert item in totals(run(text))


# --- a later sentence ties the victims to a group ("members of a cell working for Hezbollah") -----------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("An Israeli drone struck a motorcycle near Jubata al-Khashab in Quneitra countryside on Sunday, killing two men. SOHR "
     "said the two men were members of a cell working for Lebanese Hezbollah.", {"pro_iran_foreign": 2}),
    ("A drone hit a car near Khan Arnabah on Thursday, killing two young men. According to SOHR, they were members of a "
     "cell operating for the Iranian Revolutionary Guard.", {"pro_iran_foreign": 2}),
    ("Unknown gunmen shot dead a man near Busra al-Harir in Daraa countryside on Monday. The man was accused of "
     "collaborating with Lebanese Hezbollah.", {"pro_iran_foreign": 1}),
])
def test_a_later_sentence_ties_the_victims_to_a_group(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


# --- an official or adviser as the victim; a quoted victim ------------------------------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("Unknown gunmen assassinated a security official of HTS near Sarmada in Idlib countryside on Tuesday.", {"hts_rebels": 1}),
    ("Gunmen shot dead an official of the Military Security in Jasim city in Daraa countryside on Friday.", {"regime": 1}),
    ("An Israeli strike on Monday killed two IRGC advisers in a building in Kafr Sousa in Damascus.", {"pro_iran_foreign": 2}),
])
def test_officials_and_advisers_are_people(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


def test_a_quoted_victim_keeps_the_verb_before_the_quote() -> None:
    inc = one_incident(run("Regime shells hit Kansafra in Idlib countryside on Friday, state media said the shelling killed "
                           "“a civilian” and wounded two others."))
    assert inc["killed"] == {"civilians": 1}
    assert inc["injured"] == {"civilians": 2}


# --- "killing the adviser along with two of his companions" ----------------------------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("An Israeli strike hit a house in Sayyida Zeinab on Monday, killing an IRGC officer along with two of his companions, "
     "whose nationalities were not identified.", {"pro_iran_foreign": 1, "unknown": 2}),
    ("Gunmen ambushed a car near Tafas on Friday, killing a Military Security officer along with three of his escorts.",
     {"regime": 4}),
    ("A drone strike on a car near Al-Bukamal on Sunday killed a Hezbollah commander together with two of his escorts.",
     {"pro_iran_foreign": 3}),
])
def test_a_figure_along_with_the_one_person_killed(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


# --- "the adviser" after "a senior adviser of the IRGC": the person told before ---------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("A senior commander of Lebanese Hezbollah was killed on Monday in a drone strike near Al-Qusayr, Hezbollah said. "
     "SOHR said the drone hit a car on the road to Hosh al-Sayyed Ali, killing the commander on the spot.",
     {"pro_iran_foreign": 1}),
    ("An IRGC adviser was killed on Friday in an Israeli strike on a building in Kafr Sousa, Iranian media reported. "
     "SOHR said the missiles hit the third floor, killing the adviser along with two of his companions, whose nationalities "
     "are not yet known.", {"pro_iran_foreign": 1, "unknown": 2}),
])
def test_the_one_named_before(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


@pytest.mark.parametrize(("text", "killed"), [
    ("Unknown gunmen shot dead a young man in Tafas in the western countryside of Daraa last night. According to SOHR "
     "sources, the man was collaborating with Lebanese Hezbollah.", {"pro_iran_foreign": 1}),
    ("Gunmen killed a man near Al-Mayadeen on Sunday. Local sources said the victim was cooperating with the SDF.",
     {"sdf": 1}),
    ("A young man was found shot dead near Inkhil on Friday; SOHR said he was dealing with the Military Security.",
     {"regime": 1}),
])
def test_a_later_clause_says_the_victim_collaborated_with_a_group(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


# --- "capturing 11 soldiers and killing two others" -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("A woman was killed this morning when a shell hit her home in Tafas. Meanwhile, local gunmen attacked a checkpoint "
     "of the regime's Air Force Intelligence in Al-Jiza, capturing seven soldiers and killing three others.", {"regime": 3}),
    ("Civilians were displaced from Daraa al-Balad on Monday. Later, ISIS cells attacked an SDF post near Al-Busayrah, "
     "kidnapping four SDF members and killing two others.", {"sdf": 2}),
])
def test_others_after_people_captured_are_of_their_side(text: str, killed: dict) -> None:
    incidents = run(text)["incidents"]
    assert incidents[-1]["killed"] == killed


# --- a victim named by a civilian calling, without a number -----------------------------------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("Unknown gunmen assassinated media activist Ahmed Khalil and his pregnant wife in al-Bab city on Monday.", {"civilians": 2}),
    ("Gunmen on a motorcycle shot dead journalist Omar Haj Ali near Azaz on Friday.", {"civilians": 1}),
    ("A drone strike on Saturday killed doctor Samer Youssef and his young son in Darkush.", {"civilians": 2}),
    ("Gunmen assassinated activist Khaled Omar Al-Hussein (Abu Hamza) and his elderly mother in Jarablus on Sunday.",
     {"civilians": 2}),
])
def test_a_victim_named_by_a_civilian_calling(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


# --- an event's toll recalled inside a sentence of totals is not a total -------------------------------------------

@pytest.mark.parametrize(("text", "kept", "not_total"), [
    ("Since the escalation began on May 3, following the car bomb in Azaz market which killed 40 people, SOHR has documented "
     "the death of 25 civilians in Turkish shelling.", ("civilians", 25), ("unknown", 40)),
    ("Since the offensive began on June 10, after the ambush near Al-Sukhnah that killed 31 soldiers, SOHR has documented "
     "the death of 58 ISIS members in Russian airstrikes.", ("isis", 58), ("regime", 31)),
])
def test_a_recalled_event_toll_is_not_a_total(text: str, kept: tuple[str, int], not_total: tuple[str, int]) -> None:
    got = totals(run(text))
    assert kept in got
    assert not_total not in got


# --- smugglers and drug dealers are of no side (SCHEMA's Daraa rule: people accused of drug business -> unknown) -------

@pytest.mark.parametrize(("text", "killed"), [
    ("A member of the Fifth Corps was killed and three others were injured on Monday in a clash with a group of drug dealers "
     "near Al-Musayfirah. One of the dealers was also killed.", {"regime": 1, "unknown": 1}),
    ("Jordanian border guards killed three drug smugglers near Nasib crossing on Thursday.", {"unknown": 3}),
])
def test_smugglers_are_of_no_side(text: str, killed: dict) -> None:
    incidents = run(text)["incidents"]
    assert incidents[-1]["killed"] == killed


# --- "a man, his wife and their three children": the relatives and the figure after them share the verb ------------

@pytest.mark.parametrize(("text", "role", "count"), [
    ("A regime shell hit a house in Kansafra on Sunday, killing a man, his wife and their three children.", "killed",
     {"civilians": 5}),  # round 11: the man heading the family is a civilian too (SCHEMA: families)
    ("An airstrike hit a car near Sarmada on Monday, injuring a woman, her son and her two daughters.", "injured",
     {"civilians": 4}),
])
def test_relatives_in_a_list_share_the_verb(text: str, role: str, count: dict) -> None:
    assert one_incident(run(text))[role] == count


# --- a claimant's figure after the text's own figure for the same side is only noted --------------------------------

@pytest.mark.parametrize(("text", "killed"), [
    ("Three members of the SDF were killed on Sunday when ISIS cells attacked a checkpoint near Al-Busayrah. ISIS claimed "
     "the attack through its Amaq agency, alleging the killing of seven SDF members.", {"sdf": 3}),
    ("Two regime soldiers were killed on Monday in an ambush near Al-Sukhnah, according to SOHR. The group later claimed "
     "the ambush, claiming to have killed nine soldiers.", {"regime": 2}),
])
def test_a_claimants_figure_after_the_texts_own_is_only_noted(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


def test_a_claimants_figure_alone_is_labeled_as_stated() -> None:
    inc = one_incident(run("ISIS claimed an attack on a checkpoint near Al-Busayrah on Sunday, alleging the killing of "
                           "four SDF members."))
    assert inc["killed"] == {"sdf": 4}


# --- "wounding another near X": one more person after the verb, before a place or time -------------------------------

@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("An ISIS sniper shot dead a shepherd and wounded another near Al-Sukhnah on Monday.", {"civilians": 1}, {"civilians": 1}),
    ("A landmine killed a regime soldier and injured another in the desert of Palmyra on Friday.", {"regime": 1}, {"regime": 1}),
])
def test_another_after_a_verb_before_a_place(text: str, killed: dict, injured: dict) -> None:
    inc = one_incident(run(text))
    assert inc["killed"] == killed
    assert inc["injured"] == injured


# --- a murdered woman the text does not call a civilian is of no known side (SCHEMA: murders -> unknown) -------------

@pytest.mark.parametrize(("text", "killed"), [
    ("On Monday, guards found the body of a Syrian woman who had been stabbed to death in the third sector of Al-Hol camp.",
     {"unknown": 1}),
    ("A young woman was stabbed to death by unknown persons in her house in Al-Hol camp on Friday.", {"unknown": 1}),
    ("A woman was killed by regime shelling on Kansafra on Friday.", {"civilians": 1}),
    ("Rescuers found the body of a woman under the rubble of a house hit by Russian jets in Ariha on Friday.", {"civilians": 1}),
])
def test_a_murdered_woman_is_of_no_known_side(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed
