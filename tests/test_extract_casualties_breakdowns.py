"""Casualty figures per side: breakdowns, side attribution, killed/injured splits (sentences written for these tests)."""

from __future__ import annotations

from observatory.extract import extract_report, to_contract
from observatory.extract.actors import ActorLexicon
from observatory.extract.casualties import KILLED, find_mentions, title_figures
from observatory.models import Report

LEXICON = ActorLexicon.default()


def sums(text: str, field: str = "killed") -> dict[str, int]:
    row = to_contract("t", extract_report(Report(text=text)))
    out: dict[str, int] = {}
    for incident in row["incidents"]:
        for side, n in incident[field].items():
            out[side] = out.get(side, 0) + n
    return out


def mentions(text: str) -> list[tuple[str, int, str | None, int | None]]:
    return [(m.role, m.value, m.side, m.parent) for m in find_mentions(text, 0, len(text), LEXICON)]


# --- breakdowns: the parent side less the sub-group, no double count -------------------------------------------

def test_of_them_among_them_non_syrians_splits_the_parent_side() -> None:
    text = "ISIS cells attacked a regime checkpoint near Kabajeb on Friday, killing 9 of them, among them 3 non-Syrian militiamen."
    assert sums(text) == {"regime": 6, "pro_iran_foreign": 3}


def test_members_including_russians_splits_into_regime_and_russia() -> None:
    text = "A landmine blast near Ithriyah on Tuesday killed 11 members of the regime forces, including 3 Russians."
    assert sums(text) == {"regime": 8, "russia": 3}


def test_women_and_children_inside_a_civilian_toll_are_not_counted_again() -> None:
    text = "Warplanes struck the village of Kafr Nabl on Sunday, killing 8 civilians, including 3 children and a woman."
    assert sums(text) == {"civilians": 8}


def test_labelled_breakdown_ends_at_a_group_of_fighters() -> None:
    text = "The strikes left 30 fatalities: 11 civilians, including a child and two women, 16 SDF fighters and three regime soldiers."
    found = mentions(text)
    assert (KILLED, 16, "sdf", None) in found
    assert (KILLED, 3, "regime", None) in found
    assert (KILLED, 2, "civilians", 1) in found  # the women stay a part of the civilians


def test_a_part_of_an_uncounted_group_is_not_a_count() -> None:
    text = "When the checkpoint was stormed, soldiers of the regime army, including an officer, lost their lives."
    assert mentions(text) == []


# --- side attribution -------------------------------------------------------------------------------------------

def test_side_named_after_the_role_word() -> None:
    text = "Clashes erupted in the village of Abu Hamam on Friday, and 6 were killed from the regime forces."
    assert sums(text) == {"regime": 6}


def test_apposition_names_the_nationality() -> None:
    text = "A missile hit a farm near Albu Kamal on Saturday, and four foreign nationals, believed to be Afghans, were killed."
    assert sums(text) == {"pro_iran_foreign": 4}


def test_collaborator_with_a_militia_takes_the_militia_side() -> None:
    text = "Gunmen shot dead a collaborator with Hezbollah in the town of Sanamayn on Monday."
    assert sums(text) == {"pro_iran_foreign": 1}


def test_bare_singular_victim_without_article() -> None:
    text = "Russian jets bombed the outskirts of Maarat al-Numan on Tuesday, killing HTS member and injuring three others."
    assert sums(text) == {"hts_rebels": 1}
    assert sums(text, "injured") == {"hts_rebels": 3}


def test_the_title_names_who_the_people_were() -> None:
    text = ("Gunmen kill two civilians in Quneitra countryside\n"
            "Unknown gunmen shot dead two young men on Saturday close to the town of Jubata al-Khashab.")
    assert sums(text) == {"civilians": 2}


def test_title_figures_ignore_a_first_line_that_is_a_sentence() -> None:
    text = "Two soldiers were killed. Then three more died.\nBody text here."
    assert title_figures(text, LEXICON) == ()


def test_the_speaker_is_not_the_side_of_the_dead() -> None:
    text = "The coalition said it arrested 40 suspects and killed two operatives during raids in Deir Ezzor in May."
    assert not any(side == "coalition" for _, _, side, _ in mentions(text))


# --- roles: killed, injured, both, neither ----------------------------------------------------------------------

def test_killing_and_injuring_is_not_a_killed_figure() -> None:
    text = "A motorcycle bomb exploded in the market of Jarablus on Thursday, killing and injuring 15 people."
    assert sums(text) == {}
    assert sums(text, "injured") == {}


def test_people_arrested_are_not_killed() -> None:
    text = "The SDF arrested 25 people and killed three ISIS members in a raid on the town of Diban on Friday."
    assert sums(text) == {"isis": 3}


