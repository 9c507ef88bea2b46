"""Casualty figures, round 8: nationalities inside a figure, dead and hurt told together, doers of a campaign.

* a list of nationalities right after a figure, adding up to it, breaks it down (Syrians among Iranian-backed
  militiamen are the regime's);
* foreigners inside a jihadist group's figure keep the group's side;
* "N X killed and wounded" is neither figure; "two of them were killed" after it is of X's side;
* a nation's border names a place, not the victims' group;
* "the toll of the Turkish escalation/campaign/incursion" names the doer, not the dead.

Every sentence here was written for these tests; the places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed

# --- nationalities listed after a figure ---------------------------------------------------------------------------

def test_nationalities_after_militiamen_break_them_down() -> None:
    text = ("Strike near Mayadin\n\nUnidentified warplanes bombed a convoy of Iranian-backed militias near Mayadin on Monday, "
            "killing nine militiamen, six Afghans and three Syrians, and wounding others.")
    assert killed(text) == {"pro_iran_foreign": 6, "regime": 3}


def test_nationality_list_with_of_nationality_items() -> None:
    text = ("Drone strike near Albu Kamal\n\nA drone hit a vehicle of the Iranian-backed militias near Albu Kamal on Sunday, "
            "killing five fighters, four Iraqis and one of Syrian nationality.")
    assert killed(text) == {"pro_iran_foreign": 4, "regime": 1}


def test_nationalities_that_do_not_add_up_are_not_parts() -> None:
    # look-alike: the list after the comma does not add up to the figure, so it is no breakdown of it
    text = ("Strike near Mayadin\n\nUnidentified warplanes bombed a convoy of Iranian-backed militias near Mayadin on Monday, "
            "killing nine militiamen, and wounding three Iraqis.")
    assert killed(text) == {"pro_iran_foreign": 9}


# --- foreigners of a jihadist group ----------------------------------------------------------------------------------

def test_foreign_part_of_jihadist_toll_stays_jihadist() -> None:
    text = ("Coalition raid in Idlib\n\nCoalition helicopters struck a gathering of Hurras al-Din commanders near Sarmada on "
            "Thursday, killing seven of them, including five commanders of non-Syrian nationalities.")
    assert killed(text) == {"hts_rebels": 7}


def test_non_syrian_isis_members_are_isis() -> None:
    text = ("Raid in the desert\n\nRegime forces killed 12 non-Syrian ISIS members in an ambush near Al-Sukhnah on Friday.")
    assert killed(text) == {"isis": 12}


def test_russians_among_regime_soldiers_still_split() -> None:
    # look-alike: a regime toll's foreign part keeps being split off (only jihadist groups keep their foreigners)
    text = ("Attack near Palmyra\n\nISIS cells attacked a military post near Palmyra on Tuesday, killing ten soldiers, "
            "including two Russians.")
    assert killed(text) == {"regime": 8, "russia": 2}


# --- dead and hurt told together ---------------------------------------------------------------------------------------

def test_killed_and_wounded_together_is_no_death_toll() -> None:
    text = ("Mine blast near Tafas\n\nA landmine went off under a patrol of regime forces near Tafas on Wednesday, leaving "
            "four soldiers killed and wounded. Local sources said one soldier died and three others were injured.")
    assert killed(text) == {"regime": 1}
    assert injured(text) == {"regime": 3}


def test_part_killed_of_a_mixed_figure_takes_its_side() -> None:
    text = ("Infiltration attempt near Manbij\n\nFighters of the Manbij Military Council repelled an attack by Turkish-backed "
            "factions near Arima on Friday, and the fighting left eight members of the factions killed and wounded, "
            "three of them were killed.")
    assert killed(text) == {"turkey_factions": 3}


# --- a nation's border ---------------------------------------------------------------------------------------------------

def test_turkish_border_is_no_group_of_the_dead() -> None:
    text = ("Drone strike near Harem\n\nA drone struck a car carrying two commanders of Hurras al-Din near Harem close to "
            "the Turkish border on Saturday, killing both of them.")
    assert killed(text) == {"hts_rebels": 2}


# --- doers of a campaign -----------------------------------------------------------------------------------------------

def test_toll_of_the_turkish_escalation_is_of_its_victims() -> None:
    text = ("Shelling on Tal Rifaat\n\nThe toll of the Turkish escalation on Tal Rifaat and its countryside has risen to 19, "
            "among them 11 civilians.")
    assert "turkey_factions" not in killed(text)


def test_toll_of_a_campaign_names_no_side_of_the_dead() -> None:
    text = ("Bombing of Ariha\n\nThe toll of the Russian campaign on Ariha and its countryside has risen to 14, among them "
            "five children.")
    assert "russia" not in killed(text)


# --- the victim's group told after "sources said that" -------------------------------------------------------------------

def test_joined_group_after_reporting_verb() -> None:
    text = ("Ex-rebel shot dead in Daraa\n\nGunmen shot dead a former fighter of an opposition faction in Nawa town on Monday. "
            "Local sources said that the man, who had joined the regime's Air Force Intelligence after the settlement, died "
            "instantly.")
    assert killed(text) == {"regime": 1}


def test_reporting_verb_without_joining_keeps_rebel() -> None:
    # look-alike: the next sentence says nothing of a group joined
    text = ("Ex-rebel shot dead in Daraa\n\nGunmen shot dead a former fighter of an opposition faction in Nawa town on Monday. "
            "Local sources said that the man, who had refused to settle his status, died instantly.")
    assert killed(text) == {"hts_rebels": 1}


# --- the title's figure told as a part of the body's toll ------------------------------------------------------------

def test_title_figure_told_as_part_is_not_lent_to_later_victims() -> None:
    text = ("Israeli strike kills two Hezbollah members near Qusayr\n\nAn Israeli strike on a farm near Qusayr on Monday killed "
            "five people, including two members of Lebanese Hezbollah, SOHR said.\nOn Tuesday, an explosion of unknown origin hit "
            "a car near Talkalakh, killing two people whose identities are unknown.")
    assert killed(text) == {"pro_iran_foreign": 2, "unknown": 5}


# --- "the factions" named in full in an earlier paragraph ------------------------------------------------------------

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


# --- a local authority's higher toll ---------------------------------------------------------------------------------

def test_health_directorate_higher_toll_yields_to_monitor() -> None:
    text = ("Shelling kills five civilians in Ariha\n\nRegime artillery shelled Ariha city on Tuesday, killing five civilians, "
            "including two women, SOHR reported.\nThe local health directorate put a higher toll on the shelling, saying that "
            "eight civilians had been killed.")
    assert killed(text) == {"civilians": 5}


def test_civil_defence_wounded_kept_when_monitor_gave_none() -> None:
    # look-alike: the authority only adds the wounded, which the monitor did not count
    text = ("Shelling kills five civilians in Ariha\n\nRegime artillery shelled Ariha city on Tuesday, killing five civilians, "
            "SOHR reported.\nThe civil defence said its teams pulled two more civilians from the rubble alive, while four other "
            "civilians were injured.")
    assert injured(text) == {"civilians": 4}


# --- Kurdish-led security forces -------------------------------------------------------------------------------------

def test_kurdish_led_security_forces_are_sdf() -> None:
    text = ("Drone strikes in Hasakeh\n\nTurkish drone strikes on a checkpoint near Qamishli on Sunday killed six members of "
            "the Kurdish-led security forces.")
    assert killed(text) == {"sdf": 6}


# --- the rest of a broken-down toll told in the next sentence ----------------------------------------------------------

def test_rest_of_toll_called_civilian_in_next_sentence() -> None:
    text = ("Strike near Aqraba\n\nA strike on a house near Aqraba on Thursday killed five people, including three members of "
            "Lebanese Hezbollah, SOHR said. The other two victims were Syrian civilians who lived in the house.")
    assert killed(text) == {"pro_iran_foreign": 3, "civilians": 2}


def test_rest_of_toll_not_described_stays_unknown() -> None:
    # look-alike: the next sentence does not say who the rest were
    text = ("Strike near Aqraba\n\nA strike on a house near Aqraba on Thursday killed five people, including three members of "
            "Lebanese Hezbollah, SOHR said. The other two victims have not been identified yet.")
    assert killed(text) == {"pro_iran_foreign": 3, "unknown": 2}


# --- defected soldiers; feuding families -------------------------------------------------------------------------------

def test_defected_soldiers_are_rebels() -> None:
    text = ("Clashes near Maarat al-Numan\n\nThree defected soldiers were killed on Monday in clashes with regime forces near "
            "Maarat al-Numan.")
    assert killed(text) == {"hts_rebels": 3}


def test_men_of_two_feuding_families_are_no_civilians() -> None:
    text = ("Family feud in Hajin\n\nFour men from two families were killed on Friday in an armed quarrel over land in Hajin "
            "town.")
    assert killed(text) == {"unknown": 4}


def test_a_family_killed_by_shelling_stays_civilian() -> None:
    # look-alike: a family hit by shelling is described as civilians (SCHEMA)
    text = ("Shelling on Kansafra\n\nRegime shelling on Kansafra on Friday killed four members of one family.")
    assert killed(text) == {"civilians": 4}


# --- a toll told before, broken down by kind in the next sentence --------------------------------------------------------

def test_dead_militiamen_split_by_nationality_in_next_sentence() -> None:
    text = ("Attack near Al-Sukhnah\n\nISIS cells attacked positions of Iranian-backed militias near Al-Sukhnah on Monday, leaving "
            "seven militiamen dead. Five of the dead militiamen were Syrians from the National Defence Forces, while the other "
            "two were of Iraqi nationality.")
    assert killed(text) == {"regime": 5, "pro_iran_foreign": 2}


def test_part_of_the_slain_of_the_same_side_keeps_the_toll() -> None:
    text = ("Ambush near Mayadin\n\nISIS cells ambushed Iranian-backed militiamen near Mayadin on Friday, killing eight of them. "
            "Three of the slain fighters were Iraqis.")
    assert killed(text) == {"pro_iran_foreign": 8}


def test_officers_among_the_dead_soldiers_are_no_new_toll() -> None:
    # look-alike: a rank among the dead is a subset, not a side
    text = ("Ambush near Mayadin\n\nISIS cells ambushed a patrol of regime forces near Mayadin on Monday, killing seven "
            "soldiers. Two of the dead soldiers were officers.")
    assert killed(text) == {"regime": 7}


# --- lives claimed ---------------------------------------------------------------------------------------------------------

def test_lives_claimed_are_the_dead() -> None:
    text = ("Car bomb in Azaz\n\nA car bomb that went off near a checkpoint of the Turkish-backed factions in Azaz on Monday "
            "claimed seven lives among the factions' fighters.")
    assert sum(killed(text).values()) == 7


def test_lives_saved_are_no_dead() -> None:
    # look-alike: lives saved are not taken
    text = ("Car bomb in Azaz\n\nA car bomb went off in Azaz on Monday, killing two civilians. Paramedics saved 15 lives.")
    assert killed(text) == {"civilians": 2}


# --- "of the same group" ---------------------------------------------------------------------------------------------------

def test_member_of_the_same_group_as_told_before() -> None:
    text = ("Drone strikes in Idlib\n\nA drone struck a car near Salqin on Monday, killing a commander of the Ansar al-Tawhid "
            "group.\nOn 12 May, a drone hit a house near Harem, killing two members of the same organization.")
    assert killed(text) == {"hts_rebels": 3}


def test_same_group_with_no_group_named_stays_unknown() -> None:
    # look-alike: no group was named for the victims before
    text = ("Drone strikes in Idlib\n\nA drone struck a car near Salqin on Monday, killing two men.\nOn 12 May, a drone hit a "
            "house near Harem, killing two members of the same family.")
    assert "hts_rebels" not in killed(text)


# --- some of the injured named by kind -------------------------------------------------------------------------------------

def test_child_among_the_injured_of_no_side() -> None:
    text = ("Quarrel in Hajin\n\nTwo people were killed and seven others were injured in a shootout between relatives in Hajin on "
            "Friday. The wounded included a girl who was hit by a stray bullet.")
    assert injured(text) == {"unknown": 6, "civilians": 1}


def test_children_among_injured_civilians_stay_in_their_toll() -> None:
    # look-alike: children among injured civilians are a subset, not another side
    text = ("Shelling on Ariha\n\nRegime shelling on Ariha killed two civilians and injured six others on Monday. The injured "
            "include two children.")
    assert injured(text) == {"civilians": 6}
