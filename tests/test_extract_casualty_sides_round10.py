"""Casualty figures, round 10: the side and the parts of a figure read from shared machinery.

* the dead named with the side they fell on ("the dead on the government side included ...", "Among the pro-government
  dead were ...") restate the toll before, which may lie beyond a nearer toll of another side;
* "N other militiamen" after Iranian-backed militias and a regime unit: more of the militiamen;
* a breakdown written before its cue ("Five civilians, two children and a woman among them, were killed");
* "military personnel", "servicemen" where the text names no other army: the state's;
* a title's separator, a line break and "remain" end a figure's words;
* a corrected toll drops the monitor's earlier figure as a risen one does.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from contract_rows import sentence_sides as _sides
from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import find_mentions
from observatory.extract.text import working_copy

# --- the dead named with their side --------------------------------------------------------------------------------------

def test_dead_on_the_government_side_included_foreigners() -> None:
    text = ("Attack near Ithriyah\n\nISIS cells attacked army posts near Ithriyah on Saturday night, killing 16 pro-government "
            "fighters, a monitor said. A source said the dead on the government side included five Lebanese Hezbollah fighters.")
    assert killed(text) == {"regime": 11, "pro_iran_foreign": 5}


def test_among_the_pro_regime_dead_after_a_toll_of_the_attackers() -> None:
    # the nearer toll is the jihadists': the foreign fighters are part of the pro-government toll told before it
    text = ("Desert attack\n\nJihadists killed 12 pro-regime fighters in an assault on positions east of Palmyra on Monday. "
            "Five ISIS members were also killed in the fighting. Among the pro-regime dead were three Iraqi militiamen.")
    assert killed(text) == {"regime": 9, "pro_iran_foreign": 3, "isis": 5}


def test_dead_named_with_side_of_same_side_keeps_the_whole() -> None:
    # look-alike: a part of the toll's own side changes nothing
    text = ("Ambush near Sukhnah\n\nISIS fighters ambushed an army bus near Sukhnah on Monday, killing 10 soldiers. "
            "The regime's dead included two officers.")
    assert killed(text) == {"regime": 10}


def test_parts_after_a_toll_of_people_take_no_side_from_an_older_toll() -> None:
    # look-alike: a nearer toll of people of no side holds the parts; the title's civilians lend none of theirs
    text = ("Toll of Homs bombing rises to 20, as shelling kills four civilians in Idlib\n\nThe toll of the bombing of a bus "
            "station in Homs yesterday has risen to 20 people, after more of the wounded died. The dead are eight civilians "
            "and 12 military personnel.")
    assert _sides(text, "The dead are") == [("killed", 8, "civilians"), ("killed", 12, "regime")]


# --- "N other militiamen" ------------------------------------------------------------------------------------------------

def test_other_militiamen_after_foreign_militia_and_a_regime_unit() -> None:
    text = ("Strikes near Mayadin\n\nUnidentified drones struck depots of Iranian-backed militias near Mayadin on Friday, killing "
            "three militiamen and a soldier of the regime's 17th Division. Four other militiamen were injured.")
    assert injured(text) == {"pro_iran_foreign": 4}


def test_bare_militiamen_keep_the_last_group_named() -> None:
    # look-alike: without "other" the rule of the last militia-fielding group named is unchanged
    text = ("Strikes near Mayadin\n\nUnidentified drones struck depots of Iranian-backed militias near Mayadin on Friday. "
            "Regime forces later deployed. Four militiamen were injured.")
    assert _sides(text, "Four militiamen") == [("injured", 4, "regime")]


# --- a breakdown before its cue ------------------------------------------------------------------------------------------

def test_parts_before_among_them() -> None:
    text = ("Shelling on Kansafra\n\nSix civilians, three children and a woman among them, were killed on Tuesday when regime "
            "artillery hit houses in Kansafra.")
    assert killed(text) == {"civilians": 6}


def test_part_before_of_them() -> None:
    text = ("Shelling on Kansafra\n\nRegime artillery hit houses in Kansafra on Tuesday, killing eight civilians, four children "
            "of them, a monitor said.")
    assert killed(text) == {"civilians": 8}


def test_list_after_comma_is_no_breakdown() -> None:
    # look-alike: parts with no cue after them are a list, not a breakdown
    text = ("Clashes near Saraqib\n\nClashes near Saraqib on Tuesday left seven soldiers, four HTS fighters dead.")
    assert killed(text) == {"regime": 7, "hts_rebels": 4}


# --- "military personnel" ------------------------------------------------------------------------------------------------

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


# --- the words of a figure end at a separator and at "remain" ------------------------------------------------------------

def test_title_separator_ends_the_figures_words() -> None:
    text = ("Toll of Qardaha blast rises to five | ISIS claims the attack\nHome\n"
            "The toll of the car bomb in Qardaha on Friday has risen to five, after a wounded man died. "
            "The dead are three civilians and two soldiers.")
    assert killed(text) == {"civilians": 3, "regime": 2}


def test_others_remain_under_treatment() -> None:
    text = ("Blast near Nawa\n\nThe toll of the IED blast that hit an army truck near Nawa yesterday has risen to four, after "
            "a soldier died in hospital. Six others remain under treatment.")
    assert sum(injured(text).values()) == 6


# --- a corrected toll ----------------------------------------------------------------------------------------------------

def test_corrected_toll_drops_the_earlier_report() -> None:
    text = ("Correction | Two killed in Azaz clashes\nHome\nSOHR has corrected the death toll of yesterday's clashes between two "
            "factions in Azaz. Two fighters of the Hamza Division were killed. SOHR had earlier reported the death of five "
            "people.")
    assert killed(text) == {"turkey_factions": 2}


# --- "one of them a Syrian" ----------------------------------------------------------------------------------------------

def test_one_of_them_a_syrian_is_one_part_of_the_militiamen() -> None:
    text = ("Strike near Kisweh\n\nUnidentified warplanes struck a depot near Kisweh on Monday, killing four members of "
            "Iranian-backed militias, one of them a Syrian.")
    assert killed(text) == {"pro_iran_foreign": 3, "regime": 1}


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


# --- parts named with "the" after a toll of people -----------------------------------------------------------------------

def test_parts_with_the_after_a_toll_of_people() -> None:
    text = ("Drone strike near Derbasiyah\n\nThe monitor said the drone strike near Derbasiyah on Monday killed five people, "
            "the four SDF fighters and a civilian driver, and wounded another civilian.")
    assert killed(text) == {"sdf": 4, "civilians": 1}
    assert injured(text) == {"civilians": 1}


# --- one victim accused of serving a group -------------------------------------------------------------------------------

def test_one_man_accused_of_working_for_a_group() -> None:
    text = ("Killing in Tafas\n\nUnidentified gunmen opened fire on a man accused of working for the Air Force Intelligence "
            "in Tafas on Sunday, killing him instantly.")
    assert killed(text) == {"regime": 1}


def test_one_man_accused_of_drug_dealing_stays_unknown() -> None:
    # look-alike: a drug charge names no group
    text = ("Killing in Tafas\n\nUnidentified gunmen opened fire on a man accused of dealing drugs in Tafas on Sunday, "
            "killing him instantly.")
    assert killed(text) == {"unknown": 1}


# --- people taken, told by a noun ----------------------------------------------------------------------------------------

def test_the_abduction_of_others_counts_no_dead() -> None:
    text = ("ISIS cells in the desert\n\nSOHR documented the killing of a shepherd and the abduction of three others by ISIS "
            "cells near Ithriyah on Tuesday.")
    assert killed(text) == {"civilians": 1}


def test_the_killing_of_two_shepherds_is_counted() -> None:
    # look-alike: the killing itself, told by a noun, is still a count
    text = ("ISIS cells in the desert\n\nSOHR documented the killing of two shepherds by ISIS cells near Ithriyah on Tuesday.")
    assert killed(text) == {"civilians": 2}


def test_one_man_his_killers_accused_stays_unknown() -> None:
    # look-alike: the killers' own charge against one man names no side of his
    text = ("Execution near Hajin\n\nISIS cells executed a young man near Hajin on Monday, accusing him of working with the "
            "SDF.")
    assert "sdf" not in killed(text)


# --- "martyring" ---------------------------------------------------------------------------------------------------------

def test_martyring_is_a_kill_word() -> None:
    text = ("Drone strike near Derik\n\nA Turkish drone targeted a motorcycle near Derik on Friday, martyring a civilian and "
            "injuring three others, including a woman.")
    assert killed(text) == {"civilians": 1}
    assert injured(text) == {"civilians": 3}


# --- "he survived with injuries" -----------------------------------------------------------------------------------------

def test_he_survived_with_injuries() -> None:
    text = ("Drone strike near Sarmada\n\nA drone targeted a car carrying an HTS commander near Sarmada on Friday; he survived "
            "with minor injuries.")
    assert injured(text) == {"hts_rebels": 1}


def test_he_was_seriously_wounded() -> None:
    # look-alike: "and he was wounded" after the victim was read before; it stays so
    text = ("Shooting in Busra al-Harir\n\nGunmen opened fire on a member of the 8th Brigade in Busra al-Harir on Friday, and he "
            "was seriously wounded.")
    assert injured(text) == {"regime": 1}


def test_he_was_arrested_is_no_casualty() -> None:
    # look-alike: a pronoun that was taken, not hurt
    text = ("Raid in Busra al-Harir\n\nRegime forces raided the house of a member of the factions in Busra al-Harir on Friday, "
            "and he was arrested.")
    assert injured(text) == {}


# --- "others" after a risen toll whose side the title gives --------------------------------------------------------------

def test_others_after_a_long_risen_toll_sentence_take_its_side() -> None:
    text = ("Toll of IED blast on regime bus near Izraa rises to five\n\nThe death toll of the IED explosion that hit a bus "
            "carrying soldiers on the road between Izraa and Sheikh Miskin in the eastern countryside of Daraa on Saturday "
            "morning has risen to five, after two of the wounded died of their serious injuries in a military hospital in "
            "Damascus late on Sunday night. Seven others remain under treatment.")
    assert injured(text) == {"regime": 7}


def test_others_after_a_toll_of_no_side_stay_unknown() -> None:
    # look-alike: a risen toll of no side lends none to the others
    text = ("Toll of blast in Izraa rises to five\n\nThe death toll of the explosion in a market in Izraa on Saturday has risen "
            "to five, after two of the wounded died. Seven others are still under treatment.")
    assert injured(text) == {"unknown": 7}


# --- "an ISIS gunman"; "sustained minor injuries" ------------------------------------------------------------------------

def test_a_gunman_after_and_is_counted() -> None:
    text = ("Clash near Sukhnah\n\nTwo regime soldiers and an ISIS gunman were killed in a clash near Sukhnah on Sunday.")
    assert killed(text) == {"regime": 2, "isis": 1}


def test_sustained_minor_injuries_names_no_children() -> None:
    text = ("Strike near Binnish\n\nA drone struck a car near Binnish on Sunday. A civilian passer-by sustained minor injuries.")
    work = working_copy(text)
    start = work.index("A civilian")
    labels = [m.label for m in find_mentions(work, start, len(work), ActorLexicon.default())]
    assert labels == [None]


def test_foreigners_were_among_the_pro_government_dead() -> None:
    text = ("Desert attack\n\nJihadists killed 15 pro-government fighters in an assault near Kabajeb on Monday. Seven ISIS "
            "members were also killed. Four Hezbollah fighters were among the pro-government dead.")
    assert killed(text) == {"regime": 11, "pro_iran_foreign": 4, "isis": 7}


# --- a claim that names the event by its day ------------------------------------------------------------------------------

def test_claim_of_the_toll_of_fridays_bombardment_gives_way() -> None:
    text = ("Shelling on Atarib\n\nRegime shelling on Atarib on Friday killed eight civilians, a war monitor said. Later, the "
            "White Helmets put the death toll from Friday's bombardment at 12.")
    assert killed(text) == {"civilians": 8}


def test_claim_dated_apart_stays() -> None:
    # look-alike: a claim opened by a day of its own may be of another event
    text = ("Shelling on Atarib\n\nRegime shelling on Atarib on Friday killed eight civilians, a war monitor said. On Sunday, "
            "the White Helmets said shelling on Sarmin killed four people.")
    assert killed(text).get("unknown") == 4


# --- a risen toll of no side and the monitor's earlier report told after it -------------------------------------------

def test_risen_toll_takes_the_side_of_the_earlier_report_after_it() -> None:
    text = ("Toll of Maadan blast rises\n\nThe death toll of yesterday's explosion of a war remnant near Maadan has risen to "
            "four, after two of the wounded died in hospital. The device went off while a group of men were collecting "
            "scrap metal. Three others are still receiving treatment. SOHR had reported yesterday that two civilians were "
            "killed in the explosion.")
    assert killed(text) == {"civilians": 4}
    assert injured(text) == {"civilians": 3}


def test_risen_toll_after_an_earlier_report_of_two_sides_keeps_no_side() -> None:
    # look-alike: an earlier report of dead of two sides names no one side for the risen toll
    text = ("Toll of Maadan blast rises\n\nThe death toll of yesterday's explosion near Maadan has risen to four, after two of "
            "the wounded died in hospital. SOHR had reported yesterday that a soldier and a civilian were killed in the "
            "explosion.")
    assert "civilians" not in killed(text)


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