def test_a_rate_is_not_a_count() -> None:
    text = "Aid groups say that nine children a day die of hunger in the camp."
    assert mentions(text) == []


def test_left_list_takes_the_role_word_at_its_end() -> None:
    text = "The attacks left seven civilians, including two women, and 12 military personnel dead."
    found = mentions(text)
    assert (KILLED, 7, "civilians", None) in found
    assert found[-1][:2] == (KILLED, 12)


def test_a_rise_explained_by_one_more_death_is_not_added() -> None:
    text = ("A landmine exploded near Tabni on Monday, killing two members of the National Defence. "
            "The death toll rose to three after the death of a member of his wounds.")
    assert sums(text) == {"regime": 3}


def test_a_weekday_between_the_verb_and_the_victim() -> None:
    text = "Unidentified gunmen shot and killed on Tuesday a civilian in the town of Dael."
    assert sums(text) == {"civilians": 1}


def test_two_sides_in_one_sentence() -> None:
    text = "Clashes near the town of Tadef on Thursday left 5 regime soldiers and 8 ISIS members dead."
    assert sums(text) == {"regime": 5, "isis": 8}


def test_vague_numbers_are_not_exact_figures() -> None:
    text = "Turkish drones struck the village of Tal Tamr on Wednesday, killing dozens of SDF fighters."
    assert sums(text) == {}


# --- lexicon facts ----------------------------------------------------------------------------------------------

def test_lexicon_sides_of_militias_and_nationalities() -> None:
    cases = {
        "17 ex-fighters who had not joined any formation": "hts_rebels",
        "four ex-ISIS members": "isis",
        "militiamen of the Russian-backed 5th Corps": "regime",
        "three Pakistani fighters": "pro_iran_foreign",
        "two Lebanese fighters": "pro_iran_foreign",
        "Iraqi militiamen": "pro_iran_foreign",
        "Shiite militias": "pro_iran_foreign",
        "Liwa Fatemiyoun": "pro_iran_foreign",
        "loyal gunmen": "regime",
        "Damascus government forces": "regime",
        "Local Defence Forces": "regime",
        "Badr Organization": "pro_iran_foreign",
        "the Islamic State group": "isis",
        "Syriac Military Council": "sdf",
        "the Turkish-backed National Army": "turkey_factions",
        "Nour al-Din al-Zenki": "hts_rebels",
        "US-led international coalition": "coalition",
        "oil workers": "civilians",
    }
    for phrase, side in cases.items():
        found = LEXICON.find(phrase)
        assert found and found[0].side == side, phrase


# --- more constructions: "another", kin, wounded who died, what the text says of the victims --------------------

def test_another_was_injured_is_one_more_of_the_same_side() -> None:
    text = "A soldier was killed and another was injured when ISIS cells attacked a checkpoint near Arak on Monday."
    assert sums(text) == {"regime": 1}
    assert sums(text, "injured") == {"regime": 1}


def test_a_relative_after_a_possessive_is_one_person() -> None:
    text = "A shell fell on a house in the town of Atarib on Monday, killing a boy and injuring his sister."
    assert sums(text) == {"civilians": 1}
    assert sums(text, "injured") == {"civilians": 1}


def test_a_wounded_soldier_who_died_is_killed() -> None:
    text = "A wounded soldier died on Monday, bringing the death toll of the ambush near Arak to three."
    assert sums(text) == {"regime": 3}
    assert sums(text, "injured") == {}


def test_the_text_saying_the_victims_were_civilians() -> None:
    text = ("Two men were killed on Monday by unknown gunmen near the town of Busra al-Harir. "
            "Sources said that the two victims did not belong to any military formation.")
    assert sums(text) == {"civilians": 2}


def test_people_stay_unknown_when_the_text_says_nothing_of_them() -> None:
    text = "Two men were killed on Monday by unknown gunmen near the town of Busra al-Harir."
    assert sums(text) == {"unknown": 2}


def test_a_group_of_fighters_is_not_one_person() -> None:
    text = "On Monday near Uqayribat, a group of ISIS gunmen killed a shepherd and wounded three others."
    assert sums(text) == {"civilians": 1}
    assert sums(text, "injured") == {"civilians": 3}


def test_a_day_earlier_is_not_a_rate() -> None:
    text = "ISIS militants also killed three shepherds near Uqayribat a day earlier."
    assert sums(text) == {"civilians": 3}


def test_lost_members_are_killed() -> None:
    found = mentions("In the fighting near the town of Tadef, ISIS lost 14 members.")
    assert found == [(KILLED, 14, "isis", None)]


def test_in_addition_to_after_a_breakdown_is_another_figure() -> None:
    text = "the attack killed 20 regime soldiers, including two Russians, in addition to 6 Iranian-backed militiamen"
    found = mentions(text)
    assert (KILLED, 6, "pro_iran_foreign", None) in found
    assert (KILLED, 2, "russia", 0) in found


