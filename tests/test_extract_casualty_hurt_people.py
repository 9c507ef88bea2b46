"""Wounded figures whose side comes from the dead beside them (``casualty_hurt_people``, ``casualty_both_sides.one_camp``,
``casualty_companion_hurt``, ``casualty_bomber_hurt``, ``numbers``).

* "The toll ... has risen to nine civilians. More than 40 other people were wounded": wounded people in a sentence of
  their own after a risen all-civilian toll are civilians; in the toll's own sentence, or after a toll that also holds
  fighters, they stay of no known side.
* "a member of the Hamza Division and a member of the Sultan Murad Division were killed, while three others from both
  sides were injured": people from both sides of one camp take its side; of two camps, no known side.
* "a soldier was killed and his brother was injured": a fighter's male relative hurt in his own clause is of no known
  side; a farmer's son stays a civilian.
* "killing two fighters and injuring a third one": one more hurt, of their side.
* "Two ISIS members blew themselves up ..., killing a local fighter and wounding three others": the others are of the
  local fighter's side, not the bombers' (``casualty_bomber_hurt``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured


def test_people_wounded_after_a_risen_civilian_toll_are_civilians() -> None:
    text = ("Toll of Saraqib market strike rises\n\nThe death toll of yesterday's airstrike on the vegetable market in "
            "Saraqib has risen to nine civilians, after two of the wounded died overnight, SOHR said. More than 40 other "
            "people were wounded, some of them seriously.")
    assert injured(text) == {"civilians": 40}


def test_people_wounded_in_the_toll_sentence_stay_of_no_side() -> None:
    text = ("Toll of Saraqib market strike rises\n\nThe death toll of yesterday's airstrike on the vegetable market in "
            "Saraqib has risen to nine civilians, while more than 40 people were wounded, SOHR said.")
    assert injured(text) == {"unknown": 40}


def test_people_wounded_after_a_fresh_toll_stay_of_no_side() -> None:
    text = ("Strike on Saraqib\n\nWarplanes killed nine civilians in an airstrike on the vegetable market in Saraqib on "
            "Monday, SOHR said. More than 40 people were wounded.")
    assert injured(text) == {"unknown": 40}


def test_others_from_both_sides_of_one_camp_take_its_side() -> None:
    text = ("Infighting in al-Bab\n\nA member of the Hamza Division and a member of the Sultan Murad Division were killed "
            "on Friday, while three others from both sides were injured in clashes between the two factions in al-Bab.")
    assert injured(text) == {"turkey_factions": 3}


def test_others_from_both_sides_of_two_camps_stay_of_no_side() -> None:
    text = ("Clashes near Tadef\n\nTwo regime soldiers and two SDF fighters were killed on Friday, while three others "
            "from both sides were injured in clashes near Tadef.")
    assert injured(text) == {"unknown": 3}


def test_others_from_both_sides_of_a_fight_with_another_camp_stay_of_no_side() -> None:
    # the dead named are all of one camp, but the fight is with another: "both sides" are the two camps
    text = ("Clashes near Manbij\n\nA member of the Hamza Division and a member of the Sultan Murad Division were killed "
            "in clashes with the SDF near Manbij, while four others from both sides were injured, SOHR said.")
    assert injured(text) == {"unknown": 4}


def test_others_from_both_sides_of_a_fight_between_two_camps_or_of_a_named_attacker_stay_of_no_side() -> None:
    text = ("Clashes in Qamishli\n\nTwo SDF fighters and a member of the Asayish were killed in clashes between the SDF "
            "and regime forces in Qamishli, while five people from both sides were wounded.")
    assert injured(text) == {"unknown": 5}
    text = ("Attack near Afrin\n\nTwo members of the Hamza Division and a member of the Sultan Murad Division were killed "
            "when HTS attacked their positions near Afrin, while six others from both sides were wounded.")
    assert injured(text) == {"unknown": 6}


def test_the_brother_of_a_soldier_hurt_in_his_own_clause_is_of_no_side() -> None:
    text = ("Shooting in Tafas\n\nA regime soldier was killed and his brother was wounded when gunmen opened fire on "
            "them in Tafas on Sunday.")
    assert injured(text) == {"unknown": 1}


def test_the_son_of_a_farmer_hurt_in_his_own_clause_stays_a_civilian() -> None:
    text = ("Shooting in Tafas\n\nA farmer was killed and his son was wounded when gunmen opened fire on them in "
            "Tafas on Sunday.")
    assert injured(text) == {"civilians": 1}


def test_a_third_one_hurt_is_counted_with_the_dead() -> None:
    text = ("Attack near Hajin\n\nGunmen opened fire on a vehicle of the SDF near Hajin on Monday, killing two fighters "
            "and injuring a third one.")
    assert injured(text) == {"sdf": 1}


def test_others_hurt_by_a_bomber_are_of_the_dead_beside_them() -> None:
    text = ("Bomber in Nawa\n\nTwo ISIS members blew themselves up on Tuesday after local gunmen besieged their hideout "
            "in Nawa, killing a local fighter and wounding three others.")
    assert injured(text) == {"hts_rebels": 3}


def test_others_hurt_by_a_bomber_not_counted_keep_the_side_of_the_first_dead() -> None:
    # the bomber is no figure: the first dead are his victims, not his side, so the last dead do not lend theirs
    text = ("Bombing in Hasakah\n\nA suicide bomber blew himself up at a wedding in Hasakah, killing six civilians and an "
            "Asayish member and wounding 20 others.")
    assert injured(text) == {"civilians": 20}


def test_wounded_people_holding_fighters_after_an_all_civilian_toll_stay_of_no_side() -> None:
    # the wounded are told to include officers: the rest are not said to be civilians
    text = ("Strike on Mezzeh\n\nThe death toll of the Israeli strike on a building in Mezzeh has risen to 8 civilians. "
            "Twelve other people were wounded, including five Iranian officers.")
    assert injured(text) == {"unknown": 7, "pro_iran_foreign": 5}
