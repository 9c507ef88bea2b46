"""Casualty figures, fourth pass: sides from affiliation, context and earlier text; roles of coordinated figures; vague
figures (sentences written for these tests, one construction each)."""

from __future__ import annotations

from datetime import date

from mention_rows import LEXICON, mentions
from observatory.extract.casualties import find_mentions
from observatory.extract.text import working_copy


def vague(text: str) -> list[tuple[str, str | None, bool]]:
    work = working_copy(text)
    return [(m.role, m.side, m.quantity.vague) for m in find_mentions(work, 0, len(work), LEXICON)]


# --- (b) fighters tied to the state ------------------------------------------------------------------------------

def test_fighters_aligned_with_the_government_are_regime() -> None:
    assert mentions("The monitor said at least six fighters aligned with the government had been wounded.") == [
        ("injured", 6, "regime")]


def test_fighters_loyal_to_the_syrian_government_are_regime() -> None:
    assert mentions("Gunmen killed three fighters loyal to the Syrian government near the town.") == [("killed", 3, "regime")]


def test_fighters_aligned_with_the_authorities_are_regime_before_december_2024() -> None:
    text = "Two fighters aligned with the authorities were killed."
    assert mentions(text, date(2023, 5, 1)) == [("killed", 2, "regime")]
    assert mentions(text, date(2025, 2, 1)) == [("killed", 2, None)]  # after the fall, "the authorities" are not the regime


def test_government_aligned_adjective_is_regime() -> None:
    assert mentions("Four government-aligned militiamen were killed in the ambush.") == [("killed", 4, "regime")]


def test_plain_men_tied_to_a_group_take_its_side() -> None:
    assert mentions("Two men affiliated with ISIS were killed in the raid.") == [("killed", 2, "isis")]
    assert mentions("Three men were killed in the raid.") == [("killed", 3, "unknown")]


# --- (c) vague figures ---------------------------------------------------------------------------------------------

def test_several_fatalities_stay_vague_and_take_the_side_that_was_hit() -> None:
    text = ("The monitor documented several fatalities following airstrikes by unidentified aircraft on the positions of "
            "Iranian-backed militias near the border.")
    assert vague(text) == [("killed", "pro_iran_foreign", True)]


def test_several_fatalities_with_no_group_named_stay_without_side() -> None:
    assert vague("The shelling caused several fatalities.") == [("killed", None, True)]


# --- (d) "others" ------------------------------------------------------------------------------------------------------

def test_others_in_their_own_clause_take_the_group_of_that_clause() -> None:
    text = ("ISIS cells attacked a regime checkpoint, killing 3 soldiers, and clashes with the attackers left "
            "2 ISIS members dead and 4 others wounded.")
    assert mentions(text) == [("killed", 3, "regime"), ("killed", 2, "isis"), ("injured", 4, "isis")]


def test_others_after_a_kill_list_without_clause_break_keep_the_first_group() -> None:
    text = "ISIS attacked the post, killing 3 soldiers and 2 ISIS members and wounding 4 others."
    assert mentions(text) == [("killed", 3, "regime"), ("killed", 2, "isis"), ("injured", 4, "regime")]


def test_a_coordinated_figure_with_its_own_verb_takes_that_role() -> None:
    assert mentions("The drone strike killed 2 civilians and 3 others were wounded.") == [
        ("killed", 2, "civilians"), ("injured", 3, "civilians")]


def test_left_others_injured_after_a_kill_is_injured() -> None:
    assert mentions("The attack killed two soldiers and left five others injured.") == [
        ("killed", 2, "regime"), ("injured", 5, "regime")]


def test_another_injured_after_one_dead() -> None:
    assert mentions("The attack left a soldier dead and another injured.") == [("killed", 1, "regime"), ("injured", 1, "regime")]


def test_a_bare_number_of_the_other_role_takes_the_side_before() -> None:
    assert mentions("The bombing killed 4 civilians and wounded 10.") == [("killed", 4, "civilians"), ("injured", 10, "civilians")]
    assert mentions("3 members of the regime forces were killed and 8 were injured.") == [
        ("killed", 3, "regime"), ("injured", 8, "regime")]


# --- people written without numbers, sides from earlier text ----------------------------------------------------------

def test_two_bare_nouns_of_one_side_are_two_people() -> None:
    text = "Local sources said regime officer and soldier were killed while five others sustained injuries."
    assert mentions(text) == [("killed", 2, "regime"), ("injured", 5, "regime")]


def test_the_victim_accused_of_working_with_a_group_is_of_that_group() -> None:
    text = ("A man in his twenties died of injuries from an attack by unknown gunmen, activists said. "
            "Sources say the dead man was accused of working with ISIS cells.")
    assert mentions(text) == [("killed", 1, "isis")]


def test_the_n_gunmen_are_the_gunmen_described_earlier() -> None:
    text = ("Army units exchanged fire with gunmen thought to be members of Islamic State cells, and reports spoke of the "
            "killing of the 4 gunmen, who had been hiding in caves.")
    assert mentions(text) == [("killed", 4, "isis")]


def test_a_group_named_as_doer_of_attacks_is_not_the_side_of_a_risen_toll() -> None:
    text = "Accordingly, the number of regime soldiers killed in ISIS attacks since early 2023 has risen to 140."
    assert mentions(text) == [("killed", 140, "regime")]


