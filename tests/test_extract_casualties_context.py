"""Casualty figures, fifth pass: context rules developed on the second half of the dev set (sentences written for these
tests, one construction each): unidentified victims, hearsay, members of a cell, bare "militia", the injured who died
later, "killing of N", groups "loyal to" someone, figures after "as well as" a finished clause, a dash breakdown, a
headline's one victim, and "others" that do not open their sentence."""

from __future__ import annotations

from mention_rows import LEXICON, last_sentence, mentions
from observatory.extract.casualties import find_mentions, title_figures
from observatory.extract.text import working_copy


def test_victims_whose_identity_is_unknown_have_no_side() -> None:
    got = mentions("The raid killed a driver and three of non-Syrian nationality whose identities have not been "
                   "established yet.")
    assert got[-1] == ("killed", 3, "unknown")


def test_victims_of_unknown_identity_have_no_side() -> None:
    assert mentions("The raid killed three Iranians of unknown identity.") == [("killed", 3, "unknown")]


def test_fighters_whose_names_are_unknown_keep_their_side() -> None:
    assert mentions("Strikes killed three Afghan fighters whose identities are unknown.") == [("killed", 3, "pro_iran_foreign")]


def test_unidentified_rule_leaves_named_victims_alone() -> None:
    assert mentions("Two Iraqi militiamen, both identified by their comrades, were killed near al-Bukamal.") == [
        ("killed", 2, "pro_iran_foreign")]


def test_claims_put_in_doubt_are_not_counted() -> None:
    assert mentions("While unconfirmed reports claimed that the army killed up to 30 gunmen in the hills, local sources "
                    "said nobody could verify the figure.") == []


def test_an_analysts_post_is_not_a_toll() -> None:
    assert mentions("A researcher at a think tank tweeted that the raids had killed at least 12 fighters.") == []


def test_a_plain_claim_without_doubt_is_still_counted() -> None:
    assert mentions("The monitor said that the army killed 30 ISIS members in the hills.") == [("killed", 30, "isis")]


def test_members_of_the_cell_take_the_side_of_the_cell() -> None:
    text = ("Security forces raided a hideout of an ISIS cell near Raqqa with help from the SDF. "
            "According to the SDF, three members of the cell were killed.")
    assert last_sentence(text) == [("killed", 3, "isis")]


def test_bare_militia_take_the_militia_named_before() -> None:
    text = ("Drones struck a convoy of Iranian-backed militias near the border crossing. "
            "Four militia were killed in the strike.")
    assert last_sentence(text) == [("killed", 4, "pro_iran_foreign")]


def test_bare_militia_without_a_militia_named_before_stay_without_side() -> None:
    assert mentions("Regime forces shelled the village, and five militia were killed in the clashes.") == [
        ("killed", 5, None)]


def test_injured_who_died_later_move_to_killed() -> None:
    assert mentions("Six civilians were injured by the shell, two of whom later died in hospital.") == [
        ("injured", 6, "civilians"), ("killed", 2, "civilians")]  # the injured as stated: no arithmetic


def test_one_of_whom_died_later() -> None:
    assert mentions("Three soldiers were wounded, one of whom died later.") == [("injured", 3, "regime"), ("killed", 1, "regime")]


def test_killing_of_without_article() -> None:
    assert mentions("The attack led to killing of 4 members of the regime forces.") == [("killed", 4, "regime")]


def test_wounding_of_without_article() -> None:
    assert mentions("The blast resulted in wounding of 2 members of the regime forces.") == [("injured", 2, "regime")]


def test_group_loyal_to_someone_is_one_group() -> None:
    assert mentions("The strikes killed 9 militiamen loyal to Iran near Mayadin.") == [("killed", 9, "pro_iran_foreign")]


def test_figures_after_as_well_as_share_the_finished_role() -> None:
    assert mentions("More than 200 regime soldiers have been killed in these battles, as well as 40 pro-Iran militia "
                    "members and 90 ISIS members.") == [
        ("killed", 200, "regime"), ("killed", 40, "pro_iran_foreign"), ("killed", 90, "isis")]


def test_in_addition_to_militias_counts_people() -> None:
    got = mentions("The toll reached 300 regime soldiers, in addition to 20 militias loyal to Iran.")
    assert got == [("killed", 300, "regime"), ("killed", 20, "pro_iran_foreign")]


def test_dash_breakdown_links_parts_to_the_whole() -> None:
    work = working_copy("Nine combatants were wounded in total — five Afghan fighters and four Syrian soldiers.")
    got = [(m.role, m.value, m.side, m.parent) for m in find_mentions(work, 0, len(work), LEXICON)]
    assert got == [("injured", 9, None, None), ("injured", 5, "pro_iran_foreign", 0), ("injured", 4, "regime", 0)]


def test_headline_one_victim_without_number() -> None:
    work = working_copy("Drone strike | SDF fighter killed near Qamishli\n\nA drone hit a car, leaving one person dead.")
    assert [(m.role, m.value, m.side) for m in title_figures(work, LEXICON)] == [("killed", 1, "sdf")]
    body = work.index("\n\n")
    assert [(m.role, m.value, m.side) for m in find_mentions(work, body, len(work), LEXICON)] == [("killed", 1, "sdf")]


def test_headline_victim_without_a_named_group_gives_nothing() -> None:
    work = working_copy("Shooting | Young man killed in Daraa\n\nGunmen shot a young man dead.")
    assert title_figures(work, LEXICON) == ()


def test_others_inside_a_sentence_do_not_reach_back_to_the_sentence_before() -> None:
    text = ("Five civilians were killed in the shelling of the town. "
            "Apart from these five dead, 12 others were wounded in nearby villages.")
    assert last_sentence(text)[-1] == ("injured", 12, "unknown")


def test_others_opening_a_sentence_still_take_the_side_before() -> None:
    text = "Five civilians were killed in the shelling of the town. 12 others were wounded."
    assert last_sentence(text) == [("injured", 12, "civilians")]


def test_both_before_two_words_is_not_a_count() -> None:
    assert mentions("The toll reached 90 regime soldiers and militiamen of both Syrian and foreign nationalities.") == [
        ("killed", 90, "regime")]


def test_bare_militia_take_the_last_militia_fielding_group_named() -> None:
    text = ("Gunmen ambushed a vehicle of the National Defence Forces east of Homs, killing two of its members. "
            "Elsewhere, three militia were killed near Palmyra.")
    assert last_sentence(text) == [("killed", 3, "regime")]


def test_with_n_among_the_dead_links_the_part() -> None:
    work = working_copy("Some 300 people were killed in the raids, with at least 120 ISIS members among the dead.")
    got = [(m.value, m.side, m.parent) for m in find_mentions(work, 0, len(work), LEXICON)]
    assert got == [(300, "unknown", None), (120, "isis", 0)]
