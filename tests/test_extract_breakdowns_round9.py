"""Casualty figures, round 9: restated tolls that name only some of the dead, claims of another toll, sides told
around a figure.

* "the dead include ..." after a toll: the parts replace what the toll said of their sides and the rest stays with the
  toll's side; a part of no side inside a toll of one side is of that side; the next item after a rank or an age;
* "N of the victims" and the others after it are of the victims' side; "one of the wounded, a man ..., died" is no
  more dead than the risen toll;
* a claimant that "put the toll at N", or names a side where the monitor gave only "several others";
* "killing N of them" after the attackers; "the same jihadist group"; "another member of the organisation" after the
  X organisation; one victim accused of serving a group in the next sentence; one accused of dealing drugs;
* "a member of the factions" where the factions were named as Turkey's;
* "two fighters and the civilian who was driving"; a civilian's kin hurt with a verb of his own;
* parts of a toll by party of a quarrel ("three from one family and one from the other"); a risen toll whose event is
  described with commas between the verb and "to N";
* parts in brackets before the role word, "They are / They include ..." after a toll, "N X were among the dead".

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed
from contract_rows import sentence_sides as _sides
from contract_rows import titled, total_pairs
from observatory.extract.casualty_referents import drug_accused
from observatory.extract.mention_sides import KILLED, Mention
from observatory.extract.numbers import Quantity
from observatory.models import Qualifier

# --- "the dead include ..." --------------------------------------------------------------------------------------------

def test_dead_include_rank_and_militia_after_risen_toll() -> None:
    # the toll's side is the title's; the ranks of no side in it are of that side, the rest of the nine too
    text = ("Death toll rises | Nine soldiers killed in ISIS ambush near Palmyra\n\nThe toll of the ISIS ambush on an army convoy "
            "near Palmyra on Sunday has risen to nine, after two of the wounded died. The dead include a colonel, a lieutenant "
            "and three members of the National Defence Forces.")
    assert killed(text) == {"regime": 9}


def test_dead_include_officer_with_rank_then_next_item() -> None:
    text = ("Blast near Kabajeb\n\nA landmine blew up a military bus near Kabajeb on Friday, killing seven soldiers. "
            "The dead include an officer with the rank of major and two members of the National Defence Forces.")
    assert _sides(text, "The dead include") == [("killed", 5, "regime"), ("killed", 2, "regime")]
    assert killed(text) == {"regime": 7}


def test_dead_include_syrians_among_foreign_militiamen() -> None:
    text = ("Strikes near Albu Kamal\n\nUnidentified warplanes struck a convoy near Albu Kamal on Thursday, killing 14 members "
            "of Iranian-backed militias. The dead include five Syrian militiamen.")
    assert killed(text) == {"regime": 5, "pro_iran_foreign": 9}


def test_dead_include_one_civilian_among_people() -> None:
    text = ("Quarrel in Manbij\n\nThree people were killed in a shootout between two families in Manbij on Monday. "
            "The dead include a bystander, a civilian man who was waiting for a bus.")
    assert killed(text) == {"unknown": 2, "civilians": 1}


def test_dead_include_same_side_part_keeps_the_whole() -> None:
    # look-alike: a part of the toll's own side is no new (lower) toll
    text = ("Car bomb in Azaz\n\nA car bomb killed eight civilians in Azaz on Tuesday. The victims included three children.")
    assert killed(text) == {"civilians": 8}


def test_dead_include_part_of_a_period_toll_adds_no_rest() -> None:
    # look-alike: a part of a toll of years leaves no figure of "the rest"
    text = ("Since March 2011, the war has killed more than 600,000 people. The dead include more than 150,000 civilians.")
    assert ("unknown", 450000) not in total_pairs(titled(text))


# --- "N of the victims", one of the wounded ----------------------------------------------------------------------------

def test_part_of_the_victims_and_others_take_their_side() -> None:
    text = ("Shelling in Idlib\n\nRegime shelling killed ten civilians in the countryside of Idlib on Sunday. SOHR said six of "
            "the victims died in Kafr Nouran, while four others were killed in Atarib.")
    assert _sides(text, "SOHR said six") == [("killed", 6, "civilians"), ("killed", 4, "civilians")]


def test_part_of_the_victims_without_a_sided_toll_stays_open() -> None:
    # look-alike: victims told before as plain people give their parts no side
    text = ("Blast in Jarablus\n\nA blast killed nine people in Jarablus on Sunday. Five of the victims died at the scene.")
    assert _sides(text, "Five of the victims") == [("killed", 5, None)]


def test_wounded_who_died_named_in_apposition_is_no_more_dead() -> None:
    text = ("Shelling on Kansafra\n\nRegime forces shelled Kansafra on Monday, killing two civilians and wounding five others. "
            "One of the wounded, an elderly man, died in hospital on Tuesday, raising the death toll of the shelling to three civilians.")
    assert killed(text) == {"civilians": 3}


# --- claims ------------------------------------------------------------------------------------------------------------

def test_civil_defence_putting_the_toll_higher_is_a_claim() -> None:
    text = ("Rockets on Ariha\n\nRegime rockets killed six civilians in Ariha on Monday, SOHR said. "
            "The civil defence put the death toll at eight.")
    assert killed(text) == {"civilians": 6}


def test_state_media_soldiers_hurt_after_monitor_several_others() -> None:
    text = ("Strikes south of Damascus\n\nAccording to SOHR sources, six people were killed in the missile strikes on Al-Kiswah: "
            "four soldiers and two members of Hezbollah. Several others were injured. The state news agency quoted a military "
            "source as saying that three soldiers were wounded.")
    assert "regime" not in injured(text)


def test_claimant_figure_of_a_side_not_told_stays() -> None:
    # look-alike: the claim gives the only figure of its side
    text = ("Attack near Dhiban\n\nISIS cells attacked an SDF post near Dhiban on Saturday, killing two fighters, SOHR said. "
            "The SDF said its forces repelled the attackers, killing three of them.")
    assert killed(text) == {"sdf": 2, "isis": 3}


# --- sides told around the figure -------------------------------------------------------------------------------------

def test_of_them_after_assailants_are_the_attackers() -> None:
    text = ("Attack in the desert\n\nISIS militants stormed a regime post near Al-Sukhnah at dawn on Friday, killing three soldiers. "
            "Reinforcements drove back the assailants, killing two of them.")
    assert killed(text) == {"regime": 3, "isis": 2}


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


def test_victim_accused_in_the_next_sentence() -> None:
    text = ("Killing in Quneitra\n\nUnknown gunmen shot dead a man near Khan Arnabah on Sunday night. "
            "Residents accused the man of working for Hezbollah.")
    assert killed(text) == {"pro_iran_foreign": 1}


def test_victim_described_otherwise_in_the_next_sentence() -> None:
    # look-alike: the next sentence tells no charge
    text = ("Killing in Quneitra\n\nUnknown gunmen shot dead a man near Khan Arnabah on Sunday night. "
            "Residents said the man was a teacher.")
    assert killed(text) == {"unknown": 1}


def test_victim_accused_of_drug_dealing_is_of_no_side() -> None:
    # whatever side the context lent him (here given by hand), one accused of the drug trade is of none
    text = "Gunmen shot dead a young man accused of trafficking drugs near Dael on Saturday."
    lent = Mention(KILLED, Quantity(1, Qualifier.EXACT, 17, 18, "a"), "hts_rebels", 18, 28)
    assert drug_accused(lent, text).side == "unknown"


def test_victim_accused_of_other_charges_keeps_the_side() -> None:
    # look-alike: a charge of serving a group is no drug charge
    text = "Gunmen shot dead a young man accused of working with the factions near Dael on Saturday."
    lent = Mention(KILLED, Quantity(1, Qualifier.EXACT, 17, 18, "a"), "hts_rebels", 18, 28)
    assert drug_accused(lent, text).side == "hts_rebels"


def test_drug_accused_in_a_report_of_two_killings() -> None:
    # look-alike: the rebel told before keeps his side
    text = ("Former rebel shot dead in Daraa\n\nGunmen shot dead a former rebel in Tafas on Sunday. "
            "On Saturday, unknown gunmen shot dead a man accused of trafficking drugs near Dael.")
    assert killed(text) == {"hts_rebels": 1, "unknown": 1}


def test_factions_named_as_turkeys_before() -> None:
    text = ("Blast in Azaz\n\nA motorcycle bomb went off in Azaz, which is held by the factions of Euphrates Shield, on Sunday, "
            "killing three civilians and a member of the factions.")
    assert killed(text) == {"civilians": 3, "turkey_factions": 1}


def test_factions_after_turkish_army_stay_rebels() -> None:
    # look-alike: the Turkish army named before says nothing of "the factions" in Idlib
    text = ("Shelling in Idlib\n\nTurkish forces shelled regime positions near Saraqib on Sunday, while regime shelling on "
            "Al-Bara killed a member of the factions.")
    assert killed(text) == {"hts_rebels": 1}


def test_and_the_civilian_who_drove() -> None:
    text = ("Drone strike near Amuda\n\nA drone hit a car near Amuda on Monday, killing three SDF fighters and the civilian "
            "who was driving it.")
    assert killed(text) == {"sdf": 3, "civilians": 1}


def test_kin_of_a_child_hurt_with_own_verb() -> None:
    text = ("Explosion in Busra al-Harir\n\nA boy was killed and his elder brother was wounded when an old shell went off "
            "in Busra al-Harir on Friday.")
    assert injured(text) == {"civilians": 1}


def test_kin_inside_a_breakdown_is_not_counted_again() -> None:
    # look-alike: "including X and her driver" names some of the nine, no more
    text = ("Executions on the M4\n\nGunmen executed at least nine civilians, including a local official and her driver, at a "
            "checkpoint near Ain Issa on Sunday.")
    assert killed(text) == {"civilians": 9}


def test_others_of_the_victims_told_in_their_own_clause() -> None:
    text = ("Raids on Idlib\n\nAt least ten civilians were killed on Sunday in raids on Idlib, a war monitor said. SOHR said six of "
            "the victims died in strikes by Russian warplanes on Ariha, while four others were killed when regime helicopters "
            "dropped barrel bombs on Kafr Nabl.")
    assert "unknown" not in killed(text)


# --- parts by party, risen tolls ---------------------------------------------------------------------------------------

def test_parts_by_party_of_a_quarrel_keep_the_whole_side() -> None:
    text = ("Clan fighting near Al-Shaddadi\n\nA quarrel over land turned into a gunfight near Al-Shaddadi on Monday. SOHR "
            "sources said that four people were killed in the gunfight, three from one family and one from the other.")
    assert killed(text) == {"unknown": 4}


def test_one_family_is_no_count_among_the_parts() -> None:
    text = ("Clan fighting near Al-Shaddadi\n\nA quarrel over land turned into a gunfight near Al-Shaddadi on Monday. SOHR "
            "sources said that six people were killed in the gunfight, four from one family and two from the other.")
    assert _sides(text, "SOHR sources") == [("killed", 6, "unknown"), ("killed", 4, "unknown"), ("killed", 2, "unknown")]


def test_parts_by_kind_still_break_down() -> None:
    # look-alike: parts that say who the people were still give their sides
    text = ("Shelling near Al-Bab\n\nFive people were killed on Monday in shelling near Al-Bab, three civilians and two members "
            "of the factions.")
    assert killed(text)["civilians"] == 3


def test_risen_toll_with_commas_in_the_event() -> None:
    text = ("Blast in Jasim\n\nAn IED killed two people in Jasim on Sunday. Two more people died of their wounds today, raising "
            "the death toll of the blast in Jasim city, in the northern countryside of Daraa, to four.")
    assert killed(text) == {"unknown": 4}


# --- breakdowns in brackets, after "They are", before "were among the dead" -------------------------------------------

def test_parts_in_brackets_before_the_role_word() -> None:
    text = ("Strike near Qusayr\n\nWarplanes struck a depot near Qusayr on Monday. Six people (four soldiers and two members "
            "of Hezbollah) were killed in the strike.")
    assert killed(text) == {"regime": 4, "pro_iran_foreign": 2}


def test_bracketed_words_without_figures_are_no_parts() -> None:
    # look-alike: a bracket that names the group, with no figure, keeps the figure whole
    text = ("Strike near Qusayr\n\nWarplanes struck a depot near Qusayr on Monday, killing six members of the National "
            "Defence Forces (NDF).")
    assert killed(text) == {"regime": 6}


def test_they_include_after_a_toll_of_people() -> None:
    text = ("Strike near Qusayr\n\nWarplanes struck a depot near Qusayr on Monday, killing six people. They include four "
            "soldiers.")
    assert killed(text) == {"regime": 4, "unknown": 2}


def test_they_are_after_a_toll_of_people() -> None:
    text = ("Strike near Qusayr\n\nWarplanes struck a depot near Qusayr on Monday, killing six people. They are four soldiers "
            "and two members of Hezbollah.")
    assert killed(text) == {"regime": 4, "pro_iran_foreign": 2}


def test_they_include_after_the_wounded_is_no_toll() -> None:
    # look-alike: after a figure of the hurt, "They include" names no dead
    text = ("Shelling on Qusayr\n\nShells hit a market in Qusayr on Monday, wounding six people. They include four children.")
    assert killed(text) == {}


def test_soldiers_among_the_dead_of_a_toll_of_people() -> None:
    text = ("Strike near Qusayr\n\nWarplanes struck a depot near Qusayr on Monday, killing six people. Four soldiers were among "
            "the dead.")
    assert killed(text) == {"regime": 4, "unknown": 2}


def test_officers_among_the_dead_soldiers_add_nothing() -> None:
    # look-alike: a part of the toll's own side
    text = ("Ambush near Palmyra\n\nISIS cells ambushed a convoy near Palmyra on Monday, killing nine soldiers. Two officers "
            "were among the dead.")
    assert killed(text) == {"regime": 9}


# --- a murder in the family ---------------------------------------------------------------------------------------------

def test_a_man_killing_his_kin_is_a_murder_of_no_side() -> None:
    text = ("Murder in Qamishli\n\nIn Qamishli, a man killed his wife during a quarrel at their home on Monday.")
    assert killed(text) == {"unknown": 1}


def test_kin_hurt_in_an_attack_stay_civilians() -> None:
    # look-alike: the kin of the one attacked, hurt by the attackers
    text = ("Shooting near Kafr Nabl\n\nGunmen opened fire on a farmer near Kafr Nabl on Monday, wounding him and injuring his "
            "daughter.")
    assert injured(text).get("civilians", 0) >= 1