def test_a_woman_and_her_child_are_two() -> None:
    text = "Regime shelling on the town of Sarmin on Monday injured a woman and her child."
    assert sums(text, "injured") == {"civilians": 2}


def test_the_driver_and_two_passengers() -> None:
    text = "A drone struck a car near Amuda on Monday, killing the driver and injuring two passengers."
    assert sum(sums(text).values()) == 1
    assert sum(sums(text, "injured").values()) == 2


def test_injuring_him_is_one_injured() -> None:
    text = "Unknown gunmen shot a man in the town of Jasim on Monday, seriously injuring him."
    assert sum(sums(text, "injured").values()) == 1
    assert sums(text) == {}


def test_others_opening_a_sentence_take_the_side_of_the_figure_before() -> None:
    text = ("Turkish drones struck a position near Tal Tamr on Monday, killing 4 members of the SDF. "
            "The source said that 9 others were wounded, two of them seriously.")
    assert sums(text, "injured") == {"sdf": 9}


def test_an_iran_backed_militia_is_a_group_not_a_person() -> None:
    text = "An attack near Sukhnah on Monday left five members of an Iran-backed militia dead."
    assert sums(text) == {"pro_iran_foreign": 5}


def test_five_militia_killed_counts_people() -> None:
    assert (KILLED, 5, None, None) in mentions("Attacks went on near Palmyra, and five militia were killed.")


def test_blew_themselves_up_is_killed() -> None:
    found = mentions("During the raid, two ISIS members blew themselves up with explosive belts.")
    assert found == [(KILLED, 2, "isis", None)]


def test_the_body_of_a_member_is_one_dead() -> None:
    found = mentions("Near the town of Shuhayl, shepherds came across the body of a member of the SDF.")
    assert found == [(KILLED, 1, "sdf", None)]


def test_fighters_aligned_with_a_side() -> None:
    text = "ISIS attacked checkpoints near Maadan on Monday; at least six fighters aligned with the Syrian authorities were wounded."
    assert sums(text, "injured") == {"regime": 6}


def test_an_escort_is_of_the_side_of_the_man_he_guards() -> None:
    text = "In a drone strike near Amuda on Thursday, an SDF commander was killed and his escort was wounded."
    assert sums(text) == {"sdf": 1}
    assert sums(text, "injured") == {"sdf": 1}


def test_the_death_of_all_of_them_counts_those_carried() -> None:
    text = "Gunmen ambushed a bus carrying 6 members of the regime forces near Sukhnah, which resulted in the death of all of them."
    assert mentions(text) == [(KILLED, 6, "regime", None)]


def test_n_from_each_side_counts_for_both_named_sides() -> None:
    text = "Clashes between the SDF and ISIS near the village of Hajin on Monday killed 3 fighters from each side."
    assert sums(text) == {"sdf": 3, "isis": 3}


def test_n_on_both_sides_has_no_single_side() -> None:
    text = "Clashes between regime forces and HTS near Kabani on Monday left 9 dead on both sides."
    assert sums(text) == {"unknown": 9}


def test_with_injuries_marks_the_injured() -> None:
    text = "A bomb went off in the market of Afrin on Monday, leaving two dead and five with injuries."
    assert sum(sums(text, "injured").values()) == 5
    assert sum(sums(text).values()) == 2


def test_an_incident_toll_opening_a_colon_list_is_split_by_side() -> None:
    text = "The ISIS attack on a checkpoint near Maadan on Monday left 6 dead: 4 soldiers and 2 civilians."
    assert sums(text) == {"regime": 4, "civilians": 2}


def test_the_attackers_are_of_the_side_that_attacked() -> None:
    text = "Regime forces repelled an HTS attack near the village of Kabani on Monday, killing 6 of the attackers."
    assert sums(text) == {"hts_rebels": 6}


def test_the_side_that_lost_fighters() -> None:
    text = "HTS attacked regime positions near the village of Kabani on Monday; the attackers lost 4 fighters."
    assert sums(text) == {"hts_rebels": 4}


def test_of_them_refers_to_the_group_attacked() -> None:
    text = "ISIS cells ambushed a patrol of the regime forces near Sukhnah on Monday, and 5 of them were killed."
    assert sums(text) == {"regime": 5}


def test_of_its_after_a_speaker_is_the_speakers_side() -> None:
    text = "The SDF said that two of its fighters were killed in a Turkish drone strike near Kobani on Monday."
    assert sums(text) == {"sdf": 2}
    text = "Russia says one of its soldiers was killed on Monday in an ambush near Palmyra."
    assert sums(text) == {"russia": 1}
