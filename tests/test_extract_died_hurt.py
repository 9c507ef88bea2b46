"""The wounded who died, told as the reason a toll rose, leave the injured figure (``casualty_died_hurt``).

Every sentence here was written for these tests; places are real Syrian names, the events invented.
"""

from __future__ import annotations

from contract_rows import injured_sums as injured
from contract_rows import killed_sums as killed


def test_one_injured_succumbed_raising_the_toll() -> None:
    text = ("Gunmen hit a post near Hajin\n\nGunmen fired on an SDF post near Hajin on Tuesday night, killing four SDF "
            "fighters and wounding three more. One of the injured fighters has succumbed to his wounds on Wednesday, "
            "raising the Hajin toll to five.")
    assert killed(text) == {"sdf": 5}
    assert injured(text) == {"sdf": 2}


def test_after_a_time_two_of_the_wounded_died_bringing_the_toll() -> None:
    text = ("Blast on the Mayadin road\n\nAn explosive device went off under a bus of regime soldiers on the Mayadin road "
            "on Monday, killing six soldiers and wounding nine others. By the evening, two of the wounded soldiers had "
            "died from their injuries, bringing the bus toll to eight.")
    assert killed(text) == {"regime": 8}
    assert injured(text) == {"regime": 7}


def test_look_alike_toll_first_then_death() -> None:
    # look-alike: the toll rose "after" one died, told as the toll's cause, not as the sentence's news: kept as before
    text = ("Shelling on Ariha\n\nRegime shells struck a market in Ariha on Thursday, killing three civilians and "
            "injuring five others. The toll rose to four later on, after one injured woman died in hospital.")
    assert injured(text) == {"civilians": 5}


def test_look_alike_source_said_that() -> None:
    # look-alike: a source "said that" one of the injured died: reported speech, the injured figure stands
    text = ("Drone strike near Sarmin\n\nA drone struck a car near Sarmin on Sunday, killing two civilians and injuring "
            "four others. Medics said that one of the injured men died from his wounds, raising that toll to three.")
    assert injured(text) == {"civilians": 4}


def test_look_alike_injured_told_in_the_same_sentence() -> None:
    # look-alike: no injured figure told before the death: nothing to take off
    text = ("Clash in Busra\n\nTwo gunmen were killed in a clash in Busra al-Sham on Friday. One of the wounded "
            "gunmen succumbed to his injuries on Saturday, bringing the toll to three, while four others remain wounded.")
    assert injured(text) == {"unknown": 4}


def test_one_of_the_wounded_died_in_hospital_bringing_the_toll() -> None:
    text = ("Mine near Mayadin\n\nA landmine exploded under a car of shepherds near Mayadin on Friday, killing four of "
            "them and injuring five others. Later in the night, two of the wounded died in a hospital in Mayadin, "
            "bringing the death toll to six.")
    assert killed(text) == {"civilians": 6}
    assert injured(text) == {"civilians": 3}


def test_look_alike_died_in_hospital_after_an_approximate_injured_figure() -> None:
    # look-alike: "more than 20" wounded is no exact figure to take the dead off: kept as printed
    text = ("Strike on Ariha\n\nWarplanes struck a market in Ariha on Friday, killing four civilians and injuring more "
            "than 20 others. Hours later, two of the wounded died in hospital, bringing the death toll to six.")
    assert injured(text) == {"civilians": 20}


def test_look_alike_toll_first_then_one_of_the_wounded() -> None:
    # look-alike: the toll told first, the wounded who died its cause: the injured stand as printed
    text = ("Blast near Palmyra\n\nA roadside bomb hit a bus of oil workers near Palmyra on Monday, killing two workers "
            "and wounding six others. The toll rose to three in the evening, after one of the wounded workers "
            "succumbed to his injuries.")
    assert injured(text) == {"civilians": 6}