def test_the_dead_include_is_a_kill_cue() -> None:
    assert mentions("The dead include more than 1,500 pro-government fighters.") == [("killed", 1500, "regime")]


def test_assassinating_is_a_kill_cue() -> None:
    assert mentions("The monitor recorded the cells assassinating 81 civilians in the area.") == [("killed", 81, "civilians")]


def test_subject_with_a_hyphenated_word_is_not_the_victims_side() -> None:
    text = "The US-led anti-IS coalition said its forces detained 150 suspects and killed three operatives in raids during March."
    assert all(side != "coalition" for _, _, side in mentions(text))


# --- injured constructions ---------------------------------------------------------------------------------------------

def test_relatives_counted_after_a_kin_word_are_injured_with_the_same_side() -> None:
    text = "Gunmen opened fire on a car, killing a child and injuring his mother and two brothers."
    assert mentions(text) == [("killed", 1, "civilians"), ("injured", 1, "civilians"), ("injured", 2, "civilians")]


def test_others_who_sustained_injuries_are_injured() -> None:
    assert mentions("The attack killed two SDF members, and 2 others sustained injuries.") == [
        ("killed", 2, "sdf"), ("injured", 2, "sdf")]


def test_an_apposition_restates_the_figure_and_is_not_added() -> None:
    text = "Two civilians, a man and his wife, were injured when a drone targeted their car."
    assert mentions(text) == [("injured", 2, "civilians")]


def test_an_officer_and_soldiers_of_a_named_force_share_its_side() -> None:
    text = "An officer and two soldiers of the regime forces were injured in an IED explosion."
    assert mentions(text) == [("injured", 1, "regime"), ("injured", 2, "regime")]


def test_a_list_of_figures_of_different_groups_keeps_its_own_sides() -> None:
    text = "These attacks left 62 fatalities: 13 civilians, 46 military personnel and three regime soldiers."
    work = working_copy(text)
    sides = [m.side for m in find_mentions(work, 0, len(work), LEXICON) if m.value == 46]
    assert sides == [None]  # not the regime of the figure after it


# --- the lexicon's factored pattern (actors.py) ----------------------------------------------------------------------

def test_the_longest_alias_at_a_position_wins_and_spaces_match_hyphens() -> None:
    found = LEXICON.find("Members of the Syrian Democratic Forces and Turkish-backed factions and the Syrian-Arab Army")
    assert [(a.alias, a.side) for a in found] == [
        ("Syrian Democratic Forces", "sdf"), ("Turkish-backed factions", "turkey_factions"), ("Syrian-Arab Army", "regime")]


def test_capitals_only_aliases_stay_case_sensitive() -> None:
    assert [a.side for a in LEXICON.find("The SDF said it is ready")] == ["sdf"]
    assert [a.alias for a in LEXICON.find("this is a test")] == []


def test_the_number_of_the_injured_rose_is_an_injured_toll() -> None:
    assert mentions("The number of the injured rose to 9.") == [("injured", 9, None)]


def test_one_of_whom_died_takes_the_side_of_the_group_before() -> None:
    text = "The blast killed a soldier and injured 2 others, one of whom died later."
    # the one who died later is of the injured's side; the injured stay as stated (no arithmetic)
    assert mentions(text) == [("killed", 1, "regime"), ("injured", 2, "regime"), ("killed", 1, "regime")]


def test_another_soldier_is_one_more_of_the_soldiers_counted_before() -> None:
    text = ("Moscow's defence ministry said a Russian serviceman was killed when his unit came under attack in "
            "eastern Syria, without further details. Local outlets said another soldier had been killed while on a combat task.")
    work = working_copy(text)
    cut = work.index("Local outlets")
    assert [(m.role, m.value, m.side) for m in find_mentions(work, cut, len(work), LEXICON)] == [("killed", 1, "russia")]


def test_another_soldier_without_soldiers_before_keeps_the_lexicon_side() -> None:
    text = "ISIS lost 3 members in the clashes. Later, another soldier was killed by a sniper."
    work = working_copy(text)
    cut = work.index("Later")
    assert [(m.role, m.value, m.side) for m in find_mentions(work, cut, len(work), LEXICON)] == [("killed", 1, "regime")]


def test_people_described_by_their_work_are_civilians() -> None:
    text = ("ISIS cells ambushed a group of people herding sheep near Salamiyah. The gunmen killed four people and drove "
            "off the flock.")
    work = working_copy(text)
    cut = work.index("The gunmen")
    assert [(m.role, m.value, m.side) for m in find_mentions(work, cut, len(work), LEXICON)] == [("killed", 4, "civilians")]


def test_a_victim_who_had_joined_a_force_is_of_that_force() -> None:
    text = "Unknown gunmen shot dead a former member of the opposition factions who had joined the 8th Brigade."
    assert mentions(text) == [("killed", 1, "regime")]


def test_iranian_backed_militiamen_of_syrian_nationality_are_regime() -> None:
    assert mentions("Five Iranian-backed militiamen of Syrian nationality were killed.") == [("killed", 5, "regime")]
    assert mentions("Five Iranian-backed militiamen of non-Syrian nationality were killed.") == [("killed", 5, "pro_iran_foreign")]
    assert mentions("Five Iranian-backed militiamen were killed in the Syrian desert.") == [("killed", 5, "pro_iran_foreign")]
