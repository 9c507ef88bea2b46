"""Casualty figures: the side of the dead told by the name of a group or force.

* factions: "the factions" after the kind was named in full or as Turkey's, in another paragraph, with no kind named
  (rebels), Ankara-backed factions, one opposition faction, spellings of faction names;
* militias and jihadists: bare militiamen keep the last group named, "N other militiamen", bare "jihadists" in an ISIS
  attack or near HTS, fighters of the jihadist groups, Kataeb Hezbollah's spelling;
* the state: military personnel, members of the armed forces, air defence members, Kurdish-led security forces, defected
  soldiers;
* groups told again: "the same group", "another member of the organisation", compound members, gang members; the doer of
  a campaign is not the dead's side.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

import pytest

from casualty_cases import one_incident, run
from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from contract_rows import sentence_sides as _sides
from mention_rows import LEXICON, last_sentence, mentions
from observatory.extract.casualties import find_mentions
from observatory.extract.text import working_copy


def test_same_group_with_an_adjective() -> None:
    text = ("Drone strikes in Idlib\n\nA drone struck a car near Sarmada on Monday, killing a leader of Hurras al-Din. On 2 May, "
            "a similar strike killed two commanders of the same al-Qaeda-linked group near Atmeh.")
    assert killed(text) == {"hts_rebels": 3}


def test_another_member_of_the_named_organisation() -> None:
    text = ("Drone strike in Idlib\n\nA drone struck a car near Harem on Monday, killing a commander of the \"Hurras al-Din\" "
            "organisation, who is of Egyptian nationality, and another member of the organisation who was travelling with him.")
    assert killed(text) == {"hts_rebels": 2}


def test_the_organisation_alone_is_still_isis() -> None:
    # look-alike: no other organisation named before, "the Organisation" is ISIS
    text = ("Clashes in the Badia\n\nRegime forces clashed with cells near Al-Sukhnah on Monday, killing two members of the "
            "Organisation.")
    assert killed(text) == {"isis": 2}


def test_factions_named_as_turkeys_before() -> None:
    text = ("Blast in Azaz\n\nA motorcycle bomb went off in Azaz, which is held by the factions of Euphrates Shield, on Sunday, "
            "killing three civilians and a member of the factions.")
    assert killed(text) == {"civilians": 3, "turkey_factions": 1}


def test_factions_after_turkish_army_stay_rebels() -> None:
    # look-alike: the Turkish army named before says nothing of "the factions" in Idlib
    text = ("Shelling in Idlib\n\nTurkish forces shelled regime positions near Saraqib on Sunday, while regime shelling on "
            "Al-Bara killed a member of the factions.")
    assert killed(text) == {"hts_rebels": 1}


def test_other_militiamen_after_foreign_militia_and_a_regime_unit() -> None:
    text = ("Strikes near Mayadin\n\nUnidentified drones struck depots of Iranian-backed militias near Mayadin on Friday, killing "
            "three militiamen and a soldier of the regime's 17th Division. Four other militiamen were injured.")
    assert injured(text) == {"pro_iran_foreign": 4}


def test_bare_militiamen_keep_the_last_group_named() -> None:
    # look-alike: without "other" the rule of the last militia-fielding group named is unchanged
    text = ("Strikes near Mayadin\n\nUnidentified drones struck depots of Iranian-backed militias near Mayadin on Friday. "
            "Regime forces later deployed. Four militiamen were injured.")
    assert _sides(text, "Four militiamen") == [("injured", 4, "regime")]


def test_military_personnel_are_the_states() -> None:
    text = ("Blast in Damascus\n\nA bomb planted in a minibus went off in the Mezzeh district of Damascus on Sunday, killing "
            "nine military personnel and injuring four servicemen.")
    assert killed(text) == {"regime": 9}
    assert injured(text) == {"regime": 4}


def test_members_of_the_armed_forces_are_the_states() -> None:
    text = ("Blast in Homs\n\nAn explosive device went off on a bus in the Akrama district of Homs on Monday, killing six "
            "members of the armed forces.")
    assert killed(text) == {"regime": 6}


def test_military_personnel_in_the_sdf_areas_stay_unknown() -> None:
    # look-alike: a text that names the SDF leaves them to the rules that read that side
    text = ("Drone strike near Qamishli\n\nA drone struck a car near Qamishli on Sunday, a week after the SDF deployed on the "
            "road, killing two military personnel.")
    assert "regime" not in killed(text)


def test_turkish_border_is_no_group_of_the_dead() -> None:
    text = ("Drone strike near Harem\n\nA drone struck a car carrying two commanders of Hurras al-Din near Harem close to "
            "the Turkish border on Saturday, killing both of them.")
    assert killed(text) == {"hts_rebels": 2}


def test_toll_of_the_turkish_escalation_is_of_its_victims() -> None:
    text = ("Shelling on Tal Rifaat\n\nThe toll of the Turkish escalation on Tal Rifaat and its countryside has risen to 19, "
            "among them 11 civilians.")
    assert "turkey_factions" not in killed(text)


def test_toll_of_a_campaign_names_no_side_of_the_dead() -> None:
    text = ("Bombing of Ariha\n\nThe toll of the Russian campaign on Ariha and its countryside has risen to 14, among them "
            "five children.")
    assert "russia" not in killed(text)


def test_factions_named_in_an_earlier_paragraph() -> None:
    text = ("Car bomb in Azaz\n\nA car bomb exploded near a checkpoint of the Turkish-backed factions in Azaz city on Monday, "
            "killing three civilians.\n\nOn Saturday, three members of the factions were killed when a landmine went off in "
            "their car near Sawran village, north of Azaz.")
    assert killed(text) == {"civilians": 3, "turkey_factions": 3}


def test_factions_of_two_kinds_named_before_stay_rebels() -> None:
    # look-alike: earlier paragraphs named factions of two sides, so the bare word keeps its own meaning
    text = ("Clashes in Aleppo\n\nThe Turkish-backed factions shelled Tadif on Monday. Meanwhile, the opposition factions "
            "attacked regime positions near Saraqib.\n\nOn Saturday, three members of the factions were killed when a landmine "
            "went off near Sarmin.")
    assert killed(text).get("turkey_factions", 0) == 0


def test_kurdish_led_security_forces_are_sdf() -> None:
    text = ("Drone strikes in Hasakeh\n\nTurkish drone strikes on a checkpoint near Qamishli on Sunday killed six members of "
            "the Kurdish-led security forces.")
    assert killed(text) == {"sdf": 6}


def test_defected_soldiers_are_rebels() -> None:
    text = ("Clashes near Maarat al-Numan\n\nThree defected soldiers were killed on Monday in clashes with regime forces near "
            "Maarat al-Numan.")
    assert killed(text) == {"hts_rebels": 3}


def test_member_of_the_same_group_as_told_before() -> None:
    text = ("Drone strikes in Idlib\n\nA drone struck a car near Salqin on Monday, killing a commander of the Ansar al-Tawhid "
            "group.\nOn 12 May, a drone hit a house near Harem, killing two members of the same organization.")
    assert killed(text) == {"hts_rebels": 3}


def test_same_group_with_no_group_named_stays_unknown() -> None:
    # look-alike: no group was named for the victims before
    text = ("Drone strikes in Idlib\n\nA drone struck a car near Salqin on Monday, killing two men.\nOn 12 May, a drone hit a "
            "house near Harem, killing two members of the same family.")
    assert "hts_rebels" not in killed(text)


@pytest.mark.parametrize(("text", "killed"), [
    ("Clashes broke out on Monday between Ahrar al-Sharqiya and the Hamza Division in Ras al-Ain, killing four fighters of "
     "both sides.", {"turkey_factions": 4}),
    ("Fierce fighting erupted on Friday between the Levant Front and the Sultan Murad Division near Azaz. According to SOHR, "
     "the fighting killed three fighters of both sides and a civilian.", {"turkey_factions": 3, "civilians": 1}),
    ("Clashes between SDF and regime forces in Al-Hasakah city on Sunday left six fighters of both sides dead.", {"unknown": 6}),
])
def test_fighters_of_both_sides_of_one_label(text: str, killed: dict) -> None:
    assert one_incident(run(text))["killed"] == killed


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("On Monday, gunmen attacked a police station in Jasim, wounding two policemen.", {}, {"regime": 2}),
    ("On Monday, unknown gunmen killed two police officers in Sanamayn.", {"regime": 2}, {}),
    ("On Monday, a policeman was shot dead in Daraa city.", {"regime": 1}, {}),
    ("On Monday, gunmen opened fire on an Asayish checkpoint in Qamishli, wounding two policemen.", {}, {"sdf": 2}),
    ("On Monday, an IED killed two members of the Military Police of the Turkish-backed factions in al-Bab.",
     {"turkey_factions": 2}, {}),
])
def test_police_side(text: str, killed: dict[str, int], injured: dict[str, int]) -> None:
    row = run(text)
    assert [(i["killed"], i["injured"]) for i in row["incidents"]] == [(killed, injured)]


@pytest.mark.parametrize(("text", "killed"), [
    ("Yesterday, clashes broke out between gunmen of Ahrar al-Sharqiya and al-Hamzat Division in al-Bab, killing two "
     "fighters from each side.", {"turkey_factions": 4}),
    ("Yesterday, clashes between the Levant Front and the Sultan Murad Division in Afrin killed three members on each "
     "side.", {"turkey_factions": 6}),
    ("Yesterday, clashes between HTS and regime forces near Kabani killed three fighters on each side.",
     {"hts_rebels": 3, "regime": 3}),
])
def test_each_side_of_one_label(text: str, killed: dict[str, int]) -> None:
    row = run(text)
    assert [i["killed"] for i in row["incidents"]] == [killed]


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
    assert got[0] == ("killed", 6, "unknown")  # of no side, told so (casualty_gang_members), not left open


@pytest.mark.parametrize(("text", "side"), [
    ("A drone killed three members of a local militia loyal to Iran near al-Mayadin.", "pro_iran_foreign"),
    ("Two fighters of an Iran-linked group were killed near al-Bukamal.", "pro_iran_foreign"),
    ("Four Syrian militiamen loyal to Iran were killed in the desert.", "regime"),
])
def test_groups_loyal_to_iran(text: str, side: str) -> None:
    assert [s for _, _, s in mentions(text)] == [side]


def test_members_in_a_named_group_take_its_side() -> None:
    assert mentions("Five members in ISIS cells were killed by coalition fire.") == [("killed", 5, "isis")]


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


@pytest.mark.parametrize("text", [
    "The Israeli strikes killed 8 members of the Syrian air defences near Damascus.",
    "Two officers of the regime air defenses were killed in the strike.",
    "Three soldiers of the Syrian air defense were wounded near Masyaf.",
])
def test_air_defence_members_are_regime(text: str) -> None:
    assert [s for _, _, s in mentions(text)] == ["regime"]


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


@pytest.mark.parametrize(("text", "expected"), [
    ("Nine soldiers were killed when ISIS stormed regime posts near Sukhnah on Friday. The assault also left four "
     "jihadists dead.", {"regime": 9, "isis": 4}),
    ("ISIS cells raided army positions near Ithriya on Friday, killing six soldiers, while three jihadists were also "
     "killed.", {"regime": 6, "isis": 3}),
    ("The Islamic State attacked a checkpoint of the 5th Corps near Palmyra on Sunday; two soldiers and five jihadists "
     "died.", {"regime": 2, "isis": 5}),
])
def test_jihadists_in_an_isis_attack_are_isis(text: str, expected: dict[str, int]) -> None:
    assert killed(text) == expected


def test_jihadists_after_a_paragraph_break_do_not_look_back() -> None:
    text = ("ISIS cells attacked a regime post near Sukhnah on Friday, killing two soldiers.\n"
            "In Idlib, Russian jets struck a hill near Kabani on Saturday, killing three jihadists.")
    assert killed(text) == {"regime": 2, "hts_rebels": 3}


def test_jihadists_near_hts_stay_with_hts() -> None:
    text = ("Regime forces attacked posts of HTS and the Turkistan Islamic Party near Kabani on Monday, and two "
            "jihadists were killed.")
    assert killed(text) == {"hts_rebels": 2}


@pytest.mark.parametrize("text", [
    "Masked men killed on Tuesday a former commander of an opposition faction near the village of Inkhil.",
    "Gunmen killed a former leader of a rebel faction near al-Harak on Thursday night.",
    "A member of an opposition faction was killed by sniper fire near Kafr Nabl on Monday.",
])
def test_one_opposition_faction(text: str) -> None:
    assert killed(text) == {"hts_rebels": 1}


@pytest.mark.parametrize(("text", "dead"), [
    ("Three IS militants were killed in a raid by the SDF near Shuhail on Monday.", {"isis": 3}),
    ("SDF fighters killed two IS members in an ambush near Hajin on Friday night.", {"isis": 2}),
    ("Russian jets struck hideouts of IS cells in the Palmyra desert on Sunday, killing 14 IS fighters.", {"isis": 14}),
])
def test_is_written_in_capitals_is_isis(text: str, dead: dict[str, int]) -> None:
    assert killed(text) == dead


@pytest.mark.parametrize(("text", "dead"), [
    ("Clashes near Ain Issa on Monday left five Ankara-backed fighters dead.", {"turkey_factions": 5}),
    ("Fighting near Tal Tamr on Monday claimed the lives of six Ankara-backed fighters and two SDF members.",
     {"turkey_factions": 6, "sdf": 2}),
    ("An SDF drone killed three members of the Ankara-backed factions near Manbij on Thursday.", {"turkey_factions": 3}),
])
def test_ankara_backed_are_turkey_factions(text: str, dead: dict[str, int]) -> None:
    assert killed(text) == dead


def test_fighters_of_the_jihadist_groups_are_rebels() -> None:
    text = ("Fighting in Latakia\n\nFour fighters of the jihadist groups were killed on Monday when regime forces shelled "
            "their positions near Kabani in the countryside of Latakia.")
    assert killed(text) == {"hts_rebels": 4}


def test_bare_faction_members_take_the_faction_named_before() -> None:
    text = ("Blast in al-Bab\n\nA motorcycle bomb went off on Sunday next to a headquarters of the Turkish-backed "
            "\"Hamza Division\" faction in al-Bab city, killing six people: four civilians and two faction members.")
    assert killed(text) == {"civilians": 4, "turkey_factions": 2}


def test_kataeb_hezbollah_spelling_is_an_iraqi_militia() -> None:
    text = ("Drone strike near Albu Kamal\n\nAn unidentified drone struck a pick-up truck carrying militiamen of Iraq's "
            "Kataeb Hezbollah near Albu Kamal on Friday, killing three.")
    assert killed(text) == {"pro_iran_foreign": 3}


def test_a_us_contractor_is_coalition() -> None:
    text = ("Rocket attack on coalition base\n\nRockets fired by Iranian-backed militias hit the coalition base at the "
            "Conoco gas field on Wednesday, killing a US contractor.")
    assert killed(text) == {"coalition": 1}


def test_members_of_the_groups_backed_by_a_named_force() -> None:
    text = ("Clash in Daraa\n\nOn Monday, a clash between local gunmen and groups backed by the Air Force Intelligence in "
            "Sheikh Maskin left two members of the groups dead.")
    assert killed(text) == {"regime": 2}


def test_a_rank_and_a_single_soldier_share_a_side() -> None:
    text = ("Checkpoint attacked near Shahba\n\nGunmen attacked a checkpoint of the regime's Military Security near Shahba "
            "on Sunday, killing a second lieutenant and a soldier.")
    assert killed(text) == {"regime": 2}


def test_a_member_of_one_group_and_another_of_a_second() -> None:
    text = ("Infighting in Ras al-Ain\n\nClashes erupted on Friday between two Turkish-backed factions in Ras al-Ain. "
            "A member of the Hamza Division and another of the Sultan Murad Division were killed.")
    assert killed(text) == {"turkey_factions": 2}
