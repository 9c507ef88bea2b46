"""Casualty figures, round 4: constructions a fourth written set exposed, each written as a general rule.

* the dead broken down by nationality in a later sentence, the Syrian part of Iranian-recruited men going to the regime;
* "the attackers" killed in a sentence after the one that says who attacked;
* a part of the people taken ("kidnapped six herders ..., before executing four of them"), of the side of those taken;
* a headline's one victim, already told in the body, not lent to a later plain victim ("a young man");
* "the two wounded servicemen": a figure told before, restated with its role as an adjective;
* victims out looking for truffles, wood or scrap are civilians;
* Syrian members of a group that takes the Iranian-backed side from the figure before them are the regime's;
* a time word between the killing verb and its object ("killed at dawn two men");
* "the man was a known collaborator of X": the victim is of X's side;
* "the factions" / "the militia" after the kind was named in full ("Turkish-backed factions");
* "opened fire on a young man, killing him": the pronoun's person is of no known side;
* a figure of any kind broken down after a colon by items that add up to it.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from datetime import date

import pytest

from mention_rows import LEXICON, last_sentence, mentions
from observatory.extract import extract_report, to_contract
from observatory.extract.casualties import find_mentions
from observatory.extract.text import working_copy
from observatory.models import Report


def killed(text: str, published: date | None = date(2022, 6, 1)) -> dict[str, int]:
    """Killed per side, summed over the incidents the library extracts."""
    row = to_contract("t", extract_report(Report(text=text, published=published)))
    out: dict[str, int] = {}
    for incident in row["incidents"]:
        for side, n in incident["killed"].items():
            out[side] = out.get(side, 0) + n
    return out


# --- the dead broken down by nationality in a later sentence ------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen stormed a post of Iranian-backed militias near al-Bukamal, killing ten militiamen. Seven of the dead are "
     "Iraqis, while the remaining three are Syrian recruits of the Revolutionary Guard.",
     [("killed", 7, "pro_iran_foreign"), ("killed", 3, "regime")]),
    ("A drone struck a vehicle of Iranian-backed fighters near al-Mayadin, killing six fighters. Four of those killed "
     "were Afghans of the Fatemiyoun, and the remaining two were Syrians working for the IRGC.",
     [("killed", 4, "pro_iran_foreign"), ("killed", 2, "regime")]),
    ("ISIS cells ambushed a convoy of Iran-backed militias east of Palmyra, killing eight militiamen. Of the dead, five "
     "were Syrians enlisted by Iranian officers and three were Lebanese Hezbollah members.",
     [("killed", 5, "regime"), ("killed", 3, "pro_iran_foreign")]),
])
def test_nationality_breakdown_in_a_later_sentence(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert last_sentence(text) == expected


def test_nationality_breakdown_without_syrians_stays_foreign() -> None:
    text = ("A strike hit a depot of Iranian-backed militias near al-Qaim crossing, killing nine militiamen. Six of the dead "
            "are Iraqis, while the other three are Afghans of the Fatemiyoun.")
    assert last_sentence(text) == [("killed", 6, "pro_iran_foreign"), ("killed", 3, "pro_iran_foreign")]


def test_later_breakdown_replaces_the_toll_of_the_incident() -> None:
    text = ("ISIS cells attacked positions of Iranian-backed militias in the al-Mayadin desert on Sunday, killing 12 "
            "militiamen. Of the dead, nine are Fatemiyoun Afghans, while three are Syrians whom the Iranian "
            "Revolutionary Guard had enlisted.")
    assert killed(text) == {"pro_iran_foreign": 9, "regime": 3}


# --- "the attackers" in the sentence after the attack ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("ISIS cells launched an assault on a regime checkpoint near al-Sukhnah at dawn, killing five soldiers. Three "
     "attackers were also killed in the clashes.", "isis"),
    ("HTS fighters attacked regime positions on the Kabani axis on Tuesday. At least six of the attackers died in the "
     "fighting.", "hts_rebels"),
    ("Turkish-backed factions stormed an SDF post near Ain Issa overnight, the monitor said. Two assailants were killed "
     "by SDF fire.", "turkey_factions"),
])
def test_attackers_in_a_later_sentence_take_the_attacking_side(text: str, side: str) -> None:
    assert [s for _, _, s in last_sentence(text)] == [side]


def test_attackers_with_no_attack_told_before_have_no_side() -> None:
    text = "The area had been calm for weeks. Four attackers were killed near the village."
    assert last_sentence(text) == [("killed", 4, None)]


# --- a part of the people taken ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("ISIS cells kidnapped seven herders near Uqayribat on Friday, before executing three of them.",
     [("killed", 3, "civilians")]),
    ("Gunmen abducted five workers on the road to Shaer field and later killed two of them.", [("killed", 2, "civilians")]),
    ("HTS captured four regime soldiers on the front line and executed one of them the next day.", [("killed", 1, "regime")]),
    ("The cell seized six shepherds, then shot dead two of them.", [("killed", 2, "civilians")]),
])
def test_part_of_those_taken_is_of_their_side(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_the_people_taken_are_not_the_dead() -> None:
    assert mentions("Gunmen seized eight farmers near Jasim, then released them.") == []


def test_more_dead_than_were_taken_are_no_part_of_them() -> None:
    assert mentions("Gunmen abducted two shepherds near Hajin, and a fight broke out, killing five of them.") == [
        ("killed", 5, None)]


# --- a headline's one victim, already told, is not lent to another ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "SDF commander killed in blast in Hasakah\nAn SDF commander was killed when a bomb went off in his car. "
    "Separately, gunmen shot dead a man near Shaddadi.",
    "Regime officer killed near Daraa\nAn officer of the Air Force Intelligence was killed by gunmen. Later, a young man "
    "was found dead near the town of Nawa.",
    "HTS fighter killed by sniper fire\nAn HTS fighter was killed by regime sniper fire in Idlib. In another incident, a "
    "man died when a shell hit the village of Kansafra.",
])
def test_title_victim_told_before_is_not_lent_to_a_later_one(text: str) -> None:
    assert last_sentence(text) == [("killed", 1, "unknown")]


def test_title_victim_still_lends_its_side_to_the_first_telling() -> None:
    text = "Gunmen kill two civilians in Daraa\nTwo young men were killed by gunmen in the town of Jasim."
    assert mentions(text)[-1] == ("killed", 2, "civilians")


def test_the_title_figure_restated_with_the_article_keeps_the_title_side() -> None:
    text = ("4 Iran-backed fighters killed in strike\nFour Iran-backed fighters were killed in a strike near Kiswah. "
            "The four killed were all foreigners, the monitor said.")
    assert last_sentence(text) == [("killed", 4, "pro_iran_foreign")]


# --- a figure restated with its role as an adjective -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("Two Russian servicemen were injured by a roadside bomb near al-Shoula. The ministry said the two wounded servicemen "
     "were taken to a base hospital.", "russia"),
    ("Three SDF fighters were injured in a drone strike near Qamishli. The three injured fighters were moved to a "
     "hospital in the city.", "sdf"),
    ("Four Turkish soldiers were wounded by shelling near Marea. Ankara said the four wounded soldiers were in stable "
     "condition.", "turkey_factions"),
])
def test_restated_wounded_take_the_side_told_before(text: str, side: str) -> None:
    assert last_sentence(text) == [("injured", int(_NUMBERS[text.split()[0]]), side)]


_NUMBERS = {"Two": 2, "Three": 3, "Four": 4}


def test_the_wounded_with_no_figure_told_before_take_no_side_from_it() -> None:
    assert last_sentence("A blast hit the market. The two wounded men were taken to hospital.") == [("injured", 2, None)]


# --- victims out looking for truffles, wood or scrap --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "A young man was killed by a landmine near Uqayribat while he was searching for truffles.",
    "A man died when a mine went off near al-Kawm while looking for firewood with his cousin.",
    "A boy was killed by an old shell in the desert near Ithriya while he was hunting for truffles.",
])
def test_victims_looking_for_truffles_or_wood_are_civilians(text: str) -> None:
    assert mentions(text) == [("killed", 1, "civilians")]


def test_a_man_killed_with_no_work_said_has_no_side() -> None:
    assert mentions("A young man was killed by a landmine near Uqayribat.") == [("killed", 1, "unknown")]


# --- Syrian members beside an Iranian-backed figure --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("A commander of Hezbollah and two Syrian members of a militia fighting with it were killed near al-Sukhnah.",
     [("killed", 1, "pro_iran_foreign"), ("killed", 2, "regime")]),
    ("An IRGC adviser and three Syrian members of a local group allied to it were killed in the raid.",
     [("killed", 1, "pro_iran_foreign"), ("killed", 3, "regime")]),
    ("Five Fatemiyoun fighters and four Syrian members of a militia working with them died in the ambush.",
     [("killed", 5, "pro_iran_foreign"), ("killed", 4, "regime")]),
])
def test_syrian_members_are_the_regimes(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_non_syrian_members_stay_foreign() -> None:
    assert mentions("A commander of Hezbollah and two non-Syrian members of a militia fighting with it were killed.") == [
        ("killed", 1, "pro_iran_foreign"), ("killed", 2, "pro_iran_foreign")]


# --- a time word between the killing verb and its object -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Masked gunmen shot dead this morning a young man in the town of Tafas.", [("killed", 1, "unknown")]),
    ("Gunmen killed on Friday evening two men near the town of Inkhil.", [("killed", 2, "unknown")]),
    ("A regime sniper shot dead at dawn a shepherd near Talbiseh.", [("killed", 1, "civilians")]),
])
def test_time_word_between_verb_and_victims(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


# --- "the man was a known collaborator of X" -----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("On Monday gunmen killed a man near Jasim. Residents said the man was a known collaborator of Hezbollah.",
     "pro_iran_foreign"),
    ("Gunmen shot dead a young man near Busra al-Harir on Monday. He was a former member of the Military Security.", "regime"),
    ("A man was found dead near Hajin on Sunday. The victim was a senior member of ISIS, local sources said.", "isis"),
])
def test_victim_tied_to_a_group_by_a_later_sentence(text: str, side: str) -> None:
    assert killed(text) == {side: 1}


def test_victim_said_to_have_no_affiliation_has_no_side() -> None:
    assert killed("Gunmen shot dead a young man near Salkhad on Monday. He had no known affiliation with any armed group.") == {
        "unknown": 1}


# --- "the factions" after the kind was named in full ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Turkish-backed factions fought the SDF near Manbij; the fighting killed two members of the factions and wounded "
     "three SDF fighters.", [("killed", 2, "turkey_factions"), ("injured", 3, "sdf")]),
    ("Pro-Turkish factions shelled SDF posts near Tal Tamr. The SDF returned fire, killing four fighters of the factions.",
     [("killed", 4, "turkey_factions")]),
    ("Regime forces shelled positions of Turkish-backed factions near al-Bab, and one member of the factions was killed.",
     [("killed", 1, "turkey_factions")]),
])
def test_the_factions_are_the_kind_named_before(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_the_factions_with_no_kind_named_before_are_rebels() -> None:
    assert mentions("Two fighters of the factions were killed by regime shelling on the Idlib front.") == [
        ("killed", 2, "hts_rebels")]


# --- "opened fire on a young man, killing him" ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Gunmen opened fire on a young man accused of dealing in drugs in Da'el, killing him on the spot.",
    "Unidentified gunmen shot a woman in her home in Jasim, killing her.",
    "A masked man fired at a middle-aged man on the road to Nawa, killing him instantly.",
])
def test_pronoun_of_a_plain_person_is_of_no_known_side(text: str) -> None:
    assert mentions(text) == [("killed", 1, "unknown")]


def test_pronoun_of_a_person_who_joined_a_force_takes_its_side() -> None:
    assert mentions("Gunmen opened fire on a man who had joined the Military Security, killing him.") == [
        ("killed", 1, "regime")]


# --- a colon list that adds up to a figure of any kind ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, five civilians lost their lives near Palmyra: four herders shot by ISIS and one man hit by a mine.",
     {"civilians": 5}),
    ("On Monday, eight fighters died near Deir ez-Zor: five members of the SDF and three of the Asayish.", {"sdf": 8}),
    ("On Friday, six soldiers were killed near Palmyra: four regime soldiers and two Russian soldiers.",
     {"regime": 4, "russia": 2}),
])
def test_colon_list_parts_of_a_figure(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_colon_list_that_does_not_add_up_is_no_breakdown() -> None:
    got = mentions("Six civilians were killed: two children died in shelling and seven others in an airstrike.")
    assert got[0] == ("killed", 6, "civilians")
    assert len(got) > 1


# --- "gang members": the side the text gave the gang ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Local factions clashed with a gang affiliated with the Military Intelligence near Atil. Nine gang members and two "
     "fighters of the local factions died.", [("killed", 9, "regime"), ("killed", 2, "hts_rebels")]),
    ("A cell belonging to ISIS attacked a post near Diban. The SDF said four cell members were killed in the exchange.",
     [("killed", 4, "isis")]),
    ("Gunmen ambushed a patrol of the Turkish army near Kobani. Two patrol members were wounded, the monitor said.",
     [("injured", 2, "turkey_factions")]),
])
def test_compound_members_take_the_side_told_of_their_group(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert last_sentence(text) == expected


def test_gang_members_do_not_take_the_side_of_the_figure_after_them() -> None:
    got = mentions("Six gang members and three local faction fighters died in the clashes.")
    assert got[0] == ("killed", 6, None)


# --- a passer-by -----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Clashes between two factions in al-Bab killed two fighters from each side and a passer-by.", ("killed", 1, "civilians")),
    ("A stray bullet killed a passer-by in the market of Azaz.", ("killed", 1, "civilians")),
    ("The blast wounded three bystanders near the roundabout.", ("injured", 3, "civilians")),
])
def test_passers_by_are_civilians(text: str, expected: tuple[str, int, str]) -> None:
    assert mentions(text)[-1] == expected


# --- "N X who were wounded in ... died" ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Two soldiers who were wounded in the attack on the bus have died of their wounds.", [("killed", 2, "regime")]),
    ("Three civilians who were injured in the shelling of Ariha on Monday died in hospital today.", [("killed", 3, "civilians")]),
    ("An SDF fighter who was seriously wounded in the clashes near Hajin has succumbed.", [("killed", 1, "sdf")]),
])
def test_the_wounded_who_died_are_dead(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_the_wounded_who_were_treated_stay_wounded() -> None:
    assert mentions("Two SDF fighters who were wounded in the clashes were taken to hospital.") == [("injured", 2, "sdf")]


# --- "a bus carrying members of ...": a thing, not a person ----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Two soldiers wounded in an attack on a bus carrying members of the Fourth Division died of their wounds.",
     [("killed", 2, "regime")]),
    ("A mine hit a bus carrying members of the NDF near Palmyra, and its driver died.", []),
    ("A drone struck a car carrying members of the SDF near Qamishli, and the blast killed two of them.", [("killed", 2, "sdf")]),
])
def test_a_vehicle_carrying_people_is_no_figure(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_the_wounded_taken_to_hospital_where_another_died_stay_wounded() -> None:
    assert mentions("Two soldiers wounded in the attack were taken to hospital, where a third soldier died.") == [
        ("injured", 2, "regime"), ("killed", 1, "regime")]


# --- a nationality list right after the group ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, Israeli strikes on positions near al-Bukamal killed 9 members of Iranian militias: four Afghans, three "
     "Iraqis and two Syrians.", {"pro_iran_foreign": 7, "regime": 2}),
    ("On Tuesday, a drone strike near al-Mayadin killed 6 Iranian-backed fighters: five Iraqis and one Syrian.",
     {"pro_iran_foreign": 5, "regime": 1}),
    ("On Friday, regime shelling on the village of Kansafra killed 7 people: five civilians and two HTS fighters.",
     {"civilians": 5, "hts_rebels": 2}),
])
def test_colon_list_right_after_the_group(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_colon_list_of_places_is_no_breakdown_by_side() -> None:
    assert mentions("Turkish drones killed four SDF fighters: two in Qamishli and two near Amuda.") == [("killed", 4, "sdf")]


# --- "N dead and M wounded among X" ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The attack left 3 dead and 10 injured among regime forces.", [("killed", 3, "regime"), ("injured", 10, "regime")]),
    ("The clashes left five dead and at least eight wounded among the SDF.", [("killed", 5, "sdf"), ("injured", 8, "sdf")]),
    ("The ambush left two dead and six wounded in the ranks of the Turkish-backed factions.",
     [("killed", 2, "turkey_factions"), ("injured", 6, "turkey_factions")]),
])
def test_dead_and_wounded_among_one_group(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_dead_and_wounded_with_no_group_after_have_no_side() -> None:
    assert mentions("The attack left 3 dead and 10 injured near the bridge.") == [("killed", 3, None), ("injured", 10, None)]


# --- "were killed along with N ..." -----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Four members of the Military Security were killed along with two Iranian-backed militiamen of Syrian nationality.",
     [("killed", 4, "regime"), ("killed", 2, "regime")]),
    ("Two SDF fighters were wounded along with a civilian near Tal Tamr.", [("injured", 2, "sdf"), ("injured", 1, "civilians")]),
    ("An HTS commander was killed together with three Turkistan Islamic Party fighters in the strike.",
     [("killed", 1, "hts_rebels"), ("killed", 3, "hts_rebels")]),
])
def test_passive_role_shared_along_with(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_along_with_after_no_role_is_no_casualty() -> None:
    assert mentions("Two SDF fighters arrived along with three ISIS detainees.") == []


# --- a militia "loyal to Iran" -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("A drone killed three members of a local militia loyal to Iran near al-Mayadin.", "pro_iran_foreign"),
    ("Two fighters of an Iran-linked group were killed near al-Bukamal.", "pro_iran_foreign"),
    ("Four Syrian militiamen loyal to Iran were killed in the desert.", "regime"),
])
def test_groups_loyal_to_iran(text: str, side: str) -> None:
    assert [s for _, _, s in mentions(text)] == [side]


# --- "N of whom were X": the part's group after the copula -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, an explosion in a depot near al-Qusayr killed nine people, five of whom were Hezbollah members.",
     {"unknown": 4, "pro_iran_foreign": 5}),
    ("On Sunday, a Turkish drone strike on a car in Qamishli killed 3 people, two of whom were SDF members.",
     {"unknown": 1, "sdf": 2}),
    ("On Friday, an airstrike on a house in Sarmada killed 8 people, three of them were HTS fighters.",
     {"unknown": 5, "hts_rebels": 3}),
])
def test_part_named_after_of_whom_were(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_of_whom_were_in_a_condition_is_no_part() -> None:
    assert mentions("Twelve people were injured, three of whom were in critical condition.") == [("injured", 12, "unknown")]


# --- "N of its fighters in ISIS attacks": the doer of the attacks is not their group -------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The SDF announced the death of three of its fighters in ISIS attacks.", [("killed", 3, "sdf")]),
    ("HTS mourned two of its members killed in Russian airstrikes on Idlib.", [("killed", 2, "hts_rebels")]),
    ("Two fighters in the SDF were killed near Hajin.", [("killed", 2, "sdf")]),
])
def test_group_in_attacks_is_the_doer_not_the_dead(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_members_in_a_named_group_take_its_side() -> None:
    assert mentions("Five members in ISIS cells were killed by coalition fire.") == [("killed", 5, "isis")]


# --- victims counted by a civilian calling ---------------------------------------------------------------------------------------
# (one such victim without a number, "a pharmacist", is not read as a figure: a report's background often names one in passing)

@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen shot dead two pharmacists in Jasim.", [("killed", 2, "civilians")]),
    ("A shell killed two merchants in the market of Ariha.", [("killed", 2, "civilians")]),
    ("A roadside bomb wounded three shopkeepers near the roundabout of Azaz.", [("injured", 3, "civilians")]),
])
def test_civilian_callings_are_civilians(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_a_calling_taken_away_is_no_casualty() -> None:
    assert mentions("Gunmen kidnapped two traders near Sweida.") == []


# --- a plain person said to work with a group, inside the figure's own words ------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("Gunmen shot dead a young man accused of collaborating with Hezbollah in Daraa.", "pro_iran_foreign"),
    ("A man working with the Military Security was shot dead near Jasim.", "regime"),
    ("Two men cooperating with the SDF were wounded by gunmen near Hajin.", "sdf"),
])
def test_plain_person_working_with_a_group(text: str, side: str) -> None:
    assert [s for _, _, s in mentions(text)] == [side]


def test_drug_dealing_is_no_tie_to_the_group_named_after() -> None:
    assert mentions("Gunmen killed a young man accused of dealing drugs with the help of Hezbollah.") == [
        ("killed", 1, "unknown")]


# --- spellings of faction names --------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "side"), [
    ("Regime shelling killed a member of the \"Fatah al-Mubin\" operations room.", "hts_rebels"),
    ("Clashes near Afrin killed 3 Third Legion fighters.", "turkey_factions"),
    ("An IED wounded two fighters of the Azm Operations Room near al-Bab.", "turkey_factions"),
])
def test_faction_name_spellings(text: str, side: str) -> None:
    assert [s for _, _, s in mentions(text)] == [side]


def test_the_factions_in_another_paragraph_are_not_the_kind_named_before() -> None:
    text = ("Turkish-backed factions shelled SDF positions near Manbij.\n"
            "In Idlib, regime shelling killed two members of the factions near Sarmin.")
    work = working_copy(text)
    cut = work.index("\n") + 1
    got = [(m.role, m.value, m.side) for m in find_mentions(work, cut, len(work), LEXICON) if m.parent is None]
    assert got == [("killed", 2, "hts_rebels")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen opened fire on a man in Tafas on Monday, killing him. Local sources said the man was a member of ISIS.",
     {"isis": 1}),
    ("Gunmen opened fire on a young man in Tafas on Monday, killing him. He was a former member of the Military Security.",
     {"regime": 1}),
    ("Gunmen opened fire on a young man in Tafas on Monday, killing him. The victim was a civilian.", {"civilians": 1}),
])
def test_what_the_text_says_later_of_the_pronouns_person(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


# --- "the victims included ...": parts of a side's toll told before, not a lower toll ------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, a car bomb in Azaz killed 6 civilians. The victims included two children.", {"civilians": 6}),
    ("On Monday, an ISIS ambush near al-Sukhnah killed 9 soldiers. The dead included two officers of the Fourth Division.",
     {"regime": 9}),
    ("On Tuesday, a Turkish drone strike near Qamishli killed 5 SDF fighters. The dead included a commander of the YPG.",
     {"sdf": 5}),
])
def test_included_parts_do_not_lower_the_toll(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_included_list_of_sides_still_replaces_people() -> None:
    text = ("On Friday, Israeli strikes near Qusayr killed 7 people. The dead included two civilians, three Hezbollah "
            "members and two people whose identities are not yet known.")
    assert killed(text) == {"civilians": 2, "pro_iran_foreign": 3, "unknown": 2}


# --- "the three were members of X": a later sentence ties a counted group of plain people ---------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, a bomb killed three men near Tafas. The three were members of the Fourth Division.", {"regime": 3}),
    ("On Monday, gunmen killed two young men near Nawa. Both of them were members of the local factions.", {"hts_rebels": 2}),
    ("On Monday, gunmen killed four people near Nawa. The four were fighters of Hezbollah, local sources said.",
     {"pro_iran_foreign": 4}),
])
def test_a_later_sentence_ties_the_counted_people(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_a_tie_that_counts_other_people_is_not_theirs() -> None:
    assert killed("On Monday, gunmen killed three people near Nawa. The two were members of the Fourth Division.") == {
        "unknown": 3}


# --- the Syrian air defences ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The Israeli strikes killed 8 members of the Syrian air defences near Damascus.",
    "Two officers of the regime air defenses were killed in the strike.",
    "Three soldiers of the Syrian air defense were wounded near Masyaf.",
])
def test_air_defence_members_are_regime(text: str) -> None:
    assert [s for _, _, s in mentions(text)] == ["regime"]


# --- the wounded who died later, in a sentence after the toll ------------------------------------------------------------------

def wounded(text: str, published: date | None = date(2022, 6, 1)) -> dict[str, int]:
    """Injured per side, summed over the incidents the library extracts."""
    row = to_contract("t", extract_report(Report(text=text, published=published)))
    out: dict[str, int] = {}
    for incident in row["incidents"]:
        for side, n in incident["injured"].items():
            out[side] = out.get(side, 0) + n
    return out


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("On Monday, a car bomb in Azaz killed 3 civilians and injured 10 others. Two of the injured died later, bringing the "
     "death toll to 5.", {"civilians": 5}, {"civilians": 8}),
    ("On Monday, a car bomb in Azaz killed 3 civilians and injured 10 others. One of the wounded later died of his wounds.",
     {"civilians": 4}, {"civilians": 9}),
    ("On Monday, an ISIS attack on a bus near al-Shoula killed 13 soldiers and injured 11 others. Two soldiers who were "
     "wounded in the attack have died of their wounds, raising the toll to 15.", {"regime": 15}, {"regime": 9}),
    ("On Sunday, regime shelling on Ariha killed a child and wounded 4 civilians. A wounded civilian died in hospital on "
     "Tuesday.", {"civilians": 2}, {"civilians": 3}),
])
def test_the_wounded_who_died_leave_the_injured(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert (killed(text), wounded(text)) == (dead, hurt)


def test_the_wounded_after_another_event_are_not_lowered() -> None:
    text = ("On Monday, a car bomb in Azaz killed 3 civilians and injured 10 others. Separately, a mine killed a shepherd "
            "near Palmyra on Tuesday. One of the wounded later died.")
    assert wounded(text) == {"civilians": 10}


def test_more_than_n_wounded_are_not_lowered() -> None:
    text = ("On Monday, a car bomb in Raqqa killed 4 civilians and injured more than ten others. One of the injured "
            "civilians died later, bringing the toll to five.")
    assert (killed(text), wounded(text)) == ({"civilians": 5}, {"civilians": 10})


# --- "the factions lost N": the kind named before ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting between the SDF and Turkish-backed factions killed 4 SDF fighters, while the factions lost 6 members.",
     [("killed", 4, "sdf"), ("killed", 6, "turkey_factions")]),
    ("Pro-Turkish factions raided an SDF post near Tal Tamr, and the factions lost 3 fighters in the raid.",
     [("killed", 3, "turkey_factions")]),
    ("Turkish-backed factions attacked SDF posts near Ain Issa; the SDF said the factions lost 5 fighters.",
     [("killed", 5, "turkey_factions")]),
])
def test_the_factions_that_lost_fighters(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_the_factions_that_lost_fighters_with_no_kind_named_are_rebels() -> None:
    assert mentions("Regime forces shelled the Idlib countryside, and the factions lost 3 fighters.") == [
        ("killed", 3, "hts_rebels")]


# --- "killed two and wounded five members of X" -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The ambush killed two and wounded five members of the Fifth Corps.", [("killed", 2, "regime"), ("injured", 5, "regime")]),
    ("Clashes killed three and wounded four SDF fighters near Deir Hafer.", [("killed", 3, "sdf"), ("injured", 4, "sdf")]),
    ("The coalition raid wounded four and killed three members of ISIS near Hajin.",
     [("injured", 4, "isis"), ("killed", 3, "isis")]),
])
def test_bare_figure_shares_the_group_of_the_next_verb(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_bare_figures_with_no_group_after_have_no_side() -> None:
    assert mentions("The strike killed 2 and injured 3, the monitor said.") == [("killed", 2, None), ("injured", 3, None)]


# --- "its two occupants, both HTS members" ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("On Monday, a drone strike on a car near Sarmin killed its two occupants, both HTS members.", {"hts_rebels": 2}),
    ("On Monday, gunmen killed two men, both civilians, near Nawa.", {"civilians": 2}),
    ("On Friday, a mine blast near Palmyra killed two people, both shepherds.", {"civilians": 2}),
])
def test_both_restates_the_two(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("On Friday, two soldiers who were wounded in the ISIS attack on a bus near al-Shoula have died of their wounds, raising "
     "the toll to 15. The attack had initially killed 13 soldiers and injured 11 others.", {"regime": 15}, {"regime": 9}),
    ("On Friday, one of the wounded civilians died, bringing the toll of the Azaz bombing to 6. The car bomb had at first "
     "killed 5 civilians and wounded 20.", {"civilians": 6}, {"civilians": 19}),
    ("On Sunday, three SDF fighters who were injured in the drone strike near Amuda died in hospital, bringing the toll to "
     "five. The strike had originally killed two fighters and wounded seven.", {"sdf": 5}, {"sdf": 4}),
])
def test_the_first_injured_told_after_some_died(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert (killed(text), wounded(text)) == (dead, hurt)


def test_a_first_report_with_no_death_of_the_wounded_is_kept() -> None:
    text = "On Friday, an ISIS attack on a bus near al-Shoula killed 13 soldiers and injured 11 others, the monitor initially said."
    assert (killed(text), wounded(text)) == ({"regime": 13}, {"regime": 11})


def test_a_dateline_year_is_no_count_of_the_wounded_who_died() -> None:
    text = ("Bus attack toll rises\nPosted 14/05/2022\nTwo soldiers who were wounded in Friday's ambush on a bus near "
            "al-Shoula died of their wounds, raising the toll to 9. The ambush had initially killed 7 soldiers and wounded "
            "6 others.")
    assert wounded(text) == {"regime": 4}
