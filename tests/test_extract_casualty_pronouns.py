"""Casualty figures told by pronouns and "others".

* "N of them" after the attackers, an item of a list, the people carried or a checkpoint; "leaving six of them dead"; a
  part of the people taken is of their side;
* "others" after fighters, people captured, a toll of no side or a sentence without figures;
* "him" after a civilian, a person, or a victim who joined a force; "the attackers" in a later sentence take the
  attacking side;
* "N of the victims" and the others after it.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import T, one_incident, run
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from contract_rows import sentence_sides as _sides
from mention_rows import last_sentence, mentions
from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions
from observatory.extract.text import working_copy


def test_part_of_the_victims_and_others_take_their_side() -> None:
    text = ("Shelling in Idlib\n\nRegime shelling killed ten civilians in the countryside of Idlib on Sunday. SOHR said six of "
            "the victims died in Kafr Nouran, while four others were killed in Atarib.")
    assert _sides(text, "SOHR said six") == [("killed", 6, "civilians"), ("killed", 4, "civilians")]


def test_part_of_the_victims_without_a_sided_toll_stays_open() -> None:
    # look-alike: victims told before as plain people give their parts no side
    text = ("Blast in Jarablus\n\nA blast killed nine people in Jarablus on Sunday. Five of the victims died at the scene.")
    assert _sides(text, "Five of the victims") == [("killed", 5, None)]


def test_of_them_after_assailants_are_the_attackers() -> None:
    text = ("Attack in the desert\n\nISIS militants stormed a regime post near Al-Sukhnah at dawn on Friday, killing three soldiers. "
            "Reinforcements drove back the assailants, killing two of them.")
    assert killed(text) == {"regime": 3, "isis": 2}


def test_others_of_the_victims_told_in_their_own_clause() -> None:
    text = ("Raids on Idlib\n\nAt least ten civilians were killed on Sunday in raids on Idlib, a war monitor said. SOHR said six of "
            "the victims died in strikes by Russian warplanes on Ariha, while four others were killed when regime helicopters "
            "dropped barrel bombs on Kafr Nabl.")
    assert "unknown" not in killed(text)


def test_of_them_after_an_item_of_a_list_breaks_down_that_item() -> None:
    text = ("Strike near Kisweh\n\nThe monitor put the toll of the strike near Kisweh at six: two soldiers and four "
            "members of Iranian-backed militias, two of them Syrians.")
    work = working_copy(text)
    start = work.index("The monitor")
    found = [(m.value, m.side, m.parent) for m in find_mentions(work, start, len(work), ActorLexicon.default())]
    assert (2, "regime", 2) in found


def test_a_man_after_one_of_them_who_is_named_is_counted_once() -> None:
    # look-alike: "one of them" not followed by a person of its own is unchanged
    text = ("Strike near Kisweh\n\nUnidentified warplanes struck a depot near Kisweh on Monday, killing four members of "
            "Iranian-backed militias, two of them Syrians.")
    assert killed(text) == {"pro_iran_foreign": 2, "regime": 2}


def test_others_after_a_toll_of_no_side_stay_unknown() -> None:
    # look-alike: a risen toll of no side lends none to the others
    text = ("Toll of blast in Izraa rises to five\n\nThe death toll of the explosion in a market in Izraa on Saturday has risen "
            "to five, after two of the wounded died. Seven others are still under treatment.")
    assert injured(text) == {"unknown": 7}


def test_others_after_a_sentence_without_figures_take_the_toll_before_it() -> None:
    text = ("Toll of IED blast on regime bus near Izraa rises to five\n\nThe death toll of the IED blast on a bus near Izraa on "
            "Saturday has risen to five, after two soldiers died in hospital. The bus was carrying conscripts back from leave. "
            "Six others remain under treatment.")
    assert injured(text) == {"regime": 6}


def test_women_of_them_after_an_item_stay_a_part_of_the_whole() -> None:
    # look-alike: "N of them women" after an item is a label of the whole list, as before
    text = ("Camp toll\n\nThe number of people killed in the camp since January has risen to 30, among them 21 refugees, "
            "eight of them women, and a guard.")
    work = working_copy(text)
    start = work.index("The number")
    found = [(m.value, m.parent) for m in find_mentions(work, start, len(work), ActorLexicon.default())]
    assert (8, 1) not in found


def test_of_them_are_the_people_carried() -> None:
    text = T + ("An old mine blew up under a pickup carrying farm workers near Maadan on Saturday, killing three of them "
                "and wounding two others.")
    assert killed(text) == {"civilians": 3}
    assert injured(text) == {"civilians": 2}


def test_others_after_them_of_a_titled_civilian_toll() -> None:
    text = ("Three shepherds killed by a mine near Al-Kawm\n\nA mine exploded under a tractor carrying shepherds near Al-Kawm "
            "on Sunday, killing three of them, including a boy, and wounding four others.")
    assert injured(text) == {"civilians": 4}


def test_of_them_of_a_checkpoint_stays() -> None:
    text = T + "Gunmen stormed a checkpoint near Sanamayn on Monday, killing two of them and wounding three others."
    assert killed(text) == {"unknown": 2}


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
    ("A woman was killed this morning when a shell hit her home in Tafas. Meanwhile, local gunmen attacked a checkpoint "
     "of the regime's Air Force Intelligence in Al-Jiza, capturing seven soldiers and killing three others.", {"regime": 3}),
    ("Civilians were displaced from Daraa al-Balad on Monday. Later, ISIS cells attacked an SDF post near Al-Busayrah, "
     "kidnapping four SDF members and killing two others.", {"sdf": 2}),
])
def test_others_after_people_captured_are_of_their_side(text: str, killed: dict) -> None:
    incidents = run(text)["incidents"]
    assert incidents[-1]["killed"] == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("An ISIS sniper shot dead a shepherd and wounded another near Al-Sukhnah on Monday.", {"civilians": 1}, {"civilians": 1}),
    ("A landmine killed a regime soldier and injured another in the desert of Palmyra on Friday.", {"regime": 1}, {"regime": 1}),
])
def test_another_after_a_verb_before_a_place(text: str, killed: dict, injured: dict) -> None:
    inc = one_incident(run(text))
    assert inc["killed"] == killed
    assert inc["injured"] == injured


@pytest.mark.parametrize(("text", "injured"), [
    ("A car bomb exploded in Azaz this afternoon, killing six civilians, including a child, and a member of the Levant "
     "Front faction. About 20 others were injured, among them women and children.", {"unknown": 20}),
    ("A car bomb exploded in Azaz this afternoon, killing a member of the Levant Front faction. Three others were "
     "injured.", {"turkey_factions": 3}),
])
def test_others_after_a_sentence_of_several_sides(text: str, injured: dict[str, int]) -> None:
    row = run(text)
    assert [i["injured"] for i in row["incidents"]] == [injured]


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


@pytest.mark.parametrize(("text", "expected"), [
    ("ISIS cells kidnapped seven herders near Uqayribat on Friday, before executing three of them.",
     [("killed", 3, "civilians")]),
    ("Gunmen abducted five workers on the road to Shaer field and later killed two of them.", [("killed", 2, "civilians")]),
    ("HTS captured four regime soldiers on the front line and executed one of them the next day.", [("killed", 1, "regime")]),
    ("The cell seized six shepherds, then shot dead two of them.", [("killed", 2, "civilians")]),
])
def test_part_of_those_taken_is_of_their_side(text: str, expected: list[tuple[str, int, str]]) -> None:
    assert mentions(text) == expected


def test_more_dead_than_were_taken_are_no_part_of_them() -> None:
    assert mentions("Gunmen abducted two shepherds near Hajin, and a fight broke out, killing five of them.") == [
        ("killed", 5, None)]


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


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunmen opened fire on a man in Tafas on Monday, killing him. Local sources said the man was a member of ISIS.",
     {"isis": 1}),
    ("Gunmen opened fire on a young man in Tafas on Monday, killing him. He was a former member of the Military Security.",
     {"regime": 1}),
    ("Gunmen opened fire on a young man in Tafas on Monday, killing him. The victim was a civilian.", {"civilians": 1}),
])
def test_what_the_text_says_later_of_the_pronouns_person(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


@pytest.mark.parametrize(("text", "hurt"), [
    ("A bomb hit an SDF vehicle near Busayrah on Monday. Two fighters were killed at once and two others were injured "
     "in the blast.", {"sdf": 2}),
    ("An IED struck a regime bus near Palmyra on Monday. Four soldiers died and three others were wounded.", {"regime": 3}),
    ("Regime artillery shelled an HTS post near Kabani on Tuesday. Two fighters were killed and four others were "
     "injured.", {"hts_rebels": 4}),
])
def test_others_share_the_side_of_the_fighters_before_them(text: str, hurt: dict[str, int]) -> None:
    assert injured(text) == hurt


def test_others_after_people_stay_of_no_side() -> None:
    text = "A landmine went off near Maadan on Monday. Two people were killed and three others were wounded."
    assert (killed(text), injured(text)) == ({"unknown": 2}, {"unknown": 3})


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("ISIS militants attacked a column of regime troops near Palmyra on Tuesday, leaving seven of them dead.", {"regime": 7}, {}),
    ("Turkish drones struck a vehicle of the SDF near Amuda on Friday night, leaving two of them dead and a third injured.",
     {"sdf": 2}, {}),
    ("Gunmen ambushed a patrol of the Military Security near Jasim in Daraa on Sunday, leaving three of them dead. "
     "Two others sustained injuries.", {"regime": 3}, {"regime": 2}),
    ("Cells of ISIS opened fire on a bus of the Fourth Division in the Deir ez-Zor desert last night, leaving 11 of them dead, "
     "among them four non-Syrian militiamen.", {"regime": 7, "pro_iran_foreign": 4}, {}),
])
def test_leaving_some_of_them_dead(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert killed(text) == dead
    for side, n in hurt.items():
        assert injured(text).get(side) == n


def test_leaving_them_no_count_of_people() -> None:
    """"leaving two of them destroyed": things, not people."""
    text = "Israeli jets struck three warehouses near Masyaf on Monday, leaving two of them destroyed."
    assert killed(text) == {}


@pytest.mark.parametrize(("text", "dead", "hurt"), [
    ("Two gunmen on a motorbike opened fire on a shepherd near Sanamayn on Friday, killing him.", {"civilians": 1}, {}),
    ("A sniper of the regime forces shot a boy in the village of Kansafra on Monday, wounding him.", {}, {"civilians": 1}),
    ("Unknown gunmen opened fire on a civilian near his home in Nawa, killing him instantly.", {"civilians": 1}, {}),
])
def test_a_civilian_shot_then_him(text: str, dead: dict[str, int], hurt: dict[str, int]) -> None:
    assert killed(text) == dead
    assert injured(text) == hurt


def test_a_person_shot_then_him_stays_of_no_side() -> None:
    assert killed("Masked men opened fire on a young man in the town of Hajin, killing him.") == {"unknown": 1}


def test_attackers_of_an_attempt_by_a_named_group() -> None:
    text = ("SDF repel attack\n\nOn Monday, the SDF foiled an infiltration attempt by Turkish-backed factions near "
            "Ain Issa, killing four of the attackers.")
    assert killed(text) == {"turkey_factions": 4}
