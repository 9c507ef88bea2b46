"""Victims told as civilians by who they are (sentences written for these tests): rescuers (Civil Defence volunteers,
White Helmets, rescue workers), citizens, babies and infants, and a parent killed with the children
(``casualty_rescuers``, ``casualty_kin``, the lexicon's civilians row)."""

from __future__ import annotations

from contract_rows import injured_sums, killed_sums
from mention_rows import mentions

T = "Local update\n\n"


def test_civil_defence_volunteer_killed_by_a_rocket_is_a_civilian() -> None:
    assert mentions("A regime rocket killed a Civil Defence volunteer in the town as he tried to pull people out.") == [
        ("killed", 1, "civilians")]


def test_white_helmets_members_and_rescue_workers_are_civilians() -> None:
    assert mentions("Two White Helmets volunteers were wounded when a second strike hit the same street.") == [
        ("injured", 2, "civilians")]
    assert mentions("The double-tap raid killed three rescue workers who had rushed to the site.") == [
        ("killed", 3, "civilians")]
    assert mentions("Shelling killed two volunteers of the Civil Defence in the town.") == [("killed", 2, "civilians")]


def test_a_citizen_and_an_infant_are_civilians() -> None:
    assert mentions("A Turkish drone struck a motorcycle, seriously wounding a citizen on his way to his field.") == [
        ("injured", 1, "civilians")]
    assert mentions("Shelling on the village killed an infant and wounded two others.")[0] == ("killed", 1, "civilians")


def test_rescuer_among_wounded_people_stays_in_the_whole() -> None:
    text = T + ("Gunmen opened fire on an ambulance convoy near the checkpoint in Saraqib on Friday, killing one person and "
                "wounding four, including a Civil Defence volunteer.")
    assert injured_sums(text) == {"unknown": 4}
    text = T + ("Unidentified gunmen shot at a rescue team in Maarat al-Numan on Sunday, wounding three people, among "
                "them a White Helmets volunteer.")
    assert injured_sums(text) == {"unknown": 3}


def test_mother_and_some_of_her_children_are_civilians_whoever_struck() -> None:
    text = T + ("A mother and five of her children were killed on Monday when Russian warplanes bombed a residential "
                "block in Masaken Hanano.")
    assert killed_sums(text) == {"civilians": 6}
    text = T + "Russian jets killed a mother and her three children in the town of Kafranbel on Tuesday."
    assert killed_sums(text) == {"civilians": 4}


def test_father_and_his_children_are_civilians() -> None:
    assert mentions("A father and his two daughters were killed when a shell hit their house.") == [
        ("killed", 1, "civilians"), ("killed", 2, "civilians")]
    assert mentions("An elderly father and two of his children died under the rubble.") == [
        ("killed", 1, "civilians"), ("killed", 2, "civilians")]


def test_a_mother_of_children_told_of_one_woman_is_one_victim() -> None:
    assert mentions("A displaced woman, a mother of four children, sustained stab wounds in her tent.") == [
        ("injured", 1, "civilians")]
